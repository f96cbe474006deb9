'use strict';
// The default 'warning' listener prints `(node:PID) Name: message` to stderr, with the
// --trace-warnings hint after the first warning only (golden stderr; the pid becomes {PID}).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-warnings`,
// where node prints `node --trace-warnings`; the golden is written as tide prints it.

process.emitWarning('first warning');
process.emitWarning('second warning');
process.emitWarning(new Error('an Error object'));
const w = new Error('custom name');
w.name = 'MyWarning';
process.emitWarning(w);
console.log('main done');  // printed before the warnings, which are emitted on nextTick
