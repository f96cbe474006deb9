'use strict';
// What happens to an exception nobody caught, and running -e / -p / stdin code.
// The native side (engine/errors.cc) calls onGlobalUncaughtException: it emits 'uncaughtException'
// (the program goes on), or emits 'exit' and prints Node's report, and tells the native side to stop.

const { setFatalExceptionHandler } = internalBinding('errors');
const { writeString } = internalBinding('fs');

let captureCallback = null;
// In a worker: sends an unhandled error to the parent (its 'error' event) instead of printing it.
let workerErrorReporter = null;
function setWorkerErrorReporter(fn) {
  workerErrorReporter = fn;
}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() { return captureCallback !== null; }

// node:domain's handler: offered each uncaught exception first while a domain that listens for
// 'error' is entered; true when a domain took it.
let domainErrorHandler = null;
function setDomainErrorHandler(fn) {
  domainErrorHandler = fn;
}

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

// Node's report: the source line with a caret, then the error as util.inspect shows it.
function formatFatalReport(error, arrow, thrownAt) {
  let inspected;
  try {
    if (typeof error === 'symbol') {
      inspected = '';  // as Node: a thrown symbol prints as an empty line
    } else if (typeof error !== 'object' && typeof error !== 'function') {
      inspected = String(error);  // primitives as they are: `throw 'x'` prints x, not 'x'
    } else {
      const { inspect } = require('internal/util/inspect');
      inspected = inspect(error, { colors: false });
    }
  } catch {
    try { inspected = String(error?.stack ?? error); } catch { inspected = '[uncaught exception]'; }
  }
  if (typeof error === 'object' && error !== null && isError(error)) {
    return `${arrow ? `${arrow}\n` : ''}${inspected}\n`;
  }
  // A thrown non-error: Node starts with an empty line and puts the value right under the caret.
  let report = `\n${arrow}${inspected}\n`;
  if (thrownAt) {
    report += `Thrown at:\n${thrownAt}`;
  } else if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    report += '(Use `tide --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  return report;
}

function writeStderr(text) {
  try {
    writeString(2, text);
  } catch { /* stderr is gone; nothing left to tell */ }
}

function onGlobalUncaughtException(error, fromPromise, arrow, thrownAt) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, type);
  if (captureCallback !== null) {
    captureCallback(error);
  } else if (!fromPromise && domainErrorHandler !== null && domainErrorHandler(error)) {
    // A domain's 'error' listener took it.
  } else if (!process.emit('uncaughtException', error, type)) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // An 'exit' listener threw while we were already dying: report the original error.
    }
    // What stdout/stderr still queue goes out before the report.
    try {
      require('internal/process/stdio').flushStdio();
    } catch { /* a broken stream must not hide the report */ }
    if (workerErrorReporter !== null) {
      workerErrorReporter(error);
    } else {
      writeStderr(`${formatFatalReport(error, arrow, thrownAt)}\ntide v${process.versions.tide}\n`);
    }
    const code = +process.exitCode | 0;  // a listener may have set it, also as a string
    return code !== 0 ? code : 1;
  }
  // Handled. Ticks queued before the throw still have to run: make sure the loop turns once more.
  require('timers').setImmediate(() => {});
  // The async resources the exception left: their after hooks now, then an empty stack (native
  // levels restore their own ids when they close), as Node does.
  const asyncHooks = require('internal/async_hooks');
  if (asyncHooks.afterHooksExist()) {
    do {
      const asyncId = asyncHooks.executionAsyncId();
      if (asyncId === 0) asyncHooks.popAsyncContext(0);
      else asyncHooks.emitAfter(asyncId);
    } while (asyncHooks.hasAsyncIdStack());
  }
  asyncHooks.clearAsyncIdStack();
  return true;
}

function setupUncaughtExceptionHandler() {
  setFatalExceptionHandler(onGlobalUncaughtException);
}

function installProcessMethods(process) {
  process.setUncaughtExceptionCaptureCallback = setUncaughtExceptionCaptureCallback;
  process.hasUncaughtExceptionCaptureCallback = hasUncaughtExceptionCaptureCallback;
}

// Runs -e / -p / stdin source as a script in the global scope, with require, module, exports,
// __filename and __dirname defined as globals, as Node does.
function evalScript(name, body, print) {
  // ES module code: with --input-type=module, or (Node 22's detection) when it only fails to
  // compile as a script because of module syntax. Modules get no CommonJS globals.
  const inputType = require('internal/options').getOptionValue('--input-type');
  if (inputType === 'module') return require('internal/modules/esm/loader').evalModule(body, print);
  const { runInThisContext } = internalBinding('contextify');
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  const cwd = process.cwd();
  const module = new Module(name, null);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const req = Module.createRequireFor(module);
  // In Node's order (Object.keys(globalThis) shows it).
  globalThis.__filename = name;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__dirname = '.';
  globalThis.require = req;
  let result;
  if (/\b(?:import|export|await)\b/.test(body)) {
    // Rethrown errors keep the report of where they were thrown (runWithErrorSource).
    const { runWithErrorSource } = internalBinding('module_wrap');
    // import(x, { with: { type: 'json' } }): V8 10.2 reads only `assert` (see import_attributes).
    if (body.includes('with')) {
      body = require('internal/modules/v8_source_rewrite').rewriteSourceForV8(body);
    }
    try {
      result = runWithErrorSource(() => runInThisContext(body, name));
    } catch (err) {
      if (inputType === undefined && err instanceof SyntaxError &&
          require('internal/modules/esm/loader').isModuleSyntaxError(err, body)) {
        for (const name of ['__filename', 'module', 'exports', '__dirname', 'require']) {
          delete globalThis[name];
        }
        return require('internal/modules/esm/loader').evalModule(body, print);
      }
      throw err;
    }
  } else {
    result = runInThisContext(body, name);
  }
  if (print) {
    process.on('exit', () => {
      require('console').log(result);
    });
  }
  return result;
}

module.exports = {
  setDomainErrorHandler,
  setupUncaughtExceptionHandler,
  setWorkerErrorReporter,
  installProcessMethods,
  evalScript,
  formatFatalReport,
};
