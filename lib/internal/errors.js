'use strict';

// Node's error system: every error lib/ throws for a bad argument or a failed
// operation is built here, with Node's codes and Node's exact messages
// (node v20/v22 are the reference).
//
// This module must load with no other lib module: inspect, the uv binding and
// the like are required lazily, inside the functions that need them.

const kIsNodeError = Symbol('kIsNodeError');

// code -> message (a string with %s-style placeholders, or a function that
// returns the message and is called with the error as `this`).
const messages = new Map();
const codes = {};

// ---------------------------------------------------------------------------
// Lazily loaded helpers

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

// util.format() for the %s/%d/... messages; a small fallback keeps errors
// working even if the inspect module has no `format` yet.
function format(...args) {
  const primitivesOnly = formatPrimitives(args);
  if (primitivesOnly !== undefined) return primitivesOnly;
  const mod = lazyInspect();
  if (typeof mod.format === 'function') return mod.format(...args);
  return fallbackFormat(...args);
}

// Most messages are '%s' placeholders filled with strings and numbers: do
// those without loading inspect (which may not be loaded yet, or be the one
// failing). Returns undefined when inspect's format is needed.
function formatPrimitives([template, ...args]) {
  if (/%[^s%]/.test(template)) return undefined;
  if (!args.every((arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'))) {
    return undefined;
  }
  let i = 0;
  const text = template.replace(/%[s%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (i >= args.length) return spec;
    const arg = args[i++];
    if (typeof arg === 'bigint') return `${arg}n`;
    if (Object.is(arg, -0)) return '-0';
    return String(arg);
  });
  if (i < args.length) return undefined;
  return text;
}

function fallbackFormat(template, ...args) {
  let i = 0;
  const text = template.replace(/%[sdifjoO%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (i >= args.length) return spec;
    const arg = args[i++];
    switch (spec) {
      case '%s':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return String(arg);
        if (typeof arg === 'object' && arg !== null) return inspect(arg, { depth: 0 });
        return String(arg);
      case '%d': return typeof arg === 'bigint' ? `${arg}n` : String(Number(arg));
      case '%i': return typeof arg === 'bigint' ? `${arg}n` : String(parseInt(arg));
      case '%f': return String(parseFloat(arg));
      case '%j': try { return JSON.stringify(arg); } catch { return '[Circular]'; }
      default: return inspect(arg);
    }
  });
  return args.length > i ? `${text} ${args.slice(i).map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}` : text;
}

let uvBinding;
let uvErrorMap;
function lazyUvErrorMap() {
  if (uvErrorMap === undefined) {
    uvBinding ??= internalBinding('uv');
    uvErrorMap = uvBinding.getErrorMap();
  }
  return uvErrorMap;
}

// errno (a negative libuv error number) -> [name, description], or undefined.
function uvErrmapGet(errno) {
  return lazyUvErrorMap().get(errno);
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// libuv's number for an error name ('EAI_NONAME' -> -3008), or undefined.
function uvErrnoByName(name) {
  uvBinding ??= internalBinding('uv');
  const constant = uvBinding[`UV_${name}`];
  if (typeof constant === 'number') return constant;
  for (const [errno, [errName]] of lazyUvErrorMap()) {
    if (errName === name) return errno;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Stack traces

// Whether Error.stackTraceLimit may be changed (a frozen or accessor-only
// Error would make our temporary changes throw or do nothing).
function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.hasOwn(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// While a function wrapped by hideStackFrames() runs, the errors built here
// start their stack at its caller, so users see their own call, not our
// validators. Only the outermost wrapper counts.
let excludedStackFn;

function hideStackFrames(fn) {
  function hidden(...args) {
    if (excludedStackFn !== undefined) return Reflect.apply(fn, this, args);
    excludedStackFn = hidden;
    try {
      return Reflect.apply(fn, this, args);
    } finally {
      excludedStackFn = undefined;
    }
  }
  // Node 20+ lets a hidden function be called without the wrapper.
  hidden.withoutStackTrace = fn;
  return hidden;
}

// Runs `construct` with stack capturing off when a hidden frame will set the
// stack afterwards anyway: capturing twice is the costly part of an error.
function withoutStackCapture(construct) {
  if (excludedStackFn === undefined || !isErrorStackTraceLimitWritable()) return construct();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return construct();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// Formats `err.stack` now, while `err.name` reads "TypeError [ERR_X]", so the
// first line of the stack carries the code as in Node; then restores the
// inherited name. V8 formats a stack lazily, on first access, from the
// error's name and message at that moment.
function addCodeToName(err, name, code, stackStartFn) {
  stackStartFn ??= excludedStackFn;
  if (stackStartFn !== undefined) Error.captureStackTrace(err, stackStartFn);
  err.name = `${name} [${code}]`;
  err.stack; // eslint-disable-line no-unused-expressions
  if (name === 'SystemError') {
    Object.defineProperty(err, 'name', {
      value: name, enumerable: false, writable: true, configurable: true,
    });
  } else {
    delete err.name;
  }
}

// Lets lib/ format one error's stack its own way (Node's API of the same
// name). The engine's prepareStackTrace hook (C++) must call
// prepareStackTraceCallback below for this to take effect.
const overrideStackTrace = new WeakMap();

// The header is Error.prototype.toString() of the error at format time: a
// NodeError already carries its code in its name then (see addCodeToName), so
// the code must not be added here a second time.
function defaultPrepareStackTrace(error, trace) {
  const header = Error.prototype.toString.call(error);
  if (trace.length === 0) return header;
  return `${header}\n    at ${trace.join('\n    at ')}`;
}

// What the engine's prepareStackTrace hook should do for `error` created in
// the realm whose global is `globalThis` (Node's order of precedence).
function prepareStackTraceCallback(globalThis, error, trace) {
  const override = overrideStackTrace.get(error);
  if (override !== undefined) {
    overrideStackTrace.delete(error);
    return override(error, trace);
  }
  const userPrepare = globalThis?.Error?.prepareStackTrace;
  if (typeof userPrepare === 'function') return userPrepare(error, trace);
  if (typeof Error.prepareStackTrace === 'function') return Error.prepareStackTrace(error, trace);
  return defaultPrepareStackTrace(error, trace);
}

// Hides the stack frames before the first frame of user code.
function hideInternalStackFrames(error) {
  overrideStackTrace.set(error, (err, frames) => {
    let shown = frames;
    if (Array.isArray(frames)) {
      shown = frames.filter((frame) => !(frame.getFileName() || '').startsWith('node:internal'));
    }
    // Error.prototype.toString: a NodeError's own toString would add its
    // code a second time (its name carries it while the stack is formatted).
    return [Error.prototype.toString.call(err), ...shown].join('\n    at ');
  });
}

// ---------------------------------------------------------------------------
// Error classes

function getExpectedArgumentLength(msg) {
  return (msg.match(/%[dfijoOs]/g) || []).length;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    // Parameters with defaults do not count in Function#length.
    internalAssert(msg.length <= args.length,
                   `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                   `match the required ones (${msg.length}).`);
    return Reflect.apply(msg, self, args);
  }
  const expected = getExpectedArgumentLength(msg);
  internalAssert(expected === args.length,
                 `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                 `match the required ones (${expected}).`);
  return args.length === 0 ? msg : format(msg, ...args);
}

// The class behind codes[key]: an instance is a real Base (TypeError, ...),
// its `constructor` reads as Base, it has an own enumerable `code`, and its
// stack begins "TypeError [ERR_X]: message".
function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      withoutStackCapture(() => super());
      this.code = key;
      Object.defineProperty(this, 'message', {
        value: getMessage(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      addCodeToName(this, Base.name, key);
    }

    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

// A system error reported by a component (ERR_SYSTEM_ERROR and friends):
// `context` has code, syscall, message and maybe errno, path and dest, and
// stays reachable as err.info.
class SystemError extends Error {
  constructor(key, context) {
    withoutStackCapture(() => super());
    let message = `${getMessage(key, [], this)}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperties(this, {
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, writable: false, configurable: true },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    for (const prop of ['path', 'dest']) {
      if (context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        get() { return context[prop] != null ? context[prop].toString() : context[prop]; },
        set(value) { context[prop] = value ? lazyBuffer().from(value.toString()) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    addCodeToName(this, 'SystemError', key);
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

let bufferClass;
function lazyBuffer() {
  bufferClass ??= require('buffer').Buffer;
  return bufferClass;
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

// Declares an error code: E(code, message, Base, ...otherBases). The class
// for another base is codes[code][Base.name], e.g.
// codes.ERR_INVALID_ARG_VALUE.RangeError.
function E(key, message, Base, ...otherBases) {
  messages.set(key, message);
  const ErrorClass = Base === SystemError ?
    makeSystemErrorWithCode(key) :
    makeNodeErrorWithCode(Base, key);
  for (const Other of otherBases) {
    ErrorClass[Other.name] = makeNodeErrorWithCode(Other, key);
    ErrorClass[Other.name].HideStackFramesError = ErrorClass[Other.name];
  }
  // Node 20+ code throws `new ERR_X.HideStackFramesError()` inside functions
  // wrapped by hideStackFrames(); here every error class already honours
  // the wrapper, so it is the same class.
  ErrorClass.HideStackFramesError = ErrorClass;
  codes[key] = ErrorClass;
}

function internalAssert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

// ---------------------------------------------------------------------------
// System errors from libuv error numbers

// Node's UVException: `ENOENT: no such file or directory, open '/x'` with
// errno, code, syscall, path and dest (ctx: { errno, syscall, path?, dest?,
// message? } and any further properties to copy).
function buildUVException(ctx, stackStartFn) {
  const [code, uvmsg] = uvErrmapGet(ctx.errno) || uvUnmappedError;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }

  const err = newErrorWithoutStack(message);
  err.errno = ctx.errno;
  err.code = code;
  err.syscall = ctx.syscall;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest' || prop === 'code') continue;
    err[prop] = ctx[prop];
  }
  if (path) err.path = path;
  if (dest) err.dest = dest;
  Error.captureStackTrace(err, excludedStackFn || stackStartFn);
  return err;
}

// A plain Error whose stack is captured afterwards (capturing is the costly
// part, and the caller captures it from the right frame).
function newErrorWithoutStack(message) {
  if (!isErrorStackTraceLimitWritable()) return new Error(message);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new Error(message);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function uvException(ctx) {
  return buildUVException(ctx, uvException);
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

// `connect ECONNREFUSED 127.0.0.1:80` from a libuv error number.
function buildUVExceptionWithHostPort(errno, syscall, address, port, stackStartFn) {
  const [code, uvmsg] = uvErrmapGet(errno) || uvUnmappedError;
  const err = newErrorWithoutStack(`${syscall} ${code}: ${uvmsg}${hostPortDetails(address, port)}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  Error.captureStackTrace(err, excludedStackFn || stackStartFn);
  return err;
}

function uvExceptionWithHostPort(errno, syscall, address, port) {
  return buildUVExceptionWithHostPort(errno, syscall, address, port, uvExceptionWithHostPort);
}

// util.getSystemErrorName(): the name of a libuv error number.
function getSystemErrorName(errno) {
  if (typeof errno !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', errno);
  if (errno >= 0 || !Number.isSafeInteger(errno)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', errno);
  }
  return uvErrmapGet(errno)?.[0] ?? `Unknown system error ${errno}`;
}

// util.getSystemErrorMessage(): libuv's description of a negative error number.
function getSystemErrorMessage(errno) {
  if (typeof errno !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', errno);
  if (errno >= 0 || !Number.isSafeInteger(errno)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', errno);
  }
  return uvErrmapGet(errno)?.[1] ?? `Unknown system error ${errno}`;
}

// util.getSystemErrorMap(): errno -> [name, description].
function getSystemErrorMap() {
  return lazyUvErrorMap();
}

// Node's old util._errnoException(): `${syscall} ${code}[ ${original}]`.
function buildErrnoException(errno, syscall, original, stackStartFn) {
  const code = getSystemErrorName(errno);
  const err = newErrorWithoutStack(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, excludedStackFn || stackStartFn);
  return err;
}

function errnoException(errno, syscall, original) {
  return buildErrnoException(errno, syscall, original, errnoException);
}

// `connect ECONNREFUSED 127.0.0.1:80 - Local (0.0.0.0:1234)`.
function buildExceptionWithHostPort(errno, syscall, address, port, additional, stackStartFn) {
  const code = getSystemErrorName(errno);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const err = newErrorWithoutStack(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  Error.captureStackTrace(err, excludedStackFn || stackStartFn);
  return err;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  return buildExceptionWithHostPort(errno, syscall, address, port, additional,
                                    exceptionWithHostPort);
}

// `getaddrinfo ENOTFOUND example.invalid`. `code` is a libuv error number or a
// c-ares error name ('ENODATA', ...).
function buildDNSException(code, syscall, hostname, stackStartFn) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    // ENOTFOUND is no POSIX error, but Node has reported it for these forever.
    if (code === uvErrnoByName('EAI_NODATA') || code === uvErrnoByName('EAI_NONAME')) {
      code = 'ENOTFOUND';
    } else {
      code = getSystemErrorName(code);
    }
  }
  const err = newErrorWithoutStack(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  Error.captureStackTrace(err, excludedStackFn || stackStartFn);
  return err;
}

function dnsException(code, syscall, hostname) {
  return buildDNSException(code, syscall, hostname, dnsException);
}

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

// Node 20+ spells the helpers above as classes (`new UVException(ctx)`); an
// instance is a plain Error, as the one V8 builds in C++ would be.
class UVException {
  constructor(ctx) {
    return buildUVException(ctx, new.target);
  }
}
class UVExceptionWithHostPort {
  constructor(errno, syscall, address, port) {
    return buildUVExceptionWithHostPort(errno, syscall, address, port, new.target);
  }
}
class ErrnoException {
  constructor(errno, syscall, original) {
    return buildErrnoException(errno, syscall, original, new.target);
  }
}
class ExceptionWithHostPort {
  constructor(errno, syscall, address, port, additional) {
    return buildExceptionWithHostPort(errno, syscall, address, port, additional, new.target);
  }
}
class DNSException {
  constructor(code, syscall, hostname) {
    return buildDNSException(code, syscall, hostname, new.target);
  }
}
class ConnResetException {
  constructor(message) {
    return connResetException(message);
  }
}

// ---------------------------------------------------------------------------
// Other helpers Node's lib/ uses

// Node's AbortError: a plain Error with code ABORT_ERR (not a DOMException).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Combines an error raised while handling another: the inner one joins the
// outer one's AggregateError.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    let err;
    if (isErrorStackTraceLimitWritable()) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      err = new AggregateError([outerError, innerError], outerError.message);
      Error.stackTraceLimit = limit;
      Error.captureStackTrace(err, aggregateTwoErrors);
    } else {
      err = new AggregateError([outerError, innerError], outerError.message);
    }
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// An Error with extra properties, its stack starting at the caller.
const genericNodeError = hideStackFrames(function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
});

// "1_000_000" for "1000000"; integers only.
function addNumericalSeparator(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${digits.slice(i - 3, i)}${result}`;
  }
  return `${digits.slice(0, i)}${result}`;
}

// How ERR_INVALID_ARG_TYPE and friends describe the value they received:
// "type number (1)", "an instance of Foo", "function f", "null", ...
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`; // NaN and ±Infinity print as such.
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return inspect(value, { depth: -1 });
    case 'string': {
      let shown = value;
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return shown.includes("'") ? `type string (${JSON.stringify(shown)})` : `type string ('${shown}')`;
    }
    default: {
      let shown = inspect(value, { colors: false });
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      return `type ${type} (${shown})`;
    }
  }
}

// "A", "A and B", "A, B, and C" (or with "or").
function formatList(items, conjunction = 'and') {
  switch (items.length) {
    case 0: return '';
    case 1: return `${items[0]}`;
    case 2: return `${items[0]} ${conjunction} ${items[1]}`;
    default:
      return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
  }
}

function inspectWithNoCustomRetry(value, options) {
  try {
    return inspect(value, options);
  } catch {
    return inspect(value, { ...options, customInspect: false });
  }
}

let stackOverflowName;
let stackOverflowMessage;
// Whether `err` is V8's "Maximum call stack size exceeded" RangeError.
function isStackOverflowError(err) {
  if (stackOverflowMessage === undefined) {
    try {
      const overflow = () => overflow() + 1;
      overflow();
    } catch (e) {
      stackOverflowMessage = e.message;
      stackOverflowName = e.name;
    }
  }
  return Boolean(err) && err.name === stackOverflowName && err.message === stackOverflowMessage;
}

// Reads a data property without running getters or proxies' get traps.
function getDataProperty(object, key) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

// What V8's Object::NoSideEffectsToString() gives, which Node uses to quote
// the reason of an unhandled rejection: 1, abc, #<Object>, [object Array].
function noSideEffectsToString(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'function': return Function.prototype.toString.call(value);
    case 'symbol': return String(value);
    case 'object': break;
    default: return String(value);
  }
  if (value === null) return 'null';
  try {
    const toString = getDataProperty(value, 'toString');
    if (value instanceof Error || toString === Error.prototype.toString) {
      const name = getDataProperty(value, 'name');
      const message = getDataProperty(value, 'message');
      const nameText = name === undefined ? 'Error' : String(name);
      const messageText = message === undefined ? '' : String(message);
      if (nameText === '') return messageText;
      return messageText === '' ? nameText : `${nameText}: ${messageText}`;
    }
    if (toString === Object.prototype.toString) {
      const ctor = getDataProperty(value, 'constructor');
      const ctorName = typeof ctor === 'function' ? getDataProperty(ctor, 'name') : undefined;
      if (typeof ctorName === 'string' && ctorName !== '') return `#<${ctorName}>`;
    }
    const tag = getDataProperty(value, Symbol.toStringTag);
    if (typeof tag === 'string') return `[object ${tag}]`;
    return `[object ${builtinTag(value)}]`;
  } catch {
    return '[object Object]';
  }
}

function builtinTag(value) {
  if (Array.isArray(value)) return 'Array';
  const brands = [
    ['Date', () => Date.prototype.getTime.call(value)],
    ['RegExp', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call(value)],
    ['Number', () => Number.prototype.valueOf.call(value)],
    ['String', () => String.prototype.valueOf.call(value)],
    ['Boolean', () => Boolean.prototype.valueOf.call(value)],
  ];
  for (const [name, check] of brands) {
    try {
      check();
      return name;
    } catch {
      // Not that kind of object.
    }
  }
  return 'Object';
}

// The error for a rejected promise nobody handled (unhandled rejections
// mode 'throw', Node's default) when the reason is not an Error.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an ' +
          'async function without a catch block, or by rejecting a promise which ' +
          'was not handled with .catch(). The promise rejected with the reason "' +
          `${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
}

// Node's require('path').basename, for messages only (no dependency on path).
function basename(filename) {
  const trimmed = filename.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

// V8 treats an object field as constant until it is first rewritten, and at that rewrite throws
// away every optimized function that relied on it. Building a system error rewrites two such
// fields the first time: Error.stackTraceLimit (set to 0 and back by newErrorWithoutStack) and the
// error's stack slot (captured again from the caller's frame). A server builds its first system
// error when its first connection fails, long after its request path was optimized, and that path
// was then recompiled at once on the loop thread: a latency spike. net.Server's listen() calls
// this so that both rewrites happen first (not while the startup snapshot is made: V8 10.2 then
// fails reading Error.stackTraceLimit; nor at every start: a program that serves nothing need not
// pay for it). The error is kept so its map, where V8 records the rewrite, stays alive.
let settledErrorShape;
function settleErrorShapes() {
  if (settledErrorShape !== undefined) return;
  settledErrorShape = newErrorWithoutStack('');
  Error.captureStackTrace(settledErrorShape);
}

module.exports = {
  settleErrorShapes,
  AbortError,
  aggregateTwoErrors,
  addCodeToName,
  addNumericalSeparator,
  codes,
  ConnResetException,
  connResetException,
  defaultPrepareStackTrace,
  determineSpecificType,
  DNSException,
  dnsException,
  E,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  hideInternalStackFrames,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  NodeAggregateError,
  noSideEffectsToString,
  overrideStackTrace,
  prepareStackTraceCallback,
  SystemError,
  UnhandledPromiseRejection,
  UVException,
  uvErrmapGet,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
};

// ---------------------------------------------------------------------------
// The codes. Once assigned, a code never changes meaning. Messages are
// Node's, word for word; keep the list in alphabetical order.

E('ERR_ACCESS_DENIED', function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
}, Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
// A default parameter keeps `name` out of Function#length: it is optional.
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CPU_USAGE', 'Unable to obtain cpu usage %s', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_OPERATION_FAILED', 'Operation failed', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DLOPEN_DISABLED', 'Cannot load native addon because loading addons is disabled.', Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is ' +
  'mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length ' +
  'of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING',
  'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING',
  'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (attribute, value, url = undefined) => {
  const message = `Import attribute "${attribute}" with value "${value}" is not supported`;
  return url === undefined ? message : `${message} in ${url}`;
}, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
         `${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport &&
    target.length > 0 && !target.startsWith('./');
  const importedFrom = base ? ` imported from ${base}` : '';
  const hint = relError ? '; targets must start with "./"' : '';
  if (key === '.') {
    internalAssert(isImport === false);
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
           `in the package config ${pkgPath}package.json${importedFrom}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} ` +
         `defined for '${key}' in the package config ${pkgPath}package.json${importedFrom}${hint}`;
}, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the ` +
         `"${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the ` +
         `"${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ` +
         `${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  // Node leaves the input out of the message (nodejs/node#38614).
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2);
  const schemes = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${schemes}`;
}, TypeError);
E('ERR_IP_BLOCKED', function(ip) {
  return `IP(${ip}) is blocked by net.BlockList`;
}, Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  const quoted = args.map((a) => (Array.isArray(a) ?
    a.map((name) => `"${name}"`).join(' or ') :
    `"${a}"`));
  return `The ${formatList(quoted)} argument${args.length > 1 ? 's' : ''} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_LINK_MISMATCH', '%s', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl = undefined) {
  if (exactUrl) {
    Object.defineProperty(this, 'url', {
      value: `${exactUrl}`, enumerable: true, writable: true, configurable: true,
    });
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
// tide's own: an API Node has and tide does not have yet.
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in tide', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (name, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
         `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const importedFrom = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${importedFrom}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
         `${pkgPath}package.json${importedFrom}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the end of the ' +
    `command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', function(filename, parentFilename) {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  hideInternalStackFrames(this);
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} ` +
            'not supported.';
  if (!packageJsonPath) {
    if (filename.endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic ` +
             'import() which is available in all CommonJS modules.';
    }
    return msg;
  }
  const base = parentPath && basename(filename) === basename(parentPath) ?
    filename : basename(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${base} in ${parentPath} to` +
           ' a dynamic import() which is available in all CommonJS modules.';
  }
  return `${msg}\n${base} is treated as an ES module file as it is a .js ` +
    'file whose nearest parent package.json contains "type": "module" ' +
    'which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${base} to end in .cjs, change the requiring ` +
    'code to use dynamic import() which is available in all CommonJS ' +
    'modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for ` +
    'all ES modules instead).\n';
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  internalAssert(typeof allowZero === 'boolean',
                 "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TEST_FAILURE', function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error?.message ?? String(error);
}, Error);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_METHOD', 'Use of SSLv2 and SSLv3 is disabled', Error);
E('ERR_TLS_INVALID_PROTOCOL_VERSION',
  '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established',
  Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED',
  'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER',
  'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture ' +
  'callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  Object.defineProperty(this, 'url', {
    value: exactUrl, enumerable: true, writable: true, configurable: true,
  });
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
         `ESM loader. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme ' +
  'is not hierarchical.', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.',
  TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CACHED_DATA_REJECTED', 'cachedData buffer was rejected', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', 'Initiated Worker with invalid execArgv flags: %s', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a ' +
  'relative path starting with \'./\' or \'../\'.' +
  (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`, TypeError);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);

// The unhandled-rejection error is a class of its own in Node (its name is
// UnhandledPromiseRejection); codes lists it for completeness.
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;

// ---------------------------------------------------------------------------
// ERR_INVALID_ARG_TYPE's message

// Primitive type names as a caller may write them ('Function' and 'Object'
// count as the lower-case types).
const kTypes = [
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
];
// A class name: "Buffer", "AbortSignal".
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

// "The "x" argument must be of type string or an instance of Buffer.
// Received type number (1)". `expected` is one name or a list of names.
function invalidArgTypeMessage(name, expected, actual) {
  internalAssert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];

  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `; // e.g. 'first argument'
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      internalAssert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }

  // With instances listed, "object" reads better as "an instance of Object".
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}
