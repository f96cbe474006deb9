'use strict';
// The readline Interface shared by node:readline and node:readline/promises: splits input into
// lines and, on a terminal, is a line editor (cursor keys, emacs bindings, history with prefix
// search, a kill ring, undo/redo, tab completion). Methods reached through symbols here are
// exposed under their historical `_name`s by lib/readline.js, where users may override them.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSubstringSearch,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { kSawKeyPress } = require('internal/readline/symbols');

let emitKeypressEvents;

const kEmptyObject = Object.freeze({ __proto__: null });
const kDisposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
const kMaxKillRing = 32;
const kMaxUndo = 2048;

// A line ends at \r\n, \n or a \r not followed by \n (Node 24 adds U+2028 and U+2029; Node 22
// does not, nor does tide).
const kLineEnding = /\r?\n|\r(?!\n)/g;

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kLine = Symbol('_line');
const kLineBuffer = Symbol('_line_buffer');
const kLineIterator = Symbol('line object stream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestion = Symbol('kQuestion');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');
// Halves of kTtyWrite. Not private methods: readline.Interface instances are built by calling
// InterfaceConstructor, which installs no private members.
const kCtrlKey = Symbol('ctrlKey');
const kPlainKey = Symbol('plainKey');

// How far a word motion goes: left skips spaces then one run of word or of punctuation
// characters (matched on the reversed text so long lines stay linear); right takes one run of
// spaces, punctuation or word characters and the spaces after it.
const kWordLeftRun = /^\s*(?:[^\w\s]+|\w+)?/;
const kWordRightRun = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const kDeleteWordRightRun = /^(?:\s+|\W+|\w+)\s*/;

function reversed(str) {
  return Array.from(str).reverse().join('');
}

