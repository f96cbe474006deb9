'use strict';

// vm.Module, vm.SourceTextModule and vm.SyntheticModule (--experimental-vm-modules), on the ES
// module loader's v8::Module records (internalBinding('module_wrap')): a vm module is a record id
// with the vm's own linking (the user's linker), its context and its import() / import.meta hooks.

const binding = internalBinding('module_wrap');
const { isContext } = internalBinding('contextify');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
  ERR_MODULE_LINK_MISMATCH,
  ERR_NOT_IMPLEMENTED,
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING,
  ERR_VM_MODULE_ALREADY_LINKED,
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA,
  ERR_VM_MODULE_DIFFERENT_CONTEXT,
  ERR_VM_MODULE_LINK_FAILURE,
  ERR_VM_MODULE_NOT_MODULE,
  ERR_VM_MODULE_STATUS,
} = require('internal/errors').codes;
const {
  validateArray,
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInt32,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isModuleNamespaceObject } = require('internal/util/types');
const { vmModuleHooks } = require('internal/modules/esm/loader');
const { rewriteSourceForV8 } = require('internal/modules/v8_source_rewrite');

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// v8::Module::Status, as module_wrap's getStatus() reports it.
const kInstantiated = 2;
const kEvaluated = 4;
const kErrored = 5;
const kStatusNames = ['unlinked', 'linking', 'linked', 'evaluating', 'evaluated', 'errored'];

const kId = Symbol('kId');
const kContext = Symbol('kContext');
const kLink = Symbol('kLink');
const kPerContextModuleId = Symbol('kPerContextModuleId');

let globalModuleId = 0;
let warned = false;

function isModule(object) {
  return typeof object === 'object' && object !== null && Object.hasOwn(object, kId);
}

// Node's validateThisInternalField: the receiver must be a vm module.
function checkThis(object, className) {
  if (!isModule(object)) throw new ERR_INVALID_THIS(className);
}

function defaultIdentifier(context) {
  if (context === undefined) return `vm:module(${globalModuleId++})`;
  const next = context[kPerContextModuleId] ?? 0;
  Object.defineProperty(context, kPerContextModuleId, {
    __proto__: null, value: next + 1, writable: true, enumerable: false, configurable: true,
  });
  return `vm:module(${next})`;
}

