'use strict';
// 1,000,000 setImmediate(cb): all run in the first check phase. Timing and checks: harness.js.
// Usage: <runtime> immediate.js [count]
require('./harness')('setImmediate', (cb) => setImmediate(cb));
