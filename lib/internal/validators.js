'use strict';

// Argument validation for lib/, with Node's error codes and messages. Every
// validator is wrapped by hideStackFrames(), so the stack of the error it
// throws starts at the public function the user called.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode (mode_t) from a number or an octal string; `def` replaces
// undefined and null.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

const validateInteger = hideStackFrames(
  (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  });

const validateInt32 = hideStackFrames(
  (value, name, min = -2147483648, max = 2147483647) => {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  });

// `positive` excludes 0.
const validateUint32 = hideStackFrames((value, name, positive = false) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4_294_967_295;
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
});

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

// With a bound given, NaN is out of range too.
const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) ||
      ((hasMin || hasMax) && Number.isNaN(value))) {
    const range = [hasMin ? `>= ${min}` : '', hasMax ? `<= ${max}` : '']
      .filter(Boolean).join(' && ');
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

// validateObject() options, to be or'ed together.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;

// A non-null, non-array object, unless the options allow null, arrays or
// functions.
const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  const allowNull = (options & kValidateObjectAllowNullable) !== 0;
  const allowArray = (options & kValidateObjectAllowArray) !== 0;
  const allowFunction = (options & kValidateObjectAllowFunction) !== 0;
  const type = typeof value;
  if ((value === null && !allowNull) ||
      (!allowArray && Array.isArray(value)) ||
      (type !== 'object' && !(allowFunction && type === 'function'))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
});

// A Web IDL dictionary: undefined, null, or any object (functions included).
const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
});

const validateStringArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
    }
  }
});

const validateBooleanArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== true && value[i] !== false) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]);
    }
  }
});

const validateAbortSignalArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    const indexedName = `${name}[${i}]`;
    if (signal == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', signal);
    validateAbortSignal(signal, indexedName);
  }
});

// The platform's signal names, from the one table the native side has (src/util/signals.h).
let signals;
function lazySignals() {
  signals ??= internalBinding('process').signals;
  return signals;
}

const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString(signal, name);
  const known = lazySignals();
  if (known[signal] === undefined) {
    if (known[signal.toUpperCase()] !== undefined) {
      throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// Hex data must have an even length.
const validateEncoding = hideStackFrames((data, encoding) => {
  const isHex = typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
  if (isHex && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                    `is invalid for data of length ${data.length}`);
  }
});

// A port number (or numeric string) in 0..65535 (1..65535 without
// allowZero); returns it as a number.
const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
});

// undefined, or an object that looks like an AbortSignal.
const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});

function isAsyncFunction(fn) {
  const proto = Object.getPrototypeOf(fn);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

// A function that is not async.
const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

// One of the listed values; the message lists them as ('a'|'b').
const validateUnion = hideStackFrames((value, name, union) => {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
});

// RFC 8288 Link header values: "<url>" and ;-separated parameters.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const linkFormatDesc = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

const validateLinkHeaderFormat = hideStackFrames((value, name) => {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, linkFormatDesc);
  }
});

// Returns the Link header value for one hint or a list of hints.
const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) validateLinkHeaderFormat(link, 'hints');
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, linkFormatDesc);
});

// `this` must be an object holding `fieldKey` (a private symbol or field of
// `className`).
const validateInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null || !Object.hasOwn(object, fieldKey)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
});

// false for undefined and NaN, true for a finite number; throws for other
// types and for ±Infinity.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

// `def` for undefined or NaN, else a finite number within [lower, upper].
const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