class Module {
  constructor(options) {
    if (!warned) {
      warned = true;
      process.emitWarning('VM Modules is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
    if (new.target === Module) {
      throw new TypeError('Module is not a constructor');
    }
    const { context, sourceText, syntheticExportNames, syntheticEvaluationSteps } = options;
    if (context !== undefined) {
      validateObject(context, 'context');
      if (!isContext(context)) {
        throw new ERR_INVALID_ARG_TYPE('options.context', 'vm.Context', context);
      }
    }
    let { identifier } = options;
    if (identifier !== undefined) {
      validateString(identifier, 'options.identifier');
    } else {
      identifier = defaultIdentifier(context);
    }
    let id;
    if (sourceText !== undefined) {
      // As the loader does: `with { }` attributes and /v regular expressions for V8 10.2.
      id = binding.compileSourceTextModule(rewriteSourceForV8(sourceText), identifier, context,
                                           options.lineOffset, options.columnOffset,
                                           options.cachedData, true);
    } else {
      // The evaluation steps run with the SyntheticModule as `this` (Node passes its internal
      // wrapper, which has setExport too).
      const steps = () => { Reflect.apply(syntheticEvaluationSteps, this, []); };
      id = binding.createSyntheticModule(identifier, syntheticExportNames, steps, context);
    }
    Object.defineProperty(this, kId, { __proto__: null, value: id });
    this[kContext] = context;
    this.#identifier = identifier;
  }

  #identifier;

  get identifier() {
    checkThis(this, 'Module');
    return this.#identifier;
  }

  get context() {
    checkThis(this, 'Module');
    return this[kContext];
  }

  get namespace() {
    checkThis(this, 'Module');
    if (binding.getStatus(this[kId]) < kInstantiated) {
      throw new ERR_VM_MODULE_STATUS('must not be unlinked or linking');
    }
    return binding.getNamespace(this[kId]);
  }

  get status() {
    checkThis(this, 'Module');
    return kStatusNames[binding.getStatus(this[kId])];
  }

  get error() {
    checkThis(this, 'Module');
    if (binding.getStatus(this[kId]) !== kErrored) {
      throw new ERR_VM_MODULE_STATUS('must be errored');
    }
    return binding.getError(this[kId]);
  }

  async link(linker) {
    checkThis(this, 'Module');
    validateFunction(linker, 'linker');
    if (this.status === 'linked') throw new ERR_VM_MODULE_ALREADY_LINKED();
    if (this.status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    await this[kLink](linker);
    binding.instantiate(this[kId]);
  }

  evaluate(options = kEmptyObject) {
    try {
      checkThis(this, 'Module');
      validateObject(options, 'options');
      let { timeout } = options;
      if (timeout === undefined) {
        timeout = -1;
      } else {
        validateUint32(timeout, 'options.timeout', true);
      }
      const { breakOnSigint = false } = options;
      validateBoolean(breakOnSigint, 'options.breakOnSigint');
      if (breakOnSigint) throw new ERR_NOT_IMPLEMENTED('vm module evaluate() breakOnSigint');
      const status = binding.getStatus(this[kId]);
      if (status !== kInstantiated && status !== kEvaluated && status !== kErrored) {
        throw new ERR_VM_MODULE_STATUS('must be one of linked, evaluated, or errored');
      }
      return binding.evaluate(this[kId], timeout);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  [customInspectSymbol](depth, options) {
    checkThis(this, 'Module');
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor ?? Module;
    const shown = { status: this.status, identifier: this.identifier, context: this.context };
    Object.setPrototypeOf(shown, Object.getPrototypeOf(this));
    Object.defineProperty(shown, Symbol.toStringTag, {
      __proto__: null, value: constructor.name, configurable: true,
    });
    const { inspect } = require('internal/util/inspect');
    return inspect(shown, { ...options, customInspect: false });
  }
}

const kNoError = Symbol('kNoError');

class SourceTextModule extends Module {
  #error = kNoError;
  #statusOverride;
  #moduleRequests;
  #dependencySpecifiers;

  constructor(sourceText, options = kEmptyObject) {
    validateString(sourceText, 'sourceText');
    validateObject(options, 'options');
    const {
      lineOffset = 0,
      columnOffset = 0,
      initializeImportMeta,
      importModuleDynamically,
      context,
      identifier,
      cachedData,
    } = options;
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (initializeImportMeta !== undefined) {
      validateFunction(initializeImportMeta, 'options.initializeImportMeta');
    }
    if (importModuleDynamically !== undefined) {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    super({ sourceText, context, identifier, lineOffset, columnOffset, cachedData });

    vmModuleHooks.set(this[kId], {
      __proto__: null,
      initializeImportMeta: (meta) => {
        if (initializeImportMeta !== undefined) initializeImportMeta(meta, this);
      },
      importModuleDynamically: (specifier, attributes) => {
        if (importModuleDynamically === undefined) {
          return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
        }
        return dynamicImport(importModuleDynamically, specifier, this, attributes);
      },
    });

    const flat = binding.getModuleRequests(this[kId]);
    const requests = [];
    for (let i = 0; i < flat.length; i += 2) {
      requests.push(
        Object.freeze({ __proto__: null, specifier: flat[i], attributes: flat[i + 1] }));
    }
    this.#moduleRequests = Object.freeze(requests);
  }

  async [kLink](linker) {
    this.#statusOverride = 'linking';
    const requests = this.#moduleRequests;
    const pending = new Array(requests.length);
    for (let i = 0; i < requests.length; i++) {
      const { specifier, attributes } = requests[i];
      const result = linker(specifier, this, { attributes, assert: attributes });
      pending[i] = Promise.resolve(result).then(async (module) => {
        if (!isModule(module)) throw new ERR_VM_MODULE_NOT_MODULE();
        if (module.context !== this.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
        if (module.status === 'errored') {
          throw new ERR_VM_MODULE_LINK_FAILURE(
            `request for '${specifier}' resolved to an errored module`, module.error);
        }
        if (module.status === 'unlinked') await module[kLink](linker);
        return module[kId];
      });
    }
    try {
      const ids = await Promise.all(pending);
      binding.link(this[kId], requests.map((request) => request.specifier), ids);
    } catch (err) {
      this.#error = err;
      throw err;
    } finally {
      this.#statusOverride = undefined;
    }
  }

  // Later Node 22 releases: the synchronous alternative to link(): the modules for
  // moduleRequests, in order.
  linkRequests(modules) {
    checkThis(this, 'SourceTextModule');
    if (this.status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    validateArray(modules, 'modules');
    const requests = this.#moduleRequests;
    if (modules.length !== requests.length) {
      throw new ERR_MODULE_LINK_MISMATCH(
        `Expected ${requests.length} modules, got ${modules.length}`);
    }
    const ids = modules.map((module) => {
      if (!isModule(module)) throw new ERR_VM_MODULE_NOT_MODULE();
      if (module.context !== this.context) throw new ERR_VM_MODULE_DIFFERENT_CONTEXT();
      return module[kId];
    });
    binding.link(this[kId], requests.map((request) => request.specifier), ids);
  }

  instantiate() {
    checkThis(this, 'SourceTextModule');
    if (this.status !== 'unlinked') throw new ERR_VM_MODULE_STATUS('must be unlinked');
    binding.instantiate(this[kId]);
  }

  get dependencySpecifiers() {
    this.#dependencySpecifiers ??= Object.freeze(
      this.#moduleRequests.map((request) => request.specifier));
    return this.#dependencySpecifiers;
  }

  get moduleRequests() {
    return this.#moduleRequests;
  }

  get status() {
    if (this.#error !== kNoError) return 'errored';
    if (this.#statusOverride) return this.#statusOverride;
    return super.status;
  }

  get error() {
    if (this.#error !== kNoError) return this.#error;
    return super.error;
  }

  createCachedData() {
    const { status } = this;
    if (status === 'evaluating' || status === 'evaluated' || status === 'errored') {
      throw new ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA();
    }
    const { Buffer } = require('buffer');
    const data = binding.createCachedData(this[kId]);
    return Buffer.from(data, 0, data.byteLength);
  }
}

class SyntheticModule extends Module {
  constructor(exportNames, evaluateCallback, options = kEmptyObject) {
    if (!Array.isArray(exportNames) || exportNames.some((name) => typeof name !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('exportNames', 'Array of unique strings', exportNames);
    }
    exportNames.forEach((name, i) => {
      if (exportNames.indexOf(name, i + 1) !== -1) {
        throw new ERR_INVALID_ARG_VALUE(`exportNames.${name}`, name, 'is duplicated');
      }
    });
    validateFunction(evaluateCallback, 'evaluateCallback');
    validateObject(options, 'options');
    const { context, identifier } = options;
    super({
      syntheticExportNames: exportNames,
      syntheticEvaluationSteps: evaluateCallback,
      context,
      identifier,
    });
    // No dependencies: linked from the start (Node 22).
    binding.instantiate(this[kId]);
  }

  link() {
    checkThis(this, 'SyntheticModule');
  }

  setExport(name, value) {
    checkThis(this, 'SyntheticModule');
    validateString(name, 'name');
    if (binding.getStatus(this[kId]) < kInstantiated) {
      throw new ERR_VM_MODULE_STATUS('must be linked');
    }
    binding.setSyntheticExport(this[kId], name, value);
  }
}

SyntheticModule.prototype[kLink] = async function link() {};

// import() inside a vm.SourceTextModule: the user's callback gives a namespace or a vm.Module.
async function dynamicImport(callback, specifier, referrer, attributes) {
  const result = await callback(specifier, referrer, attributes);
  if (isModuleNamespaceObject(result)) return result;
  if (!isModule(result)) throw new ERR_VM_MODULE_NOT_MODULE();
  if (result.status === 'errored') throw result.error;
  return result.namespace;
}

module.exports = {
  Module,
  SourceTextModule,
  SyntheticModule,
  dynamicImport,
};
