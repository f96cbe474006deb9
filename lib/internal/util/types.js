'use strict';

// util.types: V8's type checks (internalBinding('types')) plus the typed array checks,
// which need no C++: %TypedArray%.prototype[Symbol.toStringTag] is a getter that returns
// the element type of a typed array and undefined for anything else.

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const isView = ArrayBuffer.isView;

function isArrayBufferView(value) {
  return isView(value);
}

function isTypedArray(value) {
  return getTypedArrayTag(value) !== undefined;
}

function isUint8Array(value) {
  return getTypedArrayTag(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return getTypedArrayTag(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return getTypedArrayTag(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return getTypedArrayTag(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return getTypedArrayTag(value) === 'Int8Array';
}

function isInt16Array(value) {
  return getTypedArrayTag(value) === 'Int16Array';
}

function isInt32Array(value) {
  return getTypedArrayTag(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return getTypedArrayTag(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return getTypedArrayTag(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return getTypedArrayTag(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return getTypedArrayTag(value) === 'BigUint64Array';
}

// KeyObject and CryptoKey are defined by the crypto module; until it exists they are
// never matched. The module is looked up once, on first use.
let cryptoKeys;
function loadCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = require('internal/crypto/keys');
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

function isKeyObject(value) {
  const keys = loadCryptoKeys();
  return keys !== null && typeof keys.isKeyObject === 'function' && keys.isKeyObject(value);
}

function isCryptoKey(value) {
  const keys = loadCryptoKeys();
  return keys !== null && typeof keys.isCryptoKey === 'function' && keys.isCryptoKey(value);
}

module.exports = {
  isExternal: binding.isExternal,
  isDate: binding.isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject: binding.isBigIntObject,
  isBooleanObject: binding.isBooleanObject,
  isNumberObject: binding.isNumberObject,
  isStringObject: binding.isStringObject,
  isSymbolObject: binding.isSymbolObject,
  isNativeError: binding.isNativeError,
  isRegExp: binding.isRegExp,
  isAsyncFunction: binding.isAsyncFunction,
  isGeneratorFunction: binding.isGeneratorFunction,
  isGeneratorObject: binding.isGeneratorObject,
  isPromise: binding.isPromise,
  isMap: binding.isMap,
  isSet: binding.isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isArrayBuffer: binding.isArrayBuffer,
  isDataView: binding.isDataView,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isProxy: binding.isProxy,
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer: binding.isAnyArrayBuffer,
  isBoxedPrimitive: binding.isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};
