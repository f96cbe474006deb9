'use strict';

// Deep equality as Node defines it, for assert.deepEqual/deepStrictEqual and
// util.isDeepStrictEqual.
//
// Strict mode: same prototype and type tag, own enumerable string keys and
// symbols, Object.is for primitives (NaN equals NaN, -0 differs from 0).
// Loose mode: primitives compare with ==, prototypes and symbols are ignored.
// In both: Maps and Sets compare by content (object keys deeply), Dates by
// time, RegExps by source/flags/lastIndex, boxed primitives by value, typed
// arrays by bytes, errors also by their non-enumerable name/message/cause/
// errors, and cycles are handled.

// ---------------------------------------------------------------------------
// Brand checks: V8's own (util.types), which Symbol.toStringTag or prototype games cannot fool.

const types = require('internal/util/types');
const { isDate, isRegExp, isMap, isSet, isAnyArrayBuffer } = types;

const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const dateGetTime = Date.prototype.getTime;
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);

// 'Uint8Array', 'Float64Array', ... or undefined (also for a DataView).
function typedArrayName(value) {
  return typedArrayTag.call(value);
}

// For a boxed primitive (new Number(1), Object(1n), ...): its kind and value; undefined otherwise.
function unbox(value) {
  if (!types.isBoxedPrimitive(value)) return undefined;
  if (types.isNumberObject(value)) return { kind: 'number', value: Number.prototype.valueOf.call(value) };
  if (types.isStringObject(value)) return { kind: 'string', value: String.prototype.valueOf.call(value) };
  if (types.isBooleanObject(value)) {
    return { kind: 'boolean', value: Boolean.prototype.valueOf.call(value) };
  }
  if (types.isBigIntObject(value)) return { kind: 'bigint', value: BigInt.prototype.valueOf.call(value) };
  return { kind: 'symbol', value: Symbol.prototype.valueOf.call(value) };
}

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

function isPromise(value) {
  return value instanceof Promise || Object.prototype.toString.call(value) === '[object Promise]';
}

// ---------------------------------------------------------------------------
// The comparison

const propertyIsEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const hasOwn = primordials.ObjectHasOwn;  // see internal/per_context/harmony_shims.js
const { getOwnNonIndexProperties, ONLY_ENUMERABLE, SKIP_SYMBOLS } = internalBinding('util');
const { compare: compareBytes } = internalBinding('buffer');

// Array index keys ('0', '1', ...) as Object.keys lists them for arrays.
function isArrayIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

// Own enumerable keys that are not indices; enumerable symbols too in
// strict mode. For arrays and typed arrays, whose elements compare apart.
// V8 skips the indices itself: a 1 MiB Buffer has no million keys to list.
function nonIndexKeys(value, strict) {
  return getOwnNonIndexProperties(value, strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS);
}

// Own enumerable keys (symbols too in strict mode), or null when `b` has not
// the same set of them as `a`.
function matchingKeys(a, b, strict) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return null;
  for (let i = 0; i < keys.length; i++) {
    if (!propertyIsEnumerable(b, keys[i])) return null;
  }
  if (strict) {
    let countA = 0;
    for (const symbol of Object.getOwnPropertySymbols(a)) {
      if (propertyIsEnumerable(a, symbol)) {
        if (!propertyIsEnumerable(b, symbol)) return null;
        keys.push(symbol);
        countA++;
      }
    }
    let countB = 0;
    for (const symbol of Object.getOwnPropertySymbols(b)) {
      if (propertyIsEnumerable(b, symbol)) countB++;
    }
    if (countA !== countB) return null;
  }
  return keys;
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

// Cycles: below the first kUntrackedDepth levels, `memo.seen` holds the
// objects of both sides on the current path. A pair whose objects are both
// on it closes a cycle and counts as equal; only one of them means the
// cycles differ (Node's rule). The top levels go untracked: most comparisons
// are shallow and never pay for the Set, and a cycle through them is caught
// one lap later.
const kUntrackedDepth = 2;

function innerDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null ||
        Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;

  memo ??= { depth: 0, seen: null };
  if (memo.depth < kUntrackedDepth) {
    memo.depth++;
    try {
      return compareObjects(a, b, tag, strict, memo);
    } finally {
      memo.depth--;
    }
  }
  const seen = (memo.seen ??= new Set());
  const hasA = seen.has(a);
  const hasB = seen.has(b);
  if (hasA || hasB) return hasA && hasB;
  seen.add(a);
  seen.add(b);
  try {
    return compareObjects(a, b, tag, strict, memo);
  } finally {
    seen.delete(a);
    seen.delete(b);
  }
}

// `a` and `b` are objects with the same type tag (and, in strict mode, the
// same prototype). The tag picks the kind of comparison; a brand check
// confirms it, as Symbol.toStringTag can lie.
function compareObjects(a, b, tag, strict, memo) {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, keys, strict, memo) && compareArrayElements(a, b, strict, memo);
  }
  if (tag === '[object Object]') return compareOwnKeys(a, b, strict, memo);

  if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || typedArrayName(a) !== typedArrayName(b)) return false;
    const name = typedArrayName(a);
    if (!strict && (name === 'Float32Array' || name === 'Float64Array')) {
      if (!equalElements(a, b)) return false;
    } else if (!equalBytes(a, b)) {
      return false;
    }
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return compareKeys(a, b, keys, strict, memo);
  }

  switch (tag) {
    case '[object Date]':
      if (!isDate(a)) break;
      if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
      return compareOwnKeys(a, b, strict, memo);
    case '[object RegExp]':
      if (!isRegExp(a)) break;
      if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
          a.lastIndex !== b.lastIndex) {
        return false;
      }
      return compareOwnKeys(a, b, strict, memo);
    case '[object Set]':
      if (!isSet(a)) break;
      if (!isSet(b) || setSize.call(a) !== setSize.call(b)) return false;
      return compareOwnKeys(a, b, strict, memo) && setEquiv(a, b, strict, memo);
    case '[object Map]':
      if (!isMap(a)) break;
      if (!isMap(b) || mapSize.call(a) !== mapSize.call(b)) return false;
      return compareOwnKeys(a, b, strict, memo) && mapEquiv(a, b, strict, memo);
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      if (!isAnyArrayBuffer(a)) break;
      if (!isAnyArrayBuffer(b) || !equalBytes(a, b)) return false;
      return compareOwnKeys(a, b, strict, memo);
    case '[object Error]':
      if (!isError(b) || !equalErrorProperties(a, b, strict, memo)) return false;
      return compareOwnKeys(a, b, strict, memo);
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]': {
      const boxA = unbox(a);
      if (boxA === undefined) break;
      const boxB = unbox(b);
      if (boxB === undefined || boxA.kind !== boxB.kind || !Object.is(boxA.value, boxB.value)) {
        return false;
      }
      return compareOwnKeys(a, b, strict, memo);
    }
    case '[object URL]':
      if (isURL(a) && (!isURL(b) || a.href !== b.href)) return false;
      break;
    default:
      break;
  }
  // An object of no special kind (maybe tagged like one) never equals one
  // of a special kind.
  if (needsSpecialCheck(b) && !needsSpecialCheck(a)) return false;
  return compareOwnKeys(a, b, strict, memo);
}

// Whether `value` is of a kind compared by more than its own keys.
function needsSpecialCheck(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) || isSet(value) || isMap(value) ||
    isDate(value) || isRegExp(value) || isAnyArrayBuffer(value) || unbox(value) !== undefined ||
    isError(value);
}

function isURL(value) {
  return typeof URL === 'function' && value instanceof URL;
}

