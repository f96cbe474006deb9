'use strict';
// node:repl — the read-eval-print loop, on tide's readline Interface and node:vm. A REPLServer is
// a readline Interface whose lines are evaluated in a vm context (or the main one with useGlobal).
// Differences from Node 22 (see docs/compat.md): no input preview, no reverse-i-search, no
// breakEvalOnSigint; top-level `await` is rewritten by a small heuristic instead of a parser.

const fs = require('fs');
const vm = require('vm');
const { Console } = require('console');
const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_REPL_EVAL_CONFIG,
    ERR_NOT_IMPLEMENTED,
    ERR_SCRIPT_EXECUTION_INTERRUPTED,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const {
  Recoverable,
  declaredNames,
  isRecoverableError,
  kStandaloneREPL: kStandalone,
  processTopLevelAwait,
} = require('internal/repl/utils');
const { setupHistory } = require('internal/repl/history');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kBufferedCommand = Symbol('bufferedCommand');

// Node's repl.builtinModules: the public built-ins without a leading underscore. Those without
// a `/` in the name are also globals of the REPL, loaded on first use.
let builtinModules;
function getBuiltinModules() {
  builtinModules ??= require('module').builtinModules.filter((id) => !id.startsWith('_'));
  return builtinModules;
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

let nextResource = 0;

// Names a fresh context already has: those are not copied from the main context.
let contextBuiltins;

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream ??= process;
    options.input = stream.stdin ?? stream;
    options.output = stream.stdout ?? stream;
  }
  if (options.terminal === undefined) options.terminal = !!options.output?.isTTY;
  if (options.terminal && options.useColors === undefined) {
    const out = options.output;
    options.useColors = typeof out?.hasColors === 'function' ? out.hasColors() : false;
    if (process.env.NODE_DISABLE_COLORS !== undefined) options.useColors = false;
  }
  if (options.breakEvalOnSigint && eval_) throw new ERR_INVALID_REPL_EVAL_CONFIG();
  if (options.breakEvalOnSigint) {
    // vm's breakOnSigint is not implemented in tide: a running evaluation cannot be interrupted.
    throw new ERR_NOT_IMPLEMENTED('repl option breakEvalOnSigint');
  }
  if (options.preview) {
    throw new ERR_NOT_IMPLEMENTED('repl option preview (input preview)');
  }
  if (eval_ !== undefined && eval_ !== null) validateFunction(eval_, 'options.eval');
  if (options.writer !== undefined) validateFunction(options.writer, 'options.writer');
  if (options.completer !== undefined) validateFunction(options.completer, 'options.completer');

  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.useColors = !!options.useColors;
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.last = undefined;
  this.lastError = undefined;
  this.breakEvalOnSigint = false;
  this.editorMode = false;
  this.lines = [];
  this.lines.level = [];
  this[kBufferedCommand] = '';
  this[kStandalone] = !!options[kStandalone];
  this._initialPrompt = prompt === undefined ? '> ' : `${prompt}`;

  this.eval = eval_ || defaultEval;
  this.writer = options.writer || writer;
  if (this.writer === writer) {
    // As in Node, the default writer's options are shared: the last REPL started decides colours.
    writer.options.colors = this.useColors;
    if (options[kStandalone]) {
      // util.inspect.replDefaults: the standalone REPL's formatting options, for the user to set.
      Object.defineProperty(inspect, 'replDefaults', {
        __proto__: null,
        get() {
          return writer.options;
        },
        set(value) {
          validateObject(value, 'options');
          return Object.assign(writer.options, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }

  const completer = options.completer || ((line, cb) => complete(this, line, cb));
  Interface.call(this, {
    input: options.input,
    output: options.output,
    completer,
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });

  this.commands = { __proto__: null };
  defineDefaultCommands(this);
  this.resetContext();

  let sawSIGINT = false;
  let sawCtrlD = false;
  const queue = [];
  let busy = false;
  let abortPending = null;

  const self = this;

  this.clearBufferedCommand = function clearBufferedCommand() {
    self[kBufferedCommand] = '';
  };

  this.on('SIGINT', function onSigInt() {
    // Ctrl+C while an evaluation waits (top-level await): give up waiting for it.
    if (busy && abortPending) {
      abortPending();
      return;
    }
    const empty = self.line.length === 0;
    self.clearLine();
    self.editorMode = false;
    if (self[kBufferedCommand].length === 0 && empty) {
      if (sawSIGINT) {
        self.close();
        sawSIGINT = false;
        return;
      }
      self.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      sawSIGINT = true;
    } else {
      sawSIGINT = false;
    }
    self.clearBufferedCommand();
    self.lines.level = [];
    self.displayPrompt();
  });

  this.on('line', function onLine(cmd) {
    if (busy) {
      queue.push(cmd);
      return;
    }
    processLine(cmd);
  });

  function next() {
    busy = false;
    if (queue.length > 0 && !self.closed) processLine(queue.shift());
  }

  function processLine(cmd) {
    cmd = cmd || '';
    sawSIGINT = false;
    if (self.editorMode) {
      self[kBufferedCommand] += cmd + '\n';
      return;
    }
    const trimmed = cmd.trim();
    // `.5` is a number, `..` is not a command.
    if (trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
      const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const keyword = match?.[1];
      const rest = match?.[2];
      if (self.parseREPLKeyword(keyword, rest) === true) return;
      if (!self[kBufferedCommand]) {
        self.output.write('Invalid REPL keyword\n');
        finish(null);
        return;
      }
    }
    const code = self[kBufferedCommand] + cmd + '\n';
    busy = true;
    let called = false;
    abortPending = () => {
      if (called) return;
      called = true;
      abortPending = null;
      // Node's interruption error carries no stack.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const err = new ERR_SCRIPT_EXECUTION_INTERRUPTED();
      Error.stackTraceLimit = limit;
      finish(err);
      next();
    };
    self.eval(code, self.context, `REPL${++nextResource}`, function evalDone(e, ret) {
      if (called) return;
      called = true;
      abortPending = null;
      if (arguments.length === 2) finish(e, ret);
      else finish(e);
      next();
    });

    function finish(e, ret) {
      if (e instanceof Recoverable && !sawCtrlD) {
        self[kBufferedCommand] += cmd + '\n';
        self.displayPrompt();
        return;
      }
      if (!e) {
        const text = self[kBufferedCommand] + cmd;
        self.lines.push(...text.split('\n'));
        for (const name of declaredNames(text)) self.lexicalNames.add(name);
      }
      self.clearBufferedCommand();
      sawCtrlD = false;
      if (e) {
        if (e instanceof Thrown) e = e.value;
        else if (e instanceof Recoverable) e = e.err;
        self._handleError(e);
        return;
      }
      if (arguments.length === 2 && (!self.ignoreUndefined || ret !== undefined)) {
        if (!self.underscoreAssigned) self.last = ret;
        self.output.write(self.writer(ret) + '\n');
      }
      self.displayPrompt();
    }
  }

  // In editor mode (terminal only) lines accumulate until ctrl-d; ctrl-c cancels.
  const ttyWrite = this._ttyWrite.bind(this);
  const search = setupReverseSearch(this);
  this._ttyWrite = function _ttyWrite(d, key) {
    key = key || {};
    if (search(d, key)) return;
    if (!self.editorMode || !self.terminal) {
      // Ctrl-d on an empty line ends the REPL: leave the terminal on a fresh line.
      if (key.ctrl && key.name === 'd' && self.cursor === 0 && self.line.length === 0) {
        self.clearLine();
      }
      ttyWrite(d, key);
      return;
    }
    if (key.ctrl && !key.shift) {
      switch (key.name) {
        case 'd':
          self.editorMode = false;
          sawCtrlD = true;
          ttyWrite(d, { name: 'return' });
          break;
        case 'n':
        case 'p':
          break;
        default:
          ttyWrite(d, key);
      }
    } else if (key.name !== 'up' && key.name !== 'down') {
      ttyWrite(d, key);
    }
  };

  this.on('close', function emitExit() {
    if (self._onRejection) process.removeListener('unhandledRejection', self._onRejection);
    if (self._onException) process.removeListener('uncaughtException', self._onException);
    self.emit('exit');
  });

  // A rejection nobody handles, and (for the standalone REPL) an exception thrown by a callback,
  // is reported like an error of an evaluation; the REPL goes on.
  this._onRejection = (reason) => {
    if (self.closed) return;
    self._handleError(reason);
  };
  process.on('unhandledRejection', this._onRejection);
  if (this[kStandalone]) {
    this._onException = (err) => {
      if (self.closed) return;
      self._handleError(err);
    };
    process.on('uncaughtException', this._onException);
  }

  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// `throw null` and the like: the callback's error argument must be truthy to count as one.
class Thrown {
  constructor(value) {
    this.value = value;
  }
}

// ctrl-r / ctrl-s: incremental search of the history, older / newer (terminal only). The query
// and the match show bash-style in the prompt: (reverse-i-search)`query': match. Escape or
// ctrl-c gives the line back as it was; any other key takes the match and then acts.
function setupReverseSearch(repl) {
  let active = false;
  let query = '';
  let index = -1;
  let savedLine = '';
  let savedCursor = 0;
  let failed = false;

  const find = (from, step) => {
    for (let i = from; i >= 0 && i < repl.history.length; i += step) {
      if (query !== '' && repl.history[i].includes(query)) return i;
    }
    return -1;
  };
  const render = (backwards) => {
    const label = `${failed ? 'failed-' : ''}${backwards ? 'reverse' : 'forward'}-i-search`;
    Interface.prototype.setPrompt.call(repl, `(${label})\`${query}': `);
    repl.line = index === -1 ? (query === '' ? savedLine : repl.line) : repl.history[index];
    const at = index === -1 ? -1 : repl.line.indexOf(query);
    repl.cursor = at === -1 ? repl.line.length : at;
    repl._refreshLine();
  };
  const step = (backwards, from) => {
    const found = find(from, backwards ? 1 : -1);
    failed = found === -1 && query !== '';
    if (found !== -1) index = found;
    render(backwards);
  };
  const leave = () => {
    active = false;
    repl.displayPrompt(true);
  };
  let backwards = true;

  return function onKey(d, key) {
    if (!repl.terminal || repl.editorMode) return false;
    const isR = key.ctrl && !key.meta && !key.shift && key.name === 'r';
    const isS = key.ctrl && !key.meta && !key.shift && key.name === 's';
    if (!active) {
      if (!isR && !isS) return false;
      active = true;
      query = '';
      index = -1;
      failed = false;
      backwards = isR;
      savedLine = repl.line;
      savedCursor = repl.cursor;
      render(backwards);
      return true;
    }
    if (isR || isS) {
      backwards = isR;
      const from = index === -1 ? (backwards ? 0 : repl.history.length - 1) :
        index + (backwards ? 1 : -1);
      step(backwards, from);
      return true;
    }
    if (key.name === 'escape' || (key.ctrl && key.name === 'c')) {
      repl.line = savedLine;
      repl.cursor = savedCursor;
      leave();
      return true;
    }
    if (key.name === 'backspace') {
      query = query.slice(0, -1);
      index = -1;
      step(backwards, backwards ? 0 : repl.history.length - 1);
      return true;
    }
    if (typeof d === 'string' && d.length > 0 && !key.ctrl && !key.meta &&
        !/[\x00-\x1f\x7f]/.test(d)) {
      query += d;
      // The current match is kept while it still contains the longer query.
      const from = index === -1 ? (backwards ? 0 : repl.history.length - 1) : index;
      step(backwards, from);
      return true;
    }
    // Any other key: take the match (cursor at its end) and let the key act on it.
    repl.cursor = repl.line.length;
    leave();
    return false;
  };
}

function defaultEval(code, context, file, cb) {
  let result;
  let script;
  let awaitPromise = false;
  const strict = this.replMode === REPL_MODE_STRICT;
  const prefix = strict ? "'use strict'; void 0;\n" : '';
  // An empty line prints nothing (a line of blanks is evaluated, as in Node).
  if (code === '\n') {
    cb(null);
    return;
  }

  // `{ a: 1 }` alone is an object literal, not a block.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code) && /\}\s*$/.test(code)) {
    const wrapped = `(${code.trim()})\n`;
    try {
      script = new vm.Script(prefix + wrapped, { filename: file });
      code = wrapped;
    } catch {
      script = undefined;
    }
  }

  if (script === undefined) {
    try {
      script = new vm.Script(prefix + code, { filename: file });
    } catch (err) {
      // `await` outside a function: run the code inside an async function and wait for it.
      const rewritten = code.includes('await') ? processTopLevelAwait(code, (text) => {
        try {
          script = new vm.Script(prefix + text, { filename: file });
          return true;
        } catch {
          return false;
        }
      }) : null;
      if (rewritten === null) {
        cb(isRecoverableError(err, code) ? new Recoverable(err) : err);
        return;
      }
      awaitPromise = true;
    }
  }

  try {
    if (this.useGlobal) result = script.runInThisContext({ displayErrors: true });
    else result = script.runInContext(context, { displayErrors: true });
  } catch (err) {
    cb(err || new Thrown(err));
    return;
  }

  if (awaitPromise && result !== null && typeof result?.then === 'function') {
    result.then((value) => cb(null, value), (err) => cb(err || new Thrown(err)));
    return;
  }
  cb(null, result);
}

// The "source line / caret" text V8 gave when the code failed to compile, without its
// "REPLn:line" heading.
function errorSource(e) {
  let text;
  try {
    text = internalBinding('module_wrap').getErrorSource(e);
  } catch {
    return '';
  }
  if (typeof text !== 'string') return '';
  return text.replace(/^REPL\d+:\d+\r?\n/, '');
}

// Cuts the frames of an error's stack that belong to the REPL's machinery: everything from the
// last top-level frame of the evaluated code (`at REPLn:line:col`) down.
function trimStack(stack) {
  const lines = stack.split('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s+at REPL\d+:\d+:\d+$/.test(lines[i])) last = i;
  }
  if (last === -1) {
    // Thrown outside the evaluated code's top level: drop tide's own REPL frames only.
    const cut = lines.findIndex((l) => /^\s+at .*\((node:)?repl[:)]/.test(l));
    return cut === -1 ? stack : lines.slice(0, cut).join('\n');
  }
  return lines.slice(0, last).join('\n');
}

REPLServer.prototype._handleError = function _handleError(e) {
  let errStack = '';
  if (typeof e === 'object' && e !== null) {
    const desc = Object.getOwnPropertyDescriptor(e, 'stack');
    if (typeof e.stack === 'string' && (desc === undefined || desc.writable || desc.set)) {
      let stack = trimStack(e.stack);
      if (e.name === 'SyntaxError') {
        stack = stack.replace(/^REPL\d+:\d+\r?\n/, '').replace(/^\s+at\s.*\n?/gm, '');
        // The source line and a caret under the offending token, as Node shows them.
        const arrow = errorSource(e);
        if (arrow && !stack.startsWith(arrow)) stack = `${arrow}\n${stack}`;
      } else if (this.replMode === REPL_MODE_STRICT) {
        stack = stack.replace(/(\s+at\s+REPL\d+:)(\d+)/, (_, pre, line) => pre + (line - 1));
      }
      try {
        e.stack = stack;
      } catch {
        // A stack that cannot be set is printed as it is.
      }
    }
    if (e instanceof Error || Object.prototype.toString.call(e) === '[object Error]') {
      errStack = this.writer(e);
      // `[Error: x]` is printed as `Error: x`.
      if (errStack[0] === '[' && errStack[errStack.length - 1] === ']') {
        errStack = errStack.slice(1, -1);
      }
    }
  }
  if (!this.underscoreErrAssigned) this.lastError = e;
  if (errStack === '') errStack = this.writer(e);
  const lines = errStack.split(/(?<=\n)/);
  let matched = false;
  errStack = '';
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      const breakLength = writer.options.breakLength ?? 128;
      errStack += breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      errStack += line;
    }
  }
  if (!matched) errStack = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${errStack}`;
  if (!errStack.endsWith('\n')) errStack += '\n';
  this.output.write(errStack);
  this.clearBufferedCommand();
  this.lines.level = [];
  this.displayPrompt();
};

REPLServer.prototype.createContext = function createContext() {
  let context;
  if (this.useGlobal) {
    context = globalThis;
  } else {
    contextBuiltins ??= new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)'));
    context = vm.createContext();
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (contextBuiltins.has(name) || name === 'global' || name === 'console') continue;
      const desc = Object.getOwnPropertyDescriptor(globalThis, name);
      Object.defineProperty(context, name, { __proto__: null, ...desc });
    }
    Object.defineProperty(context, 'global', {
      __proto__: null, value: context, writable: true, enumerable: false, configurable: true,
    });
    const console = new Console(this.output);
    Object.defineProperty(context, 'console', {
      __proto__: null, value: console, writable: true, enumerable: false, configurable: true,
    });
  }

  // Node's `<repl>` module: no file; ids resolve from the working directory.
  const Module = require('module');
  const replModule = new Module('<repl>');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  const replRequire = require('internal/modules/cjs/loader').makeRequireFunction(replModule);
  Object.defineProperty(context, 'module', {
    __proto__: null, value: replModule, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(context, 'require', {
    __proto__: null, value: replRequire, writable: true, enumerable: false, configurable: true,
  });
  addBuiltinLibsToObject(context, replRequire);
  return context;
};

function addBuiltinLibsToObject(object, req) {
  for (const name of getBuiltinModules()) {
    if (name.includes('/') || Object.prototype.hasOwnProperty.call(object, name)) continue;
    const setReal = (value) => {
      // Assigning the name replaces the module by the value, as in Node.
      delete object[name];
      Object.defineProperty(object, name, {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      get() {
        const lib = req(name);
        setReal(lib);
        return lib;
      },
      set: setReal,
      enumerable: false,
      configurable: true,
    });
  }
}

REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  // Top-level let/const/class names of evaluated lines, for completion.
  this.lexicalNames = new Set();
  const self = this;
  Object.defineProperty(this.context, '_', {
    __proto__: null,
    configurable: true,
    get: () => self.last,
    set: (value) => {
      self.last = value;
      if (!self.underscoreAssigned) {
        self.underscoreAssigned = true;
        self.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(this.context, '_error', {
    __proto__: null,
    configurable: true,
    get: () => self.lastError,
    set: (value) => {
      self.lastError = value;
      if (!self.underscoreErrAssigned) {
        self.underscoreErrAssigned = true;
        self.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
  this.emit('reset', this.context);
};

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length) {
    const level = this.lines.level.length ? this.lines.level.length - 1 : 0;
    prompt = `...${'..'.repeat(level)} `;
  }
  if (this.editorMode) prompt = '';
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateFunction(cmd?.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

REPLServer.prototype.setupHistory = function(historyFile, cb) {
  setupHistory(this, historyFile, cb);
};

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });

  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });

  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const help = this.commands[name].help;
        const spaces = ' '.repeat(longest - name.length + 3);
        this.output.write(`.${name}${help ? spaces + help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        if (file === '') throw new ERR_INVALID_ARG_TYPE('file', 'string', file);
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      try {
        const stats = fs.statSync(file);
        if (stats.isFile()) {
          this.editorMode = true;
          const data = fs.readFileSync(file, 'utf8');
          this.write(data);
          this.editorMode = false;
          this.write('\n');
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });

  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        Interface.prototype.setPrompt.call(this, '');
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

// Tab completion: dot commands, require() ids, globals and keywords, properties of `a.b.`.
function complete(repl, line, callback) {
  require('internal/repl/completion').complete(repl, line, callback);
}
REPLServer.prototype.complete = function(line, callback) {
  this.completer(line, callback);
};

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
};

Object.defineProperty(module.exports, 'builtinModules', {
  __proto__: null,
  get: getBuiltinModules,
  set(value) {
    builtinModules = value;
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(module.exports, '_builtinLibs', {
  __proto__: null,
  get: getBuiltinModules,
  set(value) {
    builtinModules = value;
  },
  enumerable: false,
  configurable: true,
});
