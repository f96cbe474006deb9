'use strict';
// The ES module loader: one module map per run (created on first use, never in the startup
// snapshot), v8::Module records through internalBinding('module_wrap'), and the interop with
// CommonJS in both directions. Loading and linking are synchronous (files are read with one
// system call each), so import(), the main entry and require(esm) share one path; evaluation is
// V8's, with top-level await.
//
// Formats: 'module' (source text), 'commonjs' (a synthetic module whose default export is
// module.exports and whose named exports cjs-module-lexer finds), 'json', 'builtin' (node:x, with
// every own key of the built-in's exports as a named export; syncBuiltinESMExports refreshes them).

const path = require('path');
const { readFileUtf8 } = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const { triggerUncaughtException } = internalBinding('errors');
const binding = internalBinding('module_wrap');
const { BuiltinModule } = require;
const {
  codes: {
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_REQUIRE_CYCLE_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
    ERR_INVALID_URL,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { rewriteSourceForV8 } = require('internal/modules/v8_source_rewrite');
const { validateAttributes } =
  require('internal/modules/esm/import_attributes');

// v8::Module::Status
const kInstantiated = 2;
const kEvaluating = 3;

const kEmptyAttributes = Object.freeze({ __proto__: null });

let state = null;  // per run: see getState()

function getState() {
  if (state === null) {
    state = {
      map: new Map(),  // url -> ModuleRecord
      failed: new Map(),  // url -> the SyntaxError its source gave
      byId: [],  // module_wrap id -> ModuleRecord
      builtins: [],  // records of node: modules (syncBuiltinESMExports)
      typelessWarned: new Set(),  // package.json paths
    };
  }
  return state;
}

class ModuleRecord {
  constructor(url, format, id) {
    this.url = url;
    this.format = format;
    this.id = id;
    this.filename = url.startsWith('file:') ? urlToPath(url) : null;
    this.children = null;  // specifier -> ModuleRecord, once linked
    this.resolveCache = null;  // specifier -> { url, format }
    this.linked = false;
    this.facade = null;  // the require(esm) namespace with __esModule, if needed
    this.builtinId = null;
    this.builtinNames = null;
    getState().byId[id] = this;
  }
}

// --- URLs and paths ---------------------------------------------------------------------------

let urlModule;
function lazyURL() {
  urlModule ??= require('internal/url');
  return urlModule;
}

// A plain absolute path of "safe" characters maps to its file: URL without the URL parser.
const kPlainPath = /^\/[A-Za-z0-9/._~+@=,-]*$/;

function pathToURL(filename) {
  if (kPlainPath.test(filename) && !filename.includes('//') && !filename.includes('/.')) {
    return `file://${filename}`;
  }
  return lazyURL().pathToFileURL(filename).href;
}

function urlToPath(url) {
  if (url.startsWith('file:///') && kPlainPath.test(url.slice(7))) return url.slice(7);
  return lazyURL().fileURLToPath(url);
}

// The URL to resolve against for the resource name V8 gives for import(): a module's URL, a
// CommonJS file's path, or a name like [eval] (a file of that name in the working directory, as
// Node does).
function referrerToURL(referrer) {
  if (typeof referrer === 'string') {
    if (/^(?:file|data|node):/.test(referrer)) return referrer;
    if (path.isAbsolute(referrer)) return pathToURL(referrer);
    // [eval], [stdin]: a name in the working directory, so errors say "imported from /cwd/[eval]".
    if (/^\[\w+\]$/.test(referrer)) return `${pathToURL(path.join(process.cwd(), '/'))}${referrer}`;
  }
  return pathToURL(path.join(process.cwd(), '/'));
}

// --- resolution -------------------------------------------------------------------------------

let resolver = null;
function getResolver() {
  if (resolver === null) {
    resolver = require('internal/modules/esm/resolve').defaultResolve;
  }
  return resolver;
}

// The resolver's default conditions: node, import (and --conditions; module-sync in Node 22.12).
function resolve(specifier, parentURL) {
  return getResolver()(specifier, parentURL, undefined);
}

function resolveFrom(record, specifier) {
  record.resolveCache ??= new Map();
  let resolved = record.resolveCache.get(specifier);
  if (resolved === undefined) {
    resolved = resolve(specifier, record.url);
    record.resolveCache.set(specifier, resolved);
  }
  return resolved;
}

// --- sources and formats ----------------------------------------------------------------------

const kDataURL = /^data:([^/]+\/[^;,]+)?[^,]*?(;base64)?,([\s\S]*)$/;

function parseDataURL(url) {
  const match = kDataURL.exec(url);
  if (match === null) throw new ERR_INVALID_URL(url);
  const [, mime, base64, body] = match;
  const { Buffer } = require('buffer');
  let source;
  if (base64) {
    source = Buffer.from(decodeURIComponentLenient(body), 'base64').toString('utf8');
  } else {
    source = decodeURIComponentLenient(body);
  }
  let format = null;
  if (mime === 'text/javascript') format = 'module';
  else if (mime === 'application/json') format = 'json';
  return { format, mime: mime ?? null, source };
}

function decodeURIComponentLenient(text) {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    const { Buffer } = require('buffer');
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 37 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(text[i]));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
}

function readSource(record) {
  if (record.filename !== null) return readFileUtf8(record.filename);
  if (record.url.startsWith('data:')) return parseDataURL(record.url).source;
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new (lazyURL().URL)(record.url), ['file', 'data', 'node']);
}

