'use strict';
// The first closed https connection must not throw away a server's optimized request path (tide
// compiles on the loop thread, so a recompile is a latency spike; see
// test/js/v8/test-v8-late-field-rewrites for the method). Three fields were rewritten late: a
// freed parser's `_headers`, a server socket's `parser` (null when the connection goes), and the
// `handle` of WriteWraps (a TLSHandle for socket writes, the TCP handle for a close_notify). The
// server runs in a child process of its own (a client in the same process would have rewritten
// the WriteWrap field already): it optimizes functions reading those fields, the parent opens and
// closes a connection, and the child reports whether the functions are still optimized.
// Run with --allow-natives-syntax --expose-internals (the .args file; fork() passes them on).
// tide's internals only: node v20 has other TLS internals (no createWriteWrap export).
const assert = require('assert');
const { fork } = require('child_process');
const fs = require('fs');
const https = require('https');
const path = require('path');

if (process.argv[2] === 'server') {
  const { parsers, freeParser } = require('_http_common');
  const { createWriteWrap } = require('internal/stream_base_commons');
  const kOptimized = 1 << 4;  // V8's OptimizationStatus bit
  const isOptimized = (fn) => (%GetOptimizationStatus(fn) & kOptimized) !== 0;
  const optimize = (fn, ...args) => {
    %PrepareFunctionForOptimization(fn);
    fn(...args);
    fn(...args);
    %OptimizeFunctionOnNextCall(fn);
    fn(...args);
    return isOptimized(fn);
  };
  function readHeaders(p) { return p._headers.length; }
  function readParser(socket) { return socket.parser !== null; }
  function readHandle(w) { return w.handle.reading; }

  const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
  const server = https.createServer({
    key: fs.readFileSync(path.join(fixtures, 'agent1-key.pem')),
    cert: fs.readFileSync(path.join(fixtures, 'agent1-cert.pem')),
  }, (req, res) => res.end('ok'));
  let first = null;
  server.on('request', (req) => { first ??= req.socket; });
  process.on('message', (msg) => {
    if (msg === 'optimize') {
      const kept = parsers.alloc();
      process.send({
        headers: optimize(readHeaders, kept),
        parser: optimize(readParser, first),
        handle: optimize(readHandle, createWriteWrap(first._handle, () => {})),
      });
      freeParser(parsers.alloc(), null, null);
    } else {
      process.send({
        headers: isOptimized(readHeaders),
        parser: isOptimized(readParser),
        handle: isOptimized(readHandle),
      });
      server.close();
      process.disconnect();
    }
  });
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
  return;
}

const child = fork(__filename, ['server']);
const next = () => new Promise((resolve) => child.once('message', resolve));

function get(port, agent) {
  return new Promise((resolve, reject) => {
    https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

(async () => {
  const port = await next();
  const keepAlive = new https.Agent({ keepAlive: true, maxSockets: 1 });
  await get(port, keepAlive);
  await get(port, keepAlive);
  child.send('optimize');
  assert.deepStrictEqual(await next(), { headers: true, parser: true, handle: true });
  // Another connection comes and goes: the server frees its parser and sends close_notify.
  await get(port, new https.Agent({ keepAlive: false }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  child.send('check');
  const after = await next();
  keepAlive.destroy();
  assert.deepStrictEqual(after, { headers: true, parser: true, handle: true },
                         'a closed connection discarded optimized code reading these fields');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
