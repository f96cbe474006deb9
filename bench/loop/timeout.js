'use strict';
// 1,000,000 setTimeout(cb, 0): they share one 1 ms timer list and fire in the first timers phase
// that finds them expired. Timing and checks: harness.js. Usage: <runtime> timeout.js [count]
require('./harness')('setTimeout', (cb) => setTimeout(cb, 0));
