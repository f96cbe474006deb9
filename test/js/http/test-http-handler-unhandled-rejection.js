'use strict';
// A promise rejected, unhandled, in a request handler is reported after the ticks and microtasks
// that handler queued (the head callback drains the tick queue itself: processTicksAndRejections
// skips its rejection step only while no rejection is flagged); one handled a tick later is not
// reported at all. Same log as node v20.
const assert = require('assert');
const http = require('http');

const log = [];
process.on('unhandledRejection', (reason) => log.push(`unhandled ${reason}`));

const server = http.createServer((req, res) => {
  log.push(`handler ${req.url}`);
  if (req.url === '/reject') Promise.reject('r1');
  if (req.url === '/late') {
    const p = Promise.reject('r2');
    process.nextTick(() => p.catch(() => log.push('caught r2')));
  }
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('microtask'));
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const get = (path, cb) => http.get({ port: server.address().port, path, agent }, (res) => {
    res.resume();
    res.on('end', cb);
  });
  get('/reject', () => get('/late', () => get('/plain', () => {
    agent.destroy();
    server.close();
    assert.deepStrictEqual(log, [
      'handler /reject', 'tick', 'microtask', 'unhandled r1',
      'handler /late', 'tick', 'microtask', 'caught r2',
      'handler /plain', 'tick', 'microtask',
    ]);
  })));
});
