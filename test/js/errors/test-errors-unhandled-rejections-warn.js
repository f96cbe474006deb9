'use strict';
// With --unhandled-rejections=warn (test-errors-unhandled-rejections-warn.args) an unhandled
// rejection prints a warning instead of ending the process; the process goes on and exits 0
// (golden stdout/stderr).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-warnings`,
// where node prints `node --trace-warnings`; the golden is written as tide prints it.

Promise.reject(new Error('only a warning'));
setTimeout(() => console.log('still running'), 1);
