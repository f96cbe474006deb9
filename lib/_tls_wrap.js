'use strict';
// TLSSocket, tls.Server and tls.connect. A TLSSocket is a net.Socket whose `_handle` is a
// TLSHandle: the stream-handle interface net.Socket drives (readStart/readStop/onread, write*,
// shutdown, close), implemented over a transport — the TCP net.Socket (or any Duplex) that
// carries the ciphertext — and the binding's TLSConn (an OpenSSL SSL with memory BIOs). Over a
// TCP/pipe handle the TLSConn reads and writes the ciphertext itself, in C++ (attach()).

const net = require('net');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { Duplex } = require('stream');
const binding = internalBinding('tls_wrap');
const { UV_EOF } = internalBinding('uv');
const { WriteWrap, ShutdownWrap } = internalBinding('stream_wrap');
const { TCP } = internalBinding('tcp_wrap');
const { Pipe } = internalBinding('pipe_wrap');
const { initSocketHandle } = require('internal/net/socket');
const { kOwner } = require('internal/stream_base_commons');
const { ErrnoException } = require('internal/errors');
const {
  SecureContext,
  createSecureContext,
  isSecureContext,
  translatePeerCertificate,
} = require('_tls_common');
const {
  ConnResetException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_MULTIPLE_CALLBACK,
    ERR_NOT_IMPLEMENTED,
    ERR_TLS_DH_PARAM_SIZE,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
  },
} = require('internal/errors');
const {
  validateBuffer,
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');

const { kHandshakeDone, kEOF, kWantSNI, kNewSession, kEncOut, kKeylog } = binding;

const kConn = Symbol('kConn');
const kPendingSession = Symbol('kPendingSession');
const kErrorEmitted = Symbol('kErrorEmitted');
const kIsVerified = Symbol('kIsVerified');
const kConnectOptions = Symbol('kConnectOptions');
// Whether the handshake was started (see TLSSocket#_start), and the tls.connect() option that
// starts it as soon as the given socket is connected.
const kStarted = Symbol('kStarted');
const kStartOnConnect = Symbol('kStartOnConnect');

// ---------------------------------------------------------------------------------------------
// TLSHandle

function noop() {}

class TLSHandle {
  constructor(owner, transport, conn) {
    this[kOwner] = owner;
    this.owner = owner;
    this.transport = transport;
    this.conn = conn;
    this.reading = false;
    this.onread = noop;
    this.finalBytes = null;  // [read, written] once closed
    this.secured = false;
    this.eof = false;
    this.closed = false;
    this.closeCallbacks = [];
    // Writes (and a shutdown) made before the handshake finished: [req, chunks | null,
    // allBuffers].
    this.pending = [];
    conn.setOnData((ab) => this.onread(ab.byteLength, ab));
    // Calls from an attached TLSConn (see takeRawHandle).
    conn.oncycle = () => this.receive(undefined);
    conn.onstatus = (status) => this.onStatus(status);
    this.onTransportData = (chunk) => this.receive(chunk);
    this.onTransportEnd = () => this.transportEnded();
    this.onTransportError = (err) => this.transportError(err);
    this.onTransportClose = () => this.transportClosed();
    // The raw libuv handle of a TCP/pipe transport, once taken over (see takeRawHandle), and
    // whether the TLSConn reads and writes it in C++.
    this.raw = null;
    this.attached = false;
    transport.on('data', this.onTransportData);
    transport.on('end', this.onTransportEnd);
    transport.on('error', this.onTransportError);
    transport.on('close', this.onTransportClose);
    // Ends are the TLS layer's business: the transport never half-closes on its own.
    transport.allowHalfOpen = true;
  }

  // A connected net.Socket over a TCP or pipe handle with nothing buffered: ciphertext then goes
  // between its libuv handle and the TLS connection directly, skipping the transport's own
  // Readable/Writable (one stream layer per direction instead of two).
  takeRawHandle() {
    const t = this.transport;
    const raw = t._handle;
    if (this.raw !== null || !(raw instanceof TCP || raw instanceof Pipe) || t.connecting ||
        t.destroyed || t.readableLength > 0 || t.writableLength > 0 || !t.readable) {
      return;
    }
    this.raw = raw;
    raw[kTLSHandle] = this;
    raw.onread = onRawRead;
    t.removeListener('data', this.onTransportData);
    // Ciphertext reads go to the TLSConn in C++; `onRawRead` still hears of the end and errors.
    this.attached = this.conn.attach(raw);
    this.updateFlow();
  }

  // Node's TLSSocket over a stream that is no net.Socket keeps a JSStreamSocket wrapping it here.
  // tide reads such a stream directly: this is only an object of that class (not wired to the
  // stream), for code that takes its constructor to wrap streams itself (http2-wrapper, in got).
  get _parentWrap() {
    if (this.transport instanceof net.Socket) return undefined;
    if (this[kParentWrap] === undefined) {
      const JSStreamSocket = require('internal/js_stream_socket');
      this[kParentWrap] = Object.create(JSStreamSocket.prototype);
    }
    return this[kParentWrap];
  }

  get bytesRead() {
    return this.conn !== null ? this.conn.getBytesRead() : (this.finalBytes?.[0] ?? 0);
  }

  get bytesWritten() {
    return this.conn !== null ? this.conn.getBytesWritten() : (this.finalBytes?.[1] ?? 0);
  }

  // --- ciphertext in -------------------------------------------------------------------------
  receive(chunk) {
    const conn = this.conn;
    if (conn === null) return;
    this.onStatus(conn.receive(chunk));
  }

  onStatus(status) {
    const conn = this.conn;
    if (conn === null) return;
    if (status < 0) {
      if (status === -1 && this.conn !== null) this.owner._tlsError(conn.takeError());
      return;
    }
    // The last handshake flight (a client's Finished) waits until 'secure'/'secureConnect' has
    // run, as Node's does: what the listeners write (an https request) leaves in the same TCP
    // segment. Sent alone, it would leave the request to Nagle's algorithm, which holds it
    // until the peer's (delayed, up to 40 ms) ACK of the flight.
    const done = (status & kHandshakeDone) !== 0;
    if ((status & kEncOut) && !done) this.flushEnc();
    if (status & kKeylog) this.owner._onKeylog();
    if (status & kWantSNI) this.owner._onSNI();
    if (status & kNewSession) this.owner._onNewSession();
    if (done) {
      this.secured = true;
      this.updateFlow();
      this.owner._finishInit();
      if (this.conn === null) return;
      if (status & kEncOut) this.flushEnc();
      if (this.owner.destroyed) return;
      // From now on an attached connection reads in C++.
      if (this.attached) this.conn.setDirect();
      // Records that arrived with the last handshake message.
      this.receive(undefined);
      return;
    }
    if ((status & kEOF) && !this.eof) {
      this.eof = true;
      this.onread(UV_EOF);
    }
  }

  flushEnc() {
    if (this.attached) {
      const err = this.conn.flushOut();
      if (err < 0) process.nextTick(() => this.owner.destroy(new ErrnoException(err, 'write')));
      return;
    }
    const ab = this.conn.encOut();
    if (ab.byteLength > 0) this.sendRaw(new FastBuffer(ab), null);
  }

  // Ciphertext to the transport; `req` (a TLS-level WriteWrap or null) completes when it is out.
  // Returns true when it completed at once.
  sendRaw(buf, req) {
    const raw = this.raw;
    if (raw === null) {
      this.transport.write(buf, req === null ? undefined : (err) => {
        if (err) {
          if (typeof req.callback === 'function') req.callback(err);
          return;
        }
        req.oncomplete(0);
      });
      return false;
    }
    // `tls` first: these requests get maps of their own. A `handle` first would share the map
    // of the socket-level WriteWraps (createWriteWrap), whose `handle` is a TLSHandle; a TCP
    // handle there (at the first close_notify) would generalize the field and throw away the
    // optimized response path (endDirect) that relied on its type.
    const w = new WriteWrap();
    w.tls = this;
    w.tlsReq = req;
    w.oncomplete = onRawWriteDone;
    w.handle = raw;
    const ret = raw.writeBuffer(w, buf);
    if (ret < 0) {
      const err = new ErrnoException(ret, 'write');
      process.nextTick(() => this.owner.destroy(err));
      return false;
    }
    return ret === 0;
  }

  transportEnded() {
    if (this.conn === null) return;
    if (!this.secured) {
      this.owner._onHandshakeEnd();
      return;
    }
    if (!this.eof) {
      this.eof = true;
      this.onread(UV_EOF);
    }
  }

  transportError(err) {
    if (this.conn === null) return;
    this.owner.destroy(err);
  }

  transportClosed() {
    const callbacks = this.closeCallbacks;
    this.closeCallbacks = [];
    for (const cb of callbacks) cb();
    if (this.conn !== null && !this.closed) {
      // The transport went away under a live TLS socket.
      if (!this.secured) this.owner._onHandshakeEnd();
      else if (!this.eof) {
        this.eof = true;
        this.onread(UV_EOF);
      }
    }
  }

  // Reading: the transport flows during the handshake whatever the TLS socket's state.
  updateFlow() {
    const t = this.transport;
    const raw = this.raw;
    if (raw !== null) {
      const want = this.reading || !this.secured;
      if (want !== raw.reading) {
        raw.reading = want;
        const err = want ? raw.readStart() : raw.readStop();
        if (err) this.owner.destroy(new ErrnoException(err, 'read'));
      }
      return;
    }
    if (this.reading || !this.secured) {
      if (t.isPaused()) t.resume();
    } else if (!t.isPaused()) {
      t.pause();
    }
  }

  readStart() {
    this.reading = true;
    this.updateFlow();
    return 0;
  }

  readStop() {
    this.reading = false;
    this.updateFlow();
    return 0;
  }

  // --- plaintext out -------------------------------------------------------------------------
  // Chunks are [chunk, encoding, ...] lists whose strings C++ encodes into the record itself
  // (latin1 or UTF-8; other encodings become Buffers here).
  writeBuffer(req, data) { return this.writeChunks(req, [data], true); }
  writeUtf8String(req, s) { return this.writeChunks(req, [s, 'utf8'], false); }
  writeLatin1String(req, s) { return this.writeChunks(req, [s, 'latin1'], false); }
  writeAsciiString(req, s) { return this.writeChunks(req, [s, 'latin1'], false); }
  writeUcs2String(req, s) { return this.writeChunks(req, [Buffer.from(s, 'utf16le')], true); }
  // An http response in one record (see writeDirect in internal/stream_base_commons).
  // headUtf8: the head in utf8 as well (head + body as one utf8 string). chunked: the body as
  // one chunk, after its size line.
  writeHeadAndBody(req, head, body, tail, headUtf8, chunked) {
    if (chunked === true) {
      return this.writeChunks(req, [head, 'latin1', Buffer.byteLength(body).toString(16) + '\r\n',
                                    'latin1', body, 'utf8', tail, 'latin1'], false);
    }
    return this.writeChunks(req, [head, headUtf8 === true ? 'utf8' : 'latin1', body, 'utf8',
                                  tail, 'latin1'], false);
  }

  writev(req, chunks, allBuffers) {
    if (!allBuffers) {
      let copied = false;
      for (let i = 0; i < chunks.length; i += 2) {
        const chunk = chunks[i];
        if (typeof chunk === 'string' && !kNativeEncodings.has(chunks[i + 1])) {
          if (!copied) {
            chunks = chunks.slice();
            copied = true;
          }
          chunks[i] = Buffer.from(chunk, chunks[i + 1]);
          chunks[i + 1] = 'buffer';
        }
      }
    }
    return this.writeChunks(req, chunks, allBuffers);
  }

  writeChunks(req, chunks, allBuffers) {
    if (this.conn === null) return -32;  // UV_EPIPE
    // A client's first write starts a handshake nobody started yet.
    if (!this.owner[kStarted]) this.owner._start();
    if (!this.secured || this.pending.length > 0) {
      this.pending.push([req, chunks, allBuffers]);
      return 1;
    }
    return this.encryptAndSend(req, chunks, allBuffers);
  }

  // → 0 (written), 1 (req.oncomplete follows) or a negative libuv error.
  encryptAndSend(req, chunks, allBuffers) {
    if (this.attached) {
      try {
        return this.conn.writeTo(req, chunks, allBuffers);
      } catch (err) {
        process.nextTick(() => this.owner.destroy(err));
        return 1;
      }
    }
    let bufs = chunks;
    if (!allBuffers) {
      bufs = [];
      for (let i = 0; i < chunks.length; i += 2) {
        const chunk = chunks[i];
        if (typeof chunk !== 'string' || chunks[i + 1] === 'utf8' || chunks[i + 1] === 'utf-8') {
          bufs.push(chunk);
        } else {
          bufs.push(Buffer.from(chunk, chunks[i + 1]));
        }
      }
    }
    let ab;
    try {
      ab = this.conn.write(bufs);
    } catch (err) {
      process.nextTick(() => this.owner.destroy(err));
      return 1;
    }
    return this.sendRaw(new FastBuffer(ab), req) ? 0 : 1;
  }

  flushPending() {
    const pending = this.pending;
    this.pending = [];
    for (const [req, chunks, allBuffers] of pending) {
      if (this.conn === null) return;
      if (chunks === null) {
        this.shutdown(req);
        continue;
      }
      const ret = this.encryptAndSend(req, chunks, allBuffers);
      if (ret === 0) req.oncomplete(0);
      else if (ret < 0) process.nextTick(() => this.owner.destroy(new ErrnoException(ret, 'write')));
    }
  }

  get writeQueueSize() {
    return this.raw !== null ? this.raw.writeQueueSize : (this.transport.writableLength ?? 0);
  }

  // end(): close_notify, then the transport's own end.
  shutdown(req) {
    if (this.conn === null) return -107;  // UV_ENOTCONN
    if (!this.secured || this.pending.length > 0) {
      this.pending.push([req, null]);
      return 0;
    }
    const ab = this.conn.shutdown();
    if (ab.byteLength > 0) this.sendRaw(new FastBuffer(ab), null);
    const raw = this.raw;
    if (raw === null) {
      this.transport.end(() => req.oncomplete(0));
      return 0;
    }
    const s = new ShutdownWrap();
    s.tlsReq = req;  // first, for the same reason as in sendRaw()
    s.oncomplete = onRawShutdownDone;
    s.handle = raw;
    const err = raw.shutdown(s);
    if (err === 1 || err < 0) process.nextTick(() => req.oncomplete(0));
    return 0;
  }

  // The TLSConn goes: its byte counts stay.
  dropConn() {
    const conn = this.conn;
    if (conn === null) return;
    this.finalBytes = [conn.getBytesRead(), conn.getBytesWritten()];
    conn.detach();
    this.conn = null;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    this.dropConn();
    const t = this.transport;
    if (typeof cb === 'function') {
      if (t.destroyed && (t.closed || t._readableState?.closeEmitted)) process.nextTick(cb);
      else this.closeCallbacks.push(cb);
    }
    t.destroy();
  }

  reset(cb) {
    if (typeof this.transport.resetAndDestroy !== 'function') return -22;  // UV_EINVAL
    this.closed = true;
    this.dropConn();
    if (typeof cb === 'function') this.closeCallbacks.push(cb);
    this.transport.resetAndDestroy();
    return 0;
  }

  getpeername(out) {
    const t = this.transport;
    if (typeof t._getpeername !== 'function') return -107;
    Object.assign(out, t._getpeername());
    return 0;
  }

  getsockname(out) {
    const t = this.transport;
    if (typeof t._getsockname !== 'function') return -107;
    Object.assign(out, t._getsockname());
    return 0;
  }

  setNoDelay(enable) { this.transport.setNoDelay?.(enable); }
  setKeepAlive(enable, delay) { this.transport.setKeepAlive?.(enable, delay * 1000); }
  ref() { this.transport.ref?.(); }
  unref() { this.transport.unref?.(); }
  hasRef() { return this.transport._handle?.hasRef?.() ?? true; }
}

const kTLSHandle = Symbol('kTLSHandle');
const kParentWrap = Symbol('kParentWrap');
const kNativeEncodings = new Set(['utf8', 'utf-8', 'latin1', 'binary', 'ascii']);

// onread of a taken-over libuv handle (`this`).
function onRawRead(nread, arrayBuffer) {
  const tls = this[kTLSHandle];
  if (tls === undefined || tls.conn === null) return;
  if (nread > 0) {
    tls.owner._unrefTimer();
    tls.receive(new FastBuffer(arrayBuffer, 0, nread));
    return;
  }
  if (nread === 0) return;
  if (nread === UV_EOF) {
    tls.transportEnded();
    return;
  }
  tls.owner.destroy(new ErrnoException(nread, 'read'));
}

// oncomplete of a ciphertext write on a taken-over handle (`this` is the WriteWrap).
function onRawShutdownDone() {
  this.tlsReq.oncomplete(0);
}

function onRawWriteDone(status) {
  const tls = this.tls;
  if (status < 0) {
    if (tls.conn !== null) tls.owner.destroy(new ErrnoException(status, 'write'));
    return;
  }
  if (this.tlsReq !== null) this.tlsReq.oncomplete(0);
}

// ---------------------------------------------------------------------------------------------
// TLSSocket

function keylogNewListener(event) {
  if (event !== 'keylog') return;
  this[kConn]?.enableKeylog();
  this.removeListener('newListener', keylogNewListener);
}

function initRead(socket) {
  if (!socket._handle || socket.destroyed) return;
  socket.read(0);
}

function onSocketTLSErrorServer(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const server = this._tlsOptions.server;
    if (server.listenerCount('tlsClientError') > 0) server.emit('tlsClientError', err, this);
  }
}

