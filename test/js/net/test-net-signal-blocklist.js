'use strict';
// The `signal` option of sockets (an AbortError with the reason as cause) and servers, the
// `blockList` option of servers and clients (ERR_IP_BLOCKED), and the unsupported `onread` option
// (ERR_NOT_IMPLEMENTED in tide; node v20 supports it, so that part is skipped there).
const assert = require('assert');
const net = require('net');

let steps = 0;
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const ac = new AbortController();
  const c = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
  c.on('connect', () => ac.abort('enough'));
  c.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'enough');
    steps++;
    // The blockList options are Node 22.13+ (node v20 has neither): checked only there.
    const [major, minor] = process.versions.node.split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 13) || process.versions.tide) {
      blocked(port);
    } else {
      steps += 2;
      server.close();
    }
  });
});

function blocked(port) {
  const blockList = new net.BlockList();
  blockList.addAddress('127.0.0.1');
  const c = net.connect({ port, host: '127.0.0.1', blockList });
  c.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
    assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
    steps++;
    const guarded = net.createServer({ blockList });
    guarded.on('connection', () => assert.fail('a blocked peer was accepted'));
    guarded.listen(0, '127.0.0.1', () => {
      const d = net.connect(guarded.address().port, '127.0.0.1');
      d.on('error', () => {});
      d.on('close', () => {
        steps++;
        guarded.close();
        server.close();
      });
      d.resume();
    });
  });
}

if (typeof process.versions.tide === 'string') {
  assert.throws(() => new net.Socket({ onread: { buffer: Buffer.alloc(10), callback() {} } }), {
    code: 'ERR_NOT_IMPLEMENTED',
  });
}
process.on('exit', () => assert.strictEqual(steps, 3));
