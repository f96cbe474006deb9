'use strict';
// JSON API server for bench/http/run.sh: reads the URL, answers a small JSON document.
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  const body = JSON.stringify({ id: ++n, path: req.url, method: req.method,
                                items: [1, 2, 3], ok: true, message: 'hello' });
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