class TLSSocket extends net.Socket {
  constructor(socket, opts) {
    const tlsOptions = { ...opts };
    if (tlsOptions.enableTrace) throw new ERR_NOT_IMPLEMENTED('The TLSSocket "enableTrace" option');
    if (tlsOptions.ALPNProtocols) {
      tlsOptions.ALPNProtocols = convertALPN(tlsOptions.ALPNProtocols);
    }
    if (tlsOptions.ALPNCallback) {
      throw new ERR_NOT_IMPLEMENTED('The tls "ALPNCallback" option');
    }
    if (socket != null && !(socket instanceof Duplex)) {
      throw new ERR_INVALID_ARG_TYPE('socket', 'Duplex', socket);
    }
    super({
      allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
      manualStart: true,
      highWaterMark: tlsOptions.highWaterMark,
    });
    this._tlsOptions = tlsOptions;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    this[kPendingSession] = null;
    this[kErrorEmitted] = false;
    this[kIsVerified] = false;

    const transport = socket ?? new net.Socket({ allowHalfOpen: true });
    this._parent = transport;
    this._wrapTransport(transport);

    if (tlsOptions.isServer) {
      this.on('error', onSocketTLSErrorServer);
    }
    // Reading starts on the next tick, once the caller has added its listeners; until the
    // readable buffer fills, as any socket.
    process.nextTick(initRead, this);
    this[kStarted] = false;
    if (socket != null) {
      if (tlsOptions.isServer || tlsOptions[kStartOnConnect]) {
        this._start();
      } else if (socket.connecting) {
        // A client TLSSocket made with `new` over a socket starts its handshake on _start() or
        // its first write, as Node's; until then it only reports the transport's connection.
        this.connecting = true;
        socket.once('connect', () => {
          if (this[kStarted]) return;
          this.connecting = false;
          this.emit('connect');
        });
      }
    }
  }

