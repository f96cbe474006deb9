'use strict';
// Iterating URLSearchParams: entries/keys/values, Symbol.iterator, forEach, and that iteration sees
// changes made while it runs (the iterators read the live list).
const assert = require('assert');

const p = new URLSearchParams('a=1&b=2&c=3');
assert.deepStrictEqual([...p.keys()], ['a', 'b', 'c']);
assert.deepStrictEqual([...p.values()], ['1', '2', '3']);
assert.deepStrictEqual([...p.entries()], [['a', '1'], ['b', '2'], ['c', '3']]);
assert.deepStrictEqual([...p], [...p.entries()]);

const it = p.keys();
assert.strictEqual(it[Symbol.iterator](), it);
assert.deepStrictEqual(it.next(), { value: 'a', done: false });
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(it)), ['next']);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(it)),
                   Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
it.next();
it.next();
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.throws(() => it.next.call({}), { code: 'ERR_INVALID_THIS' });

// Live: deleting ahead of the cursor skips, appending is seen.
const seen = [];
const live = new URLSearchParams('a=1&b=2&c=3');
for (const [k] of live) {
  seen.push(k);
  if (k === 'a') live.delete('b');
  if (k === 'c') live.append('d', '4');
}
assert.deepStrictEqual(seen, ['a', 'c', 'd']);

// forEach(value, name, params) with thisArg.
const calls = [];
const thisArg = { t: 9 };
new URLSearchParams('x=1&y=2').forEach(function(value, name, params) {
  calls.push([value, name, params instanceof URLSearchParams, this]);
}, thisArg);
assert.deepStrictEqual(calls, [['1', 'x', true, thisArg], ['2', 'y', true, thisArg]]);
assert.throws(() => p.forEach(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
assert.throws(() => URLSearchParams.prototype.entries.call({}), { code: 'ERR_INVALID_THIS' });
