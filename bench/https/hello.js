'use strict';
// https hello world (the test fixtures' localhost certificate); prints the port.
const fs = require('fs');
const https = require('https');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'agent1-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'agent1-cert.pem')),
}, (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('Hello World');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
