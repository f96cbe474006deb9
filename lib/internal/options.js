'use strict';
// The command-line options lib/ reads (tide's own; V8's went to V8). getOptionValue('--no-warnings')
// → true/false; value options ('--unhandled-rejections') → the string or undefined.

const values = new Map();

function setOptions(flags) {
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq === -1) {
      values.set(flag, true);
      continue;
    }
    const name = flag.slice(0, eq);
    if (name === '--conditions' || name === '-C') {
      // Repeatable: every value, in order.
      const list = values.get('--conditions') ?? [];
      list.push(flag.slice(eq + 1));
      values.set('--conditions', list);
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
