'use strict';

// The global structuredClone(value, { transfer }): arguments are checked here, the clone is made by
// internalBinding('messaging') with V8's ValueSerializer.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ErrorCaptureStackTrace,
  ErrorPrototype,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  SymbolIterator,
  TypeError,
} = primordials;

const { isArrayBuffer, isNativeError } = require('internal/util/types');
const { structuredClone: cloneValue } = internalBinding('messaging');

// Node throws these from C++, with fixed messages that differ from the templates of the same codes
// in internal/errors ('The value argument must be specified' has no quotes): a TypeError with an
// own enumerable `code`, whose stack starts at the structuredClone() call.
function argumentError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  Error.captureStackTrace(error, structuredClone);
  return error;
}

// The ArrayBuffers of options.transfer. Like Node, an object that is not iterable counts as an empty
// list; a primitive is an error.
function readTransferList(options) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw argumentError('ERR_INVALID_ARG_TYPE',
                        'The options argument must be either an object or undefined');
  }
  const transfer = options.transfer;
  if (transfer === undefined || transfer === null) return undefined;
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw argumentError('ERR_INVALID_ARG_TYPE',
                        'Optional transferList argument must be an iterable');
  }
  // A fresh array of the items, each read and checked once: the binding sees what was checked.
  const items = ArrayIsArray(transfer) ? transfer : iterableItems(transfer);
  if (items === undefined) return undefined;
  const list = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isArrayBuffer(item)) {
      throw argumentError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    ArrayPrototypePush(list, item);
  }
  return list;
}

function iterableItems(iterable) {
  if (typeof iterable[SymbolIterator] !== 'function') return undefined;
  const items = [];
  for (const item of iterable) ArrayPrototypePush(items, item);
  return items;
}

// Declared with defaults so that structuredClone.length is 0, as in Node.
function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw argumentError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  const transfer = readTransferList(options);
  try {
    return cloneValue(value, transfer);
  } catch (error) {
    throw asDOMException(error);
  }
}

// The serializer's own failures arrive as a plain Error carrying own non-enumerable `name`
// 'DataCloneError' and `code` 25 (threads/serialized_message.cc); Node throws a DOMException of that
// name, with the same message. Anything else (an exception from a getter the clone ran, even an
// Error someone named DataCloneError by assignment) passes through untouched.
function isSerializerError(error) {
  if (!isNativeError(error) || ObjectGetPrototypeOf(error) !== ErrorPrototype) return false;
  const name = ObjectGetOwnPropertyDescriptor(error, 'name');
  const code = ObjectGetOwnPropertyDescriptor(error, 'code');
  return name !== undefined && name.value === 'DataCloneError' && !name.enumerable &&
    code !== undefined && code.value === 25 && !code.enumerable;
}

function asDOMException(error) {
  if (!isSerializerError(error)) return error;
  const { DOMException } = require('internal/domexception');
  const domException = new DOMException(error.message, 'DataCloneError');
  ErrorCaptureStackTrace(domException, structuredClone);
  return domException;
}

module.exports = { structuredClone };
