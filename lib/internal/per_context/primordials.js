'use strict';
// Primordials: copies of the built-ins taken before any user code runs, so lib/ keeps working when a
// program replaces Array.prototype.push or Promise.prototype.then. Names follow Node's convention:
// `ArrayPrototypePush(arr, x)` is the uncurried Array.prototype.push, `ObjectKeys` is Object.keys,
// `SafeMap`/`SafeSet` are Map/Set subclasses immune to prototype tampering.
// lib/ uses them where correctness depends on it, not everywhere (see STYLE.md).

const { apply, bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
primordials.uncurryThis = uncurryThis;
primordials.applyBind = bind.bind(apply);

function copyProps(src, dest, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    if (typeof key === 'symbol' && !key.description?.startsWith('Symbol.')) continue;
    const name = typeof key === 'symbol' ?
      `${prefix}Symbol${key.description[7].toUpperCase()}${key.description.slice(8)}` :
      `${prefix}${key[0].toUpperCase()}${key.slice(1)}`;
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      if (desc.get) dest[`${name}Get`] = uncurryThis(desc.get);
      if (desc.set) dest[`${name}Set`] = uncurryThis(desc.set);
    } else if (!(name in dest)) {
      dest[name] = typeof desc.value === 'function' && prefix.endsWith('Prototype') ?
        uncurryThis(desc.value) : desc.value;
    }
  }
}

const globalNames = [
  'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
  'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function',
  'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'RangeError', 'ReferenceError',
  'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array',
  'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise',
];
for (const name of ['JSON', 'Math', 'Proxy', 'Reflect']) copyProps(globalThis[name], primordials, name);
for (const name of globalNames) {
  const ctor = globalThis[name];
  primordials[name] = ctor;
  copyProps(ctor, primordials, name);
  copyProps(ctor.prototype, primordials, `${name}Prototype`);
}
const TypedArray = Reflect.getPrototypeOf(Uint8Array);
primordials.TypedArray = TypedArray;
copyProps(TypedArray, primordials, 'TypedArray');
copyProps(TypedArray.prototype, primordials, 'TypedArrayPrototype');
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'globalThis']) {
  primordials[name] = globalThis[name];
}

class SafeMap extends Map {}
class SafeSet extends Set {}
class SafeWeakMap extends WeakMap {}
class SafeWeakSet extends WeakSet {}
for (const [Safe, Base] of [[SafeMap, Map], [SafeSet, Set], [SafeWeakMap, WeakMap],
  [SafeWeakSet, WeakSet]]) {
  // Own copies of the methods: a patched Map.prototype.get does not reach a SafeMap.
  for (const key of Reflect.ownKeys(Base.prototype)) {
    if (key === 'constructor') continue;
    Reflect.defineProperty(Safe.prototype, key, Reflect.getOwnPropertyDescriptor(Base.prototype, key));
  }
  Object.freeze(Safe.prototype);
  Object.freeze(Safe);
}
primordials.SafeMap = SafeMap;
primordials.SafeSet = SafeSet;
primordials.SafeWeakMap = SafeWeakMap;
primordials.SafeWeakSet = SafeWeakSet;

const PromisePrototypeThen = primordials.PromisePrototypeThen;
// Promise helpers that do not go through a user-patched `then`.
primordials.SafePromiseResolve = (value) => Promise.resolve(value);
primordials.PromisePrototypeThen = PromisePrototypeThen;

Object.setPrototypeOf(primordials, null);
Object.freeze(primordials);
