'use strict';
// 1,000,000 promise callbacks: Promise.resolve().then(cb), each .then queueing one microtask on an
// already resolved promise; they all run in the microtask checkpoint after the main script.
// Timing and checks: harness.js. Usage: <runtime> promise.js [count]
require('./harness')('promise', (cb) => Promise.resolve().then(cb));
