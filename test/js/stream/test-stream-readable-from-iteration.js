'use strict';
// Readable.from (iterables, async iterables, generators, strings and Buffers as one chunk, promises
// awaited, objectMode by default), async iteration over a Readable, and breaking out of the loop
// early destroying the stream; readable.iterator({ destroyOnReturn: false }).
const assert = require('assert');
const { Readable } = require('stream');

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

(async () => {
  // Arrays, Sets and sync generators; objectMode is the default.
  const fromArray = Readable.from([1, 2, 3]);
  assert.strictEqual(fromArray.readableObjectMode, true);
  assert.strictEqual(fromArray.readableHighWaterMark, 1); // Readable.from reads one ahead
  assert.deepStrictEqual(await collect(fromArray), [1, 2, 3]);
  assert.deepStrictEqual(await collect(Readable.from(new Set(['a', 'b']))), ['a', 'b']);
  assert.deepStrictEqual(await collect(Readable.from(function*() { yield 'x'; yield 'y'; }())), ['x', 'y']);

  // Async generators; promises in a sync iterable are awaited.
  async function* gen() { yield 'p'; await null; yield 'q'; }
  assert.deepStrictEqual(await collect(Readable.from(gen())), ['p', 'q']);
  assert.deepStrictEqual(await collect(Readable.from([Promise.resolve(7), 8])), [7, 8]);

  // A string or a Buffer is one chunk, not iterated character by character.
  assert.deepStrictEqual(await collect(Readable.from('hello')), ['hello']);
  const buf = Buffer.from('bytes');
  const chunks = await collect(Readable.from(buf));
  assert.strictEqual(chunks.length, 1);
  assert.ok(chunks[0].equals(buf));

  // objectMode: false turns it into a byte stream.
  const bytes = Readable.from(['ab', 'cd'], { objectMode: false });
  assert.strictEqual(bytes.readableObjectMode, false);
  assert.strictEqual(Buffer.concat(await collect(bytes)).toString(), 'abcd');

  // Non-iterables are rejected with Node's error.
  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // A generator that throws makes the stream error; iteration rejects with that error.
  async function* bad() { yield 1; throw new Error('boom'); }
  await assert.rejects(collect(Readable.from(bad())), { message: 'boom' });

  // Breaking out early destroys the stream and runs the generator's finally.
  let cleaned = false;
  function* endless() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      cleaned = true;
    }
  }
  const r = Readable.from(endless());
  let count = 0;
  for await (const n of r) {
    assert.strictEqual(n, count);
    if (++count === 5) break;
  }
  assert.strictEqual(r.destroyed, true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(cleaned, true);

  // Throwing inside the loop destroys the stream too.
  const r2 = new Readable({ objectMode: true, read() { this.push({ n: 1 }); } });
  await assert.rejects((async () => {
    for await (const chunk of r2) { assert.deepStrictEqual(chunk, { n: 1 }); throw new Error('stop'); }
  })(), { message: 'stop' });
  assert.strictEqual(r2.destroyed, true);

  // iterator({ destroyOnReturn: false }) leaves the stream usable after a break.
  const r3 = Readable.from([1, 2, 3, 4]);
  for await (const n of r3.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(n, 1);
    break;
  }
  assert.strictEqual(r3.destroyed, false);
  assert.deepStrictEqual(await collect(r3), [2, 3, 4]);

  // Iterating a byte stream yields its chunks; setEncoding makes them strings.
  const r4 = new Readable({ read() {} });
  r4.setEncoding('hex');
  r4.push(Buffer.from([0xab, 0xcd]));
  r4.push(null);
  assert.deepStrictEqual(await collect(r4), ['abcd']);

  // A stream destroyed with an error rejects the loop with it.
  const r5 = new Readable({ read() {} });
  setImmediate(() => r5.destroy(new Error('gone')));
  await assert.rejects(collect(r5), { message: 'gone' });

  // objectMode streams carry any value except null; undefined is pushed as-is only via Readable.from
  const r6 = new Readable({ objectMode: true, read() {} });
  r6.push(0);
  r6.push('');
  r6.push(false);
  r6.push(null);
  assert.deepStrictEqual(await collect(r6), [0, '', false]);

  finished = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let finished = false;
process.on('exit', (code) => { if (code === 0) assert.ok(finished, 'the test did not run to its end'); });