  // Starts the handshake once the transport is connected (tls.connect() and servers call it;
  // code that wraps its own client socket calls it, or its first write does).
  _start() {
    if (this[kStarted] || this.destroyed) return;
    this[kStarted] = true;
    const socket = this._parent;
    if (socket.connecting) {
      this.connecting = true;
      socket.once('connect', () => this._transportConnected());
    } else {
      process.nextTick(() => this._transportConnected());
    }
  }

  _wrapTransport(transport) {
    const options = this._tlsOptions;
    const context = options.secureContext || createSecureContext(options);
    const conn = new binding.TLSConn(context.context, !!options.isServer);
    this[kConn] = conn;
    this.ssl = conn;
    this._secureContext = context;
    this._handle = new TLSHandle(this, transport, conn);
    initSocketHandle(this);
    if (options.isServer) {
      if (options.server?.listenerCount('keylog') > 0) conn.enableKeylog();
      conn.setVerifyMode(!!options.requestCert, !!options.rejectUnauthorized);
      if (options.ALPNProtocols) conn.setALPNProtocols(options.ALPNProtocols);
      const server = options.server;
      if (options.SNICallback || (server && server._contexts.length > 0)) {
        this._SNICallback = options.SNICallback || server?._SNICallbackDefault;
        conn.setSNIWanted(true);
      }
    } else {
      this.on('newListener', keylogNewListener);
      if (options.ALPNProtocols) conn.setALPNProtocols(options.ALPNProtocols);
      if (options.session) {
        validateBuffer(options.session, 'options.session');
        conn.setSession(options.session);
      }
      if (options.servername) {
        validateString(options.servername, 'options.servername');
        conn.setServername(options.servername);
      }
    }
  }

