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
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
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
    const serialization = options.serialization || 'json';
    if (serialization !== 'json' && serialization !== 'advanced') {
      throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization,
                                      'must be "json" or "advanced"');
    }
    if (ipc !== undefined) {
      // The child finds its channel by this variable (see setupChildChannel).
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
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
      setupChannel(this, ipc, serialization);
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

// --- the IPC channel ------------------------------------------------------------------------
// fork()'s channel (and stdio 'ipc'): messages in Node's wire formats (see child_process/
// serialization.js) over an IPC Pipe, so either side may be Node. `target` is a ChildProcess in the
// parent and `process` in the child. Messages whose `cmd` starts with 'NODE_' are internal:
// 'NODE_HANDLE' carries a net handle (the descriptor travels with the message through uv_write2;
// the receiver answers 'NODE_HANDLE_ACK', and the sender holds later messages back until then),
// 'NODE_CLUSTER' is cluster's; other internal messages are emitted as 'internalMessage'.

const kChannelHandle = Symbol('kChannelHandle');
const kPendingHandles = Symbol('kPendingHandles');
const kMaxRetransmissions = 3;

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

// What `process.channel` / `subprocess.channel` is: ref()/unref() of the channel, and the
// reference counting by which a child's channel keeps it alive only while someone listens.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

// How each kind of sendable handle leaves and arrives. send() returns the native handle to pass
// (or undefined to send the message alone); got() rebuilds the object on the receiving side.
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) {
      return handle;
    },
    got(message, handle, emit) {
      emit(handle);
    },
  },

  'net.Server': {
    simultaneousAccepts: true,
    send(message, server) {
      return server._handle;
    },
    got(message, handle, emit) {
      const net = require('net');
      const server = new net.Server();
      server.listen(handle, () => emit(server));
    },
  },

  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      if (socket.server) message.key = socket.server._connectionKey;
      if (!options.keepOpen && socket._server) {
        // No longer this server's connection (and not counted again when the socket is destroyed).
        socket._server._connections--;
        socket._server._emitCloseIfDrained?.();
        socket._server = null;
      }
      const handle = socket._handle;
      if (!options.keepOpen) {
        // The socket is the receiver's now: this side stops reading and lets go of it.
        if (typeof handle.readStop === 'function') handle.readStop();
        handle.onread = () => {};
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      // Closed when the receiver acknowledges it (or now, without a channel to wait on).
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const net = require('net');
      const socket = new net.Socket({ handle, readable: true, writable: true });
      emit(socket);
    },
  },
};

