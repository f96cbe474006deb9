'use strict';
// util.types: every check against values of its type and of neighbouring types.

const assert = require('assert');
const util = require('util');

const { types } = util;

function* generator() {}
async function asyncFunction() {}
async function* asyncGenerator() {}
const args = (function() { return arguments; })();
const map = new Map([[1, 2]]);
const set = new Set([1]);

const values = {
  object: {},
  array: [],
  fn: () => {},
  date: new Date(),
  regexp: /x/,
  error: new TypeError(),
  promise: Promise.resolve(),
  map,
  set,
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: map.keys(),
  setIterator: set.values(),
  arrayIterator: [][Symbol.iterator](),
  generatorObject: generator(),
  generator,
  asyncFunction,
  asyncGenerator,
  args,
  arrayBuffer: new ArrayBuffer(1),
  sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  float64: new Float64Array(1),
  bigint64: new BigInt64Array(1),
  proxy: new Proxy({}, {}),
  numberObject: new Number(1),
  stringObject: new String('s'),
  booleanObject: new Boolean(true),
  bigintObject: Object(1n),
  symbolObject: Object(Symbol('s')),
  primitive: 1,
};

const expectations = {
  isDate: ['date'],
  isRegExp: ['regexp'],
  isNativeError: ['error'],
  isPromise: ['promise'],
  isMap: ['map'],
  isSet: ['set'],
  isWeakMap: ['weakMap'],
  isWeakSet: ['weakSet'],
  isMapIterator: ['mapIterator'],
  isSetIterator: ['setIterator'],
  isGeneratorObject: ['generatorObject'],
  isGeneratorFunction: ['generator', 'asyncGenerator'],
  isAsyncFunction: ['asyncFunction', 'asyncGenerator'],
  isArgumentsObject: ['args'],
  isArrayBuffer: ['arrayBuffer'],
  isSharedArrayBuffer: ['sharedArrayBuffer'],
  isAnyArrayBuffer: ['arrayBuffer', 'sharedArrayBuffer'],
  isDataView: ['dataView'],
  isArrayBufferView: ['dataView', 'uint8', 'float64', 'bigint64'],
  isTypedArray: ['uint8', 'float64', 'bigint64'],
  isUint8Array: ['uint8'],
  isFloat64Array: ['float64'],
  isBigInt64Array: ['bigint64'],
  isProxy: ['proxy'],
  isNumberObject: ['numberObject'],
  isStringObject: ['stringObject'],
  isBooleanObject: ['booleanObject'],
  isBigIntObject: ['bigintObject'],
  isSymbolObject: ['symbolObject'],
  isBoxedPrimitive: ['numberObject', 'stringObject', 'booleanObject', 'bigintObject', 'symbolObject'],
  isModuleNamespaceObject: [],
  isExternal: [],
  isKeyObject: [],
  isCryptoKey: [],
};

for (const [check, names] of Object.entries(expectations)) {
  assert.strictEqual(typeof types[check], 'function', check);
  const matched = Object.keys(values).filter((name) => types[check](values[name]));
  assert.deepStrictEqual(matched, names, check);
}

// Each typed array kind is told apart.
const kinds = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];
for (const kind of kinds) {
  const array = new globalThis[kind](2);
  for (const other of kinds) {
    assert.strictEqual(types[`is${other}`](array), kind === other, `is${other}(${kind})`);
  }
  // Subclasses count; objects that only inherit from a typed array prototype do not.
  class Sub extends globalThis[kind] {}
  assert.strictEqual(types[`is${kind}`](new Sub(1)), true);
  assert.strictEqual(types.isTypedArray(Object.create(globalThis[kind].prototype)), false);
}

// Cross-realm-proof: the checks look at internal slots, not prototypes.
const fakeDate = Object.create(Date.prototype);
assert.strictEqual(types.isDate(fakeDate), false);
const nullProtoMap = new Map();
Object.setPrototypeOf(nullProtoMap, null);
assert.strictEqual(types.isMap(nullProtoMap), true);
const tagged = { [Symbol.toStringTag]: 'Uint8Array' };
assert.strictEqual(types.isUint8Array(tagged), false);