  // The transport is connected: a client starts its handshake.
  _transportConnected() {
    if (this.destroyed || this[kConn] === null || this._handle === null) return;
    this._handle.takeRawHandle();
    if (this.connecting) {
      this.connecting = false;
      this.emit('connect');
    }
    // A 'connect' listener, or the peer's first bytes, may have destroyed the socket.
    if (!this._tlsOptions.isServer && this._handle !== null) {
      this._handle.receive(undefined);
    }
    this._handle?.updateFlow();
  }

  _tlsError(err) {
    if (this.destroyed) return;
    // The alert OpenSSL wrote for the peer goes out before the transport closes.
    if (this[kConn] !== null) this._handle?.flushEnc();
    this.destroy(err);
  }

  // The transport ended or closed before the handshake finished.
  _onHandshakeEnd() {
    if (this.destroyed) return;
    // No handshake was under way: the transport simply went away.
    if (!this[kStarted]) {
      this.destroy();
      return;
    }
    const options = this._tlsOptions;
    let error;
    if (options.isServer) {
      error = new ConnResetException('socket hang up');
    } else {
      error = new ConnResetException('Client network socket disconnected before secure TLS ' +
                                     'connection was established');
      const connect = this[kConnectOptions] || {};
      error.path = connect.path;
      error.host = connect.host;
      error.port = connect.port;
      error.localAddress = connect.localAddress;
    }
    this.destroy(error);
  }

