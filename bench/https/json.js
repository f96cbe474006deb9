'use strict';
// https JSON API server (the test fixtures' localhost certificate): reads the URL, answers a small
// JSON document; prints the port.
const fs = require('fs');
const https = require('https');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures', 'tls');
let n = 0;
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'agent1-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'agent1-cert.pem')),
}, (req, res) => {
  const body = JSON.stringify({ id: ++n, path: req.url, method: req.method,
                                items: [1, 2, 3], ok: true, message: 'hello' });
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
