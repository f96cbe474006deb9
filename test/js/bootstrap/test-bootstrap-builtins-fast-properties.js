'use strict';
// The bootstrap (and the startup snapshot it is saved in) must leave the built-in prototypes and
// constructors in V8's fast-properties mode: an object that had properties deleted becomes a slow
// dictionary, and every method call on arrays or strings then pays for it (tide once ran string
// code 3x slower because its bootstrap added and deleted stand-ins on String.prototype).
// Run with --allow-natives-syntax (test-bootstrap-builtins-fast-properties.args).
const assert = require('assert');

const objects = {
  'Object': Object, 'Object.prototype': Object.prototype, 'Function.prototype': Function.prototype,
  'Array': Array, 'Array.prototype': Array.prototype, 'String': String,
  'String.prototype': String.prototype, 'Number.prototype': Number.prototype,
  'Promise': Promise, 'Promise.prototype': Promise.prototype, 'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype, 'RegExp.prototype': RegExp.prototype, 'Error': Error,
  'TypedArray.prototype': Object.getPrototypeOf(Uint8Array.prototype),
  'Uint8Array.prototype': Uint8Array.prototype, 'ArrayBuffer.prototype': ArrayBuffer.prototype,
  'Math': Math, 'JSON': JSON, 'Reflect': Reflect,
};
const slow = Object.keys(objects).filter((name) => !%HasFastProperties(objects[name]));
assert.deepStrictEqual(slow, []);
