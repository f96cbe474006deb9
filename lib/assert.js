'use strict';

// node:assert, as Node 22 has it: the assertions, assert.strict and the Assert
// class. AssertionError and its messages are in internal/assert/assertion_error.js.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');
const {
  isDeepEqual,
  isDeepStrictEqual,
  isDate,
  isError,
  isMap,
  isPromise,
  isRegExp,
  isSet,
} = require('internal/util/comparisons');

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

const AssertionError = require('internal/assert/assertion_error');

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// ---------------------------------------------------------------------------
// assert.ok's message: the source text of the failing call.

const callSourceCache = new Map();

// The CallSite of the call to `fn`, or undefined.
function callSiteOf(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.prepareStackTrace = (_, frames) => frames;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    return Array.isArray(frames) ? frames[0] : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = savedLimit;
  }
}

// "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n", or
// undefined when the source cannot be read.
function getErrMessage(fn) {
  const call = callSiteOf(fn);
  let filename = call?.getFileName?.();
  if (!filename) return undefined;
  const line = call.getLineNumber() - 1;
  const column = call.getColumnNumber() - 1;
  const key = `${filename}:${line}:${column}`;
  if (callSourceCache.has(key)) return callSourceCache.get(key);

  let message;
  try {
    if (filename.startsWith('node:')) throw new Error('built-in module');
    if (filename.startsWith('file://')) filename = decodeURIComponent(new URL(filename).pathname);
    const source = require('fs').readFileSync(filename, 'utf8').replace(/\r\n/g, '\n');
    const found = findCallExpression(source, line, column);
    if (found !== undefined) {
      message = `The expression evaluated to a falsy value:\n\n  ${found}\n`;
    }
  } catch {
    message = undefined;
  }
  callSourceCache.set(key, message);
  return message;
}

const identifierChar = /[\w$\u0080-\uffff]/;
const whitespace = /\s/;
// eslint-disable-next-line no-control-regex
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControl(char) {
  const code = char.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// The text of the call expression whose callee V8 placed at line/column
// (0-based): the dotted callee, then its parenthesised arguments. Later lines
// lose the call's own indentation and are indented by two spaces.
function findCallExpression(source, line, column) {
  let lineStart = 0;
  for (let i = 0; i < line; i++) {
    lineStart = source.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  const offset = lineStart + column;

  // Back over `a.b\n  .c` to the start of the callee.
  let start = offset;
  for (;;) {
    while (start > 0 && identifierChar.test(source[start - 1])) start--;
    let j = start;
    while (j > 0 && whitespace.test(source[j - 1])) j--;
    if (j === 0 || source[j - 1] !== '.') break;
    j--;
    if (source[j - 1] === '?') j--;
    while (j > 0 && whitespace.test(source[j - 1])) j--;
    start = j;
  }

  const open = source.indexOf('(', offset);
  if (open === -1) return undefined;
  const close = matchingParen(source, open);
  if (close === -1) return undefined;

  const callLineStart = source.lastIndexOf('\n', start - 1) + 1;
  const indent = start - callLineStart;
  const [first, ...rest] = source.slice(start, close + 1).replace(controlChars, escapeControl).split('\n');
  let text = first;
  for (const next of rest) {
    let pos = 0;
    while (pos < indent && (next[pos] === ' ' || next[pos] === '\t')) pos++;
    text += `\n  ${next.slice(pos)}`;
  }
  return text;
}

// The index of the parenthesis closing the one at `open`, skipping strings,
// template literals and comments; -1 if none.
function matchingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return char === ')' ? i : -1;
    } else if (char === '"' || char === "'" || char === '`') {
      i = endOfQuoted(source, i);
      if (i === -1) return -1;
    } else if (char === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i === -1) return -1;
    } else if (char === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i === 0) return -1;
    }
  }
  return -1;
}

function endOfQuoted(source, start) {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
    } else if (source[i] === quote) {
      return i;
    } else if (source[i] === '\n' && quote !== '`') {
      return -1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------
// The assertions

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// assert(value[, message]) === assert.ok(value[, message]).
function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

// The options of each Assert instance. The assertions are shared by the module
// and every instance; called on an instance, they read its `diff` option.
const assertOptions = new WeakMap();

function diffOf(receiver) {
  return (receiver !== null && typeof receiver === 'object' && assertOptions.get(receiver)?.diff) ||
    undefined;
}

assert.ok = ok;
assert.AssertionError = AssertionError;

let warnedFailArgs = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      process.emitWarning?.(
        'assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOf(this),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;

// Defines assert[name] as `name(actual, expected, message)`, failing when
// `passes(actual, expected)` is false.
function defineComparison(name, operator, passes) {
  const assertion = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
      if (!passes(actual, expected)) {
        innerFail({ actual, expected, message, operator, stackStartFn: assertion, diff: diffOf(this) });
      }
    },
  }[name];
  assert[name] = assertion;
}

