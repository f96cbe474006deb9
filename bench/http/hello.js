'use strict';
// Hello-world HTTP server for bench/http/run.sh: prints its port once listening.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello, World!');
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
