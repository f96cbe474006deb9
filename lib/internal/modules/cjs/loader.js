'use strict';
// CommonJS loader, first version: require of built-ins (`fs`, `node:fs`), relative and absolute
// files (.js, .cjs, .json, directories with package.json "main" or index.js), node_modules lookup up
// the tree, require.cache/resolve/main, module.children/paths, cycles (partial exports). Files are
// compiled with contextify.compileFunction, so stack traces carry the file's own lines and columns.
// The modules issue replaces this file with the full loader (exports/imports maps, ESM interop);
// the core only knows Module.runMain and Module.createRequireFor.

const path = require('path');
const { compileFunction } = internalBinding('contextify');
const { readFileUtf8, internalModuleStat, realpath } = internalBinding('fs');
const { BuiltinModule } = require;

const kParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function stat(filename) {
  return internalModuleStat(filename);
}

function tryRealpath(filename) {
  try {
    return realpath(filename);
  } catch {
    return filename;
  }
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', {
      __proto__: null, value: parent, writable: true, enumerable: false, configurable: true,
    });
    if (parent?.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
    }
    if (id === '') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let extension = path.extname(filename);
    if (!Module._extensions[extension]) extension = '.js';
    Module._extensions[extension](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    // A shebang line is not JavaScript; keep the line (blank) so line numbers stay right.
    if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
      const eol = content.indexOf('\n');
      content = eol === -1 ? '' : content.slice(eol);
    }
    const fn = compileFunction(content, filename, kParams);
    const dirname = path.dirname(filename);
    const req = Module.createRequireFor(this);
    return Reflect.apply(fn, this.exports, [this.exports, req, this, filename, dirname]);
  }

  static _cache = { __proto__: null };
  static _pathCache = { __proto__: null };
  static _extensions = { __proto__: null };
  static globalPaths = [];
  static builtinModules = [];

  static _nodeModulePaths(from) {
    from = path.resolve(from);
    if (from === '/') return ['/node_modules'];
    const paths = [];
    const parts = from.split('/');
    for (let i = parts.length; i > 0; i--) {
      if (parts[i - 1] === 'node_modules') continue;
      const dir = parts.slice(0, i).join('/') || '/';
      paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
    }
    if (paths[paths.length - 1] !== '/node_modules') paths.push('/node_modules');
    return paths;
  }

  static _resolveLookupPaths(request, parent) {
    if (request[0] === '.' && (request.length === 1 || request[1] === '/' ||
        (request[1] === '.' && (request.length === 2 || request[2] === '/')))) {
      return [parent?.filename ? path.dirname(parent.filename) : process.cwd()];
    }
    const paths = parent?.paths?.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
    return paths.concat(Module.globalPaths);
  }

  static _findPath(request, paths) {
    const absolute = path.isAbsolute(request);
    const searchPaths = absolute ? [''] : paths;
    const trailingSlash = request.endsWith('/');
    for (const dir of searchPaths) {
      const base = absolute ? path.resolve(request) : path.resolve(dir, request);
      if (!trailingSlash) {
        const kind = stat(base);
        if (kind === 0) return tryRealpath(base);
        const file = tryExtensions(base);
        if (file) return file;
        if (kind === 1) {
          const index = tryPackage(base);
          if (index) return index;
        }
      } else if (stat(base) === 1) {
        const index = tryPackage(base);
        if (index) return index;
      }
    }
    return false;
  }

  static _resolveFilename(request, parent, isMain, options) {
    if (request.startsWith('node:') || BuiltinModule.canBeRequiredByUsers(request)) {
      const id = request.startsWith('node:') ? request.slice(5) : request;
      if (BuiltinModule.canBeRequiredByUsers(id)) return request;
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    let paths;
    if (options?.paths) {
      paths = [];
      for (const p of options.paths) {
        paths.push(...Module._resolveLookupPaths(request, { paths: Module._nodeModulePaths(p),
          filename: path.join(p, 'x') }));
      }
    } else {
      paths = Module._resolveLookupPaths(request, parent);
    }
    const filename = Module._findPath(request, paths);
    if (filename) return filename;
    const requireStack = [];
    for (let cursor = parent; cursor; cursor = cursor.parent) {
      requireStack.push(cursor.filename || cursor.id);
    }
    let message = `Cannot find module '${request}'`;
    if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    const err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    throw err;
  }

  static _load(request, parent, isMain) {
    if (request.startsWith('node:') || (!isMain && BuiltinModule.canBeRequiredByUsers(request))) {
      const id = request.startsWith('node:') ? request.slice(5) : request;
      if (BuiltinModule.canBeRequiredByUsers(id)) return require(id);
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    const filename = Module._resolveFilename(request, parent, isMain);
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent?.children && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
      process.mainModule = module;
      module.id = '.';
      Module._mainModule = module;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        if (parent?.children) {
          const index = parent.children.indexOf(module);
          if (index !== -1) parent.children.splice(index, 1);
        }
      }
    }
    return module.exports;
  }

  static createRequireFor(module) {
    const req = function require(id) { return module.require(id); };
    req.resolve = function resolve(request, options) {
      if (typeof request !== 'string') {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
      }
      return Module._resolveFilename(request, module, false, options);
    };
    req.resolve.paths = function paths(request) {
      if (request.startsWith('node:') || BuiltinModule.canBeRequiredByUsers(request)) return null;
      return Module._resolveLookupPaths(request, module);
    };
    req.main = Module._mainModule;
    req.extensions = Module._extensions;
    req.cache = Module._cache;
    return req;
  }

  static runMain(main) {
    const filename = path.resolve(main);
    Module._load(filename, null, true);
  }
}

function tryExtensions(base) {
  for (const ext of ['.js', '.json', '.cjs']) {
    if (stat(base + ext) === 0) return tryRealpath(base + ext);
  }
  return false;
}

function tryPackage(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (stat(pkgPath) === 0) {
    let pkg;
    try {
      pkg = JSON.parse(readFileUtf8(pkgPath));
    } catch (err) {
      err.path = pkgPath;
      err.message = `Error parsing ${pkgPath}: ${err.message}`;
      throw err;
    }
    if (typeof pkg.main === 'string' && pkg.main) {
      const main = path.resolve(dir, pkg.main);
      if (stat(main) === 0) return tryRealpath(main);
      const withExt = tryExtensions(main);
      if (withExt) return withExt;
      const index = tryExtensions(path.join(main, 'index'));
      if (index) return index;
    }
  }
  return tryExtensions(path.join(dir, 'index'));
}

Module._extensions['.js'] = function loadJs(module, filename) {
  module._compile(readFileUtf8(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersIds();
Module.Module = Module;

module.exports = { Module };
