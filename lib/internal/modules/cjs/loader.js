'use strict';
// The CommonJS loader: Node's Module class with its public and semi-public API (_load,
// _resolveFilename, _findPath, _nodeModulePaths, _extensions, _cache, _pathCache, wrap/wrapper,
// prototype._compile, runMain, _initPaths), package.json "main"/"exports"/"imports" and
// self-reference (the exports/imports algorithm is shared with ES modules:
// internal/modules/esm/resolve), NODE_PATH and the global folders, require(esm) through the ES
// module loader, and Node's module-syntax detection for .js files without a package "type".
//
// Files are compiled with contextify.compileFunction (the script's resource name is the file name,
// which also keys import() from CommonJS), so stack traces show the file's own lines and columns.
//
// Caches, all per run (the startup snapshot holds this module with every cache empty):
//   relativeResolveCache  (parent directory, request) → filename, checked before resolution
//   Module._pathCache     (request, search paths) → filename, as in Node
//   statCache             path → stat result, only while a top-level require runs (Node's rule)
//   realpathCache         path → real path
//   package.json records  internal/modules/package_json_reader

const path = require('path');
const { compileFunction, runInThisContext } = internalBinding('contextify');
const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const { realpathOrFalse } = internalBinding('modules');
const { BuiltinModule } = require;
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_NOT_IMPLEMENTED,
    ERR_DLOPEN_DISABLED,
    ERR_DLOPEN_FAILED,
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_REQUIRE_CYCLE_MODULE,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const packageJsonReader = require('internal/modules/package_json_reader');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kModuleParent = Symbol('kModuleParent');
const kIsExecuting = Symbol('kIsExecuting');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kModuleSource = Symbol('kModuleSource');
const kRequiredESM = Symbol('kRequiredESM');  // being loaded by require(esm)

let requireDepth = 0;
let statCache = null;
const realpathCache = new Map();
let relativeResolveCache = { __proto__: null };
let patched = false;  // Module.wrap / Module.wrapper replaced by user code

// Module paths from NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node;
// computed per run by Module._initPaths (from prepare.js), never at snapshot time.
let modulePaths = [];

let esmResolve;  // internal/modules/esm/resolve, loaded on first use of exports/imports
function lazyResolve() {
  esmResolve ??= require('internal/modules/esm/resolve');
  return esmResolve;
}

let url;
function lazyURL() {
  url ??= require('internal/url');
  return url;
}

function stat(filename) {
  if (statCache !== null) {
    const result = statCache.get(filename);
    if (result !== undefined) return result;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = realpathOrFalse(requestPath);
    if (real === false) real = requestPath;
    realpathCache.set(requestPath, real);
  }
  return real;
}

let exposeInternalsFlag;
// --expose-internals (tests): require('internal/...') reaches lib/internal/ modules.
function exposeInternals() {
  exposeInternalsFlag ??= require('internal/options').getOptionValue('--expose-internals') === true;
  return exposeInternalsFlag;
}

let preserveSymlinks;
let preserveSymlinksMain;
function readSymlinkOptions() {
  if (preserveSymlinks === undefined) {
    const { getOptionValue } = require('internal/options');
    preserveSymlinks = getOptionValue('--preserve-symlinks') === true;
    preserveSymlinksMain = getOptionValue('--preserve-symlinks-main') === true;
  }
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

// --- Module --------------------------------------------------------------------------------------
function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this[kModuleParent] = parent;
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module._debug = function _debug() {};  // Node's deprecated debug hook; does nothing there either

// Node 22's list (the names are reserved for built-ins even where tide does not have the module
// yet: requiring one of those throws ERR_NOT_IMPLEMENTED), without the node:-only names.
const builtinModules = [...new Set([
  ...require('internal/modules/esm/resolve').nodeBuiltinIds,
  ...BuiltinModule.getCanBeRequiredByUsersIds().filter(
    (id) => !['test', 'test/reporters', 'sqlite', 'sea'].includes(id)),
])].sort();
Object.freeze(builtinModules);
Module.builtinModules = builtinModules;

function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  return lazyResolve().normalizeBuiltinId(moduleName) !== undefined ||
    lazyResolve().tideBuiltinId(moduleName) !== undefined;
}
Module.isBuiltin = isBuiltin;

