'use strict';
// vm.SyntheticModule: exports set by the evaluation callback and by setExport() afterwards, the
// callback's `this`, a throwing callback, a module importing a synthetic one, validation errors.
// Node 20 differs: a new SyntheticModule is 'unlinked' until link() (Node 22 links it at once), so
// the status checks are skipped there.
const assert = require('assert');
const vm = require('vm');

const node22 = !process.version.startsWith('v20.');

(async () => {
  let self;
  const synthetic = new vm.SyntheticModule(['x', 'y'], function() {
    self = this;
    this.setExport('x', 1);
  }, { identifier: 'synthetic:xy' });
  assert.strictEqual(synthetic.identifier, 'synthetic:xy');
  if (node22) assert.strictEqual(synthetic.status, 'linked');
  await synthetic.link(() => assert.fail('no dependencies'));
  assert.strictEqual(synthetic.status, 'linked');
  assert.throws(() => synthetic.setExport('nope', 1), {
    name: 'ReferenceError',
    message: "Export 'nope' is not defined in module",
  });
  assert.throws(() => synthetic.setExport(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(await synthetic.evaluate(), undefined);
  assert.strictEqual(synthetic.status, 'evaluated');
  assert.strictEqual(typeof self.setExport, 'function');
  assert.strictEqual(synthetic.namespace.x, 1);
  assert.strictEqual(synthetic.namespace.y, undefined);
  synthetic.setExport('y', 'late');
  assert.strictEqual(synthetic.namespace.y, 'late');
  assert.deepStrictEqual(Object.keys(synthetic.namespace), ['x', 'y']);

  // A source text module importing it sees live bindings.
  const importer = new vm.SourceTextModule(
    'import { x, y } from "s"; export function read() { return [x, y]; }');
  await importer.link(() => synthetic);
  await importer.evaluate();
  assert.deepStrictEqual(importer.namespace.read(), [1, 'late']);
  synthetic.setExport('x', 2);
  assert.deepStrictEqual(importer.namespace.read(), [2, 'late']);

  // A throwing callback: evaluate() rejects, the module is errored with that error.
  const boom = new Error('boom');
  const failing = new vm.SyntheticModule(['a'], () => { throw boom; });
  await failing.link(() => {});
  await assert.rejects(failing.evaluate(), (err) => err === boom);
  assert.strictEqual(failing.status, 'errored');
  assert.strictEqual(failing.error, boom);
  // Evaluating an errored module rejects with the same error again.
  await assert.rejects(failing.evaluate(), (err) => err === boom);

  // Validation, as Node.
  assert.throws(() => new vm.SyntheticModule(['a', 'a'], () => {}), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The property 'exportNames.a' is duplicated. Received 'a'",
  });
  assert.throws(() => new vm.SyntheticModule([1], () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "exportNames" argument must be an Array of unique strings. ' +
             'Received an instance of Array',
  });
  assert.throws(() => new vm.SyntheticModule('a', () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SyntheticModule([], 'f'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "evaluateCallback" argument must be of type function. ' +
             'Received type string (\'f\')',
  });
  assert.throws(() => new vm.SyntheticModule([], () => {}, null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SyntheticModule([], () => {}, { identifier: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.ok(synthetic instanceof vm.Module);
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
