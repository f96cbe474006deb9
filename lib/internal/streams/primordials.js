'use strict';
// readable-stream's lib/ours/primordials.js, answered from tide's own primordials
// (lib/internal/bootstrap/realm.js puts this module in its place). Same names, same meaning; two
// reasons for the swap: the dispose symbols must be the ones the rest of tide uses (events'
// addAbortListener returns a disposable keyed by Symbol.for('nodejs.dispose') while V8 10.2 has no
// Symbol.dispose; readable-stream would make private symbols of its own, and pipeline({ signal })
// then failed to dispose), and tide's primordials are the uncurried built-ins, captured before user
// code runs, instead of wrapper functions.

const kNames = [
  'ArrayIsArray', 'ArrayPrototypeIncludes', 'ArrayPrototypeIndexOf', 'ArrayPrototypeJoin',
  'ArrayPrototypeMap', 'ArrayPrototypePop', 'ArrayPrototypePush', 'ArrayPrototypeSlice', 'Error',
  'FunctionPrototypeCall', 'MathFloor', 'Number', 'NumberIsInteger', 'NumberIsNaN',
  'NumberMAX_SAFE_INTEGER', 'NumberMIN_SAFE_INTEGER', 'NumberParseInt', 'ObjectDefineProperties',
  'ObjectDefineProperty', 'ObjectGetOwnPropertyDescriptor', 'ObjectKeys', 'ObjectSetPrototypeOf',
  'Promise', 'PromisePrototypeCatch', 'PromisePrototypeThen',
  'ReflectApply', 'RegExpPrototypeTest', 'SafeSet', 'String', 'StringPrototypeSlice',
  'StringPrototypeToLowerCase', 'StringPrototypeToUpperCase', 'StringPrototypeTrim', 'Symbol',
  'SymbolFor', 'SymbolAsyncIterator', 'SymbolHasInstance', 'SymbolIterator', 'Boolean', 'Uint8Array',
];

const ours = { __proto__: null };
for (const name of kNames) {
  const value = primordials[name];
  if (value === undefined) throw new Error(`internal/streams/primordials: no primordial ${name}`);
  ours[name] = value;
}

const { FunctionPrototype, SymbolHasInstance, TypedArrayPrototypeSet, uncurryThis } = primordials;
// Static methods that need their constructor as `this`.
ours.PromiseReject = primordials.FunctionPrototypeBind(primordials.PromiseReject, primordials.Promise);
ours.PromiseResolve = primordials.FunctionPrototypeBind(primordials.PromiseResolve, primordials.Promise);
ours.AggregateError = AggregateError;
ours.FunctionPrototypeSymbolHasInstance = uncurryThis(FunctionPrototype[SymbolHasInstance]);
ours.TypedArrayPrototypeSet = TypedArrayPrototypeSet ??
  uncurryThis(Object.getPrototypeOf(Uint8Array.prototype).set);
// Node's own fallbacks for engines without explicit resource management (as lib/events.js).
ours.SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
ours.SymbolAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');

module.exports = ours;
