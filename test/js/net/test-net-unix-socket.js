'use strict';
// Unix domain sockets: listen(path), connect(path), address() is the path, EADDRINUSE on a bound
// path, ENOENT connecting to a missing one.
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const sock = path.join(os.tmpdir(), `tide-net-${process.pid}.sock`);
try { fs.unlinkSync(sock); } catch {}
const server = net.createServer((s) => s.end('over unix'));
server.listen(sock, () => {
  assert.strictEqual(server.address(), sock);
  const again = net.createServer();
  again.on('error', (err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sock}`);
    const c = net.connect(sock);
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      assert.strictEqual(got, 'over unix');
      assert.deepStrictEqual(c.address(), {});
      server.close(() => {
        const missing = net.connect({ path: `${sock}.missing` });
        missing.on('error', (e) => {
          assert.strictEqual(e.code, 'ENOENT');
          assert.strictEqual(e.message, `connect ENOENT ${sock}.missing`);
          done = true;
        });
      });
    });
  });
  again.listen(sock);
});
let done = false;
process.on('exit', () => {
  try { fs.unlinkSync(sock); } catch {}
  assert.ok(done);
});
