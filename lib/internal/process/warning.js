'use strict';
// process.emitWarning and the default 'warning' printer:
//   (node:1234) Warning: message
//   (Use `node --trace-warnings ...` to show where the warning was created)
// The prefix says `node` because process.release.name is 'node'; the hint names tide's own command.

const { getOptionValue } = require('internal/options');
const { writeString } = internalBinding('fs');

let traceWarningHelperShown = false;

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (getOptionValue('--no-warnings')) return;
  // --disable-warning=code-or-type: the default printer skips it ('warning' listeners still run).
  const disabled = getOptionValue('--disable-warning');
  if (disabled && (disabled.includes(warning.code) || disabled.includes(warning.name))) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` :
      Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`tide ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  try {
    writeString(2, `${msg}\n`);
  } catch { /* stderr closed */ }
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Node limits the stack of a warning object to where emitWarning was called.
  const limit = Error.stackTraceLimit;
  if (Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) {
    const { validateString } = require('internal/validators');
    validateString(type, 'type');
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    const { validateString } = require('internal/validators');
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on the next tick, as Node does, so that earlier warnings are printed first.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// The command-line switches, applied on every start by internal/bootstrap/prepare.js.
function applyWarningOptions() {
  process.noDeprecation = getOptionValue('--no-deprecation');
  process.throwDeprecation = getOptionValue('--throw-deprecation');
  process.traceDeprecation = getOptionValue('--trace-deprecation');
  process.traceProcessWarnings = getOptionValue('--trace-warnings');
}

module.exports = { emitWarning, onWarning, applyWarningOptions };
