'use strict';
// Several characters arriving in one chunk (a paste) are inserted at the cursor, echoed as they
// come, and the line is redrawn once at the last of them. node v20 appended all but the last
// character at the end of the line (it fails this test); Node 24 inserts at the cursor, as here.
const assert = require('assert');
const readline = require('readline');
const EventEmitter = require('events');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new EventEmitter();
output.isTTY = true;
output.columns = 80;
let written = '';
output.write = (data) => {
  written += data;
  return true;
};
const rl = readline.createInterface({ input, output, prompt: '> ' });
const tick = () => new Promise(setImmediate);

(async () => {
  for (const key of ['a', 'b', '\x1b[D']) {
    input.write(key);
    await tick();
  }
  written = '';
  input.write('XYZ');
  await tick();
  assert.strictEqual(rl.line, 'aXYZb');
  assert.strictEqual(rl.cursor, 4);
  assert.strictEqual(written, 'XY\x1b[1G\x1b[0J> aXYZb\x1b[7G');

  // At the end of the line a paste is just echoed.
  input.write('\x1b[F');
  await tick();
  written = '';
  input.write('123');
  await tick();
  assert.strictEqual(rl.line, 'aXYZb123');
  assert.strictEqual(written, '123');
  rl.close();
})().then(() => console.log('ok'));
