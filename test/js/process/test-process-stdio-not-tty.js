'use strict';
// When stdout and stderr are files (as under test/run-js-test.sh) they are plain streams, as in
// Node: _type 'fs', isTTY undefined (not false), and no columns, rows or color methods, which
// only a terminal stream has.

const assert = require('assert');

for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
  const stream = process[name];
  assert.strictEqual(stream, process[name]);  // one object
  assert.strictEqual(stream.fd, fd);
  assert.strictEqual(stream._type, 'fs', `${name} should be redirected to a file`);
  assert.strictEqual(stream.isTTY, undefined);
  assert.strictEqual('isTTY' in stream, false);
  assert.strictEqual(stream.columns, undefined);
  assert.strictEqual(stream.rows, undefined);
  assert.strictEqual(stream.hasColors, undefined);
  assert.strictEqual(stream.getColorDepth, undefined);
  assert.strictEqual(typeof stream.write, 'function');
}
