'use strict';
// The loader for lib/ itself: `require` between built-in modules, and which of them user code may
// load (everything outside internal/). Returns that require to the native bootstrap.

const { compileFunction, builtinIds } = internalBinding('builtins');

const builtinSet = new Set(builtinIds);
const cache = new Map();

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) { return builtinSet.has(id); }

  // Public modules: not internal/, and not the bootstrap's own files.
  static canBeRequiredByUsers(id) {
    return builtinSet.has(id) && !id.startsWith('internal/');
  }

  static getCanBeRequiredByUsersIds() {
    return builtinIds.filter((id) => BuiltinModule.canBeRequiredByUsers(id));
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    try {
      const fn = compileFunction(this.id);
      fn.call(undefined, this.exports, requireBuiltin, this, process, internalBinding, primordials);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function requireBuiltin(id) {
  let mod = cache.get(id);
  if (mod === undefined) {
    if (!builtinSet.has(id)) throw new Error(`No such built-in module: ${id}`);
    mod = new BuiltinModule(id);
    cache.set(id, mod);
  }
  return mod.compileForInternalLoader();
}

requireBuiltin.BuiltinModule = BuiltinModule;
return requireBuiltin;
