// A syntax error in an imported file: the report names that file's URL and line, with the source
// line and a caret under the bad token; nothing runs and the exit code is 1.
import './syntax-error-dependency.mjs';

console.log('not reached');