function formatOf(url, resolved) {
  let { format } = resolved;
  if (format === 'module' || format === 'json' || format === 'builtin' || format === 'commonjs') {
    return format;
  }
  if (url.startsWith('data:')) {
    const parsed = parseDataURL(url);
    if (parsed.format === null) throw new ERR_UNKNOWN_MODULE_FORMAT(parsed.mime, url);
    return parsed.format;
  }
  if (url.startsWith('file:')) {
    const filename = urlToPath(url);
    throw new ERR_UNKNOWN_FILE_EXTENSION(path.extname(filename), filename);
  }
  if (url.startsWith('node:') || url.startsWith('tide:')) return 'builtin';
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new (lazyURL().URL)(url), ['file', 'data', 'node']);
}

// --- syntax detection (shared with the CommonJS loader) ---------------------------------------

const kCjsParams = ['exports', 'require', 'module', '__filename', '__dirname'];
// Errors that only ES module syntax causes in a CommonJS wrapper.
const kEsmSyntaxErrors = new Set([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
]);
// Errors that a CommonJS wrapper causes and a module would not (top-level await, or a top-level
// declaration of a name the wrapper passes in): the source is a module if it compiles as one.
const kCjsOnlyErrors = new Set([
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
  'await is only valid in async functions and the top level bodies of modules',
]);

function stripShebang(source) {
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) {
    const eol = source.indexOf('\n');
    return eol === -1 ? '' : source.slice(eol);
  }
  return source;
}

function containsModuleSyntax(source, filename) {
  validateString(source, 'source');
  const body = stripShebang(source);
  try {
    compileFunction(body, filename ?? '[eval]', kCjsParams);
    return false;
  } catch (err) {
    if (!(err instanceof SyntaxError)) return false;
    if (kEsmSyntaxErrors.has(err.message)) return true;
    if (!kCjsOnlyErrors.has(err.message)) return false;
  }
  try {
    const url = filename ? pathToURL(filename) : 'data:text/javascript,';
    binding.compileSourceTextModule(rewriteSourceForV8(source), url);
    return true;
  } catch {
    return false;
  }
}

