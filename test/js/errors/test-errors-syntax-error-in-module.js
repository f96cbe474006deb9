'use strict';
// A SyntaxError in a required file is reported with that file's path and line, the offending
// source line and a caret under the bad token, then the stack; exit 1 (golden stdout/stderr,
// .status). The broken file is fixtures/syntax-error.js so that this test itself parses; it sits
// under this folder (not test/fixtures) so that its path in the golden normalises to {DIR}.

console.log('before require');
require('./fixtures/syntax-error.js');
