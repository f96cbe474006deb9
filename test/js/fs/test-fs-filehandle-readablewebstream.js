'use strict';
// FileHandle.readableWebStream(): a byte stream of the file (default and BYOB readers), the
// handle locked while it is in use, closing the handle ends the stream, and the state errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-rws-'));
  const file = path.join(dir, 'data.bin');
  const data = Buffer.alloc(100000);
  for (let i = 0; i < data.length; i++) data[i] = i % 251;
  fs.writeFileSync(file, data);

  const handle = await fs.promises.open(file);
  const stream = handle.readableWebStream();
  assert.throws(() => handle.readableWebStream(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is locked',
  });
  const chunks = [];
  for await (const chunk of stream) {
    // Uint8Arrays (a byte stream, as Node 24; node v20 gives ArrayBuffers here).
    chunks.push(Buffer.from(chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : chunk));
  }
  assert.ok(Buffer.concat(chunks).equals(data));
  await handle.close();
  assert.throws(() => handle.readableWebStream(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is closed',
  });

  // BYOB reads and cancel; the handle stays locked.
  const h2 = await fs.promises.open(file);
  const reader = h2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([...value], [...data.subarray(0, 10)]);
  await reader.cancel();
  assert.throws(() => h2.readableWebStream(), { code: 'ERR_INVALID_STATE' });
  await h2.close();

  // Closing the handle ends (cancels) its stream.
  const h4 = await fs.promises.open(file);
  const open = h4.readableWebStream({ type: 'bytes' });
  await h4.close();
  assert.strictEqual((await open.getReader().read()).done, true);
  fs.rmSync(dir, { recursive: true });
})().then(() => {}, (error) => {
  console.error(error);
  process.exit(1);
});
