'use strict';
// Client-side cancellation: an AbortSignal (already aborted or aborted later) destroys the
// request with an AbortError; req.destroy()/abort() before a response; the `timeout` option
// and setTimeout() emit 'timeout' on an idle request; a connection refused is an 'error'.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { withServer } = require('../../fixtures/http/raw');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') return; // never answers
  res.end('fast');
});

function outcome(req) {
  return new Promise((resolve) => {
    const events = [];
    req.on('error', (e) => events.push(`error:${e.name}:${e.code}`));
    req.on('timeout', () => { events.push('timeout'); req.destroy(); });
    req.on('abort', () => events.push('abort'));
    req.on('close', () => { events.push('close'); resolve(events); });
  });
}

withServer(server, async (port) => {
  let ac = new AbortController();
  ac.abort();
  let req = http.get({ port, host: '127.0.0.1', path: '/slow', signal: ac.signal });
  assert.deepStrictEqual(await outcome(req), ['error:AbortError:ABORT_ERR', 'close']);

  ac = new AbortController();
  req = http.get({ port, host: '127.0.0.1', path: '/slow', signal: ac.signal });
  setTimeout(() => ac.abort(), 50);
  assert.deepStrictEqual(await outcome(req), ['error:AbortError:ABORT_ERR', 'close']);

  req = http.get({ port, host: '127.0.0.1', path: '/slow', timeout: 100 });
  let ev = await outcome(req);
  assert.strictEqual(ev[0], 'timeout');
  assert.ok(ev.includes('close'));

  req = http.get({ port, host: '127.0.0.1', path: '/slow' });
  req.setTimeout(100);
  ev = await outcome(req);
  assert.strictEqual(ev[0], 'timeout');

  req = http.get({ port, host: '127.0.0.1', path: '/slow' });
  req.on('socket', () => setTimeout(() => req.abort(), 30));
  ev = await outcome(req);
  assert.strictEqual(req.aborted, true);
  assert.ok(ev.includes('abort') && ev.includes('close'));

  assert.throws(() => http.get({ port, timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => http.get({ port, signal: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

  // Nothing listens on this port any more.
  const closed = net.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = closed.address().port;
  await new Promise((r) => closed.close(r));
  req = http.get({ port: deadPort, host: '127.0.0.1' });
  ev = await outcome(req);
  assert.deepStrictEqual(ev, ['error:Error:ECONNREFUSED', 'close']);
}).then(() => console.log('ok'));