// The constructor is a plain function so that lib/readline.js can keep `readline.Interface`
// callable without `new`, as it always was.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, a TTY output means terminal mode.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;

  const onError = (err) => this.emit('error', err);
  input.on('error', onError);

  if (!this.terminal) {
    const onData = (data) => this[kNormalWrite](data);
    const onEnd = () => {
      // What is left without a line ending is the last line.
      const rest = this[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onKeypress = (s, key) => {
      this[kTtyWrite](s, key);
      // Half of a surrogate pair was typed: redraw so the terminal shows the whole character.
      if (key?.sequence) {
        const code = key.sequence.codePointAt(0);
        if (code >= 0xd800 && code <= 0xdfff) this[kRefreshLine]();
      }
    };
    const onTermEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onResize = () => this[kRefreshLine]();

    emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output != null) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', () => disposable[kDisposeSymbol]());
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      // A question is already waiting for its answer: only show the prompt again.
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    // Lines of blanks are not remembered.
    if (this.line.trim().length === 0) return this.line;

    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;

    // Taken before the 'history' listeners run: they may edit the list (to drop a password, say)
    // without changing the line delivered.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws the prompt and line, leaving the cursor where this.cursor says.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();

    // Go up to the first row of what was drawn last time, to its left edge, and clear below.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);
    // At the exact end of a row the terminal has not wrapped yet: make it.
    if (end.cols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Node 22.12 checks `closed` in question() only (Node 24 also here, in pause() and resume()).
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  // Input that is not from a terminal: decode, split into lines, keep the unfinished tail.
  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    // A \r ended the previous chunk: a \n starting this one (soon enough) belongs to it.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(text)) {
      // No line ending: all of it waits for the rest of its line.
      if (this[kLineBuffer]) this[kLineBuffer] += text;
      else this[kLineBuffer] = text;
      return;
    }
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;

    const lines = text.split(kLineEnding);
    const tail = lines.pop();
    if (this[kLineBuffer]) lines[0] = this[kLineBuffer] + lines[0];
    this[kLineBuffer] = tail;
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Inside a paste (several characters in one chunk): echo, redraw once at the end.
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const before = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const after = this.getCursorPos();
    // Typing at the end only needs the characters echoed, unless they wrapped to a new row.
    if (before.rows < after.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  }

  // The completer of readline/promises' and the internal Interface: it may return the result
  // or a promise of it.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const text = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(text);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // value is [completions, the text they complete]. A longer common prefix is inserted; a second
  // tab in a row lists the candidates in columns ('' entries start a new group).
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    }
    if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;

    let out = '\r\n';
    let column = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const item = completions[i];
      if (item === '' || column === maxColumns) {
        out += '\r\n';
        column = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (item === '') {
        out += '\r\n';
      } else {
        out += item;
        pad = width - widths[i];
        column++;
      }
    }
    if (column !== 0) out += '\r\n\r\n';
    this[kWriteToOutput](out);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor === 0) return;
    const run = kWordLeftRun.exec(reversed(this.line.slice(0, this.cursor)))[0];
    this[kMoveCursor](-run.length);
  }

  [kWordRight]() {
    if (this.cursor >= this.line.length) return;
    const run = kWordRightRun.exec(this.line.slice(this.cursor))[0];
    this[kMoveCursor](run.length);
  }

  [kDeleteLeft]() {
    if (this.cursor === 0 || this.line.length === 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const size = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
    this.cursor -= size;
    this[kRefreshLine]();
  }

  [kDeleteRight]() {
    if (this.cursor >= this.line.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const size = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
    this[kRefreshLine]();
  }

  [kDeleteWordLeft]() {
    if (this.cursor === 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    let head = this.line.slice(0, this.cursor);
    const run = kWordLeftRun.exec(reversed(head))[0];
    head = head.slice(0, head.length - run.length);
    this.line = head + this.line.slice(this.cursor);
    this.cursor = head.length;
    this[kRefreshLine]();
  }

  [kDeleteWordRight]() {
    if (this.cursor >= this.line.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const tail = this.line.slice(this.cursor);
    const run = kDeleteWordRightRun.exec(tail)[0];
    this.line = this.line.slice(0, this.cursor) + tail.slice(run.length);
    this[kRefreshLine]();
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kPushToKillRing](text) {
    const ring = this[kKillRing];
    if (!text || text === ring[0]) return;
    ring.unshift(text);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxKillRing) ring.pop();
  }

  // ctrl-y: insert the newest killed text.
  [kYank]() {
    if (this[kKillRing].length === 0) return;
    this[kYanking] = true;
    this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
  }

  // meta-y right after a yank: replace the yanked text with the next older one.
  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const ring = this[kKillRing];
    const previous = ring[this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % ring.length;
    const current = ring[this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - previous.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + current + tail;
    this.cursor = head.length + current.length;
    this[kRefreshLine]();
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Enter: the line goes to history and to its reader.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndo) this[kUndoStack].shift();
  }

  [kUndo]() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Down: a newer history entry that starts with the text typed before the search began (and
  // differs from the line shown); past the newest, that typed text again.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index--;
    }
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Up: the same search towards older entries.
  [kHistoryPrev]() {
    if (this.historyIndex >= this.history.length || this.history.length === 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index++;
    }
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Row and column where `str` ends when written from the left edge of the screen: wide
  // characters take two columns and never straddle a row's end, tabs go to the next stop.
  [kGetDisplayPos](str) {
    const columns = this.columns;
    let offset = 0;
    let rows = 0;
    for (const ch of stripVTControlCharacters(str)) {
      if (ch === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  // Moves the cursor dx units (clamped to the line); a move within the same row is a relative
  // cursor motion, anything else a redraw.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this[kRefreshLine]();
  }

  // One key from the terminal (or rl.write(data, key)).
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up/down without modifiers search history for what was typed before the first of them.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl-_ undoes, ctrl-^ redoes.
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      this[kCtrlKey](key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'y': this[kYankPop](); break;
      }
    } else {
      this[kPlainKey](s, key, previousKey);
    }
  }

  [kCtrlKey](key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) {
          this.emit('SIGINT');
        } else {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
        }
        break;
      case 'h': this[kDeleteLeft](); break;
      case 'd':
        // On an empty line ctrl-d is end of input.
        if (this.cursor === 0 && this.line.length === 0) {
          this.close();
          this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
        } else if (this.cursor < this.line.length) {
          this[kDeleteRight]();
        }
        break;
      case 'u': this[kDeleteLineLeft](); break;
      case 'k': this[kDeleteLineRight](); break;
      case 'a': this[kMoveCursor](-Infinity); break;
      case 'e': this[kMoveCursor](+Infinity); break;
      case 'b': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this[kRefreshLine]();
        break;
      case 'n': this[kHistoryNext](); break;
      case 'p': this[kHistoryPrev](); break;
      case 'y': this[kYank](); break;
      case 'z':
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          // Suspend the process as a shell job; on SIGCONT take the terminal back.
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this[kSetRawMode](true);
            this[kRefreshLine]();
          });
          this[kSetRawMode](false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace': this[kDeleteWordLeft](); break;
      case 'delete': this[kDeleteWordRight](); break;
      case 'left': this[kWordLeft](); break;
      case 'right': this[kWordRight](); break;
    }
  }

  [kPlainKey](s, key, previousKey) {
    // A \r only matters if a \n follows it directly.
    if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this[kLine]();
        return;
      case 'enter':
        // The \n of a \r\n pair already ended its line.
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
          this[kLine]();
        }
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this[kDeleteLeft](); return;
      case 'delete': this[kDeleteRight](); return;
      case 'left': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); return;
      case 'home': this[kMoveCursor](-Infinity); return;
      case 'end': this[kMoveCursor](+Infinity); return;
      case 'up': this[kHistoryPrev](); return;
      case 'down': this[kHistoryNext](); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this[kTabComplete](previousKey?.name === 'tab');
          return;
        }
        break;
    }
    if (typeof s !== 'string' || !s) return;
    // Text (typed or pasted, or rl.write()): every line ending in it submits a line.
    let start = 0;
    kLineEnding.lastIndex = 0;
    let match;
    while ((match = kLineEnding.exec(s)) !== null) {
      const next = kLineEnding.lastIndex;
      this[kInsertString](s.slice(start, match.index));
      this[kLine]();
      start = next;
      // A listener of the line may have used the shared expression.
      kLineEnding.lastIndex = next;
    }
    this[kInsertString](s.slice(start));
  }

  // Lines as an async iterator. Lines are queued from the moment the iterator is made (the
  // interface pauses while 1024 unread lines wait); lines emitted before that are not seen. As in
  // Node 20-24, leaving a for await loop early ends the iteration but does not close the interface.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) {
      this[kLineIterator] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWaterMark: 1024,
        [EventEmitter.kFirstEventParam]: true,
      });
    }
    return this[kLineIterator];
  }
}

Interface.prototype[kDisposeSymbol] = function dispose() {
  this.close();
};

module.exports = {
  Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
