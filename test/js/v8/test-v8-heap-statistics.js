'use strict';
// getHeapStatistics, getHeapSpaceStatistics, getHeapCodeStatistics, cachedDataVersionTag,
// setFlagsFromString and isStringOneByteRepresentation.
const assert = require('assert');
const v8 = require('v8');

const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory',
  'does_zap_garbage', 'number_of_native_contexts', 'number_of_detached_contexts',
  'total_global_handles_size', 'used_global_handles_size', 'external_memory',
]);
for (const [key, value] of Object.entries(heap)) {
  assert.strictEqual(typeof value, 'number', key);
  assert.ok(value >= 0, key);
}
assert.ok(heap.total_heap_size > 0);
assert.ok(heap.used_heap_size <= heap.total_heap_size);
assert.ok(heap.heap_size_limit > heap.used_heap_size);
assert.ok(heap.number_of_native_contexts >= 1);
assert.ok(heap.does_zap_garbage === 0 || heap.does_zap_garbage === 1);
// A fresh object each call.
assert.notStrictEqual(v8.getHeapStatistics(), v8.getHeapStatistics());

const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces) && spaces.length > 0);
const names = spaces.map((s) => s.space_name);
for (const name of ['new_space', 'old_space', 'code_space', 'large_object_space']) {
  assert.ok(names.includes(name), name);
}
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), [
    'space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size',
  ]);
  for (const key of Object.keys(space).slice(1)) assert.strictEqual(typeof space[key], 'number');
}

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size',
  'cpu_profiler_metadata_size',
]);
for (const value of Object.values(code)) assert.strictEqual(typeof value, 'number');
assert.ok(code.bytecode_and_metadata_size > 0);

const tag = v8.cachedDataVersionTag();
assert.strictEqual(typeof tag, 'number');
assert.ok(Number.isInteger(tag) && tag >= 0 && tag <= 0xffffffff);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

// setFlagsFromString changes V8's flags at run time.
v8.setFlagsFromString('--allow-natives-syntax');
assert.strictEqual(eval('%IsSmi(1)'), true);  // eslint-disable-line no-eval
v8.setFlagsFromString('--no-allow-natives-syntax');
v8.setFlagsFromString('');  // nothing to do
for (const bad of [undefined, 1, null, {}, ['--x']]) {
  assert.throws(() => v8.setFlagsFromString(bad), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "flags" argument must be of type string\. Received /,
  });
}

// isStringOneByteRepresentation (Node 22.x; absent from node v20).
if (v8.isStringOneByteRepresentation !== undefined) {
  assert.strictEqual(v8.isStringOneByteRepresentation('abc'), true);
  assert.strictEqual(v8.isStringOneByteRepresentation('caf\u00e9'), true);
  assert.strictEqual(v8.isStringOneByteRepresentation('\u20ac'), false);
  assert.strictEqual(v8.isStringOneByteRepresentation(''), true);
  assert.throws(() => v8.isStringOneByteRepresentation(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "content" argument must be of type string. Received type number (1)',
  });
}
