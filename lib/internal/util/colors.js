'use strict';

// ANSI colours for messages printed to stderr (assert's diffs), on only when
// stderr is a terminal that has colours. refresh() re-reads that, so a change
// of NO_COLOR/FORCE_COLOR or of stderr after start-up is honoured.

const kCodes = {
  blue: '\u001b[34m',
  green: '\u001b[32m',
  white: '\u001b[39m',
  red: '\u001b[31m',
  gray: '\u001b[90m',
  clear: '\u001bc',
  reset: '\u001b[0m',
};

const colors = {
  blue: '',
  green: '',
  white: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  refresh() {
    let on = false;
    try {
      const stderr = process.stderr;
      on = stderr?.isTTY === true && typeof stderr.hasColors === 'function' && stderr.hasColors();
    } catch {
      // A stderr that cannot be created (closed descriptor) has no colours.
    }
    colors.hasColors = on;
    for (const name of Object.keys(kCodes)) colors[name] = on ? kCodes[name] : '';
  },
};

module.exports = colors;