function getModuleParent() {
  return this[kModuleParent];
}
function setModuleParent(value) {
  this[kModuleParent] = value;
}
let deprecatedParentGetter;
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    const { getOptionValue } = require('internal/options');
    if (getOptionValue('--pending-deprecation')) {
      deprecatedParentGetter ??= require('util').deprecate(
        getModuleParent,
        'module.parent is deprecated due to accuracy issues. Please use ' +
        'require.main to find program entry point instead.',
        'DEP0144');
      return Reflect.apply(deprecatedParentGetter, this, []);
    }
    return this[kModuleParent];
  },
  set: setModuleParent,
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null, enumerable: false, configurable: true, get() { return false; },
});

// --- wrapper -------------------------------------------------------------------------------------
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const defaultWrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapper = [...defaultWrapper];
// Writes through Module.wrapper (Module.wrapper[0] = ...) mark the loader as patched too.
const wrapperProxy = new Proxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
let wrapperValue = wrapperProxy;
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return wrapperValue; },
  set(value) {
    patched = true;
    wrapperValue = value;
  },
});

// --- lookup paths --------------------------------------------------------------------------------
// '/a/b/node_modules/c' → ['/a/b/node_modules/c/node_modules', '/a/b/node_modules', '/a/node_modules',
// '/node_modules'] (no 'node_modules/node_modules').
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  // Walk back from the end, noting each '/' that does not end a 'node_modules' segment.
  const nm = 'node_modules';
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== nm.length) paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
      p = 0;
    } else if (p !== -1) {
      if (nm.charCodeAt(nm.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

function isRelativeRequest(request) {
  return request[0] === '.' && (request.length === 1 || request[1] === '/' ||
    (request[1] === '.' && (request.length === 2 || request[2] === '/')));
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (lazyResolve().normalizeBuiltinId(request) !== undefined) return null;
  // Not a relative request ('./x', '../x', '.', '..'): node_modules folders, then global paths.
  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent?.paths?.length) {
      paths = [...parent.paths, ...modulePaths];
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  // In the REPL or with -e, the parent has no filename: relative to the working directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// --- file probing --------------------------------------------------------------------------------
function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  readSymlinkOptions();
  if (isMain ? preserveSymlinksMain : preserveSymlinks) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.readPackage(requestPath);
  const main = pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);

  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = pkg.pjsonPath;
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${pkg.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// The longest registered extension of a file name ('.a.b.c' tries '.a.b.c', '.b.c', '.c'), else
// '.js'. Dot files ('.eslintrc') have no extension.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    const currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

function createEsmNotFoundErr(request, errPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (errPath) err.path = errPath;
  return err;
}

// A URL that exports/imports resolution produced → an existing file path.
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  const { encodedSepRegEx } = lazyResolve();
  if (encodedSepRegEx.test(resolved.href)) {
    const err = new ERR_INVALID_MODULE_SPECIFIER(
      resolved.href, 'must not include encoded "/" or "\\" characters', parentPath);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  const filename = lazyURL().fileURLToPath(resolved);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, path.resolve(pkgPath, 'package.json'));
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// 'pkg/sub' under one node_modules folder, through the package's "exports" when it has one.
function resolveExports(nmPath, request) {
  const match = EXPORTS_PATTERN.exec(request);
  if (match === null) return undefined;
  const name = match[1];
  const expansion = match[2] ?? '';
  const pkgPath = path.resolve(nmPath, name);
  const pkg = packageJsonReader.readPackage(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    const { packageExportsResolve, getCjsConditions } = lazyResolve();
    try {
      return finalizeEsmResolution(
        packageExportsResolve(lazyURL().pathToFileURL(`${pkgPath}/package.json`),
                              `.${expansion}`, pkg, null, getCjsConditions()),
        null, pkgPath);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
      }
      throw e;
    }
  }
  return undefined;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request === '.' || request === '..' ||
     request.endsWith('/.') || request.endsWith('/..'));

  const isRelative = isRelativeRequest(request);
  let insidePath = true;
  if (isRelative) {
    const normalizedRequest = path.normalize(request);
    if (normalizedRequest.startsWith('..')) insidePath = false;
  }

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {  // a file
        readSymlinkOptions();
        if (isMain ? preserveSymlinksMain : preserveSymlinks) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {  // a directory
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return `${process.cwd()}${path.sep}`;
    } catch {
      return false;
    }
  }
  return false;
}

// A package requiring itself by its own name, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = `.${request.slice(pkg.name.length)}`;
  } else {
    return false;
  }
  const pkgPath = path.dirname(pkg.pjsonPath);
  const { packageExportsResolve, getCjsConditions } = lazyResolve();
  const { pathToFileURL } = lazyURL();
  try {
    return finalizeEsmResolution(
      packageExportsResolve(pathToFileURL(pkg.pjsonPath), expansion, pkg,
                            pathToFileURL(parentPath), getCjsConditions()),
      parentPath, pkgPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkg.pjsonPath);
    throw e;
  }
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (lazyResolve().normalizeBuiltinId(request) !== undefined) return request;
  if (lazyResolve().tideBuiltinId(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (request.startsWith('./') || request.startsWith('../')) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}${path.sep}`;
    const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
    if (pkg?.imports != null) {
      const { packageImportsResolve, getCjsConditions } = lazyResolve();
      try {
        return finalizeEsmResolution(
          packageImportsResolve(request, lazyURL().pathToFileURL(parentPath), getCjsConditions()),
          parentPath, path.dirname(pkg.pjsonPath));
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw e;
      }
    }
  }

  // A package's own name first (self-reference), then the search paths.
  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kModuleParent]) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = `${message}\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// --- loading -------------------------------------------------------------------------------------
// While a module is still loading (a cycle), reading a property its exports do not have warns, as
// in Node: such code usually expects a property the other module sets later.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

function getExportsForCircularRequire(module) {
  if (module[kRequiredESM] === true && !module.loaded) {
    // An ES module that is still evaluating cannot hand out partial exports.
    let message = `Cannot require() ES Module ${module.id} in a cycle.`;
    const parent = module[kModuleParent];
    if (parent?.filename) message += ` (from ${parent.filename})`;
    throw new ERR_REQUIRE_CYCLE_MODULE(message);
  }
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

function loadBuiltin(id) {
  lazyResolve().assertBuiltinImplemented(id);
  return require(id);
}

Module._load = function _load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('tide:')) {
    const id = lazyResolve().tideBuiltinId(request);
    if (id === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return require(id);
  }
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!lazyResolve().isSchemeBuiltin(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  if (request.startsWith('internal/') && exposeInternals() && BuiltinModule.exists(request)) {
    return require(request);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    if (!cachedModule[kIsCachedByESMLoader]) return getExportsForCircularRequire(cachedModule);
    // Put in the cache by the ES module loader to be filled now: not a cycle.
    cachedModule[kIsCachedByESMLoader] = false;
  }

  if (lazyResolve().canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);

  const module = cachedModule || new Module(filename, parent);
  if (!cachedModule) {
    if (isMain) {
      process.mainModule = module;
      module.id = '.';
      module[kIsMainSymbol] = true;
    } else {
      module[kIsMainSymbol] = false;
    }
    Module._cache[filename] = module;
    module[kIsCachedByESMLoader] = false;
  }
  if (parent) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports !== null && typeof module.exports === 'object' &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

// --watch's child reports every file it loads (internal/watch_mode/report.js).
const watchReport = require('internal/watch_mode/report');

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  // Before it runs: a file that throws or exits while loading is watched too.
  if (watchReport.enabled) watchReport.reportDependency('require', filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    loadESMFromCJS(this, filename);
  } else {
    Module._extensions[extension](this, filename);
  }
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

const kParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function stripShebang(content) {
  // A '#!' line is not JavaScript inside a function body; blank it to keep line numbers.
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    const eol = content.indexOf('\n');
    return eol === -1 ? '' : content.slice(eol);
  }
  return content;
}

let rewriteSourceForV8;
function wrapSafe(filename, content) {
  // Newer syntax V8 10.2 lacks (`import(x, { with: … })`, `/…/v` literals) is rewritten first;
  // sources without it are returned as they are.
  rewriteSourceForV8 ??= require('internal/modules/v8_source_rewrite').rewriteSourceForV8;
  content = rewriteSourceForV8(content);
  if (patched) {
    // User code replaced Module.wrap/wrapper: compile the text it produces, as Node does.
    const wrapped = Module.wrap(content);
    return runInThisContext(wrapped, filename);
  }
  return compileFunction(stripShebang(content), filename, kParams);
}

// SyntaxErrors that mean "this is an ES module" (Node's detect-module): module-only syntax, or a
// top-level declaration of a CommonJS wrapper variable / top-level await, which are errors only in
// the CommonJS wrapper (for those, the file must also parse as a module).
const esmSyntaxErrorMessages = new Set([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
]);
const throwsOnlyInCommonJSErrorMessages = new Set([
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
  'await is only valid in async functions and the top level bodies of modules',
]);

// The ES module loader (another part of tide); undefined in a build without it.
function lazyEsmLoader() {
  if (!BuiltinModule.exists('internal/modules/esm/loader')) return undefined;
  return require('internal/modules/esm/loader');
}

function shouldRetryAsESM(err, content, filename) {
  if (!(err instanceof SyntaxError)) return false;
  if (esmSyntaxErrorMessages.has(err.message)) return true;
  if (throwsOnlyInCommonJSErrorMessages.has(err.message)) {
    const esm = lazyEsmLoader();
    if (typeof esm?.containsModuleSyntax === 'function') {
      return esm.containsModuleSyntax(content, filename);
    }
    // Without the ES module loader's parser, only top-level await is telling enough.
    return err.message.startsWith('await is only valid');
  }
  return false;
}

// A .mjs file, a .js file in a "type": "module" scope, or a detected ES module, reached through
// require() (or as the main module): the ES module loader evaluates it synchronously.
function loadESMFromCJS(mod, filename) {
  const esm = lazyEsmLoader();
  if (mod[kIsMainSymbol]) {
    if (typeof esm?.runEntry !== 'function') {
      throw new ERR_NOT_IMPLEMENTED('ES modules');
    }
    mod.exports = {};
    esm.runEntry(lazyURL().pathToFileURL(filename).href);
    return;
  }
  if (typeof esm?.requireESM !== 'function') {
    throw new ERR_NOT_IMPLEMENTED('require() of ES modules');
  }
  mod[kRequiredESM] = true;
  const namespace = esm.requireESM(filename, mod[kModuleParent] ?? null);
  // Node 22.12: a module can choose what require() returns with an export named 'module.exports'.
  if (namespace !== null && typeof namespace === 'object' && 'module.exports' in namespace) {
    mod.exports = namespace['module.exports'];
  } else {
    mod.exports = namespace;
  }
}

Module.prototype._compile = function _compile(content, filename, format) {
  if (format === 'module') {
    loadESMFromCJS(this, filename);
    return undefined;
  }
  let compiledWrapper;
  try {
    compiledWrapper = wrapSafe(filename, content);
  } catch (err) {
    if (format === undefined && !patched && shouldRetryAsESM(err, content, filename)) {
      // (The ES module loader emits Node's MODULE_TYPELESS_PACKAGE_JSON warning when it detects
      // the same file again for a main entry.)
      loadESMFromCJS(this, filename);
      return undefined;
    }
    throw err;
  }

  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  this[kIsExecuting] = true;
  let result;
  try {
    result = Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
    if (requireDepth === 0) statCache = null;
  }
  return result;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// --- extensions ----------------------------------------------------------------------------------
Module._extensions['.js'] = function loadJs(module, filename) {
  const cached = module[kModuleSource];
  let content;
  if (cached !== undefined) {
    content = cached;
    module[kModuleSource] = undefined;
  } else {
    content = readFileUtf8(filename);
  }
  let format;
  if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (filename.endsWith('.js')) {
    const type = packageJsonReader.getPackageScopeType(filename);
    if (type === 'module' || type === 'commonjs') format = type;
  }
  module._compile(content, filename, format);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNode(module, filename) {
  if (require('internal/options').getOptionValue('--no-addons')) throw new ERR_DLOPEN_DISABLED();
  // tide has no N-API / native addon ABI.
  throw new ERR_DLOPEN_FAILED(`Cannot load native addon ${filename}: native addons (.node files) ` +
                              'are not supported by tide');
};

// --- entry points --------------------------------------------------------------------------------
function resolveMainPath(main) {
  const mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return undefined;
  return mainPath;
}

// Node 22's rule for the entry point: .mjs, or anything but .cjs in a "type": "module" scope. (A
// .js file without a type goes through CommonJS, where syntax detection may still hand it over.)
function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  return packageJsonReader.getPackageScopeType(mainPath) === 'module';
}

// `tide file.js`: the core calls this with process.argv[1].
Module.runMain = function runMain(main = process.argv[1]) {
  const resolvedMain = resolveMainPath(main);
  if (resolvedMain !== undefined && shouldUseESMLoader(resolvedMain)) {
    const esm = lazyEsmLoader();
    if (typeof esm?.runEntry !== 'function') {
      throw new ERR_NOT_IMPLEMENTED('ES modules');
    }
    return esm.runEntry(lazyURL().pathToFileURL(resolvedMain).href);
  }
  Module._load(main, null, true);
  return undefined;
};

// NODE_PATH and the global folders; called per run by the bootstrap (prepare.js).
Module._initPaths = function _initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [];
  const useGlobalPaths = !require('internal/options').getOptionValue('--no-global-search-paths');
  if (useGlobalPaths) paths.push(path.resolve(prefixDir, 'lib', 'node'));
  if (homeDir && useGlobalPaths) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter((p) => !!p).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  const esm = lazyEsmLoader();
  if (typeof esm?.syncBuiltinESMExports === 'function') return esm.syncBuiltinESMExports();
  // Without ES modules there are no built-in module namespaces to update.
  return undefined;
};

// createRequire(filename | file URL) → a require function resolving from that file.
function createRequire(filename) {
  let filepath;
  const { isURL, fileURLToPath } = lazyURL();
  if (isURL(filename) ||
      (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename,
                                      'must be a file URL object, file URL string, or absolute ' +
                                      'path string');
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
                                    'must be a file URL object, file URL string, or absolute ' +
                                    'path string');
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

function createRequireFromPath(filename) {
  // A trailing slash means a directory: resolve as if from a file inside it.
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

Module.createRequire = createRequire;

// findPackageJSON(specifier, base) (Node 22.14): the package.json that governs a module.
function findPackageJSON(specifier, base = 'data:') {
  const { isURL, fileURLToPath, pathToFileURL, URL } = lazyURL();
  if (arguments.length === 0) {
    throw new ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  }
  if (typeof specifier !== 'string' && !isURL(specifier)) {
    throw new ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  }
  if (base !== 'data:' && typeof base !== 'string' && !isURL(base)) {
    throw new ERR_INVALID_ARG_TYPE('base', ['string', 'URL'], base);
  }
  const baseURL = isURL(base) ? base :
    (typeof base === 'string' && base.startsWith('/') ? pathToFileURL(base) : new URL(base));
  let resolved;
  const spec = `${specifier}`;
  if (isURL(specifier) || /^[a-z][a-z0-9+.-]*:/i.test(spec) || spec[0] === '/' ||
      isRelativeRequest(spec)) {
    resolved = isURL(specifier) ? specifier :
      (spec[0] === '/' ? pathToFileURL(spec) : new URL(spec, baseURL));
  } else {
    if (baseURL.protocol !== 'file:') {
      throw new ERR_INVALID_ARG_VALUE('base', base, 'must be a file URL or absolute path when ' +
                                      'specifier is a bare specifier');
    }
    const { getCjsConditions, packageResolve } = lazyResolve();
    // Find the package's own folder: resolve its package.json through node_modules.
    const slash = spec[0] === '@' ? spec.indexOf('/', spec.indexOf('/') + 1) : spec.indexOf('/');
    const name = slash === -1 ? spec : spec.slice(0, slash);
    try {
      resolved = packageResolve(spec, baseURL, getCjsConditions());
    } catch {
      resolved = undefined;
    }
    const from = path.dirname(fileURLToPath(baseURL));
    for (const dir of Module._nodeModulePaths(from)) {
      const candidate = path.join(dir, name, 'package.json');
      if (packageJsonReader.read(candidate).exists) return candidate;
    }
    if (resolved === undefined) return undefined;
  }
  if (resolved.protocol !== 'file:') return undefined;
  return packageJsonReader.getNearestParentPackageJSON(fileURLToPath(resolved))?.pjsonPath;
}
Module.findPackageJSON = findPackageJSON;

Module.register = function register() {
  throw new ERR_NOT_IMPLEMENTED('module.register (module customization hooks)');
};

// Used by -e / stdin inside lib/ (not part of Node's API: hidden from Object.keys(Module)).
Object.defineProperty(Module, 'createRequireFor', {
  __proto__: null, value: makeRequireFunction, enumerable: false, writable: true, configurable: true,
});
Module.Module = Module;

module.exports = {
  Module,
  makeRequireFunction,
  createRequire,
  findLongestRegisteredExtension,
  kIsMainSymbol,
  kIsExecuting,
  kIsCachedByESMLoader,
  kModuleSource,
  kModuleParent,
};
