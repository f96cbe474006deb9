'use strict';
// vm.SourceTextModule evaluation: top-level await, modules in a vm.createContext context,
// import.meta through initializeImportMeta, import() through importModuleDynamically (a vm.Module
// or a namespace; without the callback ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), evaluate's
// timeout, util.inspect's shape.
const assert = require('assert');
const util = require('util');
const vm = require('vm');

async function linked(source, options) {
  const module = new vm.SourceTextModule(source, options);
  await module.link(() => assert.fail('unexpected import'));
  return module;
}

(async () => {
  // Top-level await: evaluate() settles after the awaited promise.
  globalThis.tick = () => new Promise((resolve) => setTimeout(() => resolve('later'), 5));
  const tla = await linked('export let value = "early"; value = await globalThis.tick();');
  const evaluation = tla.evaluate();
  assert.strictEqual(tla.namespace.value, 'early');
  assert.strictEqual(await evaluation, undefined);
  assert.strictEqual(tla.namespace.value, 'later');
  assert.strictEqual(tla.status, 'evaluated');
  const tlaReject = await linked('await Promise.resolve(); throw new RangeError("late failure");');
  await assert.rejects(tlaReject.evaluate(), { name: 'RangeError', message: 'late failure' });
  assert.strictEqual(tlaReject.status, 'errored');
  delete globalThis.tick;

  // A vm context: the module sees the sandbox's globals and that context's built-ins, not ours.
  const sandbox = { base: 40 };
  const context = vm.createContext(sandbox);
  const inContext = new vm.SourceTextModule(
    'export const sum = base + 2; export const kinds = [typeof process, typeof require]; ' +
    'export const array = []; globalThis.fromModule = "set";', { context });
  assert.strictEqual(inContext.context, context);
  assert.strictEqual(inContext.identifier, 'vm:module(0)');  // numbered per context
  assert.strictEqual(new vm.SourceTextModule('', { context }).identifier, 'vm:module(1)');
  await inContext.link(() => {});
  await inContext.evaluate();
  assert.strictEqual(inContext.namespace.sum, 42);
  assert.deepStrictEqual([...inContext.namespace.kinds], ['undefined', 'undefined']);
  assert.ok(!(inContext.namespace.array instanceof Array));
  assert.strictEqual(vm.runInContext('Array', context), inContext.namespace.array.constructor);
  assert.strictEqual(sandbox.fromModule, 'set');
  assert.strictEqual(globalThis.fromModule, undefined);
  // Modules of one context link to each other.
  const dep = new vm.SyntheticModule(['v'], function() { this.setExport('v', sandbox.base); },
                                     { context });
  const user = new vm.SourceTextModule('import { v } from "dep"; export default v + 1;',
                                       { context });
  await user.link(() => dep);
  await user.evaluate();
  assert.strictEqual(user.namespace.default, 41);

  // import.meta: an empty object unless initializeImportMeta fills it.
  const plainMeta = await linked('export default import.meta;');
  await plainMeta.evaluate();
  assert.deepStrictEqual(Object.keys(plainMeta.namespace.default), []);
  let metaModule;
  const withMeta = await linked(
    'export const url = import.meta.url; export const m = import.meta;', {
    identifier: 'file:///meta.mjs',
    initializeImportMeta(meta, module) {
      metaModule = module;
      meta.url = module.identifier;
    },
  });
  await withMeta.evaluate();
  assert.strictEqual(withMeta.namespace.url, 'file:///meta.mjs');
  assert.strictEqual(metaModule, withMeta);
  const metaError = new Error('meta failed');
  const throwingMeta = await linked('import.meta;', {
    initializeImportMeta() { throw metaError; },
  });
  await assert.rejects(throwingMeta.evaluate(), (e) => e === metaError);

  // import(): importModuleDynamically(specifier, referrer, attributes) gives a module or namespace.
  const target = new vm.SourceTextModule('export const loaded = "yes";');
  await target.link(() => {});
  await target.evaluate();
  const seen = [];
  const dynamic = await linked(
    'export const a = import("target"); export const b = import("ns"); ' +
    'export const c = import("bad"); export const d = import("fs");',
    {
      identifier: 'file:///dynamic.mjs',
      importModuleDynamically(specifier, referrer, attributes) {
        seen.push(specifier);
        assert.strictEqual(typeof attributes, 'object');
        if (specifier === 'target') {
          assert.strictEqual(referrer.identifier, 'file:///dynamic.mjs');
          return target;
        }
        if (specifier === 'ns') return target.namespace;
        if (specifier === 'fs') return import('fs');
        return { not: 'a module' };
      },
    });
  await dynamic.evaluate();
  assert.strictEqual((await dynamic.namespace.a).loaded, 'yes');
  assert.strictEqual(await dynamic.namespace.b, target.namespace);
  await assert.rejects(dynamic.namespace.c, {
    code: 'ERR_VM_MODULE_NOT_MODULE',
    message: 'Provided module is not an instance of Module',
  });
  assert.strictEqual((await dynamic.namespace.d).readFileSync, require('fs').readFileSync);
  assert.deepStrictEqual(seen, ['target', 'ns', 'bad', 'fs']);
  // import() from a function defined in the module, called later, still reaches its callback.
  const later = await linked('export function load(s) { return import(s); }', {
    importModuleDynamically: () => target,
  });
  await later.evaluate();
  assert.strictEqual((await later.namespace.load('x')).loaded, 'yes');
  // Without the callback.
  const noCallback = await linked('export const p = import("x");');
  await noCallback.evaluate();
  await assert.rejects(noCallback.namespace.p, {
    code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
    message: 'A dynamic import callback was not specified.',
  });

  // evaluate({ timeout }) bounds the synchronous part, as vm.Script's timeout.
  const spin = await linked('while (true);');
  await assert.rejects(spin.evaluate({ timeout: 20 }), {
    code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
    message: 'Script execution timed out after 20ms',
  });
  assert.strictEqual(spin.status, 'errored');

  // util.inspect shows status, identifier and context.
  const shown = await linked('', { identifier: 'shown' });
  assert.strictEqual(util.inspect(shown),
                     "SourceTextModule {\n  status: 'linked',\n  identifier: 'shown',\n" +
                     '  context: undefined\n}');
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
