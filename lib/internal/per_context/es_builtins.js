'use strict';
// JavaScript built-ins newer than V8 10.2 (ES2023 and later) that Node 22 programs rely on,
// implemented to the spec and installed like the real ones (non-enumerable, right name and length,
// not constructors). They live in the startup snapshot, so nothing here may capture what V8 leaves
// out while a snapshot is built (Object.hasOwn, .at, findLast, SharedArrayBuffer, Atomics,
// WebAssembly). New syntax cannot be added this way: docs/compat.md lists what is missing.
// Everything user code could patch (Function.prototype.call, Set.prototype.add, …) is captured
// here first, as the engine's own built-ins would not see such patches either.

const {
  apply: ReflectApply, getOwnPropertyDescriptor: ReflectGetOwnPropertyDescriptor,
  getPrototypeOf: ReflectGetPrototypeOf, ownKeys: ReflectOwnKeys,
  setPrototypeOf: ReflectSetPrototypeOf,
} = Reflect;
const { bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
const FunctionPrototypeCall = uncurryThis(call);
const ObjectCtor = Object;
const ArrayCtor = Array;
const ObjectDefineProperty = Object.defineProperty;
const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const ObjectPrototypeIsPrototypeOf = uncurryThis(Object.prototype.isPrototypeOf);
const MathTrunc = Math.trunc;
const MathMin = Math.min;
const MathMax = Math.max;
const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
const MapCtor = Map;
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const SetCtor = Set;
const SetPrototypeHas = uncurryThis(Set.prototype.has);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const SetPrototypeDelete = uncurryThis(Set.prototype.delete);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const SetIteratorPrototypeNext = uncurryThis(ReflectGetPrototypeOf(new Set().values()).next);
const SymbolIterator = Symbol.iterator;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolToStringTag = Symbol.toStringTag;
const ProxyCtor = Proxy;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;

const MAX_SAFE_INTEGER = 2 ** 53 - 1;
const MAX_ARRAY_LENGTH = 2 ** 32 - 1;

function uncurryGetter(object, key) {
  return uncurryThis(ReflectGetOwnPropertyDescriptor(object, key).get);
}

const SetPrototypeGetSize = uncurryGetter(Set.prototype, 'size');
const TypedArrayPrototype = ReflectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetLength = uncurryGetter(TypedArrayPrototype, 'length');
const TypedArrayPrototypeGetSymbolToStringTag =
  uncurryGetter(TypedArrayPrototype, SymbolToStringTag);
const TypedArrayPrototypeValues = uncurryThis(TypedArrayPrototype.values);
const TypedArrayPrototypeSet = uncurryThis(TypedArrayPrototype.set);
const TypedArrayPrototypeSort = uncurryThis(TypedArrayPrototype.sort);
const TypedArrayPrototypeReverse = uncurryThis(TypedArrayPrototype.reverse);
const typedArrayConstructors = {
  __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
// ToBigInt without a public entry point: storing into a BigInt64Array performs exactly it.
const bigIntScratch = new BigInt64Array(1);

// Installs `fn` as a built-in method: writable, non-enumerable, configurable. `fn` comes from an
// object literal's method shorthand, so it is not a constructor and has no `prototype`.
function defineMethod(target, name, fn, length) {
  if (ObjectPrototypeHasOwnProperty(target, name)) return;
  if (typeof name === 'string') ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length });
  ObjectDefineProperty(target, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
}

function defineMethods(target, methods, lengths) {
  for (const key of ReflectOwnKeys(methods)) defineMethod(target, key, methods[key], lengths[key]);
}

// --- Abstract operations -------------------------------------------------------------------------

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function toIntegerOrInfinity(value) {
  const n = +value;
  if (n !== n || n === 0) return 0;  // NaN, +0, -0
  return MathTrunc(n);
}

function toLength(value) {
  const len = toIntegerOrInfinity(value);
  return len <= 0 ? 0 : MathMin(len, MAX_SAFE_INTEGER);
}

function toObject(value, method) {
  if (value === undefined || value === null) {
    throw new TypeErrorCtor(`${method} called on null or undefined`);
  }
  return ObjectCtor(value);
}

function requireCallable(fn) {
  if (typeof fn !== 'function') throw new TypeErrorCtor(`${describe(fn)} is not a function`);
}

function describe(value) {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'symbol') return 'Symbol()';
  if (isObject(value)) return typeof value === 'function' ? 'function' : '#<Object>';
  return `${value}`;
}

// ArrayCreate(len), allocated at its final length: callers fill every index (4x faster than
// growing it).
function arrayCreate(len) {
  if (len > MAX_ARRAY_LENGTH) throw new RangeErrorCtor('Invalid array length');
  return new ArrayCtor(len);
}

function toPropertyKey(key) {
  if (typeof key === 'string' || typeof key === 'symbol') return key;
  if (!isObject(key)) return `${key}`;
  // A computed key performs ToPropertyKey exactly once (ToPrimitive may return a symbol).
  return ReflectOwnKeys({ [key]: 0 })[0];
}

const constructorProbe = { __proto__: null, construct() { return {}; } };
function isConstructor(value) {
  if (typeof value !== 'function') return false;
  try {
    // A proxy is a constructor exactly when its target is; the trap keeps `value` untouched.
    new (new ProxyCtor(value, constructorProbe))();
    return true;
  } catch {
    return false;
  }
}

