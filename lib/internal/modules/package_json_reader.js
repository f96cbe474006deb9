'use strict';
// package.json as the module loaders see it: each file is read and parsed once per run, and only
// the fields resolution uses are kept (name, main, type, exports, imports). The nearest package.json
// above a file (its "package scope") is cached per directory, so typing a whole tree of files costs
// one walk up per directory. Both CommonJS and ES module resolution read through here.

const { readPackageJSON } = internalBinding('modules');
const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');

// jsonPath → the record below; filled during a run, never saved in the startup snapshot (the
// bootstrap reads no package.json).
const cache = new Map();
// directory → record of the nearest package.json at or above it, or null.
const scopeCache = new Map();

const kMissing = Object.freeze({
  __proto__: null,
  exists: false,
  pjsonPath: undefined,
  name: undefined,
  main: undefined,
  type: 'none',
  exports: undefined,
  imports: undefined,
});

// read(jsonPath, { base, specifier }) → { exists, pjsonPath, name, main, type, exports, imports }.
// `type` is 'commonjs', 'module' or 'none'. A file that is not valid JSON throws
// ERR_INVALID_PACKAGE_CONFIG naming it (and, when given, what was being imported from where).
function read(jsonPath, errorContext) {
  let record = cache.get(jsonPath);
  if (record !== undefined) {
    if (record.error !== undefined) throw invalidConfig(jsonPath, errorContext);
    return record;
  }
  const text = readPackageJSON(jsonPath);
  if (text === undefined) {
    cache.set(jsonPath, kMissing);
    return kMissing;
  }
  let parsed;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
  } catch (err) {
    cache.set(jsonPath, { __proto__: null, error: err });
    throw invalidConfig(jsonPath, errorContext);
  }
  record = {
    __proto__: null,
    exists: true,
    pjsonPath: jsonPath,
    name: undefined,
    main: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    if (typeof parsed.name === 'string') record.name = parsed.name;
    if (typeof parsed.main === 'string') record.main = parsed.main;
    if (parsed.type === 'module' || parsed.type === 'commonjs') record.type = parsed.type;
    // exports may be any JSON value (a string, an array, an object of subpaths or conditions);
    // null counts as absent, as in Node.
    if (parsed.exports !== undefined && parsed.exports !== null) record.exports = parsed.exports;
    if (parsed.imports !== null && typeof parsed.imports === 'object' &&
        !Array.isArray(parsed.imports)) {
      record.imports = parsed.imports;
    }
  }
  cache.set(jsonPath, record);
  return record;
}

function invalidConfig(jsonPath, errorContext) {
  if (errorContext?.base !== undefined && errorContext.specifier !== undefined) {
    const { fileURLToPath } = require('internal/url');
    const base = `${errorContext.base}`;
    const from = base.startsWith('file:') ? fileURLToPath(base) : base;
    const err = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, `"${errorContext.specifier}" from ${from}`,
                                               undefined);
    err.message += '.';
    return err;
  }
  const err = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, undefined);
  err.message += '.';
  return err;
}

// readPackage(dir) → the record of dir/package.json (exists false when there is none).
function readPackage(dir) {
  return read(dir.endsWith('/') ? `${dir}package.json` : `${dir}/package.json`);
}

// The nearest package.json at or above the directory of `checkPath` (a file path), stopping at a
// node_modules folder (a package's scope never extends past the node_modules that holds it).
// Returns the record (exists true) or undefined.
function getNearestParentPackageJSON(checkPath) {
  const slash = checkPath.lastIndexOf('/');
  const dir = slash <= 0 ? '/' : checkPath.slice(0, slash);
  return findScope(dir) ?? undefined;
}

function findScope(dir) {
  const cached = scopeCache.get(dir);
  if (cached !== undefined) return cached;
  let result = null;
  if (!dir.endsWith('/node_modules')) {
    const record = readPackage(dir);
    if (record.exists) {
      result = record;
    } else if (dir !== '/' && dir !== '') {
      const slash = dir.lastIndexOf('/');
      result = findScope(slash <= 0 ? '/' : dir.slice(0, slash));
    }
  }
  scopeCache.set(dir, result);
  return result;
}

// 'module', 'commonjs' or 'none' for a file path, from its package scope.
function getPackageScopeType(checkPath) {
  return getNearestParentPackageJSON(checkPath)?.type ?? 'none';
}

module.exports = {
  read,
  readPackage,
  getNearestParentPackageJSON,
  getPackageScopeType,
};