  _onSNI() {
    const conn = this[kConn];
    const servername = conn.getServername();
    const cb = this._SNICallback;
    let once = false;
    cb(servername || '', (err, context) => {
      if (once) return this.destroy(new ERR_MULTIPLE_CALLBACK());
      once = true;
      if (err) return this.destroy(err);
      if (this.destroyed || this[kConn] === null) return;
      if (context) {
        if (!isSecureContext(context)) {
          return this.destroy(new ERR_TLS_INVALID_CONTEXT('context'));
        }
        conn.setSecureContext(context.context);
        this._secureContext = context;
      }
      this._handle.receive(undefined);
    });
  }

  // NSS key log lines: 'keylog' on the socket (client) or on the server, with the socket.
  _onKeylog() {
    const lines = this[kConn].takeKeylog();
    const server = this._tlsOptions.server;
    for (const ab of lines) {
      const line = new FastBuffer(ab);
      if (this._tlsOptions.isServer) server?.emit('keylog', line, this);
      else this.emit('keylog', line);
    }
  }

  _onNewSession() {
    const session = this[kConn].takeNewSession();
    if (!session) return;
    const buf = new FastBuffer(session);
    if (this[kIsVerified]) this.emit('session', buf);
    else this[kPendingSession] = buf;
  }

  _finishInit() {
    const conn = this[kConn];
    this.alpnProtocol = conn.getALPNNegotiated();
    this.servername = conn.getServername();
    this._secureEstablished = true;
    if (this._tlsOptions.isServer) this._onServerSecure();
    else this._onClientSecure();
    if (!this.destroyed) this._handle?.flushPending();
    if (!this.destroyed) this.emit('secure');
  }

