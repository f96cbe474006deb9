'use strict';
// IPv6 on ::1 (the loopback has it here; skipped when not), ipv6Only, family option, and the
// dual-stack default listen() address '::'.
const assert = require('assert');
const net = require('net');
const os = require('os');

const hasIPv6 = Object.values(os.networkInterfaces()).flat()
  .some((i) => i.family === 'IPv6' && i.address === '::1');
let done = false;
if (!hasIPv6) {
  done = true;
} else {
  const server = net.createServer((s) => {
    assert.strictEqual(s.remoteFamily, 'IPv6');
    assert.strictEqual(s.remoteAddress, '::1');
    s.end('v6');
  });
  server.listen({ port: 0, host: '::1', ipv6Only: true }, () => {
    assert.deepStrictEqual(server.address(),
                           { address: '::1', family: 'IPv6', port: server.address().port });
    const c = net.connect({ port: server.address().port, host: '::1', family: 6 });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      assert.strictEqual(got, 'v6');
      assert.strictEqual(c.remoteFamily, 'IPv6');
      assert.strictEqual(c.localAddress, '::1');
      server.close();
      const any = net.createServer().listen(0, () => {
        assert.strictEqual(any.address().address, '::');
        assert.strictEqual(any.address().family, 'IPv6');
        // Dual stack: IPv4 clients reach it.
        const c4 = net.connect(any.address().port, '127.0.0.1', () => {
          c4.destroy();
          any.close();
          done = true;
        });
      });
    });
  });
}
process.on('exit', () => assert.ok(done));
