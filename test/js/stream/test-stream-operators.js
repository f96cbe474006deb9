'use strict';
// Readable operators: map (with concurrency and ordering), filter, forEach, toArray, some, every,
// find, reduce, take, drop, flatMap, compose; AbortSignal; validation; asIndexedPairs is gone
// (removed in Node 22).
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const from = (arr) => Readable.from(arr);

  assert.deepStrictEqual(await from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray(), [2, 4]);

  // map with concurrency: up to N calls run at once, results keep the input order.
  {
    let running = 0;
    let peak = 0;
    const result = await from([30, 5, 20, 1, 10, 2]).map(async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await delay(ms);
      running--;
      return ms;
    }, { concurrency: 3 }).toArray();
    assert.deepStrictEqual(result, [30, 5, 20, 1, 10, 2]);
    assert.strictEqual(peak, 3);
  }

  // forEach resolves with undefined after every call.
  {
    const seen = [];
    assert.strictEqual(await from(['a', 'b']).forEach((x) => { seen.push(x); }), undefined);
    assert.deepStrictEqual(seen, ['a', 'b']);
  }

  assert.strictEqual(await from([1, 2, 3]).some((x) => x > 2), true);
  assert.strictEqual(await from([1, 2, 3]).some((x) => x > 3), false);
  assert.strictEqual(await from([1, 2, 3]).every((x) => x > 0), true);
  assert.strictEqual(await from([1, 2, 3]).every((x) => x > 1), false);
  assert.strictEqual(await from([1, 2, 3]).find((x) => x > 1), 2);
  assert.strictEqual(await from([1, 2, 3]).find((x) => x > 5), undefined);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  await assert.rejects(from([]).reduce((a, b) => a + b), {
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });
  assert.deepStrictEqual(await from([1, 2, 3, 4]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).drop(3).toArray(), [4]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray(), [1, 10, 2, 20]);
  assert.deepStrictEqual(
    await from([1, 2]).flatMap(async function* (x) { yield x; yield -x; }).toArray(), [1, -1, 2, -2]);

  // Operators on byte streams see the chunks.
  {
    const r = new Readable({ read() {} });
    r.push('ab');
    r.push(null);
    assert.deepStrictEqual((await r.map((c) => c.toString()).toArray()), ['ab']);
  }

  // Stream-returning operators give Readables; the promise ones do not.
  assert.ok(from([1]).map((x) => x) instanceof Readable);
  assert.ok(from([1]).toArray() instanceof Promise);

  // compose() through a Duplex.
  {
    const upper = new PassThrough({ objectMode: true });
    const out = await from(['a']).compose(upper).toArray();
    assert.deepStrictEqual(out, ['a']);
  }

  // An AbortSignal stops an operator with an AbortError.
  {
    const ac = new AbortController();
    const p = Readable.from(async function* () { for (;;) { await delay(1); yield 1; } }())
      .map((x) => x, { signal: ac.signal }).toArray();
    setTimeout(() => ac.abort(), 5);
    await assert.rejects(p, { name: 'AbortError' });
    await assert.rejects(from([1]).toArray({ signal: AbortSignal.abort() }), { name: 'AbortError' });
  }

  // An error thrown by the callback rejects and destroys the source.
  {
    const src = from([1, 2, 3]);
    await assert.rejects(src.map(() => { throw new Error('bad map'); }).toArray(), { message: 'bad map' });
    assert.strictEqual(src.destroyed, true);
  }

  // Validation.
  // node v20 still names AsyncFunction in this message; Node 22 does not.
  assert.throws(() => from([1]).map(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "fn" argument must be of type function(?: or an instance of AsyncFunction)?\. Received type number \(42\)$/,
  });
  if (process.release.name !== 'node') {
    assert.throws(() => from([1]).filter(42), {
      message: 'The "fn" argument must be of type function. Received type number (42)',
    });
  }
  assert.throws(() => from([1]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => from([1]).map((x) => x, 'opts'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'opts\')',
  });
  assert.throws(() => from([1]).take(-1), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => new (from([1]).map)(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });
  await assert.rejects(from([1]).reduce('x'), { code: 'ERR_INVALID_ARG_TYPE' });

  // Node 22 removed asIndexedPairs (node v20 still has it, deprecated).
  if (process.release.name !== 'node' || +process.versions.node.split('.')[0] >= 22) {
    assert.strictEqual(Readable.prototype.asIndexedPairs, undefined);
  }

  completed = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let completed = false;
process.on('exit', (code) => { if (code === 0) assert.ok(completed, 'the test did not run to its end'); });