/* eslint-disable eqeqeq */
defineComparison('equal', '==',
                 (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b)));
defineComparison('notEqual', '!=',
                 (a, b) => !(a == b || (Number.isNaN(a) && Number.isNaN(b))));
/* eslint-enable eqeqeq */
defineComparison('deepEqual', 'deepEqual', isDeepEqual);
defineComparison('notDeepEqual', 'notDeepEqual', (a, b) => !isDeepEqual(a, b));
defineComparison('deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual);
defineComparison('notDeepStrictEqual', 'notDeepStrictEqual', (a, b) => !isDeepStrictEqual(a, b));
defineComparison('strictEqual', 'strictEqual', Object.is);
defineComparison('notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b));

// What throws/rejects compare when given an object: the listed keys of
// `source`, or of `actual` where a RegExp in `source` matches it.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(source[key]) &&
          source[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = source[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    // Compare placeholder objects for a readable diff of the listed keys.
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks the error `actual` against `expected`: a RegExp for its string, an
// object of expected properties, an Error class, or a validation function.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
                  `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // An Error as the expectation also compares name and message.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // Arrow functions have no prototype; they are validation functions.
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' :
          `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
                `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }

  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

const NO_EXCEPTION_SENTINEL = {};

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Native promises and promise-likes with then and catch.
function checkIsPromise(value) {
  return isPromise(value) ||
    (isObjectLike(value) && typeof value.then === 'function' && typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (isObjectLike(actual)) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

// Throws an AssertionError for anything but undefined and null, its stack
// continued by the original error's frames.
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
    diff: diffOf(this),
  });

  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesStart = origStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = origStack.slice(framesStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      // Keep only the new frames above the first one both stacks share.
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;

  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
                `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------
// assert.partialDeepStrictEqual: `expected` describes part of `actual`, compared as Node 24
// does. Primitives compare with Object.is; objects need every own enumerable key (symbols too)
// of `expected`, with a partially equal value; prototypes are not compared. An expected array
// is an ordered subsequence of the actual one (holes in `expected` are skipped), the bytes of an
// expected typed array or ArrayBuffer a subsequence of the actual bytes. Set and Map members
// of `expected` must each match a distinct member of `actual`. Dates, RegExps, boxed
// primitives and URLs compare whole; an error's name, message, cause and errors compare
// unless `expected` leaves them undefined (or its message empty).

let types;
function lazyTypes() {
  types ??= require('internal/util/types');
  return types;
}

const hasEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const toStringTag = (value) => Object.prototype.toString.call(value);

function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

// The own enumerable keys and symbols of `expected`, without array indices when `indexed`.
function expectedKeys(expected, indexed) {
  const keys = Object.keys(expected);
  const result = indexed ? keys.filter((key) => !isIndexKey(key)) : keys;
  for (const symbol of Object.getOwnPropertySymbols(expected)) {
    if (hasEnumerable(expected, symbol)) result.push(symbol);
  }
  return result;
}

function bytesOf(value) {
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  return new Uint8Array(value);
}

// Whether the bytes of `expected` occur, in order, among those of `actual`.
function isByteSubsequence(actual, expected) {
  const a = bytesOf(actual);
  const b = bytesOf(expected);
  if (a.length < b.length) return false;
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    while (i < a.length && a[i] !== b[j]) i++;
    if (i === a.length) return false;
    i++;
  }
  return true;
}

function equalBytes(actual, expected) {
  const a = bytesOf(actual);
  const b = bytesOf(expected);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function boxedValue(value) {
  const t = lazyTypes();
  if (t.isNumberObject(value)) return ['number', Number.prototype.valueOf.call(value)];
  if (t.isStringObject(value)) return ['string', String.prototype.valueOf.call(value)];
  if (t.isBooleanObject(value)) return ['boolean', Boolean.prototype.valueOf.call(value)];
  if (t.isBigIntObject(value)) return ['bigint', BigInt.prototype.valueOf.call(value)];
  return ['symbol', Symbol.prototype.valueOf.call(value)];
}

function isURLObject(value) {
  return typeof URL === 'function' && value instanceof URL;
}

// The Symbol.toStringTag values differ (or, without them, the Object.prototype.toString tags).
function tagsDiffer(actual, expected) {
  const a = actual[Symbol.toStringTag];
  const b = expected[Symbol.toStringTag];
  if (a !== undefined && b !== undefined) return a !== b;
  return toStringTag(actual) !== toStringTag(expected);
}

function partialEqual(actual, expected, memo) {
  if (actual === expected) return actual !== 0 || Object.is(actual, expected);
  if (typeof actual === 'number') return Number.isNaN(actual) && Number.isNaN(expected);
  if (typeof actual !== 'object' || typeof expected !== 'object' ||
      actual === null || expected === null) {
    return false;
  }
  // A pair already being compared further up counts as equal; half a cycle does not.
  const pairedWith = memo.get(actual);
  if (pairedWith !== undefined) return pairedWith === expected;
  if (memo.seenExpected.has(expected)) return false;
  memo.set(actual, expected);
  memo.seenExpected.add(expected);
  try {
    return partialObjectEqual(actual, expected, memo);
  } finally {
    memo.delete(actual);
    memo.seenExpected.delete(expected);
  }
}

function partialObjectEqual(actual, expected, memo) {
  const t = lazyTypes();
  if (Array.isArray(actual)) {
    if (!Array.isArray(expected) || expected.length > actual.length ||
        actual[Symbol.toStringTag] !== expected[Symbol.toStringTag]) {
      return false;
    }
    return partialKeys(actual, expected, expectedKeys(expected, true), memo) &&
      partialArray(actual, expected, memo);
  }
  if (actual[Symbol.toStringTag] === undefined && toStringTag(actual) === '[object Object]') {
    if (tagsDiffer(actual, expected)) return false;
    return partialKeys(actual, expected, expectedKeys(expected, false), memo);
  }
  if (isSet(actual)) {
    if (!isSet(expected) || expected.size > actual.size ||
        actual[Symbol.toStringTag] !== expected[Symbol.toStringTag]) {
      return false;
    }
    return partialKeys(actual, expected, expectedKeys(expected, false), memo) &&
      partialSet(actual, expected, memo);
  }
  if (isMap(actual)) {
    if (!isMap(expected) || expected.size > actual.size ||
        actual[Symbol.toStringTag] !== expected[Symbol.toStringTag]) {
      return false;
    }
    return partialKeys(actual, expected, expectedKeys(expected, false), memo) &&
      partialMap(actual, expected, memo);
  }
  if (ArrayBuffer.isView(actual)) {
    if (!ArrayBuffer.isView(expected) || typedArrayKind(actual) !== typedArrayKind(expected)) {
      return false;
    }
    const bytesMatch = actual.byteLength === expected.byteLength ?
      equalBytes(actual, expected) :
      isByteSubsequence(actual, expected);
    return bytesMatch && partialKeys(actual, expected, expectedKeys(expected, true), memo);
  }
  if (isDate(actual)) {
    if (!isDate(expected) || tagsDiffer(actual, expected)) return false;
    const a = Date.prototype.getTime.call(actual);
    const b = Date.prototype.getTime.call(expected);
    if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
  } else if (isRegExp(actual)) {
    if (!isRegExp(expected) || actual.source !== expected.source ||
        actual.flags !== expected.flags || actual.lastIndex !== expected.lastIndex ||
        tagsDiffer(actual, expected)) {
      return false;
    }
  } else if (t.isAnyArrayBuffer(actual)) {
    if (!t.isAnyArrayBuffer(expected) || tagsDiffer(actual, expected)) return false;
    const bytesMatch = actual.byteLength === expected.byteLength ?
      equalBytes(actual, expected) :
      isByteSubsequence(actual, expected);
    if (!bytesMatch) return false;
  } else if (tagsDiffer(actual, expected) || Array.isArray(expected) ||
             ArrayBuffer.isView(expected) || isSet(expected) || isMap(expected) ||
             isDate(expected) || isRegExp(expected) || t.isAnyArrayBuffer(expected)) {
    return false;
  } else if (isError(actual)) {
    if (!isError(expected)) return false;
    for (const key of ['message', 'name', 'cause', 'errors']) {
      if (hasEnumerable(expected, key) || expected[key] === undefined ||
          (key === 'message' && expected[key] === '')) {
        continue;
      }
      if (!partialEqual(actual[key], expected[key], memo)) return false;
    }
    if (Object.hasOwn(expected, 'cause') && !Object.hasOwn(actual, 'cause')) return false;
  } else if (t.isBoxedPrimitive(actual)) {
    if (!t.isBoxedPrimitive(expected)) return false;
    const [kindA, valueA] = boxedValue(actual);
    const [kindB, valueB] = boxedValue(expected);
    if (kindA !== kindB || !Object.is(valueA, valueB)) return false;
  } else if (isURLObject(actual)) {
    if (!isURLObject(expected) || actual.href !== expected.href) return false;
  } else if (t.isBoxedPrimitive(expected) || isError(expected) || t.isWeakMap(actual) ||
             t.isWeakSet(actual) || isPromise(actual)) {
    return false;
  }
  return partialKeys(actual, expected, expectedKeys(expected, false), memo);
}

const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
// 'Uint8Array', 'Float64Array', ..., undefined for a DataView.
function typedArrayKind(value) {
  return typedArrayTagGetter.call(value);
}

// Every key of `expected` is an own enumerable property of `actual` with a matching value.
function partialKeys(actual, expected, keys, memo) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const descriptor = Object.getOwnPropertyDescriptor(actual, key);
    if (descriptor === undefined || !descriptor.enumerable) return false;
    const value = 'value' in descriptor ? descriptor.value : actual[key];
    if (!partialEqual(value, expected[key], memo)) return false;
  }
  return true;
}

const isHole = (array, i) => array[i] === undefined && !Object.hasOwn(array, i);

// The elements of `expected` appear in `actual` in the same order, others in between.
// Once either side has a hole, only the present elements count.
function partialArray(actual, expected, memo) {
  let a = 0;
  for (let b = 0; b < expected.length; b++) {
    if (isHole(expected, b)) return partialPresentElements(actual, expected, a, b, memo);
    while (true) {
      if (isHole(actual, a)) return partialPresentElements(actual, expected, a, b, memo);
      if (partialEqual(actual[a], expected[b], memo)) break;
      a++;
      if (a > actual.length - expected.length + b) return false;
    }
    a++;
  }
  return true;
}

function partialPresentElements(actual, expected, fromA, fromB, memo) {
  const keysA = Object.keys(actual);
  const keysB = Object.keys(expected);
  const wanted = keysB.length - fromB;
  if (keysA.length - fromA < wanted) return false;
  let a = fromA;
  for (let i = 0; i < wanted; i++) {
    const keyB = keysB[fromB + i];
    while (!partialEqual(actual[keysA[a]], expected[keyB], memo)) {
      a++;
      if (a > keysA.length - wanted + i) return false;
    }
    a++;
  }
  return true;
}

// Primitives of `expected` must be in `actual`; each object of `expected` not in `actual`
// itself must partially equal a distinct object of `actual` that `expected` lacks.
function partialSet(actual, expected, memo) {
  const unmatched = [];
  for (const value of expected) {
    if (actual.has(value)) continue;
    if (typeof value !== 'object' || value === null) return false;
    unmatched.push(value);
  }
  if (unmatched.length === 0) return true;
  const candidates = [];
  for (const value of actual) {
    if (typeof value === 'object' && value !== null && !expected.has(value)) candidates.push(value);
  }
  return matchDistinct(unmatched, candidates,
                       (want, have) => partialEqual(have, want, memo));
}

// Primitive keys of `expected` must be in `actual` with matching values; each entry with an
// object key must match a distinct entry of `actual` with an object key.
function partialMap(actual, expected, memo) {
  const unmatched = [];
  for (const [key, value] of expected) {
    if (typeof key === 'object' && key !== null) {
      unmatched.push([key, value]);
    } else if (!actual.has(key) || !partialEqual(actual.get(key), value, memo)) {
      return false;
    }
  }
  if (unmatched.length === 0) return true;
  const candidates = [];
  for (const entry of actual) {
    if (typeof entry[0] === 'object' && entry[0] !== null) candidates.push(entry);
  }
  return matchDistinct(unmatched, candidates, (want, have) =>
    partialEqual(have[0], want[0], memo) && partialEqual(have[1], want[1], memo));
}

// Pairs each of `wanted` with its own member of `candidates` (first fit).
function matchDistinct(wanted, candidates, matches) {
  if (wanted.length > candidates.length) return false;
  const used = new Array(candidates.length).fill(false);
  for (const want of wanted) {
    let found = false;
    for (let i = 0; i < candidates.length; i++) {
      if (!used[i] && matches(want, candidates[i])) {
        used[i] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function isPartialStrictEqual(actual, expected) {
  const memo = new Map();
  memo.seenExpected = new Set();
  return partialEqual(actual, expected, memo);
}

assert.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      diff: diffOf(this),
    });
  }
};

// assert.strict: the same API with the strict comparisons under the loose
// names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.CallTracker = require('util').deprecate(
  require('internal/assert/call_tracker'), 'assert.CallTracker is deprecated.', 'DEP0173');

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

// new assert.Assert({ diff, strict }): the assertions with options of their
// own. `strict` (default true) puts the strict comparisons under the loose
// names; `diff: 'full'` keeps long messages uncut.
function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = { __proto__: null, strict: true, ...options };
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  assertOptions.set(this, options);
  this.AssertionError = AssertionError;
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}
for (const name of ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch']) {
  Assert.prototype[name] = assert[name];
}
assert.Assert = Assert;
assert.strict.Assert = Assert;