// A detected ES module under a package.json without "type": Node 22 suggests adding it (once per
// package.json; not for packages under node_modules).
function warnTypelessPackageJson(filename, url) {
  if (filename.includes('/node_modules/')) return;
  const { internalModuleStat } = internalBinding('fs');
  let dir = path.dirname(filename);
  for (;;) {
    const pjson = path.join(dir, 'package.json');
    if (internalModuleStat(pjson) === 0) {
      const warned = getState().typelessWarned;
      if (warned.has(pjson)) return;
      warned.add(pjson);
      process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as ` +
        'CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a ' +
        `performance overhead.\nTo eliminate this warning, add "type": "module" to ${pjson}.`,
      { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
      return;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

// --- creating module records ------------------------------------------------------------------

let cjsLoader;
function lazyCjs() {
  cjsLoader ??= require('internal/modules/cjs/loader').Module;
  return cjsLoader;
}

function createSourceTextRecord(url, source) {
  const id = binding.compileSourceTextModule(rewriteSourceForV8(source), url);
  return new ModuleRecord(url, 'module', id);
}

function createBuiltinRecord(url) {
  const builtinId = url.startsWith('tide:') ?
    require('internal/modules/esm/resolve').tideBuiltinId(url) : url.slice(5);
  const exports = require(builtinId);
  const names = [];
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    for (const key of Object.keys(exports)) if (key !== 'default') names.push(key);
  }
  let record;
  const id = binding.createSyntheticModule(url, ['default', ...names], () => syncBuiltin(record));
  record = new ModuleRecord(url, 'builtin', id);
  record.builtinId = builtinId;
  record.builtinNames = names;
  getState().builtins.push(record);
  return record;
}

function syncBuiltin(record) {
  const exports = require(record.builtinId);
  for (const name of record.builtinNames) {
    let value;
    try {
      value = exports[name];
    } catch {
      // a lazy getter for a module tide does not have yet: the export stays undefined
    }
    binding.setSyntheticExport(record.id, name, value);
  }
  binding.setSyntheticExport(record.id, 'default', exports);
}

function syncBuiltinESMExports() {
  if (state === null) return;
  for (const record of state.builtins) {
    if (binding.getStatus(record.id) >= kInstantiated) syncBuiltin(record);
  }
}

function createJsonRecord(url, source) {
  let record;
  const id = binding.createSyntheticModule(url, ['default'], () => {
    const Module = record.filename !== null ? lazyCjs() : null;
    const cached = Module?._cache[record.filename];
    if (cached?.loaded) {
      binding.setSyntheticExport(record.id, 'default', cached.exports);
      return;
    }
    let value;
    try {
      value = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
    } catch (err) {
      err.message = `${record.filename ?? url}: ${err.message}`;
      throw err;
    }
    if (Module !== null) {
      const module = new Module(record.filename);
      module.filename = record.filename;
      module.exports = value;
      module.loaded = true;
      Module._cache[record.filename] = module;
    }
    binding.setSyntheticExport(record.id, 'default', value);
  });
  record = new ModuleRecord(url, 'json', id);
  return record;
}

let lexer;
function lazyLexer() {
  if (lexer === undefined) {
    lexer = BuiltinModule.exists('internal/deps/cjs-module-lexer/lexer') ?
      require('internal/deps/cjs-module-lexer/lexer') : null;
  }
  return lexer;
}

// The names a CommonJS file exports, found statically (cjs-module-lexer), following reexports
// (`module.exports = require('./x')`) into other CommonJS files as Node does.
function cjsExportNames(filename, source, names, seen) {
  if (seen.has(filename)) return;
  seen.add(filename);
  const lex = lazyLexer();
  if (lex === null) return;
  let result;
  try {
    result = lex.parse(source, filename);
  } catch {
    return;
  }
  for (const name of result.exports) names.add(name);
  if (result.reexports.length === 0) return;
  const Module = lazyCjs();
  const { createRequire } = require('module');
  const req = createRequire(filename);
  for (const request of result.reexports) {
    let resolved;
    try {
      resolved = req.resolve(request);
    } catch {
      continue;
    }
    const ext = path.extname(resolved);
    if ((ext === '.js' || ext === '.cjs' || !Module._extensions[ext]) && path.isAbsolute(resolved)) {
      let childSource;
      try {
        childSource = readFileUtf8(resolved);
      } catch {
        continue;
      }
      cjsExportNames(resolved, childSource, names, seen);
    }
  }
}

function createCommonJSRecord(url, source) {
  const filename = urlToPath(url);
  const names = new Set();
  cjsExportNames(filename, source, names, new Set());
  names.delete('default');
  let record;
  const id = binding.createSyntheticModule(url, ['default', ...names], () => {
    const Module = lazyCjs();
    const cached = Module._cache[filename];
    const exports = cached !== undefined ? cached.exports : Module._load(filename, null, false);
    if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
      for (const name of names) {
        if (!Object.prototype.hasOwnProperty.call(exports, name)) continue;
        let value;
        try {
          value = exports[name];
        } catch {
          // a throwing getter leaves the export undefined, as in Node
        }
        binding.setSyntheticExport(record.id, name, value);
      }
    }
    binding.setSyntheticExport(record.id, 'default', exports);
  });
  record = new ModuleRecord(url, 'commonjs', id);
  return record;
}

function createRecord(url, format) {
  switch (format) {
    case 'builtin':
      return createBuiltinRecord(url);
    case 'module': {
      return createSourceTextRecord(url, readSource({ url, filename: fileOf(url) }));
    }
    case 'json':
      return createJsonRecord(url, readSource({ url, filename: fileOf(url) }));
    case 'commonjs':
      return createCommonJSRecord(url, readFileUtf8(urlToPath(url)));
    default:
      throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
}

function fileOf(url) {
  return url.startsWith('file:') ? urlToPath(url) : null;
}

// The record for a resolved URL, created on first use.
function getRecord(url, resolved, attributes) {
  const { map, failed } = getState();
  let record = map.get(url);
  if (record === undefined) {
    // A module that failed to load fails again with the same error, as in Node.
    const error = failed.get(url);
    if (error !== undefined) throw error;
    try {
      record = createRecordFor(url, resolved, attributes);
    } catch (err) {
      if (err instanceof SyntaxError) failed.set(url, err);
      throw err;
    }
    map.set(url, record);
    if (url.startsWith('file:')) {
      const watchReport = require('internal/watch_mode/report');
      if (watchReport.enabled) watchReport.reportDependency('import', url);
    }
    return record;
  }
  validateAttributes(url, record.format, attributes);
  return record;
}

// `detect`: a .js file outside any "type" scope is a module if its syntax says so (Node 22).
function createRecordFor(url, resolved, attributes) {
  const format = formatOf(url, resolved);
  validateAttributes(url, format, attributes);
  if (format !== 'commonjs' || !resolved.detect) return createRecord(url, format);
  const filename = urlToPath(url);
  const source = readFileUtf8(filename);
  if (!containsModuleSyntax(source, filename)) return createCommonJSRecord(url, source);
  const record = createSourceTextRecord(url, source);
  warnTypelessPackageJson(filename, url);
  return record;
}

// --- linking, instantiation -------------------------------------------------------------------

function linkGraph(root) {
  const pending = [root];
  while (pending.length > 0) {
    const record = pending.pop();
    if (record.linked) continue;
    if (record.format !== 'module') {
      record.linked = true;
      continue;
    }
    const requests = binding.getModuleRequests(record.id);
    const count = requests.length / 2;
    const specifiers = new Array(count);
    const ids = new Array(count);
    const children = new Map();
    for (let i = 0; i < count; i++) {
      const specifier = requests[2 * i];
      const attributes = requests[2 * i + 1];
      const resolved = resolveFrom(record, specifier);
      const child = getRecord(resolved.url, resolved, attributes);
      specifiers[i] = specifier;
      ids[i] = child.id;
      children.set(specifier, child);
      if (!child.linked) pending.push(child);
    }
    binding.link(record.id, specifiers, ids);
    record.children = children;
    record.linked = true;
  }
}

// require(esm) evaluates a graph synchronously, so the graph must not reach a module that is in the
// middle of its own evaluation (a cycle through require): ERR_REQUIRE_CYCLE_MODULE, as Node.
function checkNoModuleEvaluating(root) {
  const seen = new Set([root]);
  const pending = [root];
  while (pending.length > 0) {
    const record = pending.pop();
    if (record.children === null) continue;
    for (const { 0: specifier, 1: child } of record.children) {
      if (seen.has(child)) continue;
      seen.add(child);
      if (binding.getStatus(child.id) === kEvaluating) {
        let message = `Cannot import Module ${specifier} in a cycle.`;
        if (record.filename !== null) message += ` (from ${record.filename})`;
        throw new ERR_REQUIRE_CYCLE_MODULE(message);
      }
      pending.push(child);
    }
  }
}

const kMissingExport = /^The requested module '(.*)' does not provide an export named '(.+)'$/;

function instantiate(record) {
  try {
    binding.instantiate(record.id);
  } catch (err) {
    if (err instanceof SyntaxError) explainCommonJSNamedExport(err);
    throw err;
  }
}

// A named import that a CommonJS module does not provide: Node's message says how to import it.
function explainCommonJSNamedExport(err) {
  const match = kMissingExport.exec(err.message);
  if (match === null) return;
  const [, specifier, name] = match;
  const where = binding.getErrorSource(err);
  if (where === undefined) return;
  const lines = where.split('\n');
  const parentURL = lines[0].replace(/:\d+$/, '');
  const parent = getState().map.get(parentURL);
  const child = parent?.children?.get(specifier);
  if (child?.format !== 'commonjs') return;
  const braces = /{.*}/.exec(lines[1] ?? '');
  const destructuring = braces && braces[0].replace(/\s+as\s+/g, ': ');
  const oldMessage = err.message;
  err.message = `Named export '${name}' not found. The requested module '${specifier}' is a ` +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n\n' +
    `import pkg from '${specifier}';\n${destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
  if (typeof err.stack === 'string') {
    err.stack = err.stack.replace(`SyntaxError: ${oldMessage}`, `SyntaxError: ${err.message}`);
  }
}

function loadGraph(specifier, parentURL, attributes) {
  const resolved = resolve(specifier, parentURL);
  const record = getRecord(resolved.url, resolved, attributes);
  linkGraph(record);
  instantiate(record);
  return record;
}

// --- entry points -----------------------------------------------------------------------------

// vm.SourceTextModule's own import() and import.meta hooks, by module id (internal/vm/module.js
// fills it): { importModuleDynamically(specifier, attributes), initializeImportMeta(meta) }.
const vmModuleHooks = new Map();

function importModuleDynamically(specifier, referrer, attributes, vmId) {
  if (vmId !== undefined) {
    const hooks = vmModuleHooks.get(vmId);
    if (hooks !== undefined) return hooks.importModuleDynamically(specifier, attributes);
  }
  const parentURL = referrerToURL(referrer);
  // Loading starts after the current synchronous evaluation, as V8's host hook expects.
  return Promise.resolve().then(() => {
    const record = loadGraph(specifier, parentURL, attributes ?? kEmptyAttributes);
    return binding.evaluate(record.id).then(() => binding.getNamespace(record.id));
  });
}

function initializeImportMeta(meta, id) {
  const hooks = vmModuleHooks.get(id);
  if (hooks !== undefined) {
    hooks.initializeImportMeta(meta);
    return;
  }
  const record = state?.byId[id];
  if (record === undefined) return;
  const { url } = record;
  if (record.filename !== null) {
    meta.dirname = path.dirname(record.filename);
    meta.filename = record.filename;
  }
  meta.resolve = function resolve(specifier) {
    specifier = `${specifier}`;
    try {
      return resolveFrom(record, specifier).url;
    } catch (err) {
      if ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          err.url) {
        return err.url;
      }
      throw err;
    }
  };
  meta.url = url;
}

// The main entry: a path or file: URL. Failures are reported as uncaught errors; a top-level
// await still pending when the loop empties exits with 13 and Node's warning.
function runEntry(main) {
  const url = main.startsWith('file:') ? main : pathToURL(path.resolve(main));
  let promise;
  try {
    promise = binding.runWithErrorSource(() => {
      let record = getState().map.get(url);
      if (record === undefined) {
        const resolved = resolve(url, undefined);
        record = getRecord(resolved.url, resolved, kEmptyAttributes);
      }
      linkGraph(record);
      instantiate(record);
      return binding.evaluate(record.id);
    });
  } catch (err) {
    promise = Promise.reject(err);
  }
  const { setUnsettledTopLevelAwaitCheck } = require('internal/process/native_callbacks');
  setUnsettledTopLevelAwaitCheck(() => {
    if (process.exitCode !== undefined) return;
    process.exitCode = 13;
    internalBinding('fs').writeString(2, `Warning: Detected unsettled top-level await at ${url}\n`);
  });
  const settle = () => setUnsettledTopLevelAwaitCheck(null);
  return promise.then(settle, (err) => {
    settle();
    triggerUncaughtException(err, true);
  });
}

// -e / stdin code as an ES module (--input-type=module, or detected): its URL is [eval1] in the
// working directory, as in Node.
function evalModule(source, print) {
  if (print) {
    const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  const url = `${pathToURL(path.join(process.cwd(), '/'))}[eval1]`;
  const record = createSourceTextRecord(url, source);
  getState().map.set(url, record);
  return runEntry(url);
}

// Whether a script's SyntaxError says it is module code (for -e / stdin detection).
function isModuleSyntaxError(err, source) {
  if (kEsmSyntaxErrors.has(err.message)) return true;
  if (!kCjsOnlyErrors.has(err.message)) return false;
  return containsModuleSyntax(source, undefined);
}

// require() of an ES module graph (Node 22.12): synchronous, so the graph must not use top-level
// await.
function requireESM(filename, parent) {
  const parentFilename = parent?.filename ?? undefined;
  const url = pathToURL(filename);
  const map = getState().map;
  let record = map.get(url);
  if (record === undefined) {
    record = createSourceTextRecord(url, readFileUtf8(filename));
    map.set(url, record);
  } else if (record.format !== 'module') {
    // Known as CommonJS (detected): what the CommonJS loader has for it.
    return lazyCjs()._load(filename, parent, false);
  }
  const status = binding.getStatus(record.id);
  if (status === kEvaluating) {
    let message = `Cannot require() ES Module ${filename} in a cycle.`;
    if (parentFilename) message += ` (from ${parentFilename})`;
    throw new ERR_REQUIRE_CYCLE_MODULE(message);
  }
  linkGraph(record);
  checkNoModuleEvaluating(record);
  instantiate(record);
  if (binding.isGraphAsync(record.id)) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  const namespace = binding.evaluateSync(record.id);
  if (namespace === undefined) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  // No ExperimentalWarning: Node 22.13+ (and 20.19+) no longer emit one by default.
  // An export named 'module.exports' is what require() returns: the CommonJS loader takes it from
  // the namespace.
  if (!('default' in namespace) || '__esModule' in namespace || 'module.exports' in namespace) {
    return namespace;
  }
  return facadeOf(record);
}

// The namespace require(esm) returns for a module with a default export: the same bindings plus
// `__esModule: true`, so code transpiled from ESM to CommonJS finds the default export.
function facadeOf(record) {
  if (record.facade === null) {
    const id = binding.compileSourceTextModule(
      'export * from "original"; export { default } from "original"; ' +
      'export const __esModule = true;', record.url);
    binding.link(id, ['original'], [record.id]);
    binding.instantiate(id);
    record.facade = binding.evaluateSync(id);
  }
  return record.facade;
}

module.exports = {
  containsModuleSyntax,
  evalModule,
  isModuleSyntaxError,
  importModuleDynamically,
  initializeImportMeta,
  requireESM,
  runEntry,
  syncBuiltinESMExports,
  vmModuleHooks,
};
