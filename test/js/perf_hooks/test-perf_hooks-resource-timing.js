'use strict';
// performance.markResourceTiming() (called by fetch implementations such as the undici npm
// package): PerformanceResourceTiming entries, the resource buffer and its size limit,
// clearResourceTimings(), 'resource' observers.
const assert = require('assert');
const {
  performance, PerformanceEntry, PerformanceObserver, PerformanceResourceTiming,
} = require('perf_hooks');

assert.strictEqual(globalThis.PerformanceResourceTiming, PerformanceResourceTiming);
assert.ok(PerformanceObserver.supportedEntryTypes.includes('resource'));
assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

const timing = (start) => ({
  startTime: start,
  endTime: start + 20,
  finalServiceWorkerStartTime: 0,
  redirectStartTime: 0,
  redirectEndTime: 0,
  postRedirectStartTime: start + 1,
  finalConnectionTimingInfo: {
    domainLookupStartTime: start + 2,
    domainLookupEndTime: start + 3,
    connectionStartTime: start + 4,
    connectionEndTime: start + 5,
    secureConnectionStartTime: 0,
    ALPNNegotiatedProtocol: 'http/1.1',
  },
  finalNetworkRequestStartTime: start + 6,
  finalNetworkResponseStartTime: start + 7,
  encodedBodySize: 5,
  decodedBodySize: 6,
});

const observed = [];
const observer = new PerformanceObserver((list) => {
  observed.push(...list.getEntries().map((e) => e.name));
});
observer.observe({ entryTypes: ['resource'] });

const r = performance.markResourceTiming(timing(10), 'http://localhost/a', 'fetch', globalThis, '',
                                         {}, 200, '');
assert.ok(r instanceof PerformanceEntry);
assert.ok(r instanceof PerformanceResourceTiming);
assert.strictEqual(Object.prototype.toString.call(r), '[object PerformanceResourceTiming]');
const json = r.toJSON();
// Node 22 adds deliveryType and responseStatus (node v20 has no such getters).
const hasStatus = 'responseStatus' in PerformanceResourceTiming.prototype;
if (hasStatus) {
  assert.strictEqual(json.responseStatus, 200);
  assert.strictEqual(json.deliveryType, '');
  delete json.responseStatus;
  delete json.deliveryType;
}
assert.deepStrictEqual(json, {
  name: 'http://localhost/a',
  entryType: 'resource',
  startTime: 10,
  duration: 20,
  initiatorType: 'fetch',
  nextHopProtocol: 'http/1.1',
  workerStart: 0,
  redirectStart: 0,
  redirectEnd: 0,
  fetchStart: 11,
  domainLookupStart: 12,
  domainLookupEnd: 13,
  connectStart: 14,
  connectEnd: 15,
  secureConnectionStart: 0,
  requestStart: 16,
  responseStart: 17,
  responseEnd: 30,
  transferSize: 305,
  encodedBodySize: 5,
  decodedBodySize: 6,
});
if (hasStatus) {
  assert.strictEqual(r.responseStatus, 200);
  assert.strictEqual(r.deliveryType, '');
}
assert.match(require('util').inspect(r), /^PerformanceResourceTiming \{\n {2}name: 'http:\/\/localhost\/a'/);

// A response from the local cache transfers nothing.
const cached = performance.markResourceTiming(timing(40), 'http://localhost/b', 'fetch', globalThis,
                                              'local', {}, 200, 'cache');
assert.strictEqual(cached.transferSize, 0);
if (hasStatus) assert.strictEqual(cached.deliveryType, 'cache');

assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name),
                       ['http://localhost/a', 'http://localhost/b']);
assert.strictEqual(performance.getEntriesByName('http://localhost/b', 'resource')[0], cached);
assert.ok(performance.getEntries().includes(r));

// The limit applies to new entries; shrinking it keeps what is buffered.
performance.setResourceTimingBufferSize(2);
performance.markResourceTiming(timing(50), 'http://localhost/c', 'fetch', globalThis, '', {}, 200);
assert.strictEqual(performance.getEntriesByType('resource').length, 2);
performance.setResourceTimingBufferSize(1);
assert.strictEqual(performance.getEntriesByType('resource').length, 2);
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);
performance.setResourceTimingBufferSize(250);

assert.throws(() => performance.setResourceTimingBufferSize(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "maxSize" argument must be specified',
});

setImmediate(() => {
  assert.deepStrictEqual(observed, ['http://localhost/a', 'http://localhost/b',
                                    'http://localhost/c']);
  observer.disconnect();
});
