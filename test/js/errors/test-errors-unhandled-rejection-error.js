'use strict';
// A promise rejected with an Error and never handled is an uncaught exception (Node >= 15): the
// error is printed after the source line and caret, exit 1 (golden stdout/stderr, .status). It is
// raised after the microtasks of that turn, before timers.

Promise.reject(new Error('rejected boom'));
Promise.resolve().then(() => console.log('microtask runs first'));
setTimeout(() => console.log('timer: must not run'), 0);
