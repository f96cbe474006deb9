'use strict';
// A Timeout is a `Timeout` instance with Node's own string keys (programs and util.inspect see
// them): _idleTimeout, _idlePrev, _idleNext, _idleStart, _onTimeout, _timerArgs, _repeat,
// _destroyed; util.inspect shows one level of it (the timer lists it links to are not expanded).

const assert = require('assert');
const util = require('util');

function cb() {}
const t = setTimeout(cb, 10, 'arg');
assert.strictEqual(t.constructor.name, 'Timeout');
assert.deepStrictEqual(Object.keys(t), [
  '_idleTimeout', '_idlePrev', '_idleNext', '_idleStart', '_onTimeout', '_timerArgs', '_repeat',
  '_destroyed',
]);
assert.strictEqual(t._idleTimeout, 10);
assert.strictEqual(t._onTimeout, cb);
assert.deepStrictEqual(t._timerArgs, ['arg']);
assert.strictEqual(t._repeat, null);
assert.strictEqual(t._destroyed, false);
assert.strictEqual(typeof t._idleStart, 'number');
const shown = util.inspect(t)
  .replace(/_idleStart: \d+/, '_idleStart: N')
  .replace(/\(asyncId\)\]: \d+/, '(asyncId)]: N');
assert.strictEqual(shown, [
  'Timeout {',
  '  _idleTimeout: 10,',
  '  _idlePrev: [TimersList],',
  '  _idleNext: [TimersList],',
  '  _idleStart: N,',
  '  _onTimeout: [Function: cb],',
  '  _timerArgs: [Array],',
  '  _repeat: null,',
  '  _destroyed: false,',
  '  [Symbol(refed)]: true,',
  '  [Symbol(kHasPrimitive)]: false,',
  '  [Symbol(asyncId)]: N,',
  '  [Symbol(triggerId)]: 1',
  '}',
].join('\n'));
assert.match(util.inspect({ t }, { depth: 5 }), /^\{\n  t: Timeout \{\n    _idleTimeout: 10,\n    _idlePrev: \[TimersList\],/);
clearTimeout(t);
assert.strictEqual(t._destroyed, true);

const iv = setInterval(cb, 7);
assert.strictEqual(iv._repeat, 7);
clearInterval(iv);

const im = setImmediate(cb);
assert.strictEqual(im.constructor.name, 'Immediate');
clearImmediate(im);
