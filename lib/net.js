'use strict';
// node:net — TCP and Unix domain socket clients and servers. net.Socket is the Duplex of
// lib/internal/net/socket.js (the class process.stdin/stdout and tty streams use), extended here
// with connecting, addresses, timeouts and TCP options; Server listens on TCP, a path or an fd.

const EventEmitter = require('events');
const {
  Socket,
  initSocketHandle,
  tryReadStart,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
} = require('internal/net/socket');
const { kOwner } = require('internal/stream_base_commons');
// The attempt timer of a happy-eyeballs connect.
const kTimeout = Symbol('kTimeout');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { BlockList, SocketAddress } = require('internal/net/blocklist');
const { TCP, TCPConnectWrap, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { guessHandleType } = internalBinding('tty_wrap');
const { UV_EADDRINUSE, UV_EINVAL, UV_ETIMEDOUT, UV_ECANCELED } = internalBinding('uv');
const {
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  NodeAggregateError,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_IP_BLOCKED,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
  settleErrorShapes,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');

let dns;  // loaded on first host name lookup
let cluster;  // loaded on first listen
function lazyDns() {
  dns ??= require('dns');
  return dns;
}

const kAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');
const normalizedArgsSymbol = Symbol('normalizedArgs');
const kReinitializeHandle = Symbol('kReinitializeHandle');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// [options, cb] from connect()/listen() arguments: (options[, cb]), (path[, cb]),
// (port[, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---------------------------------------------------------------------------------------------
// Socket: the TCP/pipe client parts.

const proto = Socket.prototype;

proto.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;

  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (pipe) validateString(path, 'options.path');
  if (cb !== null) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);

  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) internalConnect(this, path);
  else lookupAndConnect(this, options);
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP address needs no lookup (the connect still happens on a later tick, as in Node).
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsModule = lazyDns();
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dnsModule.ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || dnsModule.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// Happy eyeballs (RFC 8305 as Node does it): addresses of both families, alternating, each tried
// for autoSelectFamilyAttemptTimeout ms before the next; all failures end in one AggregateError.
function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress,
                                  localPort, timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const valid = [[], []];
    const seen = [[], []];
    let order;
    for (const address of addresses) {
      const { address: ip, family } = address;
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        order ??= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const slot = order[family];
        if (!seen[slot].includes(ip)) {
          valid[slot].push(address);
          seen[slot].push(ip);
        }
      }
    }
    if (!valid[0].length && !valid[1].length) {
      const { address: firstIp, family: firstFamily } = addresses[0] ?? {};
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstFamily !== 4 && firstFamily !== 6) {
        process.nextTick(connectErrorNT, self,
                         new ERR_INVALID_ADDRESS_FAMILY(firstFamily, options.host, options.port));
      }
      return;
    }
    const toAttempt = [];
    for (let i = 0, l = Math.max(valid[0].length, valid[1].length); i < l; i++) {
      if (i in valid[0]) toAttempt.push(valid[0][i]);
      if (i in valid[1]) toAttempt.push(valid[1][i]);
    }
    if (toAttempt.length === 1) {
      const { address: ip, family } = toAttempt[0];
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = {
      socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, errors: [],
      [kTimeout]: null,
    };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

function internalConnectMultiple(context, canceled) {
  clearTimeout(context[kTimeout]);
  const self = context.socket;
  if (!self.connecting) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
      return;
    }
    self.destroy(new NodeAggregateError(context.errors));
    return;
  }
  const current = context.current++;
  if (current > 0) self[kReinitializeHandle](new TCP(TCPConstants.SOCKET));
  const { localPort, port } = context;
  const { address, family } = context.addresses[current];
  let localAddress;
  let err;
  if (self.blockList?.check(address, `ipv${family}`)) {
    context.errors.push(new ERR_IP_BLOCKED(address));
    internalConnectMultiple(context);
    return;
  }
  if (localPort) {
    if (family === 4) {
      localAddress = DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      context.errors.push(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }
  const req = new TCPConnectWrap();
  req.oncomplete = afterConnectMultiple.bind(undefined, context, current);
  req.address = address;
  req.port = port;
  req.localAddress = localAddress;
  req.localPort = localPort;
  req.addressType = family;
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  err = family === 4 ? self._handle.connect(req, address, port) :
    self._handle.connect6(req, address, port);
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    context.errors.push(new ExceptionWithHostPort(err, 'connect', address, port, details));
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context[kTimeout] = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req,
                                   self._handle);
  }
}

function createConnectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
  const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function internalConnectMultipleTimeout(context, req, handle) {
  req.oncomplete = undefined;
  context.errors.push(createConnectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearTimeout(context[kTimeout]);
  // An attempt that completed after its turn timed out: not this socket's handle any more.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  const self = context.socket;
  if (status !== 0) {
    context.errors.push(createConnectionError(req, status));
    if (self.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, self._handle, req, readable, writable);
}

proto[kReinitializeHandle] = function(handle) {
  this._handle?.close();
  this._handle = handle;
  this._handle[kOwner] = this;
  initSocketHandle(this);
};

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if ((addressType === 4 || addressType === 6) &&
      self.blockList?.check(address, `ipv${addressType}`)) {
    self.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort | 0);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort | 0, 0);
    }
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = addressType;
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    const req = { address, oncomplete: afterConnect };
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// req.oncomplete of a connect: `this` is the request.
function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (self === undefined || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused() && self._handle && !self._handle.reading) tryReadStart(self);
  } else {
    self.destroy(createConnectionError(req, status));
  }
}

proto.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

proto.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] ||
      (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

proto.address = function address() {
  return this._getsockname();
};

proto._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  }
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

proto._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

function defineGetter(name, get) {
  Object.defineProperty(proto, name, { __proto__: null, configurable: true, get });
}
defineGetter('remoteAddress', function() { return this._getpeername().address; });
defineGetter('remoteFamily', function() { return this._getpeername().family; });
defineGetter('remotePort', function() { return this._getpeername().port; });
defineGetter('localAddress', function() { return this._getsockname().address; });
defineGetter('localPort', function() { return this._getsockname().port; });
defineGetter('localFamily', function() { return this._getsockname().family; });

proto.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  }
  return this;
};

proto._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

// ---------------------------------------------------------------------------------------------
// Server

