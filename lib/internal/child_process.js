'use strict';
// ChildProcess: an EventEmitter over a Process handle (internalBinding('process_wrap')). Its stdio
// pipes are Sockets over Pipe handles that libuv connects to the child when it spawns. 'exit' comes
// when libuv reaps the child; 'close' once that has happened and every readable stdio stream has
// closed too. Also here: the stdio option parser shared by spawn and spawnSync, and the synchronous
// runner's result shaping.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');
const { signals } = internalBinding('process');
const { UV_EACCES, UV_EAGAIN, UV_EINVAL, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ENOSYS, UV_ESRCH } =
  internalBinding('uv');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');

// Signal number → name, the first name for each number (SIGABRT over SIGIOT, SIGIO over SIGPOLL).
const signalNames = { __proto__: null };
for (const name of Object.keys(signals)) {
  if (signalNames[signals[name]] === undefined) signalNames[signals[name]] = name;
}

function signalName(signum) {
  return signalNames[signum] ?? null;
}

// A signal name or number → its number; ERR_UNKNOWN_SIGNAL otherwise.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const signum = signals[signal.toUpperCase()];
    if (signum !== undefined) return signum;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// The handle behind a stream or handle a user passed as a stdio entry (a Socket or its Pipe/TTY).
function getStreamHandle(value) {
  if (value == null || typeof value !== 'object') return null;
  for (const candidate of [value, value.handle, value._handle]) {
    if (candidate != null && typeof candidate === 'object' &&
        typeof candidate.readStart === 'function' && typeof candidate.writeBuffer === 'function') {
      return candidate;
    }
  }
  return null;
}

// stdio option → [{ type: 'pipe'|'ignore'|'inherit'|'fd'|'wrap', ... }] for the binding.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
        stdio = [stdio, stdio, stdio];
        break;
      case 'inherit':
        stdio = [0, 1, 2];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = [...stdio];
  while (stdio.length < 3) stdio.push(undefined);

  let ipc;
  let ipcFd;
  const result = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      const item = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) item.handle = new Pipe(PipeConstants.SOCKET);
      result.push(item);
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (getStreamHandle(entry)) {
      const handle = getStreamHandle(entry);
      if (sync) {
        const fd = handle.fd;
        if (typeof fd !== 'number' || fd < 0) throw new ERR_INVALID_ARG_VALUE('stdio', entry);
        result.push({ type: 'fd', fd });
      } else {
        result.push({ type: 'wrap', handle, _stdio: entry });
      }
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(entry));
      result.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: entry });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

function closePendingHandles(stdio) {
  for (const item of stdio) {
    if (item.type === 'pipe' && item.handle) item.handle.close();
  }
}

function createSocket(handle, readable) {
  const { Socket } = require('internal/net/socket');
  return new Socket({ handle: handle ?? undefined, readable });
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// After exit, readable stdio streams nobody reads are drained so they can end and close (and
// 'close' can follow); a consumer attached already keeps control of its stream.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable) continue;
    const state = stream._readableState;
    if (state && (state.readableListening || state.flowing !== null ||
                  (state.pipes && state.pipes.length > 0))) {
      continue;
    }
    stream.resume();
  }
}

function onErrorNT(subprocess, err) {
  subprocess._handle?.onexit(err, 0);
}