  _onServerSecure() {
    const options = this._tlsOptions;
    const server = options.server;
    this.setTimeout(0, this._handleTimeout);
    if (options.requestCert) {
      const verifyError = this[kConn].verifyError();
      if (verifyError) {
        this.authorizationError = verifyError[0];
        if (options.rejectUnauthorized) {
          this.destroy();
          return;
        }
      } else {
        this.authorized = true;
      }
    }
    this.secureConnecting = false;
    this._controlReleased = true;
    this.removeListener('error', onSocketTLSErrorServer);
    if (server) server.emit('secureConnection', this);
  }

  _onClientSecure() {
    const options = this._tlsOptions;
    const connect = this[kConnectOptions] || options;
    let verifyError = null;
    const v = this[kConn].verifyError();
    if (v) {
      verifyError = new Error(v[1]);
      verifyError.code = v[0];
    } else if (!this.isSessionReused()) {
      const hostname = connect.servername || connect.host ||
        (connect.socket && connect.socket._host) || 'localhost';
      const cert = this.getPeerCertificate(true);
      const check = connect.checkServerIdentity ?? options.checkServerIdentity ??
        require('tls').checkServerIdentity;
      verifyError = check(hostname, cert) ?? null;
    }
    this.secureConnecting = false;
    if (verifyError) {
      this.authorized = false;
      this.authorizationError = verifyError.code || verifyError.message;
      if (options.rejectUnauthorized !== false) {
        this.destroy(verifyError);
        return;
      }
    } else {
      this.authorized = true;
    }
    this._controlReleased = true;
    this[kIsVerified] = true;
    this.emit('secureConnect');
    const session = this[kPendingSession];
    this[kPendingSession] = null;
    if (session && !this.destroyed) this.emit('session', session);
  }