function createDataPropertyOrThrow(object, key, value) {
  ObjectDefineProperty(object, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

// Iterator records are passed as (iterator, nextMethod) pairs; DONE marks IteratorStepValue's end.
const DONE = Symbol('done');

function notAnIteratorResult(result) {
  return new TypeErrorCtor(`Iterator result ${describe(result)} is not an object`);
}

function iteratorStepValue(iterator, nextMethod) {
  const result = FunctionPrototypeCall(nextMethod, iterator);
  if (!isObject(result)) throw notAnIteratorResult(result);
  if (result.done) return DONE;
  return result.value;
}

// IteratorClose(iterator, normal or return completion): errors of `return` propagate.
// The loop shared by some, every and find: the first value whose predicate result is `wanted`
// (truthy or falsy), closing the iterator there; DONE when there is none.
function findFirst(iterator, name, predicate, wanted) {
  requireIteratorObject(iterator, name);
  requireCallableOrClose(predicate, iterator);
  const nextMethod = iterator.next;
  for (let counter = 0, value;
    (value = iteratorStepValue(iterator, nextMethod)) !== DONE; counter++) {
    let result;
    try {
      result = predicate(value, counter);
    } catch (error) {
      throw iteratorCloseOnError(iterator, error);
    }
    if (!result === !wanted) {
      iteratorClose(iterator);
      return value;
    }
  }
  return DONE;
}

function iteratorClose(iterator) {
  const method = iterator.return;
  if (method === undefined || method === null) return;
  requireCallable(method);
  const result = FunctionPrototypeCall(method, iterator);
  if (!isObject(result)) throw notAnIteratorResult(result);
}

// IteratorClose(iterator, throw completion): the original error wins over anything `return` does.
function iteratorCloseOnError(iterator, error) {
  try {
    const method = iterator.return;
    if (method !== undefined && method !== null) FunctionPrototypeCall(method, iterator);
  } catch {
    // Ignored, as the spec says.
  }
  return error;
}

// --- Array.prototype: change array by copy (ES2023) ----------------------------------------------

const arrayMethods = {
  toReversed() {
    const O = toObject(this, 'Array.prototype.toReversed');
    const len = toLength(O.length);
    const A = arrayCreate(len);
    for (let k = 0; k < len; k++) A[k] = O[len - k - 1];
    return A;
  },
  toSorted(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw new TypeErrorCtor(
        `The comparison function must be either a function or undefined: ${describe(comparefn)}`);
    }
    const O = toObject(this, 'Array.prototype.toSorted');
    const len = toLength(O.length);
    const A = arrayCreate(len);
    // Every element is read (holes as undefined) before the comparator runs, as the spec orders.
    for (let k = 0; k < len; k++) A[k] = O[k];
    ArrayPrototypeSort(A, comparefn);
    return A;
  },
  toSpliced(start, skipCount, ...items) {
    const O = toObject(this, 'Array.prototype.toSpliced');
    const len = toLength(O.length);
    const relativeStart = toIntegerOrInfinity(start);
    const actualStart = relativeStart < 0 ?
      MathMax(len + relativeStart, 0) : MathMin(relativeStart, len);
    const insertCount = items.length;
    let actualSkipCount;
    if (arguments.length === 0) {
      actualSkipCount = 0;
    } else if (arguments.length === 1) {
      actualSkipCount = len - actualStart;
    } else {
      actualSkipCount = MathMin(MathMax(toIntegerOrInfinity(skipCount), 0), len - actualStart);
    }
    const newLen = len + insertCount - actualSkipCount;
    if (newLen > MAX_SAFE_INTEGER) throw new TypeErrorCtor('Invalid array length');
    const A = arrayCreate(newLen);
    let i = 0;
    for (; i < actualStart; i++) A[i] = O[i];
    for (let j = 0; j < insertCount; j++) A[i++] = items[j];
    for (let r = actualStart + actualSkipCount; i < newLen; r++) A[i++] = O[r];
    return A;
  },
  with(index, value) {
    const O = toObject(this, 'Array.prototype.with');
    const len = toLength(O.length);
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    if (actualIndex >= len || actualIndex < 0) {
      throw new RangeErrorCtor(`Invalid index : ${relativeIndex}`);
    }
    const A = arrayCreate(len);
    for (let k = 0; k < len; k++) A[k] = k === actualIndex ? value : O[k];
    return A;
  },
};
defineMethods(Array.prototype, arrayMethods,
  { toReversed: 0, toSorted: 1, toSpliced: 2, with: 2 });
// The new methods are not exposed by `with` statements.
Array.prototype[Symbol.unscopables].toReversed = true;
Array.prototype[Symbol.unscopables].toSorted = true;
Array.prototype[Symbol.unscopables].toSpliced = true;

// --- %TypedArray%.prototype: change array by copy (ES2023) ---------------------------------------

// ValidateTypedArray: TypeError for anything but a typed array, and for a detached one (whose
// length reads as 0, so only then the slower check through values() is needed).
function validateTypedArray(O) {
  const len = TypedArrayPrototypeGetLength(O);
  if (len === 0) TypedArrayPrototypeValues(O);
  return len;
}

// TypedArrayCreateSameType: the intrinsic constructor of O's kind, never its species.
function typedArrayCreateSameType(O, len) {
  return new typedArrayConstructors[TypedArrayPrototypeGetSymbolToStringTag(O)](len);
}

const typedArrayMethods = {
  toReversed() {
    const len = validateTypedArray(this);
    const A = typedArrayCreateSameType(this, len);
    // Element reads of a typed array are not observable: copy in bulk, then reverse the copy.
    TypedArrayPrototypeSet(A, this);
    TypedArrayPrototypeReverse(A);
    return A;
  },
  toSorted(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw new TypeErrorCtor(
        `The comparison function must be either a function or undefined: ${describe(comparefn)}`);
    }
    const len = validateTypedArray(this);
    const A = typedArrayCreateSameType(this, len);
    TypedArrayPrototypeSet(A, this);
    TypedArrayPrototypeSort(A, comparefn);
    return A;
  },
  with(index, value) {
    const O = this;
    const len = validateTypedArray(O);
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    let numericValue;
    const kind = TypedArrayPrototypeGetSymbolToStringTag(O);
    if (kind === 'BigInt64Array' || kind === 'BigUint64Array') {
      bigIntScratch[0] = value;  // ToBigInt
      numericValue = bigIntScratch[0];
    } else {
      numericValue = +value;  // ToNumber
    }
    // IsValidIntegerIndex, after the coercions (which may have detached the buffer).
    if (!(actualIndex >= 0 && actualIndex < TypedArrayPrototypeGetLength(O))) {
      throw new RangeErrorCtor('Invalid typed array index');
    }
    const A = typedArrayCreateSameType(O, len);
    TypedArrayPrototypeSet(A, O);  // O is attached and still `len` long here
    A[actualIndex] = numericValue;
    return A;
  },
};
defineMethods(TypedArrayPrototype, typedArrayMethods, { toReversed: 0, toSorted: 1, with: 2 });

