'use strict';
// POST echo server for bench/http/run.sh: reads a ~1 KiB JSON body, answers one of its fields.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString());
    const reply = JSON.stringify({ name: body.name, n: body.items.length });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(reply) });
    res.end(reply);
  });
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