  _handleTimeout() {
    this._tlsError(new ERR_TLS_HANDSHAKE_TIMEOUT());
  }

  get _connecting() { return this.connecting; }

  resetAndDestroy() {
    if (this._handle) {
      this.resetAndClosing = true;
      this.destroy();
    }
    return this;
  }

  _destroy(exception, cb) {
    this[kConn] = null;
    super._destroy(exception, cb);
  }

  // --- information ---------------------------------------------------------------------------
  getPeerCertificate(detailed) {
    const conn = this[kConn];
    if (!conn) return null;
    return translatePeerCertificate(conn.getPeerCertificate(), !!detailed) || {};
  }

  getCertificate() {
    const conn = this[kConn];
    if (!conn) return null;
    const der = conn.getCertificate();
    return der ? translatePeerCertificate([der], false) : {};
  }

  getPeerX509Certificate() {
    const ders = this[kConn]?.getPeerCertificate();
    if (!ders) return undefined;
    const { X509Certificate } = require('internal/crypto/x509');
    return new X509Certificate(Buffer.from(ders[0]));
  }

  getX509Certificate() {
    const der = this[kConn]?.getCertificate();
    if (!der) return undefined;
    const { X509Certificate } = require('internal/crypto/x509');
    return new X509Certificate(Buffer.from(der));
  }

  getProtocol() {
    // OpenSSL's answer even before the handshake (the highest version enabled), as Node's.
    const conn = this[kConn];
    return conn ? conn.getProtocol() : null;
  }

  getCipher() {
    const c = this[kConn]?.getCipher();
    if (!c) return null;
    return { name: c[0], standardName: c[1], version: c[2] };
  }

  getSession() {
    const s = this[kConn]?.getSession();
    return s ? new FastBuffer(s) : undefined;
  }

  isSessionReused() {
    return this[kConn] ? this[kConn].isSessionReused() : false;
  }

  getTLSTicket() {
    throw new ERR_NOT_IMPLEMENTED('TLSSocket.prototype.getTLSTicket()');
  }

  exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined) validateBuffer(context, 'context');
    if (!this._secureEstablished) {
      const { ERR_TLS_INVALID_STATE } = require('internal/errors').codes;
      throw new ERR_TLS_INVALID_STATE();
    }
    return new FastBuffer(this[kConn].exportKeyingMaterial(length, label, context));
  }

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this[kConn]?.setServername(name);
  }

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this[kConn]?.setSession(session);
  }

  // Renegotiation is disabled in every context tide creates (SSL_OP_NO_RENEGOTIATION).
  disableRenegotiation() {}

  renegotiate() {
    throw new ERR_NOT_IMPLEMENTED('TLSSocket.prototype.renegotiate()');
  }

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return this[kConn]?.setMaxSendFragment(size) ?? false;
  }

  enableTrace() {
    throw new ERR_NOT_IMPLEMENTED('TLSSocket.prototype.enableTrace()');
  }

  getFinished() {
    const ab = this[kConn]?.getFinished();
    return ab ? new FastBuffer(ab) : undefined;
  }

  getPeerFinished() {
    const ab = this[kConn]?.getPeerFinished();
    return ab ? new FastBuffer(ab) : undefined;
  }

  // The client's view of the key exchange ({} before the handshake; null on a server, as Node).
  getEphemeralKeyInfo() {
    const conn = this[kConn];
    if (!conn) return null;
    if (this._tlsOptions.isServer) return null;
    const info = conn.getEphemeralKeyInfo();
    if (!info) return {};
    const [type, name, size] = info;
    if (type === 'DH') return { type, size };
    if (type === 'ECDH') return { type, name, size };
    return {};
  }

  getSharedSigalgs() {
    throw new ERR_NOT_IMPLEMENTED('TLSSocket.prototype.getSharedSigalgs()');
  }
}

// ---------------------------------------------------------------------------------------------
// ALPN

function convertALPN(protocols) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const buf = Buffer.from(protocols[i]);
      if (buf.length > 255) {
        throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
                                   `${i} exceeds the maximum length.`, '<= 255', buf.length, true);
      }
      parts.push(Buffer.from([buf.length]), buf);
    }
    return Buffer.concat(parts);
  }
  if (Buffer.isBuffer(protocols) || ArrayBuffer.isView(protocols)) {
    return Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray',
                                                           'DataView'], protocols);
}