// --- Object.groupBy, Map.groupBy (ES2024) --------------------------------------------------------

function requireGroupByArguments(items, callbackfn, method) {
  if (items === undefined || items === null) {
    throw new TypeErrorCtor(`${method} called on null or undefined`);
  }
  requireCallable(callbackfn);
}

defineMethod(Object, 'groupBy', {
  groupBy(items, callbackfn) {
    requireGroupByArguments(items, callbackfn, 'Object.groupBy');
    // A null-prototype object orders its keys as the spec's result does (integer keys first).
    const groups = { __proto__: null };
    let k = 0;
    // for-of closes the iterator when the callback or the key conversion throws.
    for (const value of items) {
      if (k >= MAX_SAFE_INTEGER) throw new TypeErrorCtor('Too many elements to group');
      const key = toPropertyKey(callbackfn(value, k));
      const group = groups[key];
      if (group === undefined) groups[key] = [value];
      else group[group.length] = value;
      k++;
    }
    return groups;
  },
}.groupBy, 2);

defineMethod(Map, 'groupBy', {
  groupBy(items, callbackfn) {
    requireGroupByArguments(items, callbackfn, 'Map.groupBy');
    const map = new MapCtor();
    let k = 0;
    for (const value of items) {
      if (k >= MAX_SAFE_INTEGER) throw new TypeErrorCtor('Too many elements to group');
      let key = callbackfn(value, k);
      if (key === 0) key = 0;  // -0 becomes +0
      const group = MapPrototypeGet(map, key);
      if (group === undefined) MapPrototypeSet(map, key, [value]);
      else group[group.length] = value;
      k++;
    }
    return map;
  },
}.groupBy, 2);

// --- Promise.withResolvers (ES2024), Promise.try (ES2025) ----------------------------------------

// NewPromiseCapability(C), returned as the { promise, resolve, reject } object withResolvers gives.
function newPromiseCapability(C) {
  let resolve;
  let reject;
  const promise = new C((res, rej) => {
    if (resolve !== undefined || reject !== undefined) {
      throw new TypeErrorCtor(
        'Promise executor has already been invoked with non-undefined arguments');
    }
    resolve = res;
    reject = rej;
  });
  if (typeof resolve !== 'function' || typeof reject !== 'function') {
    throw new TypeErrorCtor('Promise resolve or reject function is not callable');
  }
  return { promise, resolve, reject };
}

const promiseStatics = {
  withResolvers() {
    return newPromiseCapability(this);
  },
  try(callbackfn, ...args) {
    const C = this;
    if (!isObject(C)) throw new TypeErrorCtor('Promise.try called on non-object');
    const capability = newPromiseCapability(C);
    let value;
    try {
      value = ReflectApply(callbackfn, undefined, args);
    } catch (error) {
      FunctionPrototypeCall(capability.reject, undefined, error);
      return capability.promise;
    }
    FunctionPrototypeCall(capability.resolve, undefined, value);
    return capability.promise;
  },
};
defineMethods(Promise, promiseStatics, { withResolvers: 0, try: 1 });

// --- Array.fromAsync (ES2026; in Node 22) --------------------------------------------------------

// One step of %AsyncFromSyncIteratorPrototype%.next over a sync iterator result: awaits the value,
// then yields the iterator result object (two turns of the microtask queue, as the spec's chain).
async function asyncFromSyncContinuation(value, done) {
  return { value: await value, done };
}

// AsyncIteratorClose with a throw completion: the original error wins.
async function asyncIteratorCloseOnError(iterator, error) {
  try {
    const method = iterator.return;
    if (method !== undefined && method !== null) await FunctionPrototypeCall(method, iterator);
  } catch {
    // Ignored, as the spec says.
  }
  throw error;
}

