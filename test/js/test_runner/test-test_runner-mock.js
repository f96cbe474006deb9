'use strict';
// mock.fn / mock.method / mock.getter / mock.setter with call tracking, once-implementations,
// times, restore and reset; mock.timers with setTimeout, setInterval and Date.
const assert = require('assert');
const { mock } = require('node:test');

{
  const sum = mock.fn((a, b) => a + b);
  assert.strictEqual(sum(1, 2), 3);
  assert.strictEqual(sum.mock.callCount(), 1);
  const call = sum.mock.calls[0];
  assert.deepStrictEqual(call.arguments, [1, 2]);
  assert.strictEqual(call.result, 3);
  assert.strictEqual(call.error, undefined);
  assert.strictEqual(call.this, undefined);
  assert.ok(call.stack instanceof Error);
  sum.mock.mockImplementationOnce(() => 42);
  assert.strictEqual(sum(1, 1), 42);
  assert.strictEqual(sum(1, 1), 2);
  sum.mock.mockImplementation(() => -1);
  assert.strictEqual(sum(5, 5), -1);
  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);
  // calls is a copy.
  sum(0, 0);
  sum.mock.calls.pop();
  assert.strictEqual(sum.mock.calls.length, 1);
}

{
  const thrower = mock.fn(() => {
    throw new Error('boom');
  });
  assert.throws(() => thrower(), /boom/);
  assert.strictEqual(thrower.mock.calls[0].error.message, 'boom');
  // times: the implementation for n calls, then the original.
  const f = mock.fn(() => 'original', () => 'mocked', { times: 2 });
  assert.deepStrictEqual([f(), f(), f()], ['mocked', 'mocked', 'original']);
  // A constructor call records target and this.
  class K {}
  const Ctor = mock.fn(K);
  const k = new Ctor();
  assert.ok(k instanceof K);
  assert.strictEqual(Ctor.mock.calls[0].target, K);
}

{
  const obj = {
    v: 1,
    m() { return this.v; },
    get g() { return 5; },
    set s(value) { this.v = value; },
  };
  const m = mock.method(obj, 'm', function() { return this.v + 100; });
  assert.strictEqual(obj.m(), 101);
  assert.strictEqual(m.mock.calls[0].this, obj);
  m.mock.restore();
  assert.strictEqual(obj.m(), 1);
  mock.getter(obj, 'g', () => 7);
  assert.strictEqual(obj.g, 7);
  const setter = mock.setter(obj, 's', function(value) { this.v = value * 2; });
  obj.s = 4;
  assert.strictEqual(obj.v, 8);
  assert.strictEqual(setter.mock.callCount(), 1);
  // Spying on a method keeps its behaviour.
  const spy = mock.method(Math, 'max');
  assert.strictEqual(Math.max(1, 3), 3);
  assert.strictEqual(spy.mock.callCount(), 1);
  mock.restoreAll();
  assert.strictEqual(obj.g, 5);
  assert.strictEqual(typeof Math.max.mock, 'undefined');
  mock.reset();
}

// Bad arguments: Node's codes.
assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => mock.method({}, 'missing'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => mock.method({ x: 1 }, 'x', { getter: true, setter: true }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => mock.fn(() => {}, { times: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => mock.fn().mock.mockImplementation(5), { code: 'ERR_INVALID_ARG_TYPE' });

{
  const { timers } = mock;
  assert.throws(() => timers.tick(1), { code: 'ERR_INVALID_STATE' });
  timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  assert.throws(() => timers.enable(), { code: 'ERR_INVALID_STATE' });
  const fired = [];
  setTimeout((x) => fired.push(`timeout ${x}`), 50, 'arg');
  const cleared = setTimeout(() => fired.push('cleared'), 10);
  clearTimeout(cleared);
  const iv = setInterval(() => fired.push(`interval ${Date.now()}`), 20);
  assert.strictEqual(Date.now(), 1000);
  timers.tick(45);
  // Date.now() inside the callbacks is already the end of the tick (Node's behaviour).
  assert.deepStrictEqual(fired, ['interval 1045', 'interval 1045']);
  timers.tick(5);
  assert.deepStrictEqual(fired.at(-1), 'timeout arg');
  clearInterval(iv);
  assert.strictEqual(new Date().getTime(), 1050);
  setTimeout(() => fired.push('late'), 1000);
  timers.runAll();
  assert.strictEqual(fired.at(-1), 'late');
  assert.strictEqual(Date.now(), 2050);
  timers.reset();
  assert.ok(Date.now() > 1e12);
  assert.throws(() => timers.enable({ apis: ['nope'] }), { code: 'ERR_INVALID_ARG_VALUE' });
}