function handleTypeOf(handle) {
  const net = require('net');
  const { TCP } = internalBinding('tcp_wrap');
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  return null;
}

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function setupChannel(target, channel, serializationMode) {
  const { WriteWrap } = internalBinding('stream_wrap');
  const serialization = require('internal/child_process/serialization');
  const format = serializationMode === 'advanced' ? serialization.advanced : serialization.json;
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  target.connected = true;
  target._handleQueue = null;
  target._pendingMessage = null;
  const readState = {};
  format.init(readState);
  channel[kPendingHandles] = [];
  // Writes still in flight: a disconnect closes the channel only after they are out.
  let writesInFlight = 0;
  let closeWhenFlushed = null;

  function emit(event, message, handle) {
    target.emit(event, message, handle);
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel) {
      // Nobody will get it: a socket is destroyed, a server or native handle closed.
      if (typeof handle?.destroy === 'function') handle.destroy();
      else handle?.close?.();
      return;
    }
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message, handle);
  }

  channel.onread = function onread(nread, arrayBuffer) {
    // Descriptors arrive with the bytes of the message they belong to: take them now, in order.
    while (channel.pendingCount() > 0) {
      const type = channel.pendingType();
      let handle;
      if (type === 'tcp') {
        const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
        handle = new TCP(TCPConstants.SOCKET);
      } else {
        // A Unix socket — or a kind this runtime has no handle for (UDP, a file), held in a Pipe
        // only until its message arrives and finds no conversion for it (it is closed then).
        handle = new Pipe(PipeConstants.SOCKET);
      }
      if (channel.acceptPending(handle) !== 0) {
        handle.close();
        break;
      }
      channel[kPendingHandles].push(handle);
    }
    if (nread > 0) {
      let messages;
      try {
        messages = [...format.parse(readState, Buffer.from(arrayBuffer, 0, nread))];
      } catch (err) {
        process.nextTick(() => target.emit('error', err));
        return;
      }
      for (const message of messages) {
        if (isInternal(message)) {
          if (message.cmd === 'NODE_HANDLE') {
            handleMessage(message, channel[kPendingHandles].shift(), true);
          } else {
            handleMessage(message, undefined, true);
          }
        } else {
          handleMessage(message, undefined, false);
        }
      }
    } else if (nread < 0) {
      // The peer closed its end (or the channel broke): disconnected.
      readState.buffering = false;
      channel.onread = () => {};
      if (target.connected) target.connected = false;
      if (target.channel) target._disconnect();
    }
  };

  target.on('internalMessage', function onInternal(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      if (target._pendingMessage) closePendingHandle(target);
      flushHandleQueue();
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      // The peer got the message without its descriptor: send it again, a few times at most.
      const pending = target._pendingMessage;
      if (pending) {
        target._pendingMessage = null;
        if (pending.retransmissions++ < kMaxRetransmissions) {
          target._handleQueue = target._handleQueue || [];
          target._handleQueue.unshift(pending);
        } else {
          pending.handle.close();
        }
      }
      flushHandleQueue();
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (handle === undefined) {
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
      return;
    }
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const conversion = handleConversion[message.type];
    if (conversion === undefined) {
      // (a dgram socket, say: tide does not take those over IPC) The message arrives without it.
      handle.close();
      handleMessage(message.msg, undefined, isInternal(message.msg));
      return;
    }
    conversion.got.call(this, message, handle, (object) => {
      handleMessage(message.msg, object, isInternal(message.msg));
    });
  });

  function flushHandleQueue() {
    const queue = target._handleQueue;
    target._handleQueue = null;
    if (queue) {
      for (const item of queue) {
        // A handle the peer did not get (NACK) goes again as it went the first time.
        if (item.retransmissions !== undefined) {
          target._send(item.message, item.handle, item.options, item.callback, item);
        } else {
          target._send(item.message, item.handle, item.options, item.callback);
        }
      }
    }
    if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback, retransmitted) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    else if (options == null) options = { swallowErrors: false };
    if (callback !== undefined && callback !== null) validateFunction(callback, 'callback');

    let conversion;
    if (retransmitted !== undefined) {
      // (message is the NODE_HANDLE envelope and handle the native one, as sent before)
      if (this._handleQueue) {
        this._handleQueue.push(retransmitted);
        return this._handleQueue.length === 1;
      }
    } else if (handle) {
      const type = handleTypeOf(handle);
      if (type === null) throw new ERR_INVALID_HANDLE_TYPE();
      message = { cmd: 'NODE_HANDLE', type, msg: message };
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conversion = handleConversion[type];
      const native = conversion.send.call(target, message, handle, options);
      if (!native) message = message.msg;  // nothing to pass: the message goes alone
      handle = native;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' ||
                             message.cmd === 'NODE_HANDLE_NACK'))) {
      // Held back behind a handle the peer has not acknowledged yet.
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    let bytes;
    try {
      bytes = format.encode(message);
    } catch (err) {
      if (handle && conversion?.postSend) handle.close?.();
      throw err;
    }
    const req = new WriteWrap();
    const err = handle ? channel.writeBuffer(req, bytes, handle) : channel.writeBuffer(req, bytes);
    if (err === 0 || err === 1) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (retransmitted !== undefined) this._pendingMessage = retransmitted;
        else if (conversion?.postSend) conversion.postSend(message, handle, options, callback, target);
      }
      if (err === 1) {
        writesInFlight++;
        control.refCounted();
        req.oncomplete = (status) => {
          writesInFlight--;
          control.unrefCounted();
          if (typeof callback === 'function') {
            callback(status < 0 ? new ErrnoException(status, 'write') : null);
          }
          if (writesInFlight === 0 && closeWhenFlushed) closeWhenFlushed();
        };
        req.buffer = bytes;
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (conversion?.postSend && handle && !options.keepOpen) handle.close();
      const ex = new ErrnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else if (!options.swallowErrors) process.nextTick(() => this.emit('error', ex));
    }
    // Backpressure as Node reports it: false once a lot waits to be written.
    return channel.writeQueueSize < 65536 * 2;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    // No new messages; queued ones (and a handle awaiting its ack) go first.
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (!this.channel) return;
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      const close = () => {
        closeWhenFlushed = null;
        for (const handle of channel[kPendingHandles]) handle.close();
        channel[kPendingHandles] = [];
        channel.close();
      };
      if (writesInFlight > 0) closeWhenFlushed = close;
      else close();
      target.emit('disconnect');
    };
    // A message half read when the peer went away is not waited for; one being read while this
    // side disconnects is.
    if (readState.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  channel.readStart();
  return control;
}

// In a child started by fork(): NODE_CHANNEL_FD names the descriptor of the channel and
// NODE_CHANNEL_SERIALIZATION_MODE its format. As in Node the channel keeps the child alive only
// while it has 'message' or 'disconnect' listeners (or process.channel.ref() was called).
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const handle = new Pipe(PipeConstants.IPC);
  if (handle.open(fd) !== 0) {
    handle.close();
    return;
  }
  handle.unref();
  const control = setupChannel(process, handle, mode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
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