// An async method's [[Prototype]] is AsyncFunction.prototype; a built-in's is Function.prototype.
const fromAsync = {
  async fromAsync(asyncItems, mapfn, thisArg) {
    const C = this;
    const mapping = mapfn !== undefined;
    if (mapping) requireCallable(mapfn);
    const usingAsyncIterator = getMethod(asyncItems, SymbolAsyncIterator);
    const usingSyncIterator =
      usingAsyncIterator === undefined ? getMethod(asyncItems, SymbolIterator) : undefined;
    if (usingAsyncIterator !== undefined || usingSyncIterator !== undefined) {
      const isAsync = usingAsyncIterator !== undefined;
      const iterator = FunctionPrototypeCall(isAsync ? usingAsyncIterator : usingSyncIterator,
                                             asyncItems);
      if (!isObject(iterator)) {
        throw new TypeErrorCtor('Result of the iterator method is not an object');
      }
      const nextMethod = iterator.next;
      const A = isConstructor(C) ? new C() : [];
      for (let k = 0; ; k++) {
        if (k >= MAX_SAFE_INTEGER) {
          const error = new TypeErrorCtor('Too many elements');
          if (isAsync) return asyncIteratorCloseOnError(iterator, error);
          throw iteratorCloseOnError(iterator, error);
        }
        let nextResult = FunctionPrototypeCall(nextMethod, iterator);
        if (isAsync) {
          nextResult = await nextResult;
        } else {
          if (!isObject(nextResult)) {
            throw notAnIteratorResult(nextResult);
          }
          const done = !!nextResult.done;
          try {
            nextResult = await asyncFromSyncContinuation(nextResult.value, done);
          } catch (error) {
            // A rejected value closes the sync iterator it came from.
            if (!done) throw iteratorCloseOnError(iterator, error);
            throw error;
          }
        }
        if (!isObject(nextResult)) {
          throw notAnIteratorResult(nextResult);
        }
        if (nextResult.done) {
          A.length = k;
          return A;
        }
        const nextValue = nextResult.value;
        let mappedValue;
        try {
          mappedValue = mapping ?
            await FunctionPrototypeCall(mapfn, thisArg, nextValue, k) : nextValue;
          createDataPropertyOrThrow(A, k, mappedValue);
        } catch (error) {
          if (isAsync) return asyncIteratorCloseOnError(iterator, error);
          // Closing the async-from-sync wrapper calls the sync iterator's return().
          await undefined;
          throw iteratorCloseOnError(iterator, error);
        }
      }
    }
    const arrayLike = toObject(asyncItems, 'Array.fromAsync');
    const len = toLength(arrayLike.length);
    const A = isConstructor(C) ? new C(len) : arrayCreate(len);
    for (let k = 0; k < len; k++) {
      const kValue = await arrayLike[k];
      const mappedValue = mapping ? await FunctionPrototypeCall(mapfn, thisArg, kValue, k) : kValue;
      createDataPropertyOrThrow(A, k, mappedValue);
    }
    A.length = len;
    return A;
  },
}.fromAsync;
ReflectSetPrototypeOf(fromAsync, Function.prototype);
defineMethod(Array, 'fromAsync', fromAsync, 1);

function getMethod(value, key) {
  const method = value[key];  // throws for undefined and null, as GetV does
  if (method === undefined || method === null) return undefined;
  requireCallable(method);
  return method;
}

// --- String.prototype.isWellFormed / toWellFormed (ES2024) ---------------------------------------

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const stringMethods = {
  isWellFormed() {
    if (this === undefined || this === null) {
      throw new TypeErrorCtor('String.prototype.isWellFormed called on null or undefined');
    }
    return RegExpPrototypeExec(loneSurrogate, `${this}`) === null;
  },
  toWellFormed() {
    if (this === undefined || this === null) {
      throw new TypeErrorCtor('String.prototype.toWellFormed called on null or undefined');
    }
    const S = `${this}`;
    if (RegExpPrototypeExec(loneSurrogate, S) === null) return S;
    const len = S.length;
    let result = '';
    let start = 0;
    for (let i = 0; i < len; i++) {
      const c = StringPrototypeCharCodeAt(S, i);
      if (c < 0xD800 || c > 0xDFFF) continue;
      if (c <= 0xDBFF && i + 1 < len) {
        const d = StringPrototypeCharCodeAt(S, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          i++;
          continue;
        }
      }
      result += `${StringPrototypeSlice(S, start, i)}\uFFFD`;
      start = i + 1;
    }
    return result + StringPrototypeSlice(S, start);
  },
};
defineMethods(String.prototype, stringMethods, { isWellFormed: 0, toWellFormed: 0 });

// --- RegExp.escape (ES2025) ----------------------------------------------------------------------

function hexEscape(c) {
  return `\\x${StringPrototypePadStart(NumberPrototypeToString(c, 16), 2, '0')}`;
}

function unicodeEscape(c) {
  return `\\u${StringPrototypePadStart(NumberPrototypeToString(c, 16), 4, '0')}`;
}

// What EncodeForRegExpEscape does with each ASCII code point: 0 = as is, 1 = backslash, 2 = \xHH,
// or the letter of a control escape.
const asciiEscapes = [];
for (let c = 0; c < 128; c++) asciiEscapes[c] = 0;
for (const ch of '^$\\.*+?()[]{}|/') asciiEscapes[ch.charCodeAt(0)] = 1;
for (const ch of ',-=<>#&!%:;@~\'`" ') asciiEscapes[ch.charCodeAt(0)] = 2;
asciiEscapes[0x09] = 't';
asciiEscapes[0x0A] = 'n';
asciiEscapes[0x0B] = 'v';
asciiEscapes[0x0C] = 'f';
asciiEscapes[0x0D] = 'r';

// WhiteSpace and LineTerminator outside ASCII (Unicode Zs, U+FEFF, U+2028, U+2029).
function isNonAsciiSpace(c) {
  return c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A) || c === 0x2028 ||
    c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

defineMethod(RegExp, 'escape', {
  escape(S) {
    if (typeof S !== 'string') throw new TypeErrorCtor('input argument must be a string');
    const len = S.length;
    let escaped = '';
    let start = 0;  // S[start, i) is copied as it is
    for (let i = 0; i < len; i++) {
      const c = StringPrototypeCharCodeAt(S, i);
      let replacement;
      if (c < 128) {
        if (i === 0 && ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A))) {
          replacement = hexEscape(c);
        } else {
          const how = asciiEscapes[c];
          if (how === 0) continue;
          if (how === 1) replacement = `\\${S[i]}`;
          else if (how === 2) replacement = hexEscape(c);
          else replacement = `\\${how}`;
        }
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < len) {
          const d = StringPrototypeCharCodeAt(S, i + 1);
          if (d >= 0xDC00 && d <= 0xDFFF) {
            i++;
            continue;
          }
        }
        replacement = unicodeEscape(c);  // a lone surrogate
      } else if (isNonAsciiSpace(c)) {
        replacement = c <= 0xFF ? hexEscape(c) : unicodeEscape(c);
      } else {
        continue;
      }
      escaped += StringPrototypeSlice(S, start, i) + replacement;
      start = i + 1;
    }
    return start === 0 ? S : escaped + StringPrototypeSlice(S, start);
  },
}.escape, 1);

