'use strict';
// `tide -` (or no script with stdin not a terminal): read the whole script from stdin, then run it.
const { readFileUtf8 } = internalBinding('fs');
const source = readFileUtf8(0);
require('internal/process/preload').runWithPreloads(
  () => require('internal/process/execution').evalScript('[stdin]', source, false));
