'use strict';
// A tick queued by a request handler that throws is an uncaught exception like any other: the
// 'uncaughtException' listener gets it, the ticks queued after it still run (later), and the
// request parser is not disturbed — the other requests of the same read, and of later reads on
// the same connection, are answered, and no 'clientError' happens.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

const log = [];
const errors = [];
process.on('uncaughtException', (err) => {
  errors.push(err.message);
  log.push(`uncaught ${err.message}`);
});

const server = http.createServer((req, res) => {
  const url = req.url;
  log.push(`handler ${url}`);
  if (url.startsWith('/throw')) {
    process.nextTick(() => { throw new Error(`boom ${url}`); });
    process.nextTick(() => log.push(`tick after throw ${url}`));
  }
  res.end(url);
});
server.on('clientError', (err) => { log.push(`clientError ${err.code}`); });

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;

server.listen(0, () => {
  const c = net.connect(server.address().port);
  let got = '';
  c.setEncoding('latin1');
  const wanted = ['/throw1', '/after1', '/throw2', '/after2', '/last'];
  let step = 0;
  c.on('data', (d) => {
    got += d;
    const count = got.split('HTTP/1.1 200').length - 1;
    if (step === 0 && count === 2) {
      step = 1;
      // The next read: another throwing request, then two more in one read.
      c.write(get('/throw2'));
    } else if (step === 1 && count === 3) {
      step = 2;
      c.write(get('/after2') + get('/last'));
    } else if (step === 2 && count === 5) {
      c.end();
    }
  });
  c.on('close', () => {
    for (const path of wanted) assert.ok(got.includes(`\r\n\r\n${path}`), got);
    assert.deepStrictEqual(errors, ['boom /throw1', 'boom /throw2']);
    assert.ok(!log.some((line) => line.startsWith('clientError')), log);
    // The tick queued after the throwing one ran, after the exception was reported.
    for (const n of [1, 2]) {
      const uncaught = log.indexOf(`uncaught boom /throw${n}`);
      const after = log.indexOf(`tick after throw /throw${n}`);
      assert.ok(uncaught !== -1 && after > uncaught, log);
    }
    // Both requests of the first read were handled before its ticks ran.
    assert.deepStrictEqual(log.slice(0, 3), ['handler /throw1', 'handler /after1', 'uncaught boom /throw1']);
    server.close();
  });
  // Two requests in the first read: the first one's tick throws.
  c.write(get('/throw1') + get('/after1'));
});

// With no 'uncaughtException' listener, the process reports the tick's error (its throw site) and
// exits with 1.
{
  const script = `
    const http = require('http');
    const net = require('net');
    const server = http.createServer((req, res) => {
      res.end('x');
      process.nextTick(() => { throw new Error('fatal tick'); });
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port, () => c.write('GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stderr, /throw new Error\('fatal tick'\)/);
  assert.match(child.stderr, /Error: fatal tick/);
}
