'use strict';
// stream/consumers: text, json, buffer, arrayBuffer, blob over Readables and async iterables;
// multi-byte characters split across chunks; errors propagate; stream.consumers is the module.
const assert = require('assert');
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

(async () => {
  // Node 22's five (later Nodes add `bytes`).
  for (const name of ['arrayBuffer', 'blob', 'buffer', 'json', 'text']) {
    assert.strictEqual(typeof consumers[name], 'function', name);
  }
  // Node 22 has no stream.consumers property (only the stream/consumers module).
  assert.strictEqual(require('stream').consumers, undefined);
  assert.strictEqual(require('node:stream/consumers'), consumers);

  // text: chunks that cut a UTF-8 character in two still decode to it.
  const euro = Buffer.from('€');
  const parts = [Buffer.from('a'), euro.subarray(0, 2), euro.subarray(2), Buffer.from('b')];
  assert.strictEqual(await consumers.text(Readable.from(parts)), 'a€b');
  // A truncated character at the end is U+FFFD.
  assert.strictEqual(await consumers.text(Readable.from([euro.subarray(0, 2)])), '\ufffd');
  // String chunks and setEncoding streams.
  const p = new PassThrough();
  p.setEncoding('utf8');
  p.end('strings');
  assert.strictEqual(await consumers.text(p), 'strings');

  // json
  assert.deepStrictEqual(await consumers.json(Readable.from(['{"a":', '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(consumers.json(Readable.from(['{nope'])), SyntaxError);

  // buffer / arrayBuffer / blob, from an async generator of mixed chunk types.
  async function* mixed() {
    yield Buffer.from('ab');
    yield new Uint8Array([0x63]);
    yield 'd';
  }
  const buf = await consumers.buffer(mixed());
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'abcd');
  const ab = await consumers.arrayBuffer(mixed());
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [0x61, 0x62, 0x63, 0x64]);
  const blob = await consumers.blob(mixed());
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.size, 4);
  assert.strictEqual(await blob.text(), 'abcd');

  // Empty streams.
  assert.strictEqual(await consumers.text(Readable.from([])), '');
  assert.strictEqual((await consumers.buffer(Readable.from([]))).length, 0);

  // A failing stream rejects with its error.
  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  await assert.rejects(consumers.text(failing), { message: 'read failed' });

  completed = true;
})().catch((err) => { console.error(err); process.exitCode = 1; });

let completed = false;
process.on('exit', (code) => { if (code === 0) assert.ok(completed, 'the test did not run to its end'); });
