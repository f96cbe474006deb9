'use strict';
// for await over a readline Interface yields its lines and ends when it closes. Lines are queued
// from the moment the iterator is created, even while nobody awaits them; lines emitted before it
// exists are not seen (Node's documented caveat). Leaving the loop early ends the iteration but,
// as in node v20 and v24, does not close the interface.
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

(async () => {
  {
    const rl = readline.createInterface({ input: Readable.from(['a\nb', '\nc\r\nd']) });
    const lines = [];
    for await (const line of rl) lines.push(line);
    assert.deepStrictEqual(lines, ['a', 'b', 'c', 'd']);
    assert.strictEqual(rl.closed, true);
  }

  {
    // Created first, read later: nothing is lost in between.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const iterator = rl[Symbol.asyncIterator]();
    assert.strictEqual(rl[Symbol.asyncIterator](), iterator);
    input.write('one\ntwo\n');
    await new Promise((resolve) => setTimeout(resolve, 10));
    input.end('three\n');
    const lines = [];
    for await (const line of iterator) lines.push(line);
    assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  }

  {
    // Breaking out early.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setTimeout(() => input.write('x\ny\nz\n'), 5);
    const seen = [];
    for await (const line of rl) {
      seen.push(line);
      if (line === 'y') break;
    }
    assert.deepStrictEqual(seen, ['x', 'y']);
    assert.notStrictEqual(rl.closed, true);
    assert.strictEqual(rl.listenerCount('line'), 0);
    rl.close();
  }

  {
    // More than the high-water mark (1024 unread lines) pauses the interface until read.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const iterator = rl[Symbol.asyncIterator]();
    let pauses = 0;
    rl.on('pause', () => pauses++);
    const text = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    input.write(text);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.strictEqual(pauses, 1);
    assert.strictEqual(rl.paused, true);
    let count = 0;
    input.end();
    for await (const line of iterator) {
      assert.strictEqual(line, `line ${count}`);
      count++;
    }
    assert.strictEqual(count, 3000);
  }

  {
    // close() ends a waiting iteration.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setTimeout(() => rl.close(), 5);
    const lines = [];
    for await (const line of rl) lines.push(line);
    assert.deepStrictEqual(lines, []);
  }
})().then(() => console.log('ok'));
