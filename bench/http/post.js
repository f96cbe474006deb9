'use strict';
// POST echo server for bench/http/run.sh: reads a ~1 KiB JSON body, answers one of its fields.
// (callgrind/server.js requires it for the same handler: then it does not listen.)
const http = require('http');
function handle(req, res, done) {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString());
    const reply = JSON.stringify({ name: body.name, n: body.items.length });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(reply) });
    res.end(reply);
    if (done) done();
  });
}
module.exports = handle;
if (require.main === module) {
  const server = http.createServer((req, res) => handle(req, res));
  server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
    console.log(server.address().port);
  });
}