// Error's own properties are mostly non-enumerable, yet they matter.
function equalErrorProperties(a, b, strict, memo) {
  for (const key of ['message', 'name']) {
    const enumerable = propertyIsEnumerable(a, key);
    if (enumerable !== propertyIsEnumerable(b, key)) return false;
    if (!enumerable && a[key] !== b[key]) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumerable = propertyIsEnumerable(a, key);
    if (enumerable !== propertyIsEnumerable(b, key)) return false;
    if (!enumerable && !innerDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function compareOwnKeys(a, b, strict, memo) {
  const keys = matchingKeys(a, b, strict);
  if (keys === null) return false;
  // matchingKeys saw each key enumerable on b.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

// `keys` are the keys of `a` to compare; `b` must have each as an enumerable
// own property.
function compareKeys(a, b, keys, strict, memo) {
  for (const key of keys) {
    if (!propertyIsEnumerable(b, key) || !innerDeepEqual(a[key], b[key], strict, memo)) {
      return false;
    }
  }
  return true;
}

// Elements of two arrays of the same length; a hole only equals a hole.
function compareArrayElements(a, b, strict, memo) {
  for (let i = 0; i < a.length; i++) {
    const inA = hasOwn(a, i);
    if (inA !== hasOwn(b, i)) return false;
    if (!inA) return compareSparseRest(a, b, i, strict, memo);
    if (!innerDeepEqual(a[i], b[i], strict, memo)) return false;
  }
  return true;
}

// From the first hole on, compare the indices the arrays do have, which is
// cheap for huge sparse arrays.
function compareSparseRest(a, b, from, strict, memo) {
  const indicesA = Object.keys(a).filter((key) => isArrayIndex(key) && Number(key) > from);
  const indicesB = Object.keys(b).filter((key) => isArrayIndex(key) && Number(key) > from);
  if (indicesA.length !== indicesB.length) return false;
  for (const key of indicesA) {
    if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function equalBytes(a, b) {
  return a.byteLength === b.byteLength && compareBytes(a, b) === 0;
}

// Loose comparison of float arrays: 0 equals -0, NaN differs from NaN.
function equalElements(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// In loose mode a primitive can equal other primitives (1 == '1'). Returns
// false when nothing else can equal it, else true.
function mayHaveLooseMatch(prim) {
  switch (typeof prim) {
    case 'undefined':
    case 'object': // null: == undefined only
      return true;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+prim);
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

// Sets of equal size: every value of `a` must have its own equal in `b`.
function setEquiv(a, b, strict, memo) {
  // Values of `a` that `b` lacks by identity; they need a deep match.
  let unmatched = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if (isPrimitive(value) && (strict || !mayHaveLooseMatch(value))) return false;
    (unmatched ??= []).push(value);
  }
  if (unmatched === null) return true;

  for (const value of b) {
    if (a.has(value)) continue;
    if (isPrimitive(value) && strict) return false;
    const index = unmatched.findIndex((candidate) => innerDeepEqual(candidate, value, strict, memo));
    if (index === -1) return false;
    unmatched.splice(index, 1);
  }
  return unmatched.length === 0;
}

// Maps of equal size: every entry of `a` must have its own equal entry in
// `b`, keys compared by identity first and deeply otherwise.
function mapEquiv(a, b, strict, memo) {
  let unmatched = null;
  for (const { 0: key, 1: value } of a) {
    if (b.has(key) && innerDeepEqual(value, b.get(key), strict, memo)) continue;
    if (isPrimitive(key) && (strict || !mayHaveLooseMatch(key))) return false;
    (unmatched ??= []).push([key, value]);
  }
  if (unmatched === null) return true;

  // The keys of `b` that the first pass matched: in `a`, and not left over.
  const unmatchedKeys = new Set(unmatched.map((entry) => entry[0]));
  for (const { 0: key, 1: value } of b) {
    if (a.has(key) && !unmatchedKeys.has(key)) continue;
    const index = unmatched.findIndex(([keyA, valueA]) =>
      innerDeepEqual(keyA, key, strict, memo) && innerDeepEqual(valueA, value, strict, memo));
    if (index === -1) return false;
    unmatched.splice(index, 1);
  }
  return unmatched.length === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  // Brand checks assert.js shares.
  isDate,
  isError,
  isMap,
  isPromise,
  isRegExp,
  isSet,
};
