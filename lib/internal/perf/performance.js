'use strict';
// The global `performance`, first version: now() and timeOrigin from the Environment's start.
// perf_hooks (marks, measures, observers, event-loop utilization) comes with the observability issue.

const binding = internalBinding('performance');

function notImplemented(name) {
  return function() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED(`performance.${name}()`);
  };
}

class Performance {
  now() { return binding.now(); }
  get timeOrigin() { return binding.getTimeOrigin(); }
  toJSON() {
    return { nodeTiming: undefined, timeOrigin: this.timeOrigin, eventLoopUtilization: undefined };
  }
  get [Symbol.toStringTag]() { return 'Performance'; }
}
for (const name of ['mark', 'measure', 'clearMarks', 'clearMeasures', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'eventLoopUtilization', 'timerify',
  'markResourceTiming', 'clearResourceTimings', 'setResourceTimingBufferSize']) {
  Performance.prototype[name] = notImplemented(name);
}

const performance = new Performance();

module.exports = { performance, Performance };
