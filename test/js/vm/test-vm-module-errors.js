'use strict';
// vm.SourceTextModule's errors, with Node's codes and messages: constructor validation, status
// checks, linker failures (not a module, another context, an errored module, a missing export),
// a module that throws (status 'errored', .error), createCachedData after evaluation.
const assert = require('assert');
const vm = require('vm');

(async () => {
  assert.throws(() => new vm.Module(),
                { name: 'TypeError', message: 'Module is not a constructor' });
  assert.throws(() => new vm.SourceTextModule(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SourceTextModule('', null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SourceTextModule('', { lineOffset: 0.5 }),
                { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new vm.SourceTextModule('', { context: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.context" property must be an vm.Context. Received an instance of Object',
  });
  assert.throws(() => new vm.SourceTextModule('', { importModuleDynamically: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.importModuleDynamically" property must be of type function. ' +
             'Received type number (1)',
  });
  assert.throws(() => new vm.SourceTextModule('', { initializeImportMeta: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SourceTextModule('', { cachedData: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new vm.SourceTextModule('', { cachedData: Buffer.from('not a cache') }), {
    code: 'ERR_VM_MODULE_CACHED_DATA_REJECTED',
    message: 'cachedData buffer was rejected',
  });
  assert.throws(() => new vm.SourceTextModule('export default ('), { name: 'SyntaxError' });

  const fresh = new vm.SourceTextModule('export default 1;');
  assert.throws(() => fresh.namespace, {
    code: 'ERR_VM_MODULE_STATUS',
    message: 'Module status must not be unlinked or linking',
  });
  assert.throws(() => fresh.error, {
    code: 'ERR_VM_MODULE_STATUS',
    message: 'Module status must be errored',
  });
  await assert.rejects(fresh.evaluate(), {
    code: 'ERR_VM_MODULE_STATUS',
    message: 'Module status must be one of linked, evaluated, or errored',
  });
  await assert.rejects(fresh.evaluate(null), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fresh.link(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "linker" argument must be of type function. Received type number (5)',
  });
  // Cached data round trip before evaluation.
  const cache = fresh.createCachedData();
  assert.ok(Buffer.isBuffer(cache) && cache.length > 0);
  const fromCache = new vm.SourceTextModule('export default 1;', { cachedData: cache });
  await fromCache.link(() => {});
  await fromCache.evaluate();
  assert.strictEqual(fromCache.namespace.default, 1);
  assert.throws(() => fromCache.createCachedData(), {
    code: 'ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
    message: 'Cached data cannot be created for a module which has been evaluated',
  });

  await fresh.link(() => {});
  await assert.rejects(fresh.link(() => {}), {
    code: 'ERR_VM_MODULE_ALREADY_LINKED',
    message: 'Module has already been linked',
  });
  await fresh.evaluate();
  await assert.rejects(fresh.evaluate({ timeout: 0 }), { code: 'ERR_OUT_OF_RANGE' });

  // The linker must return a vm.Module of the same context.
  const notModule = new vm.SourceTextModule('import x from "x";');
  await assert.rejects(notModule.link(() => ({})), {
    code: 'ERR_VM_MODULE_NOT_MODULE',
    message: 'Provided module is not an instance of Module',
  });
  assert.strictEqual(notModule.status, 'errored');
  assert.strictEqual(notModule.error.code, 'ERR_VM_MODULE_NOT_MODULE');
  await assert.rejects(notModule.link(() => {}), {
    code: 'ERR_VM_MODULE_STATUS',
    message: 'Module status must be unlinked',
  });

  const other = new vm.SourceTextModule('export default 1;', { context: vm.createContext() });
  const crossContext = new vm.SourceTextModule('import x from "x";');
  await assert.rejects(crossContext.link(() => other), {
    code: 'ERR_VM_MODULE_DIFFERENT_CONTEXT',
    message: 'Linked modules must use the same context',
  });

  const linkerError = new Error('linker failed');
  const rejecting = new vm.SourceTextModule('import x from "x";');
  await assert.rejects(rejecting.link(async () => { throw linkerError; }),
                       (e) => e === linkerError);
  assert.strictEqual(rejecting.status, 'errored');
  assert.strictEqual(rejecting.error, linkerError);

  // A module that throws: evaluate() rejects; status 'errored' and .error hold the exception.
  const thrown = new Error('thrown at evaluation');
  globalThis.thrown = thrown;
  const throwing = new vm.SourceTextModule('export let before = 1; throw globalThis.thrown;');
  await throwing.link(() => {});
  const evaluation = throwing.evaluate();
  assert.strictEqual(throwing.status, 'errored');
  await assert.rejects(evaluation, (e) => e === thrown);
  assert.strictEqual(throwing.error, thrown);
  assert.strictEqual(throwing.namespace.before, 1);
  await assert.rejects(throwing.evaluate(), (e) => e === thrown);
  delete globalThis.thrown;

  // Linking to an errored module: ERR_VM_MODULE_LINK_FAILURE with the error as cause (Node 22;
  // Node 20 has ERR_VM_MODULE_LINKING_ERRORED instead).
  if (!process.version.startsWith('v20.')) {
    const importsErrored = new vm.SourceTextModule('import "bad";');
    await assert.rejects(importsErrored.link(() => throwing), (e) => {
      assert.strictEqual(e.code, 'ERR_VM_MODULE_LINK_FAILURE');
      assert.strictEqual(e.message, "request for 'bad' resolved to an errored module");
      assert.strictEqual(e.cause, thrown);
      return true;
    });
  }

  // A missing export fails instantiation with V8's SyntaxError; the module is unlinked again.
  const provider = new vm.SyntheticModule(['y'], () => {});
  const missing = new vm.SourceTextModule('import { nope } from "p";');
  await assert.rejects(missing.link(() => provider), {
    name: 'SyntaxError',
    message: "The requested module 'p' does not provide an export named 'nope'",
  });
  assert.strictEqual(missing.status, 'unlinked');

  // The accessors check their receiver.
  // (Node 20 throws ERR_VM_MODULE_NOT_MODULE here.)
  if (!process.version.startsWith('v20.')) {
    assert.throws(() => Reflect.get(vm.Module.prototype, 'status', {}), {
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type Module',
    });
  }
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
