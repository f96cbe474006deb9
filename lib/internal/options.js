'use strict';
// The command-line options lib/ reads (tide's own; V8's went to V8). getOptionValue('--no-warnings')
// → true/false; value options ('--unhandled-rejections') → the string or undefined.

const values = new Map();

function setOptions(flags) {
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq === -1) values.set(flag, true);
    else values.set(flag.slice(0, eq), flag.slice(eq + 1));
  }
}

function getOptionValue(name) {
  const value = values.get(name);
  if (value !== undefined) return value;
  return name.startsWith('--no-') || !name.startsWith('--') ? false : undefined;
}

module.exports = { setOptions, getOptionValue };
