'use strict';
// v8.startupSnapshot outside of --build-snapshot: isBuildingSnapshot() is false and the
// registration functions throw ERR_NOT_BUILDING_SNAPSHOT before looking at their arguments.
const assert = require('assert');
const v8 = require('v8');

assert.deepStrictEqual(Object.keys(v8.startupSnapshot).sort(), [
  'addDeserializeCallback', 'addSerializeCallback', 'isBuildingSnapshot',
  'setDeserializeMainFunction',
]);
assert.strictEqual(v8.startupSnapshot.isBuildingSnapshot(), 0);  // Node's value: a flag byte
const notBuilding = {
  name: 'Error',
  code: 'ERR_NOT_BUILDING_SNAPSHOT',
  message: 'Operation cannot be invoked when not building startup snapshot',
};
for (const fn of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  assert.throws(() => v8.startupSnapshot[fn](() => {}), notBuilding);
  assert.throws(() => v8.startupSnapshot[fn]('not a function'), notBuilding);
}

// Coverage without NODE_V8_COVERAGE: both do nothing.
assert.strictEqual(v8.takeCoverage(), undefined);
assert.strictEqual(v8.stopCoverage(), undefined);
