'use strict';
// cluster in a worker process: cluster.worker, and servers that listen through the primary.
// net.Server.listen() asks the primary ('queryServer') and gets either a listening handle of its
// own (SCHED_NONE) or nothing, in which case a stand-in handle receives the connections the
// primary accepts and passes on ('newconn', round-robin).

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { kOwner } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();
const noop = () => {};
const TIMEOUT_MAX = 2 ** 31 - 1;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Called once at start-up (bootstrap/prepare.js) in a process the primary forked.
cluster._setupWorker = function _setupWorker() {
  require('internal/cluster/state').isWorker = true;
  const worker = new Worker({
    id: Number(process.env.NODE_UNIQUE_ID) | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away (or cut the channel) without asking: nothing left to work for.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });

  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') worker._disconnect(true);
  }
};

// net.Server.listen in a worker. `cb(errno, handle)`: a handle to listen on, or an error number.
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  // Unix socket paths are compared as absolute paths in the primary.
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = path.resolve(address);
  }
  // Several servers on the same address in one worker (port 0, say) each get their own.
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  const index = indexes.get(indexesKey) ?? 0;
  indexes.set(indexesKey, index + 1);

  const message = { act: 'queryServer', index, data: null, ...options, address };
  if (typeof obj._getServerData === 'function') message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });

  obj.once('listening', () => {
    // The worker may have been disconnected while the server was starting.
    if (!cluster.worker || !process.connected) return;
    cluster.worker.state = 'listening';
    const listening = obj.address();
    message.act = 'listening';
    message.port = (listening && listening.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  if (index + 1 === indexes.get(indexesKey)) {
    if (index === 0) indexes.delete(indexesKey);
    else indexes.set(indexesKey, index);
  }
}

// SCHED_NONE: the primary sent a listening handle; closing it tells the primary.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function closeShared(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// Round-robin: a stand-in for the listening handle. It keeps the worker alive like a real one
// would (a long timer, since nothing here is listening) and reports the primary's address.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) return cb(message.errno, null);
  let key = message.key;
  let keepAlive = null;

  function ref() {
    if (!keepAlive) keepAlive = setInterval(noop, TIMEOUT_MAX);
  }

  function unref() {
    if (keepAlive) {
      clearInterval(keepAlive);
      keepAlive = null;
    }
  }

  function listen() {
    return 0;
  }

  function close() {
    if (key === undefined) return;
    unref();
    // The primary may be gone already.
    if (process.connected) send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    key = undefined;
  }

  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }

  const handle = { close, listen, ref, unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;  // TCP, not a Unix socket
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted for a round-robin server of this worker.
function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  let accepted = server !== undefined;
  if (accepted && server[kOwner]) {
    const self = server[kOwner];
    if (self.maxConnections != null && self._connections >= self.maxConnections) accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle.close();
}

// The worker's side: disconnect() closes this worker's servers, then the channel; the primary
// sees 'disconnect' and, without servers or channel, the worker's loop ends and it exits.
Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    this._disconnect();
  }
  return this;
};

Worker.prototype._disconnect = function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;
  function checkWaitingCount() {
    waitingCount--;
    if (waitingCount !== 0) return;
    // Primary-initiated: it knows already. Otherwise it is told first, so the coming 'exit' is
    // an expected one.
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  }
  for (const handle of handles.values()) {
    waitingCount++;
    if (handle[kOwner]) handle[kOwner].close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  }
  handles.clear();
  checkWaitingCount();
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
