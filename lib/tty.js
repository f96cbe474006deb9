'use strict';
// node:tty: terminals as streams. ReadStream/WriteStream are Sockets over a TTY handle
// (internalBinding('tty_wrap'), uv_tty_t). Writes to a terminal are synchronous, as in Node on
// POSIX.

const { TTY, isTTY } = internalBinding('tty_wrap');
const { Socket } = require('internal/net/socket');
const {
  ErrnoException,
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');
// The cursor helpers are readline's (readline.cursorTo & co.).
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const tty = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return tty;
}

class ReadStream extends Socket {
  constructor(fd, options) {
    const tty = openTTY(fd);
    super({
      readableHighWaterMark: 0,
      handle: tty,
      manualStart: true,
      ...options,
    });
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', new ErrnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends Socket {
  constructor(fd) {
    const tty = openTTY(fd);
    super({ handle: tty, manualStart: true });
    // Terminal output is synchronous on POSIX, as in Node: nothing is lost at exit.
    this._handle.setBlocking(true);
    const size = [0, 0];
    if (this._handle.getWindowSize(size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  // Re-reads the size (on SIGWINCH) and emits 'resize' when it changed.
  _refreshSize() {
    const oldCols = this.columns;
    const oldRows = this.rows;
    const size = [0, 0];
    const err = this._handle.getWindowSize(size);
    if (err) {
      this.emit('error', new ErrnoException(err, 'getWindowSize'));
      return;
    }
    if (oldCols !== size[0] || oldRows !== size[1]) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  }

  getColorDepth(env = process.env) { return getColorDepth(env); }
  hasColors(count, env) { return hasColors(count, env); }
  getWindowSize() { return [this.columns, this.rows]; }

  cursorTo(x, y, callback) { return cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return clearLine(this, dir, callback); }
  clearScreenDown(callback) { return clearScreenDown(this, callback); }
}
WriteStream.prototype.isTTY = true;

module.exports = { isatty, ReadStream, WriteStream };