// --- Set methods (ES2025) ------------------------------------------------------------------------

// GetSetRecord(other), plus room for the keys iterator GetIteratorFromMethod fills in later.
function getSetRecord(obj) {
  if (!isObject(obj)) throw new TypeErrorCtor(`${describe(obj)} is not an object`);
  const rawSize = obj.size;
  const numSize = +rawSize;
  if (numSize !== numSize) throw new TypeErrorCtor('The .size property is NaN');
  const size = toIntegerOrInfinity(numSize);
  if (size < 0) throw new RangeErrorCtor(`'${size}' is an invalid size`);
  const has = obj.has;
  if (typeof has !== 'function') {
    throw new TypeErrorCtor(`${describe(has)} "has" is not a function`);
  }
  const keys = obj.keys;
  if (typeof keys !== 'function') {
    throw new TypeErrorCtor(`${describe(keys)} "keys" is not a function`);
  }
  return { set: obj, size, has, keys, iterator: undefined, next: undefined };
}

function getKeysIterator(record) {
  const iterator = FunctionPrototypeCall(record.keys, record.set);
  if (!isObject(iterator)) throw new TypeErrorCtor(`${describe(iterator)} is not an object`);
  const next = iterator.next;
  requireCallable(next);
  record.iterator = iterator;
  record.next = next;
}

function nextKey(record) {
  const value = iteratorStepValue(record.iterator, record.next);
  return value === 0 ? 0 : value;  // CanonicalizeKeyedCollectionKey: -0 becomes +0
}

function copySet(set) {
  const result = new SetCtor();
  const it = SetPrototypeValues(set);
  for (;;) {
    const step = SetIteratorPrototypeNext(it);
    if (step.done) return result;
    SetPrototypeAdd(result, step.value);
  }
}

function otherHas(record, value) {
  return !!FunctionPrototypeCall(record.has, record.set, value);
}

const setMethods = {
  union(other) {
    SetPrototypeGetSize(this);  // RequireInternalSlot(O, [[SetData]])
    const record = getSetRecord(other);
    getKeysIterator(record);
    const result = copySet(this);
    for (let next; (next = nextKey(record)) !== DONE;) SetPrototypeAdd(result, next);
    return result;
  },
  intersection(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    const result = new SetCtor();
    if (SetPrototypeGetSize(this) <= record.size) {
      // A live iterator: elements `has` deletes are skipped, ones it adds are visited.
      const it = SetPrototypeValues(this);
      for (let step; !(step = SetIteratorPrototypeNext(it)).done;) {
        const e = step.value;
        if (otherHas(record, e)) SetPrototypeAdd(result, e);
      }
    } else {
      getKeysIterator(record);
      for (let next; (next = nextKey(record)) !== DONE;) {
        if (SetPrototypeHas(this, next)) SetPrototypeAdd(result, next);
      }
    }
    return result;
  },
  difference(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    const result = copySet(this);
    if (SetPrototypeGetSize(this) <= record.size) {
      const it = SetPrototypeValues(result);  // only the current element is ever deleted
      for (let step; !(step = SetIteratorPrototypeNext(it)).done;) {
        const e = step.value;
        if (otherHas(record, e)) SetPrototypeDelete(result, e);
      }
    } else {
      getKeysIterator(record);
      for (let next; (next = nextKey(record)) !== DONE;) SetPrototypeDelete(result, next);
    }
    return result;
  },
  symmetricDifference(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    getKeysIterator(record);
    const result = copySet(this);
    for (let next; (next = nextKey(record)) !== DONE;) {
      const inResult = SetPrototypeHas(result, next);
      if (SetPrototypeHas(this, next)) {
        if (inResult) SetPrototypeDelete(result, next);
      } else if (!inResult) {
        SetPrototypeAdd(result, next);
      }
    }
    return result;
  },
  isSubsetOf(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    if (SetPrototypeGetSize(this) > record.size) return false;
    const it = SetPrototypeValues(this);
    for (let step; !(step = SetIteratorPrototypeNext(it)).done;) {
      if (!otherHas(record, step.value)) return false;
    }
    return true;
  },
  isSupersetOf(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    if (SetPrototypeGetSize(this) < record.size) return false;
    getKeysIterator(record);
    for (let next; (next = nextKey(record)) !== DONE;) {
      if (!SetPrototypeHas(this, next)) {
        iteratorClose(record.iterator);
        return false;
      }
    }
    return true;
  },
  isDisjointFrom(other) {
    SetPrototypeGetSize(this);
    const record = getSetRecord(other);
    if (SetPrototypeGetSize(this) <= record.size) {
      const it = SetPrototypeValues(this);
      for (let step; !(step = SetIteratorPrototypeNext(it)).done;) {
        if (otherHas(record, step.value)) return false;
      }
    } else {
      getKeysIterator(record);
      for (let next; (next = nextKey(record)) !== DONE;) {
        if (SetPrototypeHas(this, next)) {
          iteratorClose(record.iterator);
          return false;
        }
      }
    }
    return true;
  },
};
defineMethods(Set.prototype, setMethods, {
  union: 1, intersection: 1, difference: 1, symmetricDifference: 1, isSubsetOf: 1,
  isSupersetOf: 1, isDisjointFrom: 1,
});

// --- Iterator helpers (ES2025) -------------------------------------------------------------------

