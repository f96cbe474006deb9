'use strict';
// AssertionError messages in Node 22's layout: Myers line diffs of the inspected values,
// context runs cut to five lines ("..." and "... Skipped lines" in the middle), lines
// matched despite a trailing comma, `a !== b` for short primitives, a caret under the first
// difference of two strings, and `diff: 'full'`. The .stdout golden was recorded from
// Node 22.23 (Node 20's layout differs: it fails this test).
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.diff);
  }
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
const keyed = (n, change) => Object.fromEntries(range(n, (i) => [`k${i}`, i === change ? 'x' : i]));

// Runs of unchanged lines of 5, 6, 7, 8 and more before and after a change.
for (const at of [3, 6, 7, 8, 9, 20, 38]) show(() => assert.deepStrictEqual(range(40), range(40, (i) => (i === at ? -1 : i))));
show(() => assert.deepStrictEqual(keyed(30, -1), keyed(30, 15)));
show(() => assert.deepStrictEqual(range(15), range(14)));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual([1, [2, 3]], [1, [2, 3], 4]));
show(() => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
show(() => assert.deepStrictEqual([1, 2, 3], ['1', '2', '3']));
show(() => assert.deepStrictEqual([1, 2, 3], { 0: 1, 1: 2, 2: 3 }));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
show(() => assert.deepStrictEqual(range(60, () => Symbol('s')), range(60, () => Symbol('s'))));
show(() => assert.deepStrictEqual('abc', 'abd'));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom header'));
// strictEqual: short primitives, strings with a caret, objects and functions.
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(1n, 2n));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual('abcdef', 'abcdeg'));
show(() => assert.strictEqual('abcdefghijk', 'abcdefghijx'));
show(() => assert.strictEqual('xa', 'xb0000000000000'));
show(() => assert.strictEqual('hello world\nline2', 'hello there\nline2'));
show(() => assert.strictEqual('a'.repeat(100), `${'a'.repeat(99)}b`));
show(() => assert.strictEqual([1], [1]));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual(function f() {}, function f() {}));
show(() => assert.strictEqual(1, 2, 'custom'));
// partialDeepStrictEqual marks what only actual has with "+".
show(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
show(() => assert.partialDeepStrictEqual([1, 2, 3], [4]));
// The other operators.
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual(range(60), range(60)));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.deepEqual(range(10), range(10, (i) => (i === 6 ? 0 : i))));
show(() => assert.notDeepEqual([1], [1]));
show(() => assert.equal(1, 2));
// diff: 'full' keeps long messages whole.
const full = new assert.Assert({ diff: 'full' });
show(() => full.notDeepStrictEqual(range(60), range(60)));
show(() => full.deepStrictEqual(range(60, () => Symbol('s')), range(60, () => Symbol('s'))));
show(() => full.deepStrictEqual(range(40), range(40, (i) => (i === 20 ? -1 : i))));
show(() => full.deepEqual('x'.repeat(600), 'y'));

// Seeded random pairs: nested values and a mutated copy.
let seed = 12345;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
function gen(depth) {
  switch (rnd(depth > 2 ? 4 : 7)) {
    case 0: return rnd(5);
    case 1: return ['a', 'b', 'abc', 'x'.repeat(rnd(20))][rnd(4)];
    case 2: return rnd(2) === 0;
    case 3: return null;
    case 4: return range(rnd(12), () => gen(depth + 1));
    case 5: {
      const o = {};
      for (let i = rnd(10); i > 0; i--) o[`k${rnd(15)}`] = gen(depth + 1);
      return o;
    }
    default: return new Map([[rnd(3), gen(depth + 1)], [rnd(3) + 5, gen(depth + 1)]]);
  }
}
function mutate(v, depth) {
  if (Array.isArray(v)) {
    const c = v.map((x) => (rnd(3) === 0 ? mutate(x, depth + 1) : x));
    if (rnd(3) === 0) c.splice(rnd(c.length + 1), rnd(2), gen(depth));
    return c;
  }
  if (v && typeof v === 'object' && !(v instanceof Map)) {
    const c = { ...v };
    for (const k of Object.keys(c)) if (rnd(3) === 0) c[k] = mutate(c[k], depth + 1);
    if (rnd(3) === 0) c[`k${rnd(15)}`] = gen(depth);
    return c;
  }
  return rnd(2) ? gen(depth) : v;
}
for (let i = 0; i < 150; i++) {
  const a = gen(0);
  const b = mutate(a, 0);
  show(() => assert.deepStrictEqual(a, b));
  show(() => assert.partialDeepStrictEqual(a, b));
}
