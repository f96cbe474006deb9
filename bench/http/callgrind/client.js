// 50 keep-alive connections sending GET / until argv[2] responses in total (measure.sh).
const net = require('net');
const K = Number(process.argv[2]);
let sent = 0, got = 0;
// GET, or with argv[3] === "post" the ~1 KiB JSON POST of bench/http/post.lua.
const items = [];
for (let i = 1; i <= 40; i++) items.push(`{"id":${i},"tag":"item-${i}"}`);
const body = '{"name":"tide","items":[' + items.join(',') + ']}';
const req = process.argv[3] === 'post' ?
  'POST / HTTP/1.1\r\nHost: localhost:18237\r\nUser-Agent: bench\r\nAccept: */*\r\n' +
    `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}` :
  'GET / HTTP/1.1\r\nHost: localhost:18237\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n';
function start() {
  for (let i = 0; i < 50; i++) {
    const s = net.connect(Number(process.env.PORT || 18237), '127.0.0.1');
    s.on('error', () => {});
    s.on('data', () => { got++; if (sent < K) { sent++; s.write(req); } });
    s.on('connect', () => { if (sent < K) { sent++; s.write(req); } });
  }
}
function tryStart() {
  const p = net.connect(Number(process.env.PORT || 18237), '127.0.0.1');
  p.on('connect', () => { p.destroy(); start(); });
  p.on('error', () => setTimeout(tryStart, 100));
}
tryStart();
