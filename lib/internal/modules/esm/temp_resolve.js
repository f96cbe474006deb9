'use strict';
// A stand-in for internal/modules/esm/resolve (the CommonJS work writes Node's full resolution
// algorithm there; the ES module loader switches to it as soon as it exists). It covers what the
// loader's own tests need: node: built-ins, data: URLs, relative/absolute/file: URL specifiers,
// and bare package names through node_modules with "exports" ("." and exact subpaths, conditions
// import/node/default) or "main". Same contract: defaultResolve(specifier, parentURL, conditions)
// -> { url, format, detect? }.

const path = require('path');
const { internalModuleStat, readFileUtf8, realpath } = internalBinding('fs');
const { BuiltinModule } = require;
const {
  codes: {
    ERR_MODULE_NOT_FOUND,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');

let urlModule;
function lazyURL() {
  urlModule ??= require('internal/url');
  return urlModule;
}

const packageTypeCache = new Map();  // directory -> 'module' | 'commonjs' | 'none'

function readPackage(dir) {
  const file = `${dir === '/' ? '' : dir}/package.json`;
  if (internalModuleStat(file) !== 0) return null;
  try {
    return JSON.parse(readFileUtf8(file));
  } catch {
    return null;
  }
}

function packageType(filename) {
  let dir = path.dirname(filename);
  const visited = [];
  let type;
  for (;;) {
    type = packageTypeCache.get(dir);
    if (type !== undefined) break;
    visited.push(dir);
    if (dir.endsWith('/node_modules')) {
      type = 'none';
      break;
    }
    const pkg = readPackage(dir);
    if (pkg !== null) {
      type = pkg.type === 'module' || pkg.type === 'commonjs' ? pkg.type : 'none';
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      type = 'none';
      break;
    }
    dir = parent;
  }
  for (const d of visited) packageTypeCache.set(d, type);
  return type;
}

function formatOfFile(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return { format: 'module' };
  if (ext === '.cjs') return { format: 'commonjs' };
  if (ext === '.json') return { format: 'json' };
  if (ext === '.js' || ext === '') {
    const type = packageType(filename);
    if (type === 'module') return { format: 'module' };
    if (type === 'commonjs') return { format: 'commonjs' };
    return { format: 'commonjs', detect: true };
  }
  return { format: undefined };
}

function finalize(url, filename, parentURL) {
  const kind = internalModuleStat(filename);
  const base = parentURL?.startsWith('file:') ? lazyURL().fileURLToPath(parentURL) : parentURL;
  if (kind === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(filename, base, url);
  if (kind !== 0) throw new ERR_MODULE_NOT_FOUND(filename, base, url);
  let real = filename;
  try {
    real = realpath(filename);
  } catch { /* keep the path as given */ }
  const realURL = real === filename ? url : lazyURL().pathToFileURL(real).href;
  return { url: realURL, ...formatOfFile(real) };
}

function resolveConditions(target, conditions) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveConditions(t, conditions);
      if (r !== undefined && r !== null) return r;
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveConditions(target[key], conditions);
        if (r !== undefined) return r;
      }
    }
  }
  return target === null ? null : undefined;
}

function packageResolve(specifier, parentURL, conditions) {
  let name;
  let slash = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (slash === -1) {
      throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
        lazyURL().fileURLToPath(parentURL));
    }
    slash = specifier.indexOf('/', slash + 1);
  }
  name = slash === -1 ? specifier : specifier.slice(0, slash);
  const subpath = `.${slash === -1 ? '' : specifier.slice(slash)}`;
  const parentPath = lazyURL().fileURLToPath(parentURL);
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (internalModuleStat(pkgDir) === 1) {
      const pkg = readPackage(pkgDir) ?? {};
      if (pkg.exports !== undefined && pkg.exports !== null) {
        let exports = pkg.exports;
        if (typeof exports === 'string' || Array.isArray(exports) ||
            !Object.keys(exports).some((k) => k.startsWith('.'))) {
          exports = { '.': exports };
        }
        let target;
        if (Object.prototype.hasOwnProperty.call(exports, subpath)) {
          target = resolveConditions(exports[subpath], conditions);
        } else {
          // "./x/*" patterns (one star), the longest prefix first.
          let best = null;
          for (const key of Object.keys(exports)) {
            const star = key.indexOf('*');
            if (star === -1) continue;
            const prefix = key.slice(0, star);
            const suffix = key.slice(star + 1);
            if (subpath.startsWith(prefix) && subpath.endsWith(suffix) &&
                subpath.length >= key.length - 1 && (best === null || prefix.length > best.prefix.length)) {
              best = { key, prefix, match: subpath.slice(prefix.length, subpath.length - suffix.length) };
            }
          }
          if (best !== null) {
            target = resolveConditions(exports[best.key], conditions);
            if (typeof target === 'string') target = target.replaceAll('*', best.match);
          }
        }
        if (typeof target !== 'string') {
          throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath, parentPath);
        }
        const filename = path.resolve(pkgDir, target);
        return finalize(lazyURL().pathToFileURL(filename).href, filename, parentURL);
      }
      if (subpath !== '.') {
        const filename = path.resolve(pkgDir, subpath);
        return finalize(lazyURL().pathToFileURL(filename).href, filename, parentURL);
      }
      for (const candidate of legacyMainCandidates(pkgDir, pkg.main)) {
        if (internalModuleStat(candidate) === 0) {
          return finalize(lazyURL().pathToFileURL(candidate).href, candidate, parentURL);
        }
      }
      throw new ERR_MODULE_NOT_FOUND(pkgDir, parentPath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  name = specifier;
  throw new ERR_MODULE_NOT_FOUND(name, parentPath);
}

function legacyMainCandidates(dir, main) {
  const out = [];
  if (typeof main === 'string' && main) {
    const base = path.resolve(dir, main);
    out.push(base, `${base}.js`, `${base}.json`, `${base}/index.js`, `${base}/index.json`);
  }
  out.push(path.join(dir, 'index.js'), path.join(dir, 'index.json'));
  return out;
}

function defaultResolve(specifier, parentURL, conditions = ['node', 'import', 'module-sync']) {
  if (specifier.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(specifier.slice(5))) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return { url: specifier, format: 'builtin' };
  }
  if (BuiltinModule.canBeRequiredByUsers(specifier)) {
    return { url: `node:${specifier}`, format: 'builtin' };
  }
  if (specifier.startsWith('data:')) return { url: specifier, format: undefined };
  const relative = specifier[0] === '/' || specifier.startsWith('./') ||
    specifier.startsWith('../') || specifier === '.' || specifier === '..';
  let url;
  if (relative) {
    url = new (lazyURL().URL)(specifier, parentURL);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    url = new (lazyURL().URL)(specifier);
  } else {
    return packageResolve(specifier, parentURL, conditions);
  }
  if (url.protocol === 'file:') {
    return finalize(url.href, lazyURL().fileURLToPath(url), parentURL);
  }
  if (url.protocol === 'node:') return defaultResolve(url.href, parentURL, conditions);
  return { url: url.href, format: undefined };
}

module.exports = { defaultResolve };
