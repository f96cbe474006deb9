'use strict';

// node:util — inspection and formatting, util.types, and the small helpers for callbacks,
// promises, inheritance, deprecation and debug logging.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// Other lib modules mark callbacks with several results (fs.read gives bytesRead and
// buffer) with internal/util's customPromisifyArgs; without that module, nothing is marked.
let kCustomPromisifyArgsSymbol;
try {
  kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;
} catch {
  // internal/util is not there (yet).
}
kCustomPromisifyArgsSymbol ??= Symbol('customPromisifyArgs');

let lazyErrors;
function errorCodes() {
  lazyErrors ??= require('internal/errors').codes;
  return lazyErrors;
}

let lazyValidators;
function validators() {
  lazyValidators ??= require('internal/validators');
  return lazyValidators;
}

// ---------------------------------------------------------------------------------------
// Inheritance, deprecation

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = errorCodes();
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Deprecation codes already warned about: each code warns once per process, however many
// functions carry it.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validators().validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep fn's statics reachable, and instanceof working for wrapped constructors.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---------------------------------------------------------------------------------------
// Promises and callbacks

// Copies the own properties of `from` onto `to`. The descriptors get null prototypes so a
// polluted Object.prototype (say, a `get` on it) cannot change what is defined.
function copyOwnProperties(to, descriptors) {
  const values = Object.values(descriptors);
  for (let i = 0; i < values.length; i++) Object.setPrototypeOf(values[i], null);
  return Object.defineProperties(to, descriptors);
}

function promisify(original) {
  validators().validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }

  // Names for the results of a callback called with several, e.g. ['bytesRead', 'buffer'].
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return copyOwnProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

// A callback's `null` error means success, so a promise rejected with a falsy value is
// reported as an error that carries the value in `.reason`.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new (errorCodes().ERR_FALSY_VALUE_REJECTION)(reason);
    err.reason = reason;
    Error.captureStackTrace(err, callbackifyOnRejected);
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validators().validateFunction(original, 'original');

  // The promise is not returned: the callback's own errors must not turn into rejections.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // Callbacks run on the next tick, as Node's do, outside the promise machinery.
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // length and name may have been redefined to non-numbers / non-strings.
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  return copyOwnProperties(callbackified, descriptors);
}

// ---------------------------------------------------------------------------------------
// debuglog: NODE_DEBUG=net,http*,fs lists the sections that log to stderr

let testEnabled;
const debugImpls = { __proto__: null };

