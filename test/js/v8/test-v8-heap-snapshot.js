'use strict';
// writeHeapSnapshot and getHeapSnapshot produce V8's .heapsnapshot JSON.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-v8-'));
try {
  const file = path.join(dir, 'my.heapsnapshot');
  assert.strictEqual(v8.writeHeapSnapshot(file), file);
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(snapshot.snapshot.meta.node_fields.includes('name'));
  assert.ok(snapshot.snapshot.node_count > 0);
  assert.strictEqual(snapshot.nodes.length,
                     snapshot.snapshot.node_count * snapshot.snapshot.meta.node_fields.length);
  assert.ok(snapshot.strings.includes('Object'));

  // With no name: Heap.<date>.<time>.<pid>.<thread>.<seq>.heapsnapshot in the current directory.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const name = v8.writeHeapSnapshot();
    assert.match(name, new RegExp(`^Heap\\.\\d{8}\\.\\d{6}\\.${process.pid}\\.0\\.\\d{3}\\.heapsnapshot$`));
    assert.ok(fs.statSync(path.join(dir, name)).size > 0);
  } finally {
    process.chdir(cwd);
  }

  assert.strictEqual(v8.writeHeapSnapshot(path.join(dir, 'n.heapsnapshot'),
                                          { exposeNumericValues: true }),
                     path.join(dir, 'n.heapsnapshot'));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

assert.throws(() => v8.writeHeapSnapshot(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (1)',
});
assert.throws(() => v8.getHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.getHeapSnapshot({ exposeInternals: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

const stream = v8.getHeapSnapshot();
const chunks = [];
stream.on('data', (chunk) => chunks.push(chunk));
stream.on('end', () => {
  const snapshot = JSON.parse(Buffer.concat(chunks).toString());
  assert.ok(snapshot.snapshot.node_count > 0);
  assert.ok(Array.isArray(snapshot.edges));
});
