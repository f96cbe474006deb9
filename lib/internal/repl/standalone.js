'use strict';
// The REPL `tide` starts by itself: on a terminal with no script, with -i/--interactive, and
// after the code of `-i -e CODE`. NODE_NO_READLINE=1 turns the line editor off,
// NODE_REPL_MODE=strict|sloppy picks the mode, NODE_REPL_HISTORY / NODE_REPL_HISTORY_SIZE the
// history (lib/internal/repl/history.js).

function startStandaloneRepl() {
  const { kStandaloneREPL } = require('internal/repl/utils');
  const repl = require('repl');
  const options = {
    [kStandaloneREPL]: true,
    useGlobal: true,
    ignoreUndefined: false,
  };
  if (Number.parseInt(process.env.NODE_NO_READLINE, 10)) options.terminal = false;
  const mode = (process.env.NODE_REPL_MODE ?? '').trim().toLowerCase();
  if (mode === 'strict') options.replMode = repl.REPL_MODE_STRICT;

  console.log(`Welcome to tide v${process.versions.tide} (Node.js ${process.version} API).\n` +
              'Type ".help" for more information.');

  const server = repl.start(options);
  server.setupHistory(process.env.NODE_REPL_HISTORY, (err) => {
    if (err) process.emitWarning(`The REPL history could not be set up: ${err.message}`);
  });
  server.on('exit', () => process.exit());
  return server;
}

module.exports = { startStandaloneRepl };
