'use strict';
// cluster in the primary process: fork() starts workers; a worker's listen() arrives here as a
// 'queryServer' message and is served by one listening handle per address, either kept here and
// handing each accepted connection to the next free worker (round-robin, SCHED_RR) or passed to
// every worker so the kernel spreads connections among them (SCHED_NONE).

const EventEmitter = require('events');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const RoundRobinHandle = require('internal/cluster/round_robin_handle');
const SharedHandle = require('internal/cluster/shared_handle');
const { internal, sendHelper } = require('internal/cluster/utils');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;
const handles = new Map();

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const policyFromEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
if (policyFromEnv === 'rr') cluster.schedulingPolicy = SCHED_RR;
else if (policyFromEnv === 'none') cluster.schedulingPolicy = SCHED_NONE;
else cluster.schedulingPolicy = SCHED_RR;

let ids = 0;
let initialized = false;
let schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    // The policy is fixed from the first setup (or fork) on.
    schedulingPolicy = cluster.schedulingPolicy;
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      throw new ERR_INVALID_ARG_VALUE('cluster.schedulingPolicy', schedulingPolicy,
                                      'must be cluster.SCHED_NONE or cluster.SCHED_RR');
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};

// Deprecated alias (Node keeps it).
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const settings = cluster.settings;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function forkWorker(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // Still connected: the channel's 'disconnect' comes later and removes it then.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of Object.values(cluster.workers)) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

const methods = {
  online(worker) {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  },

  exitedAfterDisconnect(worker, message) {
    worker.exitedAfterDisconnect = true;
    send(worker, { ack: message.seq });
  },

  queryServer(worker, message) {
    // The worker may already be on its way out.
    if (worker.exitedAfterDisconnect) return;
    const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:` +
      `${message.index}`;
    let handle = handles.get(key);
    if (handle === undefined) {
      const address = message.address;
      const Handle = schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' ||
        message.addressType === 'udp6' ? SharedHandle : RoundRobinHandle;
      handle = new Handle(key, address, message);
      handles.set(key, handle);
    }
    if (!handle.data) handle.data = message.data;
    handle.add(worker, (errno, reply, sendHandle) => {
      const { data } = handles.get(key) ?? {};
      if (errno) handles.delete(key);
      send(worker, { errno, key, ack: message.seq, data, ...reply }, sendHandle);
    });
  },

  listening(worker, message) {
    const info = {
      addressType: message.addressType,
      address: message.address,
      port: message.port,
      fd: message.fd,
    };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
  },

  // A worker closed a server: it gets no more of that handle's connections.
  close(worker, message) {
    const key = message.key;
    const handle = handles.get(key);
    if (handle && handle.remove(worker)) handles.delete(key);
  },
};

function onmessage(message, handle) {
  const method = methods[message.act];
  if (typeof method === 'function') method(this, message, handle);
}

// The primary's side of a worker: disconnect() asks the worker to close its servers and then
// its channel; destroy()/kill() signals the process at once (as Node does since v14).
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};

module.exports = cluster;
