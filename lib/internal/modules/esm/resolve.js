'use strict';
// Node's ES module resolution algorithm (ESM_RESOLVE, PACKAGE_RESOLVE, PACKAGE_EXPORTS_RESOLVE,
// PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE from the Node.js ESM documentation), on WHATWG
// URLs. The ES module loader calls defaultResolve(); the CommonJS loader uses the package
// "exports"/"imports" parts with its own conditions (require, node, module-sync, --conditions).
//
// Contract with the ES module loader (lib/internal/modules/esm/loader.js):
//   defaultResolve(specifier, parentURL, conditions?) → { url, format, detect? }
//     - url: the resolved URL string: file:, node: (builtins) or data: (returned unresolved with
//       format undefined; the loader reads it).
//     - format: 'module' | 'commonjs' | 'json' | 'builtin' | undefined (data: URLs only).
//     - detect: true when a .js or extension-less file has no "type" in its package scope:
//       format is then 'commonjs' and the loader decides by syntax (Node's detect-module).
//     - a file extension the loader cannot run throws ERR_UNKNOWN_FILE_EXTENSION here, a scheme
//       other than file:, data: and node: ERR_UNSUPPORTED_ESM_URL_SCHEME; callers that only want
//       the URL call resolveURL(), and import.meta.resolve is importMetaResolve() (Node's rule:
//       a missing file or a directory still resolves to its URL).
//   getPackageType(url) → 'module' | 'commonjs' | 'none', from the nearest package.json.

const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_MODULE_NOT_FOUND,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const packageJsonReader = require('internal/modules/package_json_reader');
const { internalModuleStat } = internalBinding('fs');
const { realpathOrFalse } = internalBinding('modules');
const { BuiltinModule } = require;

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;
const patternRegEx = /\*/g;
const encodedSepRegEx = /%2F|%5C/i;
const doubleSlashRegEx = /[/\\][/\\]/;

// Node 22's built-in module names. Those tide does not have yet still resolve as built-ins (as in
// Node, a package of that name in node_modules is never loaded instead); loading one throws
// ERR_NOT_IMPLEMENTED naming it.
const nodeBuiltinIds = new Set([
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform',
  '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict',
  'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram',
  'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'inspector', 'inspector/promises', 'module', 'net', 'os', 'path',
  'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline',
  'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web',
  'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url',
  'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);
// Built-ins that exist only with the node: prefix (require('test') is a package, not node:test).
const schemeOnlyBuiltins = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

// Whether `id` (without 'node:') names a built-in that require('id') reaches.
function canBeRequiredWithoutScheme(id) {
  if (schemeOnlyBuiltins.has(id)) return false;
  return nodeBuiltinIds.has(id) || BuiltinModule.canBeRequiredByUsers(id);
}

// Whether 'node:id' names a built-in (of Node's; tide may not have it yet).
function isSchemeBuiltin(id) {
  return schemeOnlyBuiltins.has(id) || canBeRequiredWithoutScheme(id);
}

// 'fs' and 'node:fs' → 'fs'; 'node:test' → 'test'; anything else → undefined.
function normalizeBuiltinId(id) {
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return isSchemeBuiltin(name) ? name : undefined;
  }
  return canBeRequiredWithoutScheme(id) ? id : undefined;
}

// tide's own modules: reachable as `tide:<name>` only — never bare, never through node:, and not in
// module.builtinModules (as node:test is not) — so no npm package name is ever shadowed.
const tideBuiltins = { __proto__: null, diagnostics: 'internal/tide/diagnostics' };

// 'tide:diagnostics' → the lib/ id behind it; anything else → undefined.
function tideBuiltinId(specifier) {
  if (typeof specifier !== 'string' || !specifier.startsWith('tide:')) return undefined;
  return tideBuiltins[specifier.slice(5)];
}

// Throws for a built-in Node has and tide does not have yet.
function assertBuiltinImplemented(id) {
  if (!BuiltinModule.canBeRequiredByUsers(id)) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED(`The built-in module 'node:${id}'`);
  }
}

// --- conditions ----------------------------------------------------------------------------------
let userConditions;
function getUserConditions() {
  if (userConditions === undefined) {
    const { getOptionValue } = require('internal/options');
    userConditions = getOptionValue('--conditions') || [];
  }
  return userConditions;
}

