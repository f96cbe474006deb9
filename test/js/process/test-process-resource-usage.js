'use strict';
// process.resourceUsage() returns Node's sixteen getrusage fields, all non-negative integers.

const assert = require('assert');

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
for (const [k, v] of Object.entries(usage)) {
  assert.ok(Number.isInteger(v) && v >= 0, `${k}: ${v}`);
}
assert.ok(usage.maxRSS > 0);  // kilobytes
