'use strict';
// An Error thrown in a timer callback is reported with the callback's source line and stack, and
// exits 1 before later timers run (golden stdout/stderr, .status).

setTimeout(function fromTimer() {
  console.log('timer ran');
  throw new TypeError('timer boom');
}, 1);
setTimeout(() => console.log('later timer: must not run'), 1);