const IteratorPrototype = ReflectGetPrototypeOf(ReflectGetPrototypeOf([][SymbolIterator]()));

// The abstract %Iterator% constructor: only subclasses may be constructed.
function Iterator() {
  if (new.target === undefined || new.target === Iterator) {
    throw new TypeErrorCtor('Abstract class Iterator not directly constructable');
  }
}
ObjectDefineProperty(Iterator, 'prototype', {
  __proto__: null, value: IteratorPrototype,
  writable: false, enumerable: false, configurable: false,
});

// SetterThatIgnoresPrototypeProperties: assigning through an iterator creates an own property
// instead of failing on the inherited accessor; assigning on Iterator.prototype itself throws.
function setterThatIgnoresPrototypeProperties(thisValue, key, value) {
  if (!isObject(thisValue)) {
    throw new TypeErrorCtor('Iterator.prototype setter called on non-object');
  }
  if (thisValue === IteratorPrototype) {
    throw new TypeErrorCtor(
      `Cannot assign to read only property '${String(key)}' of Iterator.prototype`);
  }
  if (ReflectGetOwnPropertyDescriptor(thisValue, key) === undefined) {
    createDataPropertyOrThrow(thisValue, key, value);
  } else {
    thisValue[key] = value;
  }
}

const iteratorAccessors = {
  get constructor() { return Iterator; },
  set constructor(value) { setterThatIgnoresPrototypeProperties(this, 'constructor', value); },
  get [SymbolToStringTag]() { return 'Iterator'; },
  set [SymbolToStringTag](value) {
    setterThatIgnoresPrototypeProperties(this, SymbolToStringTag, value);
  },
};

// Generator states of a helper.
const SUSPENDED_START = 0;
const SUSPENDED_YIELD = 1;
const RUNNING = 2;
const COMPLETED = 3;
// What a helper does.
const MAP = 0;
const FILTER = 1;
const TAKE = 2;
const DROP = 3;
const FLAT_MAP = 4;

// The objects Iterator.prototype.map/filter/take/drop/flatMap return. Each is a small state machine
// standing for the spec's abstract closure; its class prototype becomes %IteratorHelperPrototype%.
class IteratorHelper {
  #state = SUSPENDED_START;
  #kind;
  #iterator;
  #nextMethod;
  #fn;  // mapper or predicate
  #count;  // counter (map, filter, flatMap) or what is left to take or drop
  #inner = undefined;  // flatMap's current inner iterator
  #innerNext = undefined;

  constructor(kind, iterator, nextMethod, fn, count) {
    this.#kind = kind;
    this.#iterator = iterator;
    this.#nextMethod = nextMethod;
    this.#fn = fn;
    this.#count = count;
  }

  next() {
    const state = this.#state;
    if (state === RUNNING) throw new TypeErrorCtor('Generator is already running');
    if (state === COMPLETED) return { value: undefined, done: true };
    this.#state = RUNNING;
    let value;
    try {
      value = this.#step();
    } catch (error) {
      this.#state = COMPLETED;
      throw error;
    }
    if (value === DONE) {
      this.#state = COMPLETED;
      return { value: undefined, done: true };
    }
    this.#state = SUSPENDED_YIELD;
    return { value, done: false };
  }

