// A named import the module does not export: V8's SyntaxError, reported with the importing line
// and a caret under the name (no blank line before the message, as Node prints link errors).
import { notExported } from './syntax-ok-dependency.mjs';

console.log('not reached', notExported);
