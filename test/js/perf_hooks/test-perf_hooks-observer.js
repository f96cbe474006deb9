'use strict';
// PerformanceObserver: asynchronous batched delivery, entryTypes vs type/buffered, takeRecords,
// disconnect, entry lists and errors.
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceObserverEntryList } =
  require('perf_hooks');

assert.ok(PerformanceObserver.supportedEntryTypes.includes('mark'));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('measure'));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('function'));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('gc'));
assert.ok(Object.isFrozen(PerformanceObserver.supportedEntryTypes));

assert.throws(() => new PerformanceObserver(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
{
  const o = new PerformanceObserver(() => {});
  assert.throws(() => o.observe(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => o.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => o.observe({ entryTypes: ['mark'], type: 'mark' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => o.observe({ entryTypes: 'mark' }), { code: 'ERR_INVALID_ARG_TYPE' });
  // Unknown types are ignored.
  o.observe({ entryTypes: ['nonsense'] });
  o.disconnect();
}

const before = performance.mark('before');  // for buffered

let calls = 0;
let sync = true;
const obs = new PerformanceObserver((list, observer) => {
  assert.strictEqual(sync, false);  // delivered asynchronously
  assert.strictEqual(observer, obs);
  assert.ok(list instanceof PerformanceObserverEntryList);
  calls++;
  const names = list.getEntries().map((e) => e.name);
  assert.deepStrictEqual(names, ['m1', 'meas', 'm2']);  // by startTime
  assert.deepStrictEqual(list.getEntriesByType('mark').map((e) => e.name), ['m1', 'm2']);
  assert.deepStrictEqual(list.getEntriesByName('m2').map((e) => e.entryType), ['mark']);
  assert.deepStrictEqual(list.getEntriesByName('m2', 'measure'), []);
  assert.throws(() => list.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => list.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
  observer.disconnect();
  performance.mark('after-disconnect');
  setImmediate(step2);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('meas', 'm1', 'm2');
sync = false;

function step2() {
  assert.strictEqual(calls, 1);
  // type + buffered: gets marks created before observe().
  const seen = [];
  const buffered = new PerformanceObserver((list) => {
    seen.push(...list.getEntries().map((e) => e.name));
    buffered.disconnect();
    step3();
  });
  buffered.observe({ type: 'mark', buffered: true });
  assert.ok(performance.getEntriesByName('before')[0] === before);
  process.on('exit', () => assert.ok(seen.includes('before') && seen.includes('m1')));
}

function step3() {
  // takeRecords empties the pending buffer; the callback still runs, with an empty list.
  let delivered = null;
  const o = new PerformanceObserver((list) => { delivered = list.getEntries(); });
  o.observe({ type: 'measure' });
  performance.measure('t1');
  const taken = o.takeRecords();
  assert.deepStrictEqual(taken.map((e) => e.name), ['t1']);
  assert.deepStrictEqual(o.takeRecords(), []);
  setImmediate(() => setImmediate(() => {
    assert.deepStrictEqual(delivered, []);
    o.disconnect();
  }));
}
