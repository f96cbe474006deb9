'use strict';
// When the 'uncaughtException' handler throws, the new error is reported as Node reports any
// fatal exception: source line, caret, stack, then a blank line and the version line; status 7
// (golden stderr, .status). The stack is cut to the handler's own frame: the frames below it
// (process.emit in node:events) differ between node and tide.

process.on('uncaughtException', () => {
  Error.stackTraceLimit = 1;
  throw new Error('handler boom');
});
throw new Error('first boom');
