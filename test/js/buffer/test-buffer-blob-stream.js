'use strict';
// Blob.prototype.stream(): a byte ReadableStream of the Blob's bytes (default and BYOB readers),
// chunks that are copies, slices, and consumers reading it.
const assert = require('assert');
const { Blob, File } = require('buffer');
const consumers = require('stream/consumers');

(async () => {
  const text = 'blob-stream '.repeat(10000);
  const blob = new Blob([text]);
  const stream = blob.stream();
  assert.ok(stream instanceof ReadableStream);
  let received = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    assert.ok(chunk instanceof Uint8Array);
    received += decoder.decode(chunk, { stream: true });
  }
  assert.strictEqual(received, text);

  // BYOB reads fill the caller's buffer.
  const reader = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const first = await reader.read(new Uint8Array(4));
  assert.strictEqual(Buffer.from(first.value).toString(), 'abcd');
  const second = await reader.read(new Uint8Array(4));
  assert.strictEqual(Buffer.from(second.value).toString(), 'ef');
  assert.strictEqual((await reader.read(new Uint8Array(4))).done, true);

  // Changing a chunk does not change the Blob.
  const small = new Blob([new Uint8Array([1, 2, 3])]);
  const { value } = await small.stream().getReader().read();
  value[0] = 99;
  assert.deepStrictEqual([...new Uint8Array(await small.arrayBuffer())], [1, 2, 3]);

  // Empty blobs, slices and Files.
  assert.strictEqual((await new Blob([]).stream().getReader().read()).done, true);
  assert.strictEqual(await consumers.text(new Blob(['0123456789']).slice(2, 5).stream()), '234');
  const file = new File(['{"f":true}'], 'f.json');
  assert.deepStrictEqual(await consumers.json(file.stream()), { f: true });
  assert.throws(() => Blob.prototype.stream.call({}), { code: 'ERR_INVALID_THIS' });
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
