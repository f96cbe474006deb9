'use strict';
// An Error thrown by the main script is reported as Node does: file:line, the source line, a
// caret under the throw, a blank line, the stack; exit status 1 (golden stderr, .status).

console.log('before');
throw new Error('top-level boom');
