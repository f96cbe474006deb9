'use strict';
// fs/promises FileHandle: open, read/write (buffers, strings, options objects), readv/writev,
// readFile/writeFile/appendFile, stat, truncate, chmod, sync, utimes, close (idempotent, then
// EBADF), Symbol.asyncDispose, createReadStream/createWriteStream, and fs.promises === fs/promises.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);
assert.strictEqual(fsp.constants, fs.constants);

(async () => {
  const f = join('h.txt');
  const h = await fsp.open(f, 'w+');
  assert.strictEqual(typeof h.fd, 'number');
  assert.strictEqual(h.constructor.name, 'FileHandle');
  let r = await h.write('hello');
  assert.strictEqual(r.bytesWritten, 5);
  assert.strictEqual(r.buffer, 'hello');
  r = await h.write(Buffer.from('XX'), 0, 2, 0);
  assert.strictEqual(r.bytesWritten, 2);
  const wv = await h.writev([Buffer.from('ab'), Buffer.from('cd')], 5);
  assert.strictEqual(wv.bytesWritten, 4);
  const rd = await h.read(Buffer.alloc(9), 0, 9, 0);
  assert.strictEqual(rd.bytesRead, 9);
  assert.strictEqual(rd.buffer.toString(), 'XXlloabcd');
  const rd2 = await h.read({ buffer: Buffer.alloc(3), position: 2 });
  assert.strictEqual(rd2.buffer.toString(), 'llo');
  const rd3 = await h.read();
  assert.strictEqual(rd3.buffer.length, 16384);
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  const rv = await h.readv(bufs, 0);
  assert.strictEqual(rv.bytesRead, 5);
  assert.strictEqual(Buffer.concat(bufs).toString(), 'XXllo');
  assert.strictEqual((await h.stat()).size, 9);
  assert.strictEqual(typeof (await h.stat({ bigint: true })).size, 'bigint');
  await h.truncate(4);
  await h.sync();
  await h.datasync();
  await h.chmod(0o600);
  await h.utimes(10, 20);
  assert.strictEqual((await h.stat()).mtimeMs, 20000);
  await h.close();
  await h.close();  // closing twice is fine
  assert.strictEqual(h.fd, -1);
  await assert.rejects(h.stat(), { code: 'EBADF', message: 'file closed' });
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'XXll');

  const h2 = await fsp.open(f, 'r+');
  assert.strictEqual(await h2.readFile('utf8'), 'XXll');
  await h2.writeFile('new');
  await h2.appendFile('!');
  await h2[Symbol.asyncDispose]();
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'XXllnew!');

  // readFile / writeFile accept a FileHandle.
  const h3 = await fsp.open(join('h3'), 'w');
  await fsp.writeFile(h3, 'via handle');
  await h3.close();
  const h4 = await fsp.open(join('h3'));
  assert.strictEqual(await fsp.readFile(h4, 'utf8'), 'via handle');
  await h4.close();

  await assert.rejects(fsp.open(join('none')), {
    code: 'ENOENT', message: `ENOENT: no such file or directory, open '${join('none')}'`,
  });
  await assert.rejects(fsp.open(f, 'zz'), { code: 'ERR_INVALID_ARG_VALUE' });
  const h5 = await fsp.open(f);
  await assert.rejects(h5.read(Buffer.alloc(2), 0, 5, 0), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(h5.write(42), { code: 'ERR_INVALID_ARG_TYPE' });

  // Streams over a FileHandle.
  const chunks = [];
  for await (const c of h5.createReadStream({ encoding: 'utf8', start: 2 })) chunks.push(c);
  assert.strictEqual(chunks.join(''), 'llnew!');
  const h6 = await fsp.open(join('ws'), 'w');
  const ws = h6.createWriteStream();
  await new Promise((resolve, reject) => ws.end('streamed', (err) => (err ? reject(err) : resolve())));
  await new Promise((resolve) => ws.on('close', resolve));
  assert.strictEqual(fs.readFileSync(join('ws'), 'utf8'), 'streamed');
})().then(mustCall());
