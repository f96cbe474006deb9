'use strict';
// push(null) in both modes (tide's push() takes the end before the byte mode's type checks):
// false, 'end' once, a second push(null) changes nothing, inside _read or outside, with an
// encoding argument, after destroy(). Passes under node v20.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
for (const objectMode of [false, true]) {
  for (const inRead of [false, true]) {
    const name = `${objectMode ? 'object' : 'bytes'}${inRead ? ' in _read' : ''}`;
    const r = new Readable({
      objectMode,
      read() {
        if (inRead) {
          this.push(objectMode ? { a: 1 } : 'ab');
          log.push(`${name} push(null) ${this.push(null)}`);
          log.push(`${name} again ${this.push(null, 'utf8')}`);
        }
      },
    });
    if (!inRead) {
      r.push(objectMode ? { a: 1 } : 'ab');
      log.push(`${name} push(null) ${r.push(null)}`);
      log.push(`${name} again ${r.push(null)}`);
    }
    r.on('data', (chunk) => log.push(`${name} data ${objectMode ? chunk.a : chunk}`));
    r.on('end', () => log.push(`${name} end ${r.readableEnded}`));
  }
}
const destroyed = new Readable({ read() {} });
destroyed.destroy();
assert.strictEqual(destroyed.push(null), false);
assert.strictEqual(destroyed.readableEnded, false);
destroyed.on('end', () => assert.fail('end after destroy'));

setTimeout(() => {
  // Each stream's own order (how the four streams' ticks interleave is not the point here).
  for (const name of ['bytes', 'object', 'bytes in _read', 'object in _read']) {
    const own = log.filter((line) => line.startsWith(`${name} `) &&
      !line.slice(name.length + 1).includes(' in _read') &&
      !(name.length < 7 && line.startsWith(`${name} in _read`)));
    const data = name.startsWith('object') ? '1' : 'ab';
    assert.deepStrictEqual(own, [
      `${name} push(null) false`,
      `${name} again false`,
      `${name} data ${data}`,
      `${name} end true`,
    ], name);
  }
  assert.strictEqual(destroyed._readableState.ended, true);
}, 10);
