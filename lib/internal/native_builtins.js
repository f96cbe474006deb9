'use strict';
// JavaScript built-ins newer than V8 10.2 that, unlike those of internal/per_context/es_builtins,
// need the engine's help beyond what JS can reach: detaching an ArrayBuffer
// (ArrayBuffer.prototype.transfer/transferToFixedLength/detached, ES2024) and the [[ErrorData]]
// brand check (Error.isError, ES2026). Installed once by the bootstrap, like the real ones:
// non-enumerable, with the spec's name and length, not constructors. Runs inside the startup
// snapshot: nothing here captures per-run state or SharedArrayBuffer/WebAssembly.

const {
  ArrayBuffer,
  ArrayBufferPrototype,
  ArrayBufferPrototypeByteLengthGet: ArrayBufferPrototypeGetByteLength,
  Error,
  MathTrunc,
  NumberIsNaN,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  RangeError,
  ReflectGetOwnPropertyDescriptor,
  String,
  TypeError,
  WeakSet,
  WeakSetPrototypeAdd,
  WeakSetPrototypeHas,
} = primordials;

const {
  arrayBufferWasDetached,
  arrayBufferIsDetachable,
  arrayBufferMove,
  arrayBufferCopyAndDetach,
  getConstructorName,
} = internalBinding('util');
const { isArrayBuffer, isNativeError } = require('internal/util/types');

const MAX_SAFE_INTEGER = 2 ** 53 - 1;

// ArrayBuffers that transfer() must not detach although V8 could (Buffer's allocation pool, shared
// by many Buffers): Node gives them a detach key, which V8 10.2 does not have.
const untransferable = new WeakSet();
function markAsUntransferable(arrayBuffer) {
  WeakSetPrototypeAdd(untransferable, arrayBuffer);
}
function isMarkedAsUntransferable(object) {
  return object !== null && (typeof object === 'object' || typeof object === 'function') &&
    WeakSetPrototypeHas(untransferable, object);
}

// V8's wording for a receiver of the wrong kind (close to it for exotic objects).
function incompatibleReceiver(method, receiver) {
  let shown;
  if (receiver !== null && (typeof receiver === 'object' || typeof receiver === 'function')) {
    shown = `#<${getConstructorName(receiver)}>`;
  } else {
    shown = String(receiver);
  }
  return new TypeError(`Method ${method} called on incompatible receiver ${shown}`);
}

// ToIndex, with V8's messages.
function toIndex(value, method) {
  let integer = +value;  // ToNumber: a BigInt or a Symbol throws TypeError here
  integer = NumberIsNaN(integer) ? 0 : MathTrunc(integer);
  if (integer < 0) throw new RangeError('Invalid array buffer length');
  if (integer > MAX_SAFE_INTEGER) throw new RangeError(`${method}: Invalid length parameter`);
  return integer;
}

// ArrayBufferCopyAndDetach. V8 10.2 has no resizable ArrayBuffers by default, so the result is
// always fixed-length and transfer() and transferToFixedLength() behave alike.
function copyAndDetach(buffer, newLength, method) {
  if (!isArrayBuffer(buffer)) throw incompatibleReceiver(method, buffer);
  const newByteLength = newLength === undefined ?
    ArrayBufferPrototypeGetByteLength(buffer) : toIndex(newLength, method);
  if (arrayBufferWasDetached(buffer)) {
    throw new TypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
  }
  // WebAssembly memory cannot be detached, nor can what has a [[ArrayBufferDetachKey]].
  if (!arrayBufferIsDetachable(buffer) || WeakSetPrototypeHas(untransferable, buffer)) {
    throw new TypeError('ArrayBuffer is not detachable and could not be cloned.');
  }
  // Same length: the new buffer takes the memory over, nothing is copied.
  if (newByteLength === ArrayBufferPrototypeGetByteLength(buffer)) return arrayBufferMove(buffer);
  const result = new ArrayBuffer(newByteLength);  // zero-filled; RangeError when it cannot be
  arrayBufferCopyAndDetach(buffer, result);
  return result;
}

// Method shorthand: not constructors, no prototype property.
const methods = {
  transfer(newLength = undefined) {
    return copyAndDetach(this, newLength, 'ArrayBuffer.prototype.transfer');
  },
  transferToFixedLength(newLength = undefined) {
    return copyAndDetach(this, newLength, 'ArrayBuffer.prototype.transferToFixedLength');
  },
  get detached() {
    if (!isArrayBuffer(this)) {
      throw incompatibleReceiver('get ArrayBuffer.prototype.detached', this);
    }
    return arrayBufferWasDetached(this);
  },
  isError(value) {
    return isNativeError(value);
  },
};

function defineMethod(target, name) {
  if (ObjectPrototypeHasOwnProperty(target, name)) return;
  ObjectDefineProperty(target, name, {
    __proto__: null, value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

defineMethod(ArrayBufferPrototype, 'transfer');
defineMethod(ArrayBufferPrototype, 'transferToFixedLength');
if (!ObjectPrototypeHasOwnProperty(ArrayBufferPrototype, 'detached')) {
  const { get } = ReflectGetOwnPropertyDescriptor(methods, 'detached');
  ObjectDefineProperty(ArrayBufferPrototype, 'detached', {
    __proto__: null, get, set: undefined, enumerable: false, configurable: true,
  });
}
defineMethod(Error, 'isError');

module.exports = { markAsUntransferable, isMarkedAsUntransferable };
