'use strict';
// fs.watch (inotify through uv_fs_event; `recursive` by one watcher per directory, as Node does on
// Linux), fs.watchFile/unwatchFile (stat polling through uv_fs_poll) and fsPromises.watch.

const { FSEvent, StatWatcher: StatWatcherHandle } = internalBinding('fs_event_wrap');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { getValidatedPath, getOptions, pathString, getStatsFromBinding } =
  require('internal/fs/utils');

function uvError(err, syscall, path) {
  return require('internal/errors').uvException({ errno: err, syscall, path });
}

function encodeName(name, encoding) {
  if (name == null || !encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = require('buffer').Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

const kHandles = Symbol('kHandles');
const kRoot = Symbol('kRoot');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandles] = new Map();  // directory (absolute) -> FSEvent
    this[kRoot] = null;
    this._encoding = 'utf8';
    this._persistent = true;
    this._recursive = false;
    this._closed = false;
  }

  #addHandle(path, relBase) {
    const handle = new FSEvent();
    handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        const error = uvError(status, 'watch', this[kRoot]);
        error.filename = this[kRoot];
        this.emit('error', error);
        this.close();
        return;
      }
      let name = filename;
      if (this._recursive && filename != null) {
        name = relBase ? pathModule.join(relBase, filename) : filename;
        const full = pathModule.join(path, filename);
        if (eventType === 'rename') this.#maybeWatchNewDir(full, name);
      }
      this.emit('change', eventType, encodeName(name, this._encoding));
    };
    const err = handle.start(path, this._persistent);
    if (err) {
      handle.close();
      return err;
    }
    this[kHandles].set(path, handle);
    return 0;
  }

  #maybeWatchNewDir(full, rel) {
    const fs = require('fs');
    const st = fs.statSync(full, { throwIfNoEntry: false });
    if (st === undefined) {
      const handle = this[kHandles].get(full);
      if (handle) {
        handle.close();
        this[kHandles].delete(full);
      }
      return;
    }
    if (st.isDirectory() && !this[kHandles].has(full)) this.#watchTree(full, rel);
  }

  #watchTree(dir, rel) {
    const err = this.#addHandle(dir, rel);
    if (err) return err;
    const fs = require('fs');
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return 0;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        this.#watchTree(pathModule.join(dir, entry.name),
                        rel ? pathModule.join(rel, entry.name) : entry.name);
      }
    }
    return 0;
  }

  [Symbol.for('tide.fs.watch.start')](filename, persistent, recursive, encoding) {
    this._persistent = persistent;
    this._recursive = recursive;
    this._encoding = encoding;
    this[kRoot] = filename;
    let err;
    if (recursive) {
      const fs = require('fs');
      const st = fs.statSync(filename, { throwIfNoEntry: false });
      if (st?.isDirectory()) {
        err = this.#watchTree(pathModule.resolve(filename), '');
      } else {
        this._recursive = false;
        err = this.#addHandle(filename, '');
      }
    } else {
      err = this.#addHandle(filename, '');
    }
    if (err) {
      for (const h of this[kHandles].values()) h.close();
      this[kHandles].clear();
      const error = uvError(err, 'watch', filename);
      error.filename = filename;
      throw error;
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    for (const h of this[kHandles].values()) h.close();
    this[kHandles].clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const h of this[kHandles].values()) h.ref();
    return this;
  }

  unref() {
    for (const h of this[kHandles].values()) h.unref();
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  // Node validates `recursive` but takes `persistent` as truthy or not.
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { persistent: Boolean(persistent), recursive, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const { persistent, recursive, encoding, signal } = watchOptions(options);
  filename = pathString(getValidatedPath(filename, 'filename'));
  const watcher = new FSWatcher();
  watcher[Symbol.for('tide.fs.watch.start')](filename, persistent, recursive, encoding);
  if (listener) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const listenerAbort = () => watcher.close();
      signal.addEventListener('abort', listenerAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', listenerAbort));
    }
  }
  return watcher;
}

// --- watchFile ---------------------------------------------------------------------------------

const statWatchers = new Map();
const kOldStatus = Symbol('kOldStatus');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this._bigint = bigint;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatWatcherHandle();
    this._handle.onchange = (newStatus, stats) => {
      if (this[kOldStatus] === -1 && newStatus === -1 && stats[2] === stats[20]) return;
      this[kOldStatus] = newStatus;
      let curr = getStatsFromBinding(stats, 0);
      let prev = getStatsFromBinding(stats, 18);
      if (this._bigint) {
        const toBig = (a, off) => getStatsFromBinding(
          BigInt64Array.from(Array.from(a.subarray(off, off + 18), (v) => BigInt(Math.trunc(v)))));
        curr = toBig(stats, 0);
        prev = toBig(stats, 18);
      }
      this.emit('change', curr, prev);
    };
    const err = this._handle.start(filename, interval);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw uvError(err, 'watch', filename);
    }
    if (!persistent) this._handle.unref();
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(pathString(getValidatedPath(filename)));
  let stat;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  validateUint32(options.interval, 'options.interval');
  stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(pathString(getValidatedPath(filename)));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    stat.removeListener('change', listener);
  } else {
    stat.removeAllListeners('change');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// --- fsPromises.watch --------------------------------------------------------------------------

function watchPromise(filename, options = {}) {
  const path = pathString(getValidatedPath(filename, 'filename'));
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal,
          maxQueue = 2048, overflow = 'ignore' } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (overflow !== 'ignore' && overflow !== 'throw') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(
      'options.overflow', overflow, "must be one of: 'ignore', 'throw'");
  }
  const queue = [];
  let pending = null;
  let error = null;
  let closed = false;
  let watcher;
  if (!signal?.aborted) {
    watcher = watch(path, { persistent, recursive, encoding });
    watcher.on('change', (eventType, name) => {
      const event = { eventType, filename: name };
      if (pending) {
        const { resolve } = pending;
        pending = null;
        resolve({ value: event, done: false });
      } else if (queue.length < maxQueue) {
        queue.push(event);
      } else if (overflow === 'throw') {
        const { ERR_FS_WATCH_QUEUE_OVERFLOW } = require('internal/errors').codes;
        error = ERR_FS_WATCH_QUEUE_OVERFLOW ? new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue) :
          new Error(`fs.watch maximum queue size of ${maxQueue} exceeded`);
        watcher.close();
      }
    });
    watcher.on('error', (err) => {
      error = err;
      if (pending) {
        pending.reject(err);
        pending = null;
      }
    });
  }
  const onAbort = () => {
    error = new AbortError(undefined, { cause: signal.reason });
    watcher?.close();
    if (pending) {
      pending.reject(error);
      pending = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      if (signal?.aborted) {
        return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
      }
      if (error) return Promise.reject(error);
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
      });
    },
    return() {
      closed = true;
      watcher?.close();
      signal?.removeEventListener('abort', onAbort);
      if (pending) {
        pending.resolve({ value: undefined, done: true });
        pending = null;
      }
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

module.exports = { watch, watchFile, unwatchFile, watchPromise, FSWatcher, StatWatcher };
