'use strict';
// 1,000,000 process.nextTick(cb): all run in the tick drain after the main script. Timing and
// checks: harness.js. Usage: <runtime> nexttick.js [count]
require('./harness')('nextTick', (cb) => process.nextTick(cb));
