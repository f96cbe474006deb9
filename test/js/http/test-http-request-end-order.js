'use strict';
// A request without a body that the handler never reads: the server dumps it once the response
// is done, and its 'end' comes in a tick of its own, after the response's 'close' and before the
// ticks queued by that 'close' listener (node v20 and v24 give this order). tide runs that tick
// at the end of the request's end-of-stream tick when nothing else is queued
// (docs/design-notes.md, "HTTP hot path"): the order, and the async ids a listener sees, must stay
// a tick's.
const assert = require('assert');
const http = require('http');
const { executionAsyncId } = require('async_hooks');

const log = [];
const ids = {};
const server = http.createServer((req, res) => {
  req.on('end', () => {
    log.push('req end');
    ids.end = executionAsyncId();
    process.nextTick(() => log.push('tick from req end'));
  });
  req.on('close', () => log.push('req close'));
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => {
    log.push('res close');
    ids.close = executionAsyncId();
    process.nextTick(() => log.push('tick from res close'));
    Promise.resolve().then(() => log.push('microtask from res close'));
  });
  res.end('ok');
  setImmediate(() => log.push('immediate'));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => {
      assert.deepStrictEqual(log, [
        'res finish',
        'res close',
        'req end',
        'tick from res close',
        'tick from req end',
        'req close',
        'microtask from res close',
        'immediate',
      ]);
      assert.ok(ids.end > 0 && ids.close > 0);
      assert.notStrictEqual(ids.end, ids.close, "'end' runs in a tick of its own");
      server.close();
    }, 20));
  });
});