  return() {
    const state = this.#state;
    if (state === RUNNING) throw new TypeErrorCtor('Generator is already running');
    if (state === SUSPENDED_START) {
      this.#state = COMPLETED;
      iteratorClose(this.#iterator);
    } else if (state === SUSPENDED_YIELD) {
      // The return completion reaches the closure's yield, which closes what it iterates.
      this.#state = RUNNING;
      try {
        if (this.#kind === FLAT_MAP) {
          try {
            iteratorClose(this.#inner);
          } catch (error) {
            throw iteratorCloseOnError(this.#iterator, error);
          }
        }
        iteratorClose(this.#iterator);
      } finally {
        this.#state = COMPLETED;
      }
    }
    return { value: undefined, done: true };
  }

  // One resumption of the closure: the next value to yield, or DONE when it returns.
  #step() {
    const iterator = this.#iterator;
    const nextMethod = this.#nextMethod;
    const fn = this.#fn;  // called with `this` undefined
    switch (this.#kind) {
      case MAP: {
        const value = iteratorStepValue(iterator, nextMethod);
        if (value === DONE) return DONE;
        try {
          return fn(value, this.#count++);
        } catch (error) {
          throw iteratorCloseOnError(iterator, error);
        }
      }
      case FILTER:
        for (;;) {
          const value = iteratorStepValue(iterator, nextMethod);
          if (value === DONE) return DONE;
          let selected;
          try {
            selected = fn(value, this.#count++);
          } catch (error) {
            throw iteratorCloseOnError(iterator, error);
          }
          if (selected) return value;
        }
      case TAKE: {
        const remaining = this.#count;
        if (remaining === 0) {
          iteratorClose(iterator);
          return DONE;
        }
        if (remaining !== Infinity) this.#count = remaining - 1;
        return iteratorStepValue(iterator, nextMethod);
      }
      case DROP:
        while (this.#count > 0) {
          if (this.#count !== Infinity) this.#count--;
          // IteratorStep: the skipped results' values are not read.
          const result = FunctionPrototypeCall(nextMethod, iterator);
          if (!isObject(result)) {
            throw notAnIteratorResult(result);
          }
          if (result.done) return DONE;
        }
        return iteratorStepValue(iterator, nextMethod);
      default:  // FLAT_MAP
        for (;;) {
          if (this.#inner === undefined) {
            const value = iteratorStepValue(iterator, nextMethod);
            if (value === DONE) return DONE;
            try {
              const mapped = fn(value, this.#count);
              this.#inner = getIteratorFlattenable(mapped, false);
              this.#innerNext = this.#inner.next;
            } catch (error) {
              this.#inner = undefined;
              throw iteratorCloseOnError(iterator, error);
            }
          }
          let innerValue;
          try {
            innerValue = iteratorStepValue(this.#inner, this.#innerNext);
          } catch (error) {
            throw iteratorCloseOnError(iterator, error);
          }
          if (innerValue !== DONE) return innerValue;
          this.#inner = undefined;
          this.#innerNext = undefined;
          this.#count++;
        }
    }
  }
}

// GetIteratorFlattenable(obj, primitiveHandling): the iterator itself (the caller reads `next`).
function getIteratorFlattenable(obj, iterateStrings) {
  if (!isObject(obj) && !(iterateStrings && typeof obj === 'string')) {
    throw new TypeErrorCtor(`${describe(obj)} is not an object`);
  }
  const method = obj[SymbolIterator];
  let iterator;
  if (method === undefined || method === null) {
    iterator = obj;
  } else {
    requireCallable(method);
    iterator = FunctionPrototypeCall(method, obj);
  }
  if (!isObject(iterator)) throw new TypeErrorCtor(`${describe(iterator)} is not an object`);
  return iterator;
}

// Iterator.from's wrapper (%WrapForValidIteratorPrototype%) for iterators that do not inherit from
// Iterator.prototype.
class WrapForValidIterator {
  #iterator;
  #nextMethod;

  constructor(iterator, nextMethod) {
    this.#iterator = iterator;
    this.#nextMethod = nextMethod;
  }

  next() {
    return FunctionPrototypeCall(this.#nextMethod, this.#iterator);
  }

  return() {
    const iterator = this.#iterator;
    const method = iterator.return;
    if (method === undefined || method === null) return { value: undefined, done: true };
    requireCallable(method);
    return FunctionPrototypeCall(method, iterator);
  }
}

for (const [klass, tag] of [[IteratorHelper, 'Iterator Helper'], [WrapForValidIterator, null]]) {
  const proto = klass.prototype;
  delete proto.constructor;
  ReflectSetPrototypeOf(proto, IteratorPrototype);
  if (tag !== null) {
    ObjectDefineProperty(proto, SymbolToStringTag, {
      __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
    });
  }
}

// The receiver checks every Iterator.prototype method starts with.
function requireIteratorObject(O, method) {
  if (!isObject(O)) throw new TypeErrorCtor(`Iterator.prototype.${method} called on non-object`);
}

// A callback that is not callable closes the iterator it was given for (the underlying iterator's
// `next` has not been read yet), then throws.
function requireCallableOrClose(fn, O) {
  if (typeof fn !== 'function') {
    throw iteratorCloseOnError(O, new TypeErrorCtor(`${describe(fn)} is not a function`));
  }
}

function toLimitOrClose(limit, O) {
  let numLimit;
  try {
    numLimit = +limit;
  } catch (error) {
    throw iteratorCloseOnError(O, error);
  }
  if (numLimit !== numLimit) {
    throw iteratorCloseOnError(O, new RangeErrorCtor(`${limit} must be positive`));
  }
  const integerLimit = toIntegerOrInfinity(numLimit);
  if (integerLimit < 0) {
    throw iteratorCloseOnError(O, new RangeErrorCtor(`${integerLimit} must be positive`));
  }
  return integerLimit;
}

const iteratorMethods = {
  map(mapper) {
    requireIteratorObject(this, 'map');
    requireCallableOrClose(mapper, this);
    return new IteratorHelper(MAP, this, this.next, mapper, 0);
  },
  filter(predicate) {
    requireIteratorObject(this, 'filter');
    requireCallableOrClose(predicate, this);
    return new IteratorHelper(FILTER, this, this.next, predicate, 0);
  },
  take(limit) {
    requireIteratorObject(this, 'take');
    const integerLimit = toLimitOrClose(limit, this);
    return new IteratorHelper(TAKE, this, this.next, undefined, integerLimit);
  },
  drop(limit) {
    requireIteratorObject(this, 'drop');
    const integerLimit = toLimitOrClose(limit, this);
    return new IteratorHelper(DROP, this, this.next, undefined, integerLimit);
  },
  flatMap(mapper) {
    requireIteratorObject(this, 'flatMap');
    requireCallableOrClose(mapper, this);
    return new IteratorHelper(FLAT_MAP, this, this.next, mapper, 0);
  },
  reduce(reducer, initialValue) {
    requireIteratorObject(this, 'reduce');
    requireCallableOrClose(reducer, this);
    const iterator = this;
    const nextMethod = this.next;
    let accumulator;
    let counter;
    if (arguments.length < 2) {
      accumulator = iteratorStepValue(iterator, nextMethod);
      if (accumulator === DONE) {
        throw new TypeErrorCtor('Reduce of a done iterator with no initial value');
      }
      counter = 1;
    } else {
      accumulator = initialValue;
      counter = 0;
    }
    for (;;) {
      const value = iteratorStepValue(iterator, nextMethod);
      if (value === DONE) return accumulator;
      try {
        accumulator = reducer(accumulator, value, counter);
      } catch (error) {
        throw iteratorCloseOnError(iterator, error);
      }
      counter++;
    }
  },
  toArray() {
    requireIteratorObject(this, 'toArray');
    const iterator = this;
    const nextMethod = this.next;
    const items = [];
    for (let value; (value = iteratorStepValue(iterator, nextMethod)) !== DONE;) {
      items[items.length] = value;
    }
    return items;
  },
  forEach(fn) {
    requireIteratorObject(this, 'forEach');
    requireCallableOrClose(fn, this);
    const iterator = this;
    const nextMethod = this.next;
    for (let counter = 0, value;
      (value = iteratorStepValue(iterator, nextMethod)) !== DONE; counter++) {
      try {
        fn(value, counter);
      } catch (error) {
        throw iteratorCloseOnError(iterator, error);
      }
    }
    return undefined;
  },
  some(predicate) {
    return findFirst(this, 'some', predicate, true) !== DONE;
  },
  every(predicate) {
    return findFirst(this, 'every', predicate, false) === DONE;
  },
  find(predicate) {
    const value = findFirst(this, 'find', predicate, true);
    return value === DONE ? undefined : value;
  },
};

const iteratorStatics = {
  from(O) {
    const iterator = getIteratorFlattenable(O, true);
    const nextMethod = iterator.next;
    if (ObjectPrototypeIsPrototypeOf(IteratorPrototype, iterator)) return iterator;
    return new WrapForValidIterator(iterator, nextMethod);
  },
};

if (!ObjectPrototypeHasOwnProperty(globalThis, 'Iterator')) {
  defineMethods(IteratorPrototype, iteratorMethods, {
    map: 1, filter: 1, take: 1, drop: 1, flatMap: 1, reduce: 1, toArray: 0, forEach: 1, some: 1,
    every: 1, find: 1,
  });
  for (const key of ['constructor', SymbolToStringTag]) {
    const { get, set } = ReflectGetOwnPropertyDescriptor(iteratorAccessors, key);
    ObjectDefineProperty(IteratorPrototype, key, {
      __proto__: null, get, set, enumerable: false, configurable: true,
    });
  }
  defineMethods(Iterator, iteratorStatics, { from: 1 });
  ObjectDefineProperty(globalThis, 'Iterator', {
    __proto__: null, value: Iterator, writable: true, enumerable: false, configurable: true,
  });
}

// --- Math.sumPrecise (ES2026) --------------------------------------------------------------------

const MathAbs = Math.abs;
const TWO_1023 = 2 ** 1023;
const HALF_MAX_ULP = 2 ** 970;  // half the gap between Number.MAX_VALUE and 2 ** 1024
const MAX_VALUE = Number.MAX_VALUE;

// The exact sum of finite doubles kept as Shewchuk's non-overlapping partials (increasing in
// magnitude) plus a count of 2 ** 1024 for what overflowed, rounded once at the end (round half to
// even), as Python's math.fsum does.
defineMethod(Math, 'sumPrecise', {
  sumPrecise(items) {
    if (items === undefined || items === null) {
      throw new TypeErrorCtor('Math.sumPrecise called on null or undefined');
    }
    const partials = [];
    let overflow = 0;
    let state = 0;  // 0: -0 so far, 1: finite, 2: +Infinity, 3: -Infinity, 4: NaN
    let count = 0;
    for (let x of items) {  // for-of closes the iterator on the errors below
      if (++count >= MAX_SAFE_INTEGER) throw new RangeErrorCtor('Too many values to sum');
      if (typeof x !== 'number') throw new TypeErrorCtor(`${describe(x)} is not a number`);
      if (state === 4) continue;
      if (x !== x) {
        state = 4;
      } else if (x === Infinity) {
        state = state === 3 ? 4 : 2;
      } else if (x === -Infinity) {
        state = state === 2 ? 4 : 3;
      } else if (state < 2 && (x !== 0 || 1 / x > 0)) {
        state = 1;
        let used = 0;
        for (let i = 0; i < partials.length; i++) {
          let y = partials[i];
          if (MathAbs(x) < MathAbs(y)) {
            const t = x;
            x = y;
            y = t;
          }
          let hi = x + y;
          if (hi === Infinity || hi === -Infinity) {
            // Move 2 ** 1024 into the overflow count; x - 2 ** 1024 is exact in two steps.
            const sign = hi > 0 ? 1 : -1;
            overflow += sign;
            x = (x - sign * TWO_1023) - sign * TWO_1023;
            if (MathAbs(x) < MathAbs(y)) {
              const t = x;
              x = y;
              y = t;
            }
            hi = x + y;
          }
          const lo = y - (hi - x);
          if (lo !== 0) partials[used++] = lo;
          x = hi;
        }
        partials.length = used;
        if (x !== 0) partials[used] = x;
      }
    }
    if (state === 4) return NaN;
    if (state === 2) return Infinity;
    if (state === 3) return -Infinity;
    if (state === 0) return -0;

    let n = partials.length - 1;
    let hi = 0;
    let lo = 0;
    if (overflow !== 0) {
      const next = n >= 0 ? partials[n] : 0;
      n--;
      if (MathAbs(overflow) > 1 || (overflow > 0 && next > 0) || (overflow < 0 && next < 0)) {
        return overflow > 0 ? Infinity : -Infinity;
      }
      // overflow is ±1 and the rest has the other sign: add them at half scale.
      hi = overflow * TWO_1023 + next / 2;
      lo = (next / 2 - (hi - overflow * TWO_1023)) * 2;
      if (MathAbs(hi * 2) === Infinity) {
        // Between Number.MAX_VALUE and 2 ** 1024: only just below the midpoint rounds down.
        if (hi > 0) {
          return lo === -HALF_MAX_ULP && n >= 0 && partials[n] < 0 ? MAX_VALUE : Infinity;
        }
        return lo === HALF_MAX_ULP && n >= 0 && partials[n] > 0 ? -MAX_VALUE : -Infinity;
      }
      if (lo !== 0) partials[++n] = lo;
      hi *= 2;
      lo = 0;
    }
    while (n >= 0) {
      const x = hi;
      const y = partials[n--];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across the remaining partials: a tie in hi + lo is not a tie if the next
    // partial has the same sign as lo.
    if (n >= 0 && ((lo < 0 && partials[n] < 0) || (lo > 0 && partials[n] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  },
}.sumPrecise, 1);