let esmConditions;
let cjsConditions;
// The sets the two loaders match "exports"/"imports" conditions against ('default' always matches).
function getDefaultConditionsSet() {
  esmConditions ??= new Set(['node', 'import', 'module-sync', ...getUserConditions()]);
  return esmConditions;
}
function getCjsConditions() {
  cjsConditions ??= new Set(['require', 'node', 'module-sync', ...getUserConditions()]);
  return cjsConditions;
}
function getConditionsSet(conditions) {
  if (conditions === undefined || conditions === getDefaultConditionsSet()) {
    return getDefaultConditionsSet();
  }
  if (conditions instanceof Set) return conditions;
  if (!Array.isArray(conditions)) {
    throw new ERR_INVALID_ARG_TYPE('conditions', 'Array', conditions);
  }
  return new Set(conditions);
}

// --- errors --------------------------------------------------------------------------------------
function pathOf(url) {
  return url ? fileURLToPath(url) : undefined;
}

function invalidPackageTarget(subpath, target, packageJSONUrl, internal, base) {
  if (typeof target === 'object' && target !== null) {
    target = JSON.stringify(target, null, '');
  } else {
    target = `${target}`;
  }
  return new ERR_INVALID_PACKAGE_TARGET(fileURLToPath(new URL('.', packageJSONUrl)), subpath,
                                        target, internal, base && pathOf(base));
}

function throwInvalidSubpath(request, match, packageJSONUrl, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${fileURLToPath(packageJSONUrl)}`;
  throw new ERR_INVALID_MODULE_SPECIFIER(request, reason, base && pathOf(base));
}

function exportsNotFound(subpath, packageJSONUrl, base) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(fileURLToPath(new URL('.', packageJSONUrl)), subpath,
                                           base && pathOf(base));
}

function importNotDefined(specifier, packageJSONUrl, base) {
  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(
    specifier, packageJSONUrl && fileURLToPath(new URL('.', packageJSONUrl)), pathOf(base));
}

function emitInvalidSegmentDeprecation(target, request, match, packageJSONUrl, internal, base,
                                       isTarget) {
  const pjsonPath = fileURLToPath(packageJSONUrl);
  const double = doubleSlashRegEx.test(isTarget ? target : request);
  process.emitWarning(
    `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} ` +
    `resolving "${target}" for module request "${request}" ` +
    `${request !== match ? `matched to "${match}" ` : ''}in the "${
      internal ? 'imports' : 'exports'}" field module resolution of the package at ${pjsonPath}${
      base ? ` imported from ${pathOf(base)}` : ''}.`,
    'DeprecationWarning', 'DEP0166');
}

const emittedPackageWarnings = new Set();
function emitTrailingSlashPatternDeprecation(match, pjsonUrl, base) {
  const key = `${fileURLToPath(pjsonUrl)}|${match}`;
  if (emittedPackageWarnings.has(key)) return;
  emittedPackageWarnings.add(key);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match}" in the ` +
    `"exports" field module resolution of the package at ${fileURLToPath(pjsonUrl)}${
      base ? ` imported from ${pathOf(base)}` : ''}. Mapping specifiers ending in "/" is no ` +
    'longer supported.',
    'DeprecationWarning', 'DEP0155');
}

// --- PACKAGE_TARGET_RESOLVE ----------------------------------------------------------------------
function resolvePackageTargetString(target, subpath, match, packageJSONUrl, base, pattern,
                                    internal, isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      // An "imports" target may name another package (or a URL, which is not allowed).
      if (!URL.canParse(target)) {
        const exportTarget = pattern ? target.replace(patternRegEx, () => subpath) : target + subpath;
        return packageResolve(exportTarget, packageJSONUrl, conditions);
      }
    }
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (!deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? target.replace(patternRegEx, () => subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, match, match, packageJSONUrl, internal, base,
                                      true);
      }
    } else {
      throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
    }
  }

  const resolved = new URL(target, packageJSONUrl);
  const resolvedPath = resolved.pathname;
  const packagePath = new URL('.', packageJSONUrl).pathname;
  if (!resolvedPath.startsWith(packagePath)) {
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  if (subpath === '') return resolved;

  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (!deprecatedInvalidSegmentRegEx.test(subpath)) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? target.replace(patternRegEx, () => subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, request, match, packageJSONUrl, internal,
                                      base, false);
      }
    } else {
      throwInvalidSubpath(request, match, packageJSONUrl, internal, base);
    }
  }

  if (pattern) {
    return new URL(resolved.href.replace(patternRegEx, () => subpath));
  }
  return new URL(subpath, resolved);
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFF_FFFF;
}

