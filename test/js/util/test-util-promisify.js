'use strict';
// util.promisify: (err, value) callbacks become promises; util.promisify.custom overrides;
// `this`, extra properties and the prototype carry over; validation errors.

const assert = require('assert');
const util = require('util');

const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function add(a, b, cb) {
  cb(null, a + b);
}
add.extra = 'kept';
const addAsync = promisify(add);
assert.strictEqual(addAsync.name, 'add');
assert.strictEqual(addAsync.length, 3);
assert.strictEqual(addAsync.extra, 'kept');
assert.strictEqual(addAsync[promisify.custom], addAsync);
assert.strictEqual(promisify(addAsync), addAsync);
assert.ok(addAsync(1, 2) instanceof Promise);

// A custom implementation is returned as is, and marked as its own promisified form.
function withCustom() {}
const custom = () => Promise.resolve('custom');
withCustom[promisify.custom] = custom;
assert.strictEqual(promisify(withCustom), custom);
assert.strictEqual(custom[promisify.custom], custom);

const notAFunction = function() {};
notAFunction[promisify.custom] = 5;
assert.throws(() => promisify(notAFunction), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
for (const bad of [undefined, null, 1, 'f', {}]) {
  assert.throws(() => promisify(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

// The prototype of the original is kept (async functions, classes with statics...).
const asyncFn = async function(cb) { cb(null, 1); };
assert.strictEqual(Object.getPrototypeOf(promisify(asyncFn)), Object.getPrototypeOf(asyncFn));

const results = [];
const pending = [
  addAsync(2, 3).then((v) => results.push(['sum', v])),
  promisify((cb) => cb(new Error('failed')))().then(
    () => assert.ok(false, 'should reject'),
    (err) => results.push(['error', err.message])),
  promisify(() => { throw new Error('sync'); })().then(
    () => assert.ok(false, 'should reject'),
    (err) => results.push(['sync', err.message])),
  // Only the first result is used without customPromisifyArgs.
  promisify((cb) => cb(null, 'first', 'second'))().then((v) => results.push(['first', v])),
  // A falsy error is success.
  promisify((cb) => cb(0, 'zero'))().then((v) => results.push(['falsy', v])),
  // `this` is passed through.
  promisify(function(cb) { cb(null, this.name); }).call({ name: 'receiver' })
    .then((v) => results.push(['this', v])),
];

Promise.all(pending).then(() => {
  assert.deepStrictEqual(results.sort(), [
    ['error', 'failed'],
    ['falsy', 'zero'],
    ['first', 'first'],
    ['sum', 5],
    ['sync', 'sync'],
    ['this', 'receiver'],
  ]);
  results.push('done');
});

process.on('exit', () => {
  assert.strictEqual(results[results.length - 1], 'done');
});
