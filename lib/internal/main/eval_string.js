'use strict';
// `tide -e CODE` / `tide -p CODE`; with -i/--interactive the REPL follows, as in node.
const { evalSource, printEval } = internalBinding('process').getRunOptions();
require('internal/process/preload').runWithPreloads(() => {
  require('internal/process/execution').evalScript('[eval]', evalSource, printEval);
  if (require('internal/options').getOptionValue('--interactive')) {
    require('internal/repl/standalone').startStandaloneRepl();
  }
});
