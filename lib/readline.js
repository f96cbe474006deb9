'use strict';
// node:readline. `Interface` is callable without `new`, takes a completer in the callback form
// `(line, callback)` (a one-argument completer returning its result is wrapped), and keeps the
// historical `_name` methods: internal code calls them through symbols that read `this._name`,
// so a program overriding `rl._writeToOutput` (to hide a password, say) is honoured.

const { promisify } = require('util');
const {
  AbortError,
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const EventEmitter = require('events');
const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const internal = require('internal/readline/interface');

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kDecoder,
  kLine,
  kLineBuffer,
  kOldPrompt,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kSawKeyPress,
  kSawReturnAt,
  kTabCompleter,
} = internal;

const kEmptyObject = Object.freeze({ __proto__: null });
const kDisposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);

  // This class's completers take a callback; one that does not is given one.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (line, cb) => cb(null, sync(line));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (line, cb) => cb(null, sync(line));
  }

  InterfaceConstructor.call(this, input, output, completer, terminal);

  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// rl.question(query[, options], callback): options.signal cancels the question.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const disposable = EventEmitter.addAbortListener(options.signal, () => this[kQuestionCancel]());
    const done = () => disposable[kDisposeSymbol]();
    const answer = cb;
    cb = typeof answer === 'function' ? (line) => {
      done();
      return answer(line);
    } : done;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) resolves with the answer and rejects with an AbortError when the
// signal aborts.
Interface.prototype.question[promisify.custom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const signal = options.signal;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const disposable = EventEmitter.addAbortListener(signal, () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      });
      cb = (answer) => {
        disposable[kDisposeSymbol]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// State once reached as underscore properties.
for (const [name, symbol] of [
  ['_decoder', kDecoder],
  ['_line_buffer', kLineBuffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  });
}

// Overridable methods: `_name` holds the implementation, the symbol the internals call reads it.
for (const [name, symbol] of [
  ['_setRawMode', internal.kSetRawMode],
  ['_onLine', internal.kOnLine],
  ['_writeToOutput', internal.kWriteToOutput],
  ['_addHistory', internal.kAddHistory],
  ['_refreshLine', internal.kRefreshLine],
  ['_normalWrite', internal.kNormalWrite],
  ['_insertString', internal.kInsertString],
  ['_tabComplete', internal.kTabComplete],
  ['_wordLeft', internal.kWordLeft],
  ['_wordRight', internal.kWordRight],
  ['_deleteLeft', internal.kDeleteLeft],
  ['_deleteRight', internal.kDeleteRight],
  ['_deleteWordLeft', internal.kDeleteWordLeft],
  ['_deleteWordRight', internal.kDeleteWordRight],
  ['_deleteLineLeft', internal.kDeleteLineLeft],
  ['_deleteLineRight', internal.kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', internal.kHistoryNext],
  ['_historyPrev', internal.kHistoryPrev],
  ['_getDisplayPos', internal.kGetDisplayPos],
  ['_getCursorPos', null],
  ['_moveCursor', internal.kMoveCursor],
  ['_ttyWrite', internal.kTtyWrite],
]) {
  const base = BaseInterface.prototype;
  const impl = symbol === null ? base.getCursorPos : base[symbol];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, value: impl, writable: true, enumerable: true, configurable: true,
  });
  if (symbol === null) continue;
  Object.defineProperty(Interface.prototype, symbol, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[name]; },
  });
}

// This class's completer takes a callback (see the constructor).
Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  this.pause();
  const text = this.line.slice(0, this.cursor);
  this.completer(text, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// With TERM=dumb the terminal cannot move the cursor: keys are echoed, only enter, ctrl-c and
// ctrl-d do anything.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }

  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