// → a URL, null (explicitly blocked: `null` target), or undefined (no condition matched).
function resolvePackageTarget(packageJSONUrl, target, subpath, packageSubpath, base, pattern,
                              internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageJSONUrl, base,
                                      pattern, internal, isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(packageJSONUrl, target[i], subpath, packageSubpath,
                                             base, pattern, internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e?.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new ERR_INVALID_PACKAGE_CONFIG(fileURLToPath(packageJSONUrl), base && pathOf(base),
                                             '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const resolveResult = resolvePackageTarget(packageJSONUrl, target[key], subpath,
                                                   packageSubpath, base, pattern, internal,
                                                   isPathMap, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, packageJSONUrl, internal, base);
}

function isConditionalExportsMainSugar(exports, packageJSONUrl, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const curIsConditionalSugar = key === '' || key[0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(
        fileURLToPath(packageJSONUrl), base && pathOf(base),
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

// Orders pattern keys: the longer prefix before the '*' wins, then the longer key.
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the best pattern key ("./features/*", "#x/*.js") for `name` in `map`.
function findPatternMatch(map, name, warnTrailingSlash) {
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = Object.getOwnPropertyNames(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
      if (warnTrailingSlash !== undefined && name.endsWith('/')) warnTrailingSlash();
      const patternTrailer = key.slice(patternIndex + 1);
      if (name.length >= key.length && name.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
      }
    }
  }
  return { bestMatch, bestMatchSubpath };
}

// PACKAGE_EXPORTS_RESOLVE → a URL; throws ERR_PACKAGE_PATH_NOT_EXPORTED and friends.
function packageExportsResolve(packageJSONUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJSONUrl, base)) exports = { '.': exports };

  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const resolveResult = resolvePackageTarget(packageJSONUrl, exports[packageSubpath], '',
                                               packageSubpath, base, false, false, false,
                                               conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONUrl, base);
    return resolveResult;
  }

  const { bestMatch, bestMatchSubpath } = findPatternMatch(
    exports, packageSubpath,
    () => emitTrailingSlashPatternDeprecation(packageSubpath, packageJSONUrl, base));
  if (bestMatch) {
    const resolveResult = resolvePackageTarget(packageJSONUrl, exports[bestMatch],
                                               bestMatchSubpath, bestMatch, base, true, false,
                                               packageSubpath.endsWith('/'), conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONUrl, base);
    return resolveResult;
  }
  throw exportsNotFound(packageSubpath, packageJSONUrl, base);
}

// PACKAGE_IMPORTS_RESOLVE for "#name" specifiers, from the package scope of `base`.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           pathOf(base));
  }
  let packageJSONUrl;
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    packageJSONUrl = pathToFileURL(packageConfig.pjsonPath);
    const imports = packageConfig.imports;
    if (imports) {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const resolveResult = resolvePackageTarget(packageJSONUrl, imports[name], '', name, base,
                                                   false, true, false, conditions);
        if (resolveResult != null) return resolveResult;
      } else {
        const { bestMatch, bestMatchSubpath } = findPatternMatch(imports, name);
        if (bestMatch) {
          const resolveResult = resolvePackageTarget(packageJSONUrl, imports[bestMatch],
                                                     bestMatchSubpath, bestMatch, base, true,
                                                     true, false, conditions);
          if (resolveResult != null) return resolveResult;
        }
      }
    }
  }
  throw importNotDefined(name, packageJSONUrl, base);
}

// The package.json record of the package scope of a file URL (exists false when there is none).
function getPackageScopeConfig(resolved) {
  const url = typeof resolved === 'string' ? resolved : resolved.href;
  let filePath;
  try {
    filePath = fileURLToPath(url);
  } catch {
    return { __proto__: null, exists: false, type: 'none' };
  }
  return packageJsonReader.getNearestParentPackageJSON(filePath) ??
    { __proto__: null, exists: false, type: 'none' };
}

