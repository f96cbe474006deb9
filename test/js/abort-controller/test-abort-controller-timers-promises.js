'use strict';
// timers/promises with an AbortSignal: an aborted signal rejects with Node's AbortError (a plain
// Error, code ABORT_ERR) whose cause is the signal's reason; aborting later rejects too.
const assert = require('assert');
const timersPromises = require('timers/promises');

async function main() {
  const signal = AbortSignal.abort();
  await assert.rejects(timersPromises.setTimeout(100, 'x', { signal }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, signal.reason);
    assert.ok(!(err instanceof DOMException));
    return true;
  });

  await assert.rejects(timersPromises.setImmediate('x', { signal: AbortSignal.abort('why') }),
                       { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });

  // Aborted while waiting.
  const ac = new AbortController();
  const p = timersPromises.setTimeout(10_000, 'x', { signal: ac.signal });
  setTimeout(() => ac.abort('later'), 5);
  await assert.rejects(p, { name: 'AbortError', cause: 'later' });

  // A timeout signal.
  await assert.rejects(timersPromises.setTimeout(10_000, 'x', { signal: AbortSignal.timeout(5) }),
                       (err) => err.code === 'ABORT_ERR' && err.cause.name === 'TimeoutError');

  // Not aborted: resolves, and the listener it added is gone.
  const ok = new AbortController();
  assert.strictEqual(await timersPromises.setTimeout(1, 'v', { signal: ok.signal }), 'v');
  assert.deepStrictEqual(require('events').getEventListeners(ok.signal, 'abort'), []);

  // The interval iterator.
  const it = new AbortController();
  const got = [];
  await assert.rejects(async () => {
    for await (const v of timersPromises.setInterval(1, 'i', { signal: it.signal })) {
      got.push(v);
      if (got.length === 2) it.abort();
    }
  }, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.deepStrictEqual(got, ['i', 'i']);
}

let finished = false;
main().then(() => { finished = true; });
process.on('exit', () => assert.ok(finished, 'not all scenarios finished'));
