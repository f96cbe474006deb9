// A hello (JSON: argv[3] === "json"; POST echo as bench/http/post.js: "post") server that exits
// after argv[2] requests (measure.sh).
const http = require('http');
const K = Number(process.argv[2]);
const json = process.argv[3] === 'json';
const post = process.argv[3] === 'post';
const handlePost = require('../post.js');
let n = 0;
const server = http.createServer((req, res) => {
  if (post) {
    handlePost(req, res, () => {
      if (++n === K) setImmediate(() => process.exit(0));
    });
    return;
  }
  if (json) {
    const body = JSON.stringify({ id: ++n, path: req.url, method: req.method, items: [1, 2, 3], ok: true, message: 'hello' });
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  } else {
    ++n;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello, World!');
  }
  if (n === K) setImmediate(() => process.exit(0));
});
// Under valgrind a compile can take seconds: the default 5 s would close waiting connections.
server.keepAliveTimeout = 600000;
server.listen(Number(process.env.PORT || 18237), '127.0.0.1');
