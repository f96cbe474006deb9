// 50 keep-alive connections sending GET / until argv[2] responses in total (measure.sh).
const net = require('net');
const K = Number(process.argv[2]);
let sent = 0, got = 0;
const req = 'GET / HTTP/1.1\r\nHost: localhost:18237\r\nUser-Agent: bench\r\nAccept: */*\r\n\r\n';
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
