'use strict';
// `tide` alone on a terminal: Node would start its REPL, which tide does not have yet.
const { writeString } = internalBinding('fs');
writeString(2, 'tide: the interactive REPL is not implemented yet. Run a file (tide file.js), ' +
  'code (tide -e "..."), or pipe a script to tide.\n');
process.exitCode = 9;
