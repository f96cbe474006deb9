'use strict';
// The command-line options lib/ reads (tide's own; V8's went to V8). getOptionValue('--no-warnings')
// → true/false; value options ('--unhandled-rejections') → the string or undefined.

const values = new Map();
// Options that may repeat (short form → long name): their value is the list of every value.
const kRepeatable = new Map([
  ['--conditions', '--conditions'], ['-C', '--conditions'],
  ['--require', '--require'], ['-r', '--require'],
  ['--import', '--import'],
  ['--disable-warning', '--disable-warning'],
  ['--watch-path', '--watch-path'],
  ['--env-file', '--env-file'],
  ['--env-file-if-exists', '--env-file-if-exists'],
  ['--test-name-pattern', '--test-name-pattern'],
]);

function setOptions(flags) {
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq === -1) {
      values.set(flag, true);
      continue;
    }
    const name = flag.slice(0, eq);
    const repeatable = kRepeatable.get(name);
    if (repeatable !== undefined) {
      // Every value, in order (NODE_OPTIONS' first).
      const list = values.get(repeatable) ?? [];
      list.push(flag.slice(eq + 1));
      values.set(repeatable, list);
    } else {
      values.set(name, flag.slice(eq + 1));
    }
  }
}

function getOptionValue(name) {
  const value = values.get(name);
  if (value !== undefined) return value;
  return name.startsWith('--no-') || !name.startsWith('--') ? false : undefined;
}

module.exports = { setOptions, getOptionValue };
