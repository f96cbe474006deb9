'use strict';
// The first AsyncLocalStorage made inside a callback from the loop (an HTTP request handler, a
// socket's data, a timer): a store entered there with enterWith() stays with that callback and
// what it queued; the next callbacks from the loop — queued before any store existed — start
// without it, and later ones see the stores of the code that queued them. These are Node 24's
// values (async context frames, as tide); node v20's async_hooks-based stores let enterWith() leak
// into an immediate queued before it, so this test fails there.
const assert = require('assert');
const http = require('http');
const net = require('net');

const seen = [];
let als = null;
const store = () => (als === null ? 'none' : als.getStore() ?? 'none');

// Queued before any AsyncLocalStorage exists.
setTimeout(() => seen.push(['early timer', store()]), 50);
setImmediate(() => seen.push(['early immediate', store()]));

const server = http.createServer((req, res) => {
  if (als === null) {
    const { AsyncLocalStorage } = require('async_hooks');
    als = new AsyncLocalStorage();
    als.enterWith('first request');
    process.nextTick(() => seen.push(['tick of first request', store()]));
    Promise.resolve().then(() => seen.push(['promise of first request', store()]));
    res.end('one');
    return;
  }
  seen.push(['second request', store()]);
  als.run('second', () => {
    setTimeout(() => {
      seen.push(['timer queued in run()', store()]);
      res.end('two');
    }, 1);
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let answers = 0;
  client.on('data', (chunk) => {
    // A socket callback from the loop: no store of the request handled before it.
    seen.push([`client data ${++answers}`, store()]);
    if (answers === 1) {
      client.write('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n');
    } else if (answers === 2) {
      client.end();
      server.close();
    }
  });
  client.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
});

process.on('exit', () => {
  const byName = Object.fromEntries(seen);
  assert.strictEqual(byName['tick of first request'], 'first request');
  assert.strictEqual(byName['promise of first request'], 'first request');
  assert.strictEqual(byName['client data 1'], 'none');
  assert.strictEqual(byName['second request'], 'none');
  assert.strictEqual(byName['timer queued in run()'], 'second');
  assert.strictEqual(byName['client data 2'], 'none');
  assert.strictEqual(byName['early immediate'], 'none');
  assert.strictEqual(byName['early timer'], 'none');
});