// 'module' | 'commonjs' | 'none' for a file URL (or path).
function getPackageType(url) {
  if (typeof url === 'string' && !url.startsWith('file:')) {
    return packageJsonReader.getPackageScopeType(url);
  }
  return getPackageScopeConfig(url).type;
}

function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
                                           pathOf(base));
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return { packageName, packageSubpath, isScoped };
}

// The "main" lookup of ES module resolution for packages without "exports" (no directory index
// probing beyond these fixed names, as in Node).
function legacyMainResolve(packageJSONUrl, packageConfig, base) {
  const tries = [];
  if (packageConfig.main !== undefined) {
    const main = packageConfig.main;
    tries.push(`./${main}`, `./${main}.js`, `./${main}.json`, `./${main}.node`,
               `./${main}/index.js`, `./${main}/index.json`, `./${main}/index.node`);
  }
  tries.push('./index.js', './index.json', './index.node');
  for (const candidate of tries) {
    const guess = new URL(candidate, packageJSONUrl);
    if (internalModuleStat(fileURLToPath(guess)) === 0) return guess;
  }
  throw new ERR_MODULE_NOT_FOUND(fileURLToPath(new URL('.', packageJSONUrl)), pathOf(base));
}

// PACKAGE_RESOLVE: bare specifiers (built-ins, self-reference, node_modules up the tree).
function packageResolve(specifier, base, conditions) {
  if (canBeRequiredWithoutScheme(specifier)) return new URL(`node:${specifier}`);

  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);

  // Self-reference: the package scope of the importer, by its name, when it has "exports".
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists && packageConfig.exports != null &&
      packageConfig.name === packageName) {
    return packageExportsResolve(pathToFileURL(packageConfig.pjsonPath), packageSubpath,
                                 packageConfig, base, conditions);
  }

  let packageJSONUrl = new URL(`./node_modules/${packageName}/package.json`, base);
  let packageJSONPath = fileURLToPath(packageJSONUrl);
  let lastPath;
  do {
    const stat = internalModuleStat(packageJSONPath.slice(0, packageJSONPath.length - 13));
    if (stat !== 1) {
      lastPath = packageJSONPath;
      packageJSONUrl = new URL(`${isScoped ? '../../../../node_modules/' : '../../../node_modules/'}${
        packageName}/package.json`, packageJSONUrl);
      packageJSONPath = fileURLToPath(packageJSONUrl);
      continue;
    }
    const config = packageJsonReader.read(packageJSONPath, { base, specifier });
    if (config.exports != null) {
      return packageExportsResolve(packageJSONUrl, packageSubpath, config, base, conditions);
    }
    if (packageSubpath === '.') return legacyMainResolve(packageJSONUrl, config, base);
    return new URL(packageSubpath, packageJSONUrl);
  } while (packageJSONPath.length !== lastPath.length);

  throw new ERR_MODULE_NOT_FOUND(packageName, pathOf(base), null);
}

function isRelativeSpecifier(specifier) {
  if (specifier[0] === '.') {
    if (specifier.length === 1 || specifier[1] === '/') return true;
    if (specifier[1] === '.') {
      if (specifier.length === 2 || specifier[2] === '/') return true;
    }
  }
  return false;
}

function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === '') return false;
  if (specifier[0] === '/') return true;
  return isRelativeSpecifier(specifier);
}

