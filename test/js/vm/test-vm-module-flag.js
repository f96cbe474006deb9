'use strict';
// vm.Module, vm.SourceTextModule and vm.SyntheticModule exist only with --experimental-vm-modules
// (on the command line or in NODE_OPTIONS); the first module made prints the ExperimentalWarning,
// once.
const assert = require('assert');
const { spawnSync } = require('child_process');
const vm = require('vm');

assert.strictEqual(vm.Module, undefined);
assert.strictEqual(vm.SourceTextModule, undefined);
assert.strictEqual(vm.SyntheticModule, undefined);
assert.ok(!('SourceTextModule' in vm));

const script = `
const vm = require('vm');
console.log(typeof vm.Module, typeof vm.SourceTextModule, typeof vm.SyntheticModule);
new vm.SourceTextModule('');
new vm.SyntheticModule([], () => {});
`;
const expectedWarning =
  'ExperimentalWarning: VM Modules is an experimental feature and might change at any time';
for (const [args, env] of [
  [['--experimental-vm-modules', '-e', script], process.env],
  [['-e', script], { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' }],
]) {
  const child = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'function function function\n');
  assert.strictEqual(child.stderr.split(expectedWarning).length, 2, child.stderr);
}