function initializeDebugEnv() {
  let debugEnv = process.env.NODE_DEBUG;
  if (debugEnv) {
    debugEnv = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const debugEnvRegExp = new RegExp(`^${debugEnv}$`, 'i');
    testEnabled = (str) => debugEnvRegExp.test(str);
  } else {
    testEnabled = () => false;
  }
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${
          set.toLowerCase()}' can expose sensitive data (such as passwords, tokens and ` +
          'authentication headers) in the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPid, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

// The section is looked up in NODE_DEBUG on first use, not at creation, so modules can
// create their loggers while the process is still starting. `cb` receives the real
// logging function on the first call.
function debuglog(set, cb) {
  let enabled;
  function init() {
    if (testEnabled === undefined) initializeDebugEnv();
    set = `${set}`.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------------------
// Smaller helpers

const loneSurrogateRegExp = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(loneSurrogateRegExp, '\ufffd');
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validators().validateString(text, 'text');
  validators().validateBoolean(validateStream, 'options.validateStream');
  if (Array.isArray(format)) {
    // As in Node v20, several styles are always applied, whatever the stream.
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = inspect.colors[key];
      if (codes == null) validators().validateOneOf(key, 'format', Object.keys(inspect.colors));
      left += `\u001b[${codes[0]}m`;
      right = `\u001b[${codes[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = inspect.colors[format];
  if (codes == null) validators().validateOneOf(format, 'format', Object.keys(inspect.colors));
  if (validateStream && !shouldColorize(stream)) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

// Documentation-only deprecated type checks (DEP0044 to DEP0058), without runtime warnings
// in Node v20.
function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                'Dec'];

// "26 Feb 16:19:34"
function timestamp() {
  const d = new Date();
  const pad = (n) => `${n}`.padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------------------
// System errors, AbortSignal

function getSystemErrorName(err) {
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMap() {
  return require('internal/errors').getSystemErrorMap();
}

function getSystemErrorMessage(err) {
  return require('internal/errors').getSystemErrorMessage(err);
}

// Node's long-standing internal helpers, still exported.
function _errnoException(err, syscall, original) {
  return require('internal/errors').errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return require('internal/errors').exceptionWithHostPort(err, syscall, address, port, additional);
}

// util.diff(actual, expected): the shortest edit script between two strings (by character) or
// two arrays of strings, as [op, value] pairs in order: 0 both, 1 only in actual, -1 only in
// expected.
function diff(actual, expected) {
  const { ERR_INVALID_ARG_TYPE } = errorCodes();
  if (typeof actual !== 'string' && !Array.isArray(actual)) {
    throw new ERR_INVALID_ARG_TYPE('actual', 'string', actual);
  }
  if (typeof expected !== 'string' && !Array.isArray(expected)) {
    throw new ERR_INVALID_ARG_TYPE('expected', 'string', expected);
  }
  const { myersDiff } = require('internal/assert/myers_diff');
  return myersDiff(actual, expected);
}

// util.getCallSites([frameCount][, options]): the caller's stack as plain objects. There is no
// source-map support, so `sourceMap: true` gives the frames as the code runs.
function getCallSites(frameCount = 10, options) {
  return callSites(frameCount, options, 2);
}

// `skip`: the frames of util's own functions on top of the stack.
function callSites(frameCount, options, skip) {
  const { validateNumber, validateObject, validateBoolean } = validators();
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  return internalBinding('util').getCallSites(frameCount, skip);
}

let warnedGetCallSite = false;
function getCallSite(frameCount, options) {
  if (!warnedGetCallSite) {
    warnedGetCallSite = true;
    process.emitWarning('The `util.getCallSite` API has been renamed to `util.getCallSites()`.',
                        'ExperimentalWarning');
  }
  return callSites(frameCount ?? 10, options, 2);
}

// util.setTraceSigInt(enable): while on, SIGINT prints the running JavaScript stack before the
// process dies of it (src/bindings/trace_sigint.cc). A 'SIGINT' listener, while there is one,
// handles the signal instead, as without the option.
function setTraceSigInt(enable) {
  if (!require('internal/worker/state').isMainThread) {
    throw new (errorCodes().ERR_WORKER_UNSUPPORTED_OPERATION)('Calling util.setTraceSigInt');
  }
  internalBinding('trace_sigint').setTraceSigInt(Boolean(enable));
}

// Settles when `signal` aborts (with the 'abort' event, as Node's does). `resource` only ties
// the wait to an object's lifetime in Node; nothing here keeps it alive.
async function aborted(signal, resource) {
  const { ERR_INVALID_ARG_TYPE } = errorCodes();
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  const { validateAbortSignal, validateObject, kValidateObjectAllowObjects } = validators();
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true });
  });
}

// Signals marked as transferable to a worker. Only the mark exists for now: worker_threads
// will read it (and move it to where MessagePort can see it) when it lands.
const transferableSignals = new WeakSet();

function transferableAbortSignal(signal) {
  const { isAbortSignal } = require('internal/abort_controller');
  if (!isAbortSignal(signal)) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  transferableSignals.add(signal);
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  const controller = new AbortController();
  transferableSignals.add(controller.signal);
  return controller;
}

const { MIMEType, MIMEParams } = require('internal/mime');
const { parseArgs } = require('internal/util/parse_args');
const { parseEnv } = require('internal/util/parse_env');

let internalDeepEqual;

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  aborted,
  diff,
  getCallSite,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  setTraceSigInt,
  MIMEParams,
  MIMEType,
  parseArgs,
  parseEnv,
  transferableAbortController,
  transferableAbortSignal,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    internalDeepEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
    return internalDeepEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};

// The encoding classes are globals installed by the bootstrap, possibly after this module
// loads: read them on access.
for (const name of ['TextDecoder', 'TextEncoder']) {
  let value;
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    get() {
      return value ?? globalThis[name];
    },
    set(v) {
      value = v;
    },
    enumerable: true,
    configurable: true,
  });
}