// ---------------------------------------------------------------------------------------------
// Server

function tlsConnectionListener(rawSocket) {
  const server = this;
  const socket = new TLSSocket(rawSocket, {
    secureContext: server._sharedCreds,
    isServer: true,
    server,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    handshakeTimeout: server[kHandshakeTimeout],
    ALPNProtocols: server.ALPNProtocols,
    SNICallback: server[kSNICallback],
    pauseOnConnect: server.pauseOnConnect,
  });
  socket.on('secure', noop);
  if (server[kHandshakeTimeout] > 0) {
    socket.setTimeout(server[kHandshakeTimeout], socket._handleTimeout);
  }
  socket._handle.updateFlow();
}

const kHandshakeTimeout = Symbol('kHandshakeTimeout');
const kSNICallback = Symbol('kSNICallback');

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    super(options);
    this._contexts = [];
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    this[kHandshakeTimeout] = options.handshakeTimeout ?? 120 * 1000;
    validateNumber(this[kHandshakeTimeout], 'options.handshakeTimeout');
    if (options.SNICallback !== undefined) {
      validateFunction(options.SNICallback, 'options.SNICallback');
    }
    this[kSNICallback] = options.SNICallback;
    if (options.ALPNCallback) throw new ERR_NOT_IMPLEMENTED('The tls "ALPNCallback" option');
    if (options.ALPNProtocols) this.ALPNProtocols = convertALPN(options.ALPNProtocols);
    if (options.sessionTimeout !== undefined) {
      validateInt32(options.sessionTimeout, 'options.sessionTimeout');
    }
    if (options.enableTrace) throw new ERR_NOT_IMPLEMENTED('The tls "enableTrace" option');
    this.setSecureContext(options);
    this._SNICallbackDefault = (servername, cb) => cb(null, this._findContext(servername));
    this.on('connection', tlsConnectionListener);
    if (listener) this.on('secureConnection', listener);
  }

  setSecureContext(options) {
    validateObject(options, 'options');
    this._sharedCreds = options.secureContext || createSecureContext({
      ...options,
      // The server's own session id context, so resumption works with client certificates.
      sessionIdContext: options.sessionIdContext,
    });
  }

  addContext(servername, context) {
    if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
    const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1')
      .replace(/\*/g, '[^.]*') + '$');
    const secureContext = isSecureContext(context) ? context : createSecureContext(context);
    this._contexts.push([re, secureContext]);
  }

  _findContext(servername) {
    if (!servername) return undefined;
    for (let i = this._contexts.length - 1; i >= 0; i--) {
      const [re, context] = this._contexts[i];
      if (re.test(servername)) return context;
    }
    return undefined;
  }

  setTicketKeys() {
    throw new ERR_NOT_IMPLEMENTED('tls.Server.prototype.setTicketKeys()');
  }

  getTicketKeys() {
    throw new ERR_NOT_IMPLEMENTED('tls.Server.prototype.getTicketKeys()');
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---------------------------------------------------------------------------------------------
// connect

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

let warnedAllowUnauthorized = false;
function getAllowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warnedAllowUnauthorized) {
    warnedAllowUnauthorized = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
                        'makes TLS connections and HTTPS requests insecure by disabling ' +
                        'certificate verification.');
  }
  return allow;
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = getAllowUnauthorized();
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: require('tls').DEFAULT_CIPHERS,
    checkServerIdentity: require('tls').checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  if (options.minDHSize < 1) throw new ERR_TLS_DH_PARAM_SIZE(options.minDHSize);

  const context = options.secureContext || createSecureContext(options);
  const hostname = options.host ?? 'localhost';
  if (options.servername === undefined && !net.isIP(hostname)) {
    options.servername = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  }
  if (options.servername === '' || net.isIP(options.servername || '')) {
    options.servername = undefined;
  }

  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    servername: options.servername,
    checkServerIdentity: options.checkServerIdentity,
    highWaterMark: options.highWaterMark,
    [kStartOnConnect]: true,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    const transport = tlssock._parent;
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connecting = true;
    tlssock[kStarted] = true;
    transport.once('connect', () => tlssock._transportConnected());
    const connectOpts = { ...options };
    delete connectOpts.timeout;
    transport.connect(connectOpts);
    tlssock._host = transport._host;
  }
  return tlssock;
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  convertALPN,
  SecureContext,
};
