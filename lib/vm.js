'use strict';

// node:vm: scripts compiled once and run in this context or in contexts made from a sandbox
// object (internalBinding('contextify')). The sandbox's properties are the context's globals:
// V8 interceptors on the new context's global read and write the sandbox, and the context's own
// built-ins answer for names the sandbox lacks.

const {
  compileScript,
  createCachedData,
  runScript,
  makeContext,
  isContext: nativeIsContext,
  compileFunctionIn,
  measureMemory: nativeMeasureMemory,
} = internalBinding('contextify');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_NOT_IMPLEMENTED,
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG,
} = require('internal/errors').codes;
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kEmptyObject = Object.freeze({ __proto__: null });
const kHandle = Symbol('kHandle');

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function validateImportModuleDynamically(value, name, functionSupported = false) {
  if (value === undefined) return;
  if (typeof value !== 'function' && value !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    throw new ERR_INVALID_ARG_TYPE(name, ['function', 'vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER'], value);
  }
  // Without a callback (or with USE_MAIN_CONTEXT_DEFAULT_LOADER), import() in vm code goes to the
  // main context's loader. A callback is supported for Script and compileFunction
  // (registerImportModuleDynamically), not yet for createContext.
  if (value === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER || functionSupported) return;
  throw new ERR_NOT_IMPLEMENTED(`vm ${name} as a function`);
}

// import() in a Script or compiled function with an importModuleDynamically callback: the code is
// compiled with a referrer id (negative: module ids are >= 0) in its host-defined options, and the
// loader's dynamic-import hook finds the callback under that id. Like Node, the callback is used
// only with --experimental-vm-modules; without it import() rejects with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG. Entries are never removed (the compiled code may
// outlive its Script object).
let nextReferrerId = -1;
function registerImportModuleDynamically(getReferrer, callback) {
  if (typeof callback !== 'function') return undefined;
  const id = nextReferrerId--;
  const { vmModuleHooks } = require('internal/modules/esm/loader');
  const flag = require('internal/options').getOptionValue('--experimental-vm-modules');
  vmModuleHooks.set(id, {
    __proto__: null,
    initializeImportMeta() {},
    importModuleDynamically(specifier, attributes) {
      if (!flag) return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG());
      return require('internal/vm/module').dynamicImport(callback, specifier, getReferrer(),
                                                          attributes);
    },
  });
  return id;
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
}

function toBuffer(arrayBuffer) {
  const { Buffer } = require('buffer');
  return Buffer.from(arrayBuffer, 0, arrayBuffer.byteLength);
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return nativeIsContext(object);
}

function getRunOptions(options) {
  if (typeof options === 'string') options = { filename: options };
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false } = options;
  let { timeout } = options;
  if (timeout !== undefined) {
    validateUint32(timeout, 'options.timeout', true);
  } else {
    timeout = -1;
  }
  validateBoolean(displayErrors, 'options.displayErrors');
  // breakOnSigint is validated but has no effect in tide (see docs/compat.md).
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors };
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically',
                                    true);
    const handle = compileScript(code, filename, lineOffset, columnOffset, cachedData,
                                 produceCachedData,
                                 registerImportModuleDynamically(() => this,
                                                                 importModuleDynamically));
    Object.defineProperty(this, kHandle, { __proto__: null, value: handle });
    if (cachedData !== undefined) this.cachedDataRejected = handle.cachedDataRejected;
    if (produceCachedData) {
      this.cachedDataProduced = handle.cachedDataProduced;
      if (handle.cachedData !== undefined) this.cachedData = toBuffer(handle.cachedData);
    }
    this.sourceMapURL = undefined;
  }

  runInThisContext(options = kEmptyObject) {
    const { timeout, displayErrors } = getRunOptions(options);
    return runScript(this[kHandle], null, timeout, displayErrors);
  }

  runInContext(contextifiedObject, options = kEmptyObject) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = getRunOptions(options);
    return runScript(this[kHandle], contextifiedObject, timeout, displayErrors);
  }

  runInNewContext(contextObject, options = kEmptyObject) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return toBuffer(createCachedData(this[kHandle]));
  }
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function getContextOptions(options) {
  if (!options || typeof options !== 'object') return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.importModuleDynamically !== undefined) {
    contextOptions.importModuleDynamically = options.importModuleDynamically;
  }
  return contextOptions;
}

let defaultContextNameIndex = 1;
function createContext(contextObject = {}, options = kEmptyObject) {
  const vanilla = contextObject === constants.DONT_CONTEXTIFY;
  if (!vanilla && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (microtaskMode === 'afterEvaluate') {
    throw new ERR_NOT_IMPLEMENTED("vm microtaskMode 'afterEvaluate'");
  }
  validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically');
  // DONT_CONTEXTIFY: an ordinary context, whose global object is returned and stands for it.
  const global = makeContext(vanilla ? undefined : contextObject, strings, wasm);
  return vanilla ? global : contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowObjects);
  }
  validateImportModuleDynamically(importModuleDynamically, 'options.importModuleDynamically', true);
  let compiled;
  const referrerId = registerImportModuleDynamically(() => compiled, importModuleDynamically);
  const fn = compileFunctionIn(code, filename, lineOffset, columnOffset, params,
                              parsingContext === undefined ? null : parsingContext,
                              contextExtensions, cachedData, produceCachedData, referrerId);
  compiled = fn;
  if (produceCachedData && fn.cachedData !== undefined) fn.cachedData = toBuffer(fn.cachedData);
  return fn;
}

let warnedMeasureMemory = false;
function measureMemory(options = kEmptyObject) {
  if (!warnedMeasureMemory) {
    warnedMeasureMemory = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  return nativeMeasureMemory(mode === 'detailed', execution === 'eager');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// vm.Module, vm.SourceTextModule, vm.SyntheticModule exist only with --experimental-vm-modules, as
// in Node.
if (require('internal/options').getOptionValue('--experimental-vm-modules')) {
  const { Module, SourceTextModule, SyntheticModule } = require('internal/vm/module');
  module.exports.Module = Module;
  module.exports.SourceTextModule = SourceTextModule;
  module.exports.SyntheticModule = SyntheticModule;
}
