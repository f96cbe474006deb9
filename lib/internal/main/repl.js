'use strict';
// `tide` with no script on a terminal, or `tide -i`: the REPL, as `node` starts its own, after
// the preloads (-r, --import).
require('internal/process/preload').runWithPreloads(
  () => require('internal/repl/standalone').startStandaloneRepl());