// A file: URL that passed resolution must name an existing file (no directories, no probing).
function finalizeResolution(resolved, base, preserveSymlinks) {
  if (encodedSepRegEx.test(resolved.pathname)) {
    let basePath;
    try {
      basePath = fileURLToPath(base);
    } catch {
      basePath = base;
    }
    throw new ERR_INVALID_MODULE_SPECIFIER(
      resolved.pathname, 'must not include encoded "/" or "\\" characters', basePath);
  }

  let path;
  try {
    path = fileURLToPath(resolved);
  } catch (err) {
    Object.defineProperty(err, 'input', { __proto__: null, value: `${resolved}`,
                                          enumerable: true, writable: true, configurable: true });
    Object.defineProperty(err, 'module', { __proto__: null, value: `${base}`,
                                           enumerable: true, writable: true, configurable: true });
    throw err;
  }

  const stats = internalModuleStat(path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path);
  if (stats === 1) {
    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, pathOf(base), String(resolved));
  } else if (stats !== 0) {
    throw new ERR_MODULE_NOT_FOUND(path || resolved.pathname, base && pathOf(base), resolved);
  }

  if (!preserveSymlinks) {
    const real = realpathOrFalse(path);
    if (real !== false && real !== path) {
      const { search, hash } = resolved;
      resolved = pathToFileURL(real + (path.endsWith('/') ? '/' : ''));
      resolved.search = search;
      resolved.hash = hash;
    }
  }
  return resolved;
}

// ESM_RESOLVE → a URL object.
function moduleResolve(specifier, base, conditions, preserveSymlinks) {
  const protocol = typeof base === 'string' ?
    base.slice(0, base.indexOf(':') + 1) : base.protocol;
  const isData = protocol === 'data:';
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    try {
      resolved = new URL(specifier, base);
    } catch (cause) {
      const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
      error.cause = cause;
      throw error;
    }
  } else if (protocol === 'file:' && specifier[0] === '#') {
    resolved = packageImportsResolve(specifier, base, conditions);
  } else {
    const parsed = URL.parse(specifier);
    if (parsed !== null) {
      resolved = parsed;
    } else {
      if (isData && !canBeRequiredWithoutScheme(specifier)) {
        throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
      }
      resolved = packageResolve(specifier, base, conditions);
    }
  }
  if (resolved.protocol !== 'file:') return resolved;
  return finalizeResolution(resolved, base, preserveSymlinks);
}

function throwIfUnsupportedURLScheme(parsed) {
  const protocol = parsed?.protocol;
  if (protocol && protocol !== 'file:' && protocol !== 'data:' && protocol !== 'node:') {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(parsed, ['file', 'data']);
  }
}

// Format of a resolved URL (see the contract at the top).
const extensionFormats = {
  __proto__: null,
  '.mjs': 'module',
  '.cjs': 'commonjs',
  '.json': 'json',
};

function extname(pathname) {
  const slash = pathname.lastIndexOf('/');
  const dot = pathname.lastIndexOf('.');
  return dot > slash + 1 ? pathname.slice(dot) : '';
}

function getFileFormat(url) {
  const ext = extname(url.pathname);
  const format = extensionFormats[ext];
  if (format !== undefined) return { format };
  if (ext === '.js' || ext === '') {
    const type = getPackageType(url.href);
    if (type === 'module') return { format: 'module' };
    if (type === 'commonjs') return { format: 'commonjs' };
    // No "type": Node decides by syntax (commonjs unless the file has module syntax).
    return { format: 'commonjs', detect: true };
  }
  if (ext === '.node') {
    throw new ERR_UNKNOWN_FILE_EXTENSION(ext, fileURLToPath(url));
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, fileURLToPath(url));
}

function getCwdURL() {
  return pathToFileURL(`${process.cwd()}/`).href;
}

// Resolves to a URL string without looking at the format (import.meta.resolve).
function resolveURL(specifier, parentURL, conditions) {
  const builtin = resolveBuiltin(specifier);
  if (builtin !== undefined) return builtin;
  let parsedParentURL;
  if (parentURL !== undefined) parsedParentURL = URL.parse(parentURL) ?? undefined;
  let parsed;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    parsed = URL.parse(specifier, parsedParentURL);
  } else {
    parsed = URL.parse(specifier);
  }
  if (parsed !== null) {
    if (parsed.protocol === 'data:') return parsed.href;
    if (parsed.protocol === 'node:') return resolveBuiltin(parsed.href);
  }
  if (parentURL === undefined) parentURL = getCwdURL();
  const conditionsSet = getConditionsSet(conditions);
  try {
    return moduleResolve(specifier, parentURL, conditionsSet, false).href;
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      decorateErrorWithCommonJSHints(error, specifier, parentURL);
    }
    throw error;
  }
}