function onSpawnNT(subprocess) {
  subprocess.emit('spawn');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();

    this._handle.onexit = (exitCode, signum) => {
      if (signum) this.signalCode = signalName(signum);
      else this.exitCode = exitCode;

      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;

      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = new ErrnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    if (ipc !== undefined) {
      // The child finds its channel by this variable (see setupChildChannel).
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push('NODE_CHANNEL_SERIALIZATION_MODE=json');
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    let err;
    try {
      err = this._handle.spawn({ ...options, stdio });
    } catch (e) {
      closePendingHandles(stdio);
      throw e;
    }
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
        err === UV_ENOENT) {
      // Failures the caller can expect at run time are an 'error' event, not a throw.
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) {
        closePendingHandles(stdio);
        return err;
      }
    } else if (err) {
      this._handle.close();
      this._handle = null;
      closePendingHandles(stdio);
      throw new ErrnoException(err, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }

    this.pid = this._handle.pid;

    for (let i = 0; i < stdio.length; i++) {
      const item = stdio[i];
      if (item.type === 'ignore') continue;
      if (item.ipc) {
        if (this.pid === undefined) item.handle.close();
        else this._closesNeeded++;
        continue;
      }
      if (item.type === 'wrap') {
        item.socket = item._stdio;
        continue;
      }
      if (item.handle) {
        if (this.pid === undefined) {
          item.handle.close();
          item.socket = createSocket(null, i > 0);
          continue;
        }
        item.socket = createSocket(item.handle, i > 0);
        if (i > 0) {
          this._closesNeeded++;
          item.socket.on('close', () => maybeClose(this));
        }
      }
    }

    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((item) => (item.socket === undefined ? null : item.socket));
    if (ipc !== undefined && this.pid !== undefined) {
      setupChannel(this, ipc);
      this.once('disconnect', () => maybeClose(this));
    }
    return err;
  }

  // kill([signal]) → true when the signal was sent. A child that is already gone is no error.
  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already exited; libuv has not reaped it yet.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw new ErrnoException(err, 'kill');
      } else {
        this.emit('error', new ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

// The IPC channel of fork(): JSON messages, one per line, over a Pipe (Node's 'json' serialization,
// so either side may be Node). `target` is a ChildProcess in the parent and `process` in the child.
// Messages whose `cmd` starts with 'NODE_' are Node's internal ones; tide has none it acts on.
function setupChannel(target, handle) {
  const { Socket } = require('internal/net/socket');
  const channel = new Socket({ handle });
  channel.setEncoding('utf8');
  target.channel = channel;
  target.connected = true;
  let pending = '';

  channel.on('data', (chunk) => {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      let message;
      try {
        message = JSON.parse(line);
      } catch (err) {
        target.emit('error', err);
        continue;
      }
      if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
          message.cmd.startsWith('NODE_')) {
        target.emit('internalMessage', message);
        continue;
      }
      target.emit('message', message, undefined);
    }
  });

  const onPeerGone = () => {
    if (target.connected) {
      target.connected = false;
      process.nextTick(() => target.emit('disconnect'));
    }
    channel.destroy();
  };
  channel.on('end', onPeerGone);
  // A peer that vanished mid-write (EPIPE, ECONNRESET) is a disconnect too.
  channel.on('error', onPeerGone);

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle;
      sendHandle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (sendHandle != null) throw new ERR_NOT_IMPLEMENTED('child_process sending handles over IPC');
    if (!this.connected) {
      const ex = new ERR_IPC_CHANNEL_CLOSED();
      if (callback) process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
      return false;
    }
    const line = `${JSON.stringify(message)}\n`;
    channel.write(line, callback ? (err) => callback(err ?? null) : undefined);
    return channel.writableLength < 65536 * 2;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Queued messages still go out; the peer sees the end of the channel after them.
    channel.end();
    channel.once('finish', () => channel.destroy());
    process.nextTick(() => this.emit('disconnect'));
  };
  return channel;
}

// In a child started by fork(): NODE_CHANNEL_FD names the descriptor of the channel. As in Node the
// channel keeps the child alive only while it has 'message' or 'disconnect' listeners.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const handle = new Pipe(PipeConstants.IPC);
  if (handle.open(fd) !== 0) {
    handle.close();
    return;
  }
  handle.unref();
  const channel = setupChannel(process, handle);
  channel.unref();
  process.on('disconnect', () => channel.unref());
  let listeners = 0;
  process.on('newListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && listeners++ === 0 && process.connected) {
      channel.ref();
    }
  });
  process.on('removeListener', (name) => {
    if ((name === 'message' || name === 'disconnect') && --listeners === 0) channel.unref();
  });
}

// `using child = spawn(...)` kills it at scope exit, where the engine has Symbol.dispose.
if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(ChildProcess.prototype, Symbol.dispose, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: function dispose() {
      if (!this.killed) this.kill();
    },
  });
}

// spawnSync's core: options are normalized (file, args, envPairs, stdio from getValidStdio(…,
// true), killSignal as a number).
function spawnSync(options) {
  const raw = spawnSyncBinding.spawn(options);
  let output = null;
  if (raw.output) {
    const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
    output = raw.output.map((bytes) => {
      if (bytes == null) return null;
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      return encoding ? buf.toString(encoding) : buf;
    });
  }
  const result = {
    status: raw.status,
    signal: raw.signal ? signalName(raw.signal) : null,
    output,
    pid: raw.pid,
    stdout: output && output[1],
    stderr: output && output[2],
  };
  if (raw.error !== undefined) {
    const err = new ErrnoException(raw.error, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
  }
  return result;
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  setupChildChannel,
  spawnSync,
};
