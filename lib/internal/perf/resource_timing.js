'use strict';
// Resource timing: PerformanceResourceTiming entries made by performance.markResourceTiming()
// (which fetch implementations such as the undici npm package call with their fetch timing info)
// and the bounded buffer of them that performance.getEntries*() reads.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');

const kRequestedUrl = Symbol('kRequestedUrl');
const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');
const kResponseStatus = Symbol('kResponseStatus');
const kDeliveryType = Symbol('kDeliveryType');

// The size the Resource Timing spec gives the buffer by default.
const kDefaultBufferSize = 250;
// Counted for every response not served from a cache (the Resource Timing spec's header estimate).
const kHeaderSizeEstimate = 300;

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, requestedUrl, timingInfo, initiatorType, cacheMode,
              responseStatus, deliveryType) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, requestedUrl, 'resource', timingInfo.startTime,
          timingInfo.endTime - timingInfo.startTime, undefined);
    this[kRequestedUrl] = requestedUrl;
    this[kTimingInfo] = timingInfo;
    this[kInitiatorType] = initiatorType;
    this[kCacheMode] = cacheMode;
    this[kResponseStatus] = responseStatus;
    this[kDeliveryType] = deliveryType;
  }

  get name() { return this[kRequestedUrl]; }
  get startTime() { return this[kTimingInfo].startTime; }
  get duration() { return this[kTimingInfo].endTime - this[kTimingInfo].startTime; }
  get initiatorType() { return this[kInitiatorType]; }
  get workerStart() { return this[kTimingInfo].finalServiceWorkerStartTime; }
  get redirectStart() { return this[kTimingInfo].redirectStartTime; }
  get redirectEnd() { return this[kTimingInfo].redirectEndTime; }
  get fetchStart() { return this[kTimingInfo].postRedirectStartTime; }
  get domainLookupStart() {
    return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupStartTime;
  }
  get domainLookupEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() {
    return this[kTimingInfo].finalConnectionTimingInfo?.secureConnectionStartTime;
  }
  get nextHopProtocol() {
    return this[kTimingInfo].finalConnectionTimingInfo?.ALPNNegotiatedProtocol;
  }
  get requestStart() { return this[kTimingInfo].finalNetworkRequestStartTime; }
  get responseStart() { return this[kTimingInfo].finalNetworkResponseStartTime; }
  get responseEnd() { return this[kTimingInfo].endTime; }
  get encodedBodySize() { return this[kTimingInfo].encodedBodySize; }
  get decodedBodySize() { return this[kTimingInfo].decodedBodySize; }
  get transferSize() {
    if (this[kCacheMode] === 'local') return 0;
    return this[kTimingInfo].encodedBodySize + kHeaderSizeEstimate;
  }
  get deliveryType() { return this[kDeliveryType]; }
  get responseStatus() { return this[kResponseStatus]; }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
      deliveryType: this.deliveryType,
      responseStatus: this.responseStatus,
    };
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

const resourceBuffer = [];
let bufferSizeLimit = kDefaultBufferSize;

// Entries past the limit are dropped: tide's `performance` is not an EventTarget, so there is no
// 'resourcetimingbufferfull' handler that could make room for them.
function bufferResourceTiming(entry) {
  if (resourceBuffer.length < bufferSizeLimit) resourceBuffer.push(entry);
}

function clearResourceTimings() { resourceBuffer.length = 0; }

function getResourceTimings() { return resourceBuffer.slice(); }

// WebIDL `unsigned long`: ToNumber, truncate, modulo 2^32 (what Node's converter does too).
function toUnsignedLong(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  const t = Math.trunc(n) % 2 ** 32;
  return t < 0 ? t + 2 ** 32 : t;
}

// Shrinking the limit keeps the entries already buffered (as the spec and Node do).
function setResourceTimingBufferSize(maxSize) {
  bufferSizeLimit = toUnsignedLong(maxSize);
}

// timingInfo is a fetch "timing info" (startTime, endTime, postRedirectStartTime,
// finalConnectionTimingInfo, encodedBodySize, …, in performance.now() milliseconds).
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                            responseStatus, deliveryType = '') {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('timingInfo');
  validateObject(timingInfo, 'timingInfo');
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new ERR_INVALID_ARG_VALUE('cacheMode', cacheMode,
                                    "must be an empty string or 'local'");
  }
  const entry = new PerformanceResourceTiming(kSkipThrow, `${requestedUrl}`, timingInfo,
                                              `${initiatorType}`, cacheMode, responseStatus,
                                              deliveryType);
  return entry;
}

module.exports = {
  PerformanceResourceTiming,
  markResourceTiming,
  bufferResourceTiming,
  clearResourceTimings,
  getResourceTimings,
  setResourceTimingBufferSize,
};
