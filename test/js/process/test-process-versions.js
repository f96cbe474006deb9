'use strict';
// process.version(s) and process.release look like Node's: release.name is 'node', versions has
// node, v8 and uv, and process.version is 'v' + versions.node.
// Deliberate difference from node: tide adds versions.tide (checked only when running tide).

const assert = require('assert');
const path = require('path');

assert.strictEqual(process.release.name, 'node');
assert.match(process.version, /^v\d+\.\d+\.\d+$/);
assert.strictEqual(process.version, `v${process.versions.node}`);
for (const key of ['node', 'v8', 'uv']) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
}
assert.match(process.versions.v8, /^\d+\.\d+\.\d+/);
assert.match(process.versions.uv, /^1\.\d+\.\d+$/);
if (path.basename(process.execPath) === 'tide') {
  assert.match(process.versions.tide, /^\d+\.\d+\.\d+/);
}
assert.strictEqual(process.platform, 'linux');
assert.strictEqual(typeof process.arch, 'string');
assert.strictEqual(typeof process.pid, 'number');
assert.strictEqual(typeof process.ppid, 'number');
