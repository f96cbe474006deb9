'use strict';
// An uncaught error thrown by vm code prints the vm filename, line and a caret under the source.
const vm = require('vm');
Error.stackTraceLimit = 1;  // only the vm frame: the frames below it differ between runtimes
vm.runInThisContext('const ok = 1;\nthrow new RangeError("from vm");', { filename: 'vm-code.js' });
