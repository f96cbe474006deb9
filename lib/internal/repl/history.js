'use strict';
// Persistent REPL history (repl.setupHistory and the standalone REPL). The file holds one entry a
// line, newest first, as Node's ~/.node_repl_history does; tide's default file is
// ~/.tide_repl_history so that node's own history is left alone. NODE_REPL_HISTORY names another
// file ('' turns persistence off), NODE_REPL_HISTORY_SIZE the number kept (default 1000).
// History is only kept for a terminal REPL, as in Node.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { validateFunction } = require('internal/validators');

function setupHistory(repl, historyPath, ready) {
  if (ready === undefined) ready = () => {};
  validateFunction(ready, 'callback');
  if (typeof historyPath === 'string') historyPath = historyPath.trim();
  const done = (err) => process.nextTick(ready, err, repl);
  if (historyPath === '') {
    done(null);
    return;
  }
  if (!historyPath) {
    try {
      historyPath = path.join(os.homedir(), '.tide_repl_history');
    } catch (err) {
      repl.output.write('\nError: Could not get the home directory.\n' +
                        'REPL session history will not be persisted.\n');
      done(err);
      return;
    }
  }
  const size = Number(process.env.NODE_REPL_HISTORY_SIZE);
  if (process.env.NODE_REPL_HISTORY_SIZE !== undefined && Number.isInteger(size) && size >= 0) {
    repl.historySize = size;
  }
  if (!repl.terminal) {
    done(null);
    return;
  }

  let data = '';
  try {
    data = fs.readFileSync(historyPath, 'utf8');
  } catch (err) {
    if (err.code !== 'ENOENT') {
      repl.output.write('\nError: Could not open history file.\n' +
                        'REPL session history will not be persisted.\n');
      done(null);
      return;
    }
  }
  if (data) {
    const entries = data.split(/[\n\r]+/).filter((l) => l !== '');
    repl.history = entries.slice(0, repl.historySize);
  }

  let failed = false;
  const write = () => {
    if (failed) return;
    try {
      fs.writeFileSync(historyPath, repl.history.join('\n'), { mode: 0o600 });
    } catch {
      failed = true;
      repl.output.write('\nError: Could not write to the history file.\n' +
                        'REPL session history will not be persisted.\n');
    }
  };
  repl.on('history', write);
  done(null);
}

module.exports = { setupHistory };
