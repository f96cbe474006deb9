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
      if (this.id.startsWith(kDepsPrefix)) {
        const dirname = `node:${this.id.slice(0, this.id.lastIndexOf('/'))}`;
        fn.call(this.exports, this.exports, dependencyRequire(this.id), this,
                `node:${this.filename}`, dirname);
      } else {
        fn.call(undefined, this.exports, requireBuiltin, this, process, internalBinding, primordials);
      }
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

// JavaScript dependencies (deps/js/, embedded as internal/deps/<package>/<path>) are npm-style
// CommonJS: they require each other by relative path and name a few npm packages that are
// polyfills of Node's own modules. Their require resolves the relative paths among the embedded
// files and wires those names to tide's modules. readable-stream's copies of Node's errors,
// validators and inspect are replaced by tide's, so stream errors are Node's error classes.
const kDepsPrefix = 'internal/deps/';
const kPackageNames = {
  __proto__: null,
  'buffer': 'buffer',
  'events': 'events',
  'stream': 'stream',
  'string_decoder': 'string_decoder',
  'string_decoder/': 'string_decoder',
  'abort-controller': 'internal/abort_controller',
  'brace-expansion': 'internal/deps/brace-expansion/index',
  'balanced-match': 'internal/deps/balanced-match/index',
};
const kReplacedFiles = {
  __proto__: null,
  'internal/deps/readable-stream/lib/ours/errors': 'internal/streams/errors',
  'internal/deps/readable-stream/lib/ours/primordials': 'internal/streams/primordials',
  'internal/deps/readable-stream/lib/internal/streams/legacy': 'internal/streams/legacy',
  'internal/deps/readable-stream/lib/internal/streams/readable': 'internal/streams/readable',
  'internal/deps/readable-stream/lib/internal/streams/writable': 'internal/streams/writable',
  'internal/deps/readable-stream/lib/internal/streams/transform': 'internal/streams/transform',
  'internal/deps/readable-stream/lib/internal/validators': 'internal/validators',
  'internal/deps/readable-stream/lib/ours/util/inspect': 'util',
};

// Each resolution is remembered: readable-stream requires './duplex' inside the Readable and
// Writable constructors, so this runs once per stream created (per socket, per HTTP message).
function dependencyRequire(parentId) {
  const parentDir = parentId.slice(0, parentId.lastIndexOf('/'));
  const resolved = new Map();
  return function require(specifier) {
    if (specifier === 'process' || specifier === 'process/') return process;
    let id = resolved.get(specifier);
    if (id === undefined) {
      id = resolveDependency(parentId, parentDir, specifier);
      resolved.set(specifier, id);
    }
    return requireBuiltin(id);
  };
}

function resolveDependency(parentId, parentDir, specifier) {
  if (specifier[0] !== '.') {
    const id = kPackageNames[specifier];
    if (id === undefined) throw new Error(`${parentId}: no such module: ${specifier}`);
    return id;
  }
  const parts = parentDir.split('/');
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  let id = parts.join('/');
  if (id.endsWith('.js')) id = id.slice(0, -3);
  return kReplacedFiles[id] ?? id;
}

requireBuiltin.BuiltinModule = BuiltinModule;
return requireBuiltin;