function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    const type = guessHandleType(fd);
    if (type === 'TCP') handle = new TCP(TCPConstants.SERVER);
    else if (type === 'PIPE') handle = new Pipe(PipeConstants.SERVER);
    else return UV_EINVAL;
    err = handle.open(fd);
    if (err) {
      handle.close();
      return err;
    }
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port, 4, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (addressType === -1) {
      err = handle.bind(address);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function emitCloseNT(self) {
  self.emit('close');
}

// `this` is the listening handle.
function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  if (self.blockList && typeof clientHandle.getpeername === 'function') {
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    const family = isIP(remote.address);
    if (family && self.blockList.check(remote.address, `ipv${family}`)) {
      clientHandle.close();
      return;
    }
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = { __proto__: null };
      if (clientHandle.getsockname) {
        const local = { __proto__: null };
        clientHandle.getsockname(local);
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (clientHandle.getpeername) {
        const remote = { __proto__: null };
        clientHandle.getpeername(remote);
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
      this.on('connection', connectionListener);
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
      if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.keepAlive !== undefined) validateBoolean(options.keepAlive, 'options.keepAlive');
    if (options.keepAliveInitialDelay !== undefined) {
      validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
      if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
    }
    if (options.highWaterMark !== undefined) {
      validateNumber(options.highWaterMark, 'options.highWaterMark');
      if (options.highWaterMark < 0) options.highWaterMark = 0;
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._listeningId = 1;
    this._pipeName = undefined;
    this._connectionKey = undefined;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark ?? 64 * 1024;
    this.maxConnections = undefined;
    if (options.blockList !== undefined && !BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }

  get listening() {
    return !!(this._handle && this._connectionKey);
  }

  _listen2(address, port, addressType, backlog, fd, flags) {
    if (!this._handle) {
      let rval = null;
      // Prefer the IPv6 any-address (dual stack); fall back to IPv4's.
      if (!address && typeof fd !== 'number') {
        rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
        if (typeof rval === 'number') {
          rval = null;
          address = DEFAULT_IPV4_ADDR;
          addressType = 4;
        } else {
          address = DEFAULT_IPV6_ADDR;
          addressType = 6;
        }
      }
      if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') {
        process.nextTick(emitErrorNT, this,
                         new UVExceptionWithHostPort(rval, 'listen', address, port));
        return;
      }
      this._handle = rval;
    }
    this._handle.onconnection = onconnection;
    this._handle[kOwner] = this;
    const err = this._handle.listen(backlog || 511);
    if (err) {
      const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
      this._handle.close();
      this._handle = null;
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    this._connectionKey = `${addressType}:${address}:${port}`;
    if (this._unref) this.unref();
    process.nextTick(emitListeningNT, this);
  }

  listen(...args) {
    // A server is where a latency spike from a first system error shows (see settleErrorShapes).
    settleErrorShapes();
    const normalized = normalizeArgs(args);
    let [options] = normalized;
    const cb = normalized[1];
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) ||
      toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    let flags = 0;
    if (options.ipv6Only) flags |= TCPConstants.UV_TCP_IPV6ONLY;
    if (options.reusePort === true) flags |= TCPConstants.UV_TCP_REUSEPORT;

    // A handle of this runtime (a TCP or Pipe wrap).
    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      this._listen2(null, -1, -1, backlogFromArgs);
      return this;
    }
    addServerAbortSignalOption(this, options);
    if (typeof options.fd === 'number' && options.fd >= 0) {
      listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    let backlog;
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      backlog = options.backlog || backlogFromArgs;
      if (options.host) {
        lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
      } else {
        listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive,
                        flags);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      this._pipeName = options.path;
      backlog = options.backlog || backlogFromArgs;
      listenInCluster(this, options.path, -1, -1, backlog, undefined, options.exclusive,
                      undefined, {
                        readableAll: options.readableAll,
                        writableAll: options.writableAll,
                      });
      if (!this._handle) return this;
      let mode = 0;
      if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
      if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
      if (mode !== 0) {
        const err = this._handle.fchmod(mode);
        if (err) {
          this._handle.close();
          this._handle = null;
          throw new ErrnoException(err, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  address() {
    if (this._handle && this._handle.getsockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw new ErrnoException(err, 'address');
      return out;
    }
    if (this._pipeName) return this._pipeName;
    return null;
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
      } else {
        this.once('close', cb);
      }
    }
    // A listen still waiting for the cluster primary's answer is void now.
    this._listeningId++;
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(emitCloseNT, this);
  }

  [kAsyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  ref() {
    this._unref = false;
    this._handle?.ref();
    return this;
  }

  unref() {
    this._unref = true;
    this._handle?.unref();
    return this;
  }
}

// In a cluster worker a listen goes through the primary (internal/cluster/child.js), which shares
// one listening socket among the workers; `exclusive` (and the primary itself) listen here.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags,
                         options) {
  if (exclusive || !require('internal/cluster/state').isWorker) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  if (cluster === undefined) cluster = require('cluster');
  const query = { address, port, addressType, fd, flags, backlog, ...options };
  const listeningId = server._listeningId;
  cluster._getServer(server, query, (err, handle) => {
    if (listeningId !== server._listeningId) {
      // close() came first.
      handle?.close();
      return;
    }
    // A fixed port must be the port the shared socket has.
    if (!err && port > 0 && handle && typeof handle.getsockname === 'function') {
      const out = {};
      if (handle.getsockname(out) === 0 && port !== out.port) err = UV_EADDRINUSE;
    }
    if (err) {
      server.emit('error', new ExceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  lazyDns().lookup(address, (err, ip, addressType) => {
    if (err) {
      self.emit('error', err);
      return;
    }
    listenInCluster(self, ip, port, ip ? addressType : 4, backlog, undefined, exclusive, flags);
  });
}

module.exports = {
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
  _normalizeArgs: normalizeArgs,
  _createServerHandle: createServerHandle,
};