// import.meta.resolve(specifier) as Node answers it: a file that does not exist (or a directory)
// still resolves to its URL; other failures throw.
function importMetaResolve(specifier, parentURL, conditions) {
  try {
    return resolveURL(specifier, parentURL, conditions);
  } catch (error) {
    if ((error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        error.url) {
      return error.url;
    }
    throw error;
  }
}

function resolveBuiltin(specifier) {
  if (specifier.startsWith('tide:')) {
    if (tideBuiltinId(specifier) === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (specifier.startsWith('node:')) {
    const id = normalizeBuiltinId(specifier);
    if (id === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    assertBuiltinImplemented(id);
    return specifier;
  }
  if (canBeRequiredWithoutScheme(specifier)) {
    assertBuiltinImplemented(specifier);
    return `node:${specifier}`;
  }
  return undefined;
}

// defaultResolve(specifier, parentURL, conditions) → { url, format, detect? }. See the contract.
// (Also accepts Node's hook form defaultResolve(specifier, { parentURL, conditions }).)
function defaultResolve(specifier, parentURL, conditions) {
  if (parentURL !== null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    ({ parentURL, conditions } = parentURL);
  }
  if (parentURL instanceof URL) parentURL = parentURL.href;
  const url = resolveURL(specifier, parentURL, conditions);
  if (url.startsWith('node:') || url.startsWith('tide:')) {
    return { __proto__: null, url, format: 'builtin' };
  }
  if (url.startsWith('data:')) return { __proto__: null, url, format: undefined };
  if (!url.startsWith('file:')) throwIfUnsupportedURLScheme(new URL(url));
  const { format, detect } = getFileFormat(new URL(url));
  const result = { __proto__: null, url, format };
  if (detect) result.detect = true;
  return result;
}

// Node adds "Did you mean to import ...?" when CommonJS resolution would have found the file
// (an extension or a directory index ESM does not probe for).
function decorateErrorWithCommonJSHints(error, specifier, parentURL) {
  const path = require('path');
  let found;
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parentPath = fileURLToPath(parentURL);
    const parent = new Module(parentPath, null);
    parent.filename = parentPath;
    parent.paths = Module._nodeModulePaths(parentPath);
    found = Module._resolveFilename(
      specifier.startsWith('file:') ? fileURLToPath(specifier) : specifier, parent, false);
  } catch {
    return;
  }
  if (typeof found !== 'string' || found[0] !== '/') return;
  if (isRelativeSpecifier(specifier)) {
    // Relative to the importer, as a './' or '../' path.
    const parentDir = parentURL.slice('file://'.length, parentURL.lastIndexOf('/'));
    found = path.posix.relative(decodeURIComponent(parentDir), found);
    if (!found.startsWith('../')) found = `./${found}`;
  } else if (specifier[0] !== '/' && !specifier.startsWith('file:')) {
    // A bare specifier: the package name and the file inside it.
    const i = specifier.indexOf('/');
    const pkg = i === -1 ? specifier : specifier.slice(0, i);
    const needle = `/node_modules/${pkg}/`;
    const index = found.lastIndexOf(needle);
    if (index !== -1) {
      found = `${pkg}/${found.slice(index + needle.length).split('/')
        .map(encodeURIComponent).join('/')}`;
    } else {
      found = `${pathToFileURL(found)}`;
    }
  }
  if (found === specifier) return;
  const hint = `Did you mean to import ${JSON.stringify(found)}?`;
  const stack = error.stack;
  if (typeof stack === 'string') {
    const lines = stack.split('\n');
    error.stack = [lines[0], hint, ...lines.slice(1)].join('\n');
  }
  error.message += `\n${hint}`;
}

module.exports = {
  defaultResolve,
  resolveURL,
  importMetaResolve,
  moduleResolve,
  packageResolve,
  packageExportsResolve,
  packageImportsResolve,
  getPackageType,
  getPackageScopeConfig,
  getDefaultConditionsSet,
  getCjsConditions,
  getConditionsSet,
  normalizeBuiltinId,
  canBeRequiredWithoutScheme,
  isSchemeBuiltin,
  assertBuiltinImplemented,
  tideBuiltinId,
  nodeBuiltinIds,
  encodedSepRegEx,
  packageJsonReader,
  getFileFormat,
};
