'use strict';
// What tide's node:v8 does not do: each throws ERR_NOT_IMPLEMENTED naming the feature, after
// validating its arguments as Node does. (node v20 implements these, so this test is tide-only.)
const assert = require('assert');
const v8 = require('v8');

if (process.versions.tide !== undefined) {
  const notImplemented = (name) => ({
    name: 'Error', code: 'ERR_NOT_IMPLEMENTED', message: `${name} is not implemented in tide`,
  });

  assert.throws(() => v8.setHeapSnapshotNearHeapLimit(10),
                notImplemented('v8.setHeapSnapshotNearHeapLimit'));
  assert.throws(() => v8.queryObjects(Object), notImplemented('v8.queryObjects'));
  assert.throws(() => v8.promiseHooks.onInit(() => {}), notImplemented('v8.promiseHooks.onInit'));
  assert.throws(() => v8.promiseHooks.createHook({}),
                notImplemented('v8.promiseHooks.createHook'));
  assert.throws(() => v8.getHeapSnapshot({ exposeInternals: true }),
                notImplemented('v8 heap snapshot option exposeInternals'));
}

// Argument validation is Node's (and runs before anything else).
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(0), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "limit" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => v8.setHeapSnapshotNearHeapLimit('x'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "limit" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => v8.promiseHooks.onInit(1), { code: 'ERR_INVALID_ARG_TYPE' });
