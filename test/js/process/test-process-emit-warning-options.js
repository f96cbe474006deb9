'use strict';
// emitWarning with a type, a code and a detail prints `(node:PID) [CODE] Type: message` and the
// detail on its own line (golden stderr).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-deprecation`,
// where node prints `node --trace-deprecation`; the golden is written as tide prints it.

process.emitWarning('old API', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with type', 'CustomWarning');
process.emitWarning('with type and code', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'Some detail.' });
process.emitWarning('detail only', { detail: 'Line one\nline two' });
