'use strict';
// vm.SourceTextModule: evaluation, a three-module graph with a cycle linked through the linker,
// status transitions, dependencySpecifiers/moduleRequests and the linker's arguments.
const assert = require('assert');
const vm = require('vm');

(async () => {
  // Basic: evaluate() resolves to undefined; the namespace holds the exports.
  const basic = new vm.SourceTextModule('export const answer = 6 * 7; export default "d";');
  assert.strictEqual(basic.status, 'unlinked');
  assert.match(basic.identifier, /^vm:module\(\d+\)$/);
  assert.strictEqual(basic.context, undefined);
  assert.deepStrictEqual(basic.dependencySpecifiers, []);
  const linking = basic.link(() => assert.fail('no imports, no linker calls'));
  await linking;
  assert.strictEqual(basic.status, 'linked');
  const evaluation = basic.evaluate();
  assert.ok(evaluation instanceof Promise);
  assert.strictEqual(basic.status, 'evaluated');
  assert.strictEqual(await evaluation, undefined);
  assert.strictEqual(basic.namespace.answer, 42);
  assert.strictEqual(basic.namespace.default, 'd');
  assert.strictEqual(Object.prototype.toString.call(basic.namespace), '[object Module]');
  // Evaluating again is allowed and does not run the code twice.
  await basic.evaluate();

  // a -> b -> c -> a (a cycle), b also imports c with an attribute-less request.
  const order = [];
  globalThis.order = order;
  const sources = {
    a: 'import { b } from "b"; order.push("a"); export const a = "A" + b;',
    b: 'import { c, late } from "c"; order.push("b"); export const b = "B" + c; ' +
       'export function callLate() { return late(); }',
    c: 'import * as nsA from "a"; order.push("c"); export const c = "C"; ' +
       'export function late() { return nsA.a; }',
  };
  const modules = {};
  for (const [name, source] of Object.entries(sources)) {
    modules[name] = new vm.SourceTextModule(source, { identifier: `file:///${name}.mjs` });
  }
  assert.strictEqual(modules.a.identifier, 'file:///a.mjs');
  assert.deepStrictEqual(modules.b.dependencySpecifiers, ['c']);
  const calls = [];
  const linker = (specifier, referencingModule, extra) => {
    calls.push(`${referencingModule.identifier}->${specifier}`);
    assert.strictEqual(typeof extra, 'object');
    assert.deepStrictEqual({ ...extra.attributes }, {});
    // Linking is in progress for the referencing module.
    assert.strictEqual(referencingModule.status, 'linking');
    return modules[specifier];
  };
  const linkPromise = modules.a.link(linker);
  assert.strictEqual(modules.a.status, 'linking');
  await linkPromise;
  assert.deepStrictEqual(calls.sort(),
                         ['file:///a.mjs->b', 'file:///b.mjs->c', 'file:///c.mjs->a'].sort());
  for (const m of Object.values(modules)) assert.strictEqual(m.status, 'linked');
  await modules.a.evaluate();
  assert.deepStrictEqual(order, ['c', 'b', 'a']);
  for (const m of Object.values(modules)) assert.strictEqual(m.status, 'evaluated');
  assert.strictEqual(modules.a.namespace.a, 'ABC');
  assert.strictEqual(modules.b.namespace.callLate(), 'ABC');

  // An async linker and a linker returning an already-linked module.
  const dep = new vm.SourceTextModule('export default 5;');
  await dep.link(() => {});
  const user = new vm.SourceTextModule('import five from "five"; export const ten = five * 2;');
  await user.link(async (specifier) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return dep;
  });
  await user.evaluate();
  assert.strictEqual(user.namespace.ten, 10);
  assert.strictEqual(dep.status, 'evaluated');

  // Import attributes reach the linker (Node 22 passes { attributes, assert }).
  const json = new vm.SyntheticModule(['default'], function() { this.setExport('default', 1); });
  const withAttributes = new vm.SourceTextModule(
    'import x from "data" with { type: "json" }; export default x;');
  await withAttributes.link((specifier, referrer, extra) => {
    assert.strictEqual(extra.attributes.type, 'json');
    assert.strictEqual(extra.assert, extra.attributes);
    return json;
  });
  await withAttributes.evaluate();
  assert.strictEqual(withAttributes.namespace.default, 1);

  // Later Node 22 releases: linkRequests(modules) + instantiate(), the synchronous way (Node 20
  // lacks them, so this part is skipped there).
  const syncUser = new vm.SourceTextModule(
    'import a from "a"; import b from "b"; export default a + b;');
  if (typeof syncUser.linkRequests === 'function') {
    assert.deepStrictEqual(syncUser.moduleRequests.map((r) => r.specifier), ['a', 'b']);
    const one = new vm.SyntheticModule(['default'], function() { this.setExport('default', 1); });
    const two = new vm.SyntheticModule(['default'], function() { this.setExport('default', 2); });
    assert.throws(() => syncUser.linkRequests([one]), {
      name: 'TypeError',
      code: 'ERR_MODULE_LINK_MISMATCH',
      message: 'Expected 2 modules, got 1',
    });
    assert.throws(() => syncUser.linkRequests([one, {}]), { code: 'ERR_VM_MODULE_NOT_MODULE' });
    syncUser.linkRequests([one, two]);
    syncUser.instantiate();
    assert.strictEqual(syncUser.status, 'linked');
    assert.throws(() => syncUser.instantiate(), {
      code: 'ERR_VM_MODULE_STATUS',
      message: 'Module status must be unlinked',
    });
    await syncUser.evaluate();
    assert.strictEqual(syncUser.namespace.default, 3);
  }

  delete globalThis.order;
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
