'use strict';
// import() in a vm.Script or vm.compileFunction function with an importModuleDynamically callback
// (with --experimental-vm-modules): the callback gets (specifier, the Script or function,
// attributes) and returns a vm.Module or a namespace; each script reaches its own callback even
// for identical source; the callback works in another context too; a non-module result rejects.
// Without the flag import() rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG (checked in
// a child process).
const assert = require('assert');
const { spawnSync } = require('child_process');
const vm = require('vm');

(async () => {
  const provided = new vm.SyntheticModule(['v'], function() { this.setExport('v', 7); });
  await provided.link(() => {});
  await provided.evaluate();
  const calls = [];
  const source = 'import("x")';
  const first = new vm.Script(source, {
    importModuleDynamically(specifier, referrer, attributes) {
      calls.push(['first', specifier, referrer === first, typeof attributes]);
      return provided;
    },
  });
  const second = new vm.Script(source, {
    importModuleDynamically(specifier, referrer) {
      calls.push(['second', specifier, referrer === second]);
      return provided.namespace;
    },
  });
  assert.strictEqual((await first.runInThisContext()).v, 7);
  assert.strictEqual(await second.runInThisContext(), provided.namespace);
  assert.strictEqual((await first.runInContext(vm.createContext({}))).v, 7);
  const fn = vm.compileFunction('return import(name)', ['name'], {
    importModuleDynamically(specifier, referrer) {
      calls.push(['fn', specifier, referrer === fn]);
      return specifier === 'good' ? provided : 42;
    },
  });
  assert.strictEqual((await fn('good')).v, 7);
  await assert.rejects(fn('bad'), {
    code: 'ERR_VM_MODULE_NOT_MODULE',
    message: 'Provided module is not an instance of Module',
  });
  assert.deepStrictEqual(calls, [
    ['first', 'x', true, 'object'],
    ['second', 'x', true],
    ['first', 'x', true, 'object'],
    ['fn', 'good', true],
    ['fn', 'bad', true],
  ]);
  assert.throws(() => new vm.Script('', { importModuleDynamically: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE' });

  const child = spawnSync(process.execPath, ['-e', `
    const vm = require('vm');
    new vm.Script('import("x")', { importModuleDynamically: () => {} }).runInThisContext()
      .catch((e) => console.log(e.code, e.message));
  `], { encoding: 'utf8' });
  assert.strictEqual(child.stdout, 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG ' +
                     'A dynamic import callback was invoked without --experimental-vm-modules\n');
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
