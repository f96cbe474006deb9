'use strict';
// fs.Dir (opendir): entries are listed with one scandir when the directory is opened (the open
// fails as Node's does: ENOENT, ENOTDIR…) and handed out one at a time by read()/readSync() and
// async iteration; close() ends it. Node streams entries from an open directory handle in batches
// of `bufferSize`; the observable behaviour (order, errors, ERR_DIR_CLOSED,
// ERR_DIR_CONCURRENT_OPERATION) is the same.

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const pathModule = require('path');
const { getValidatedPath, getOptions, getDirent, pathString, constants } =
  require('internal/fs/utils');

const kDirPath = Symbol('kDirPath');
const kEntries = Symbol('kEntries');
const kClosed = Symbol('kClosed');
const kBusy = Symbol('kBusy');
const kOptions = Symbol('kOptions');

class Dir {
  constructor(path, entries, options) {
    this[kDirPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
    this[kBusy] = false;
    this[kOptions] = options;
  }

  get path() {
    return this[kDirPath];
  }

  #next() {
    const e = this[kEntries].shift();
    if (e === undefined) return null;
    return e;
  }

  // Recursive directories list their subdirectories' entries as they are reached.
  #expandSync(dirent) {
    if (this[kOptions].recursive && dirent.isDirectory()) {
      const sub = pathModule.join(dirent.parentPath, String(dirent.name));
      const [names, types] = binding.readdir(sub, true, false);
      for (let i = 0; i < names.length; i++) this[kEntries].push(getDirent(sub, names[i], types[i]));
    }
  }

  read(callback) {
    if (callback === undefined) return this.#readPromise();
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    let entry;
    try {
      entry = this.#next();
      if (entry) this.#expandSync(entry);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, entry);
  }

  async #readPromise() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    const entry = this.#next();
    if (entry && this[kOptions].recursive && entry.isDirectory()) {
      this[kBusy] = true;
      try {
        const sub = pathModule.join(entry.parentPath, String(entry.name));
        const [names, types] = await binding.readdir(sub, true, false, kUsePromises);
        for (let i = 0; i < names.length; i++) {
          this[kEntries].push(getDirent(sub, names[i], types[i]));
        }
      } finally {
        this[kBusy] = false;
      }
    }
    return entry;
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    const entry = this.#next();
    if (entry) this.#expandSync(entry);
    return entry;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      this[kClosed] = true;
      this[kEntries] = [];
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    this[kEntries] = [];
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.#readPromise();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
  }
  return { encoding: options.encoding, recursive: Boolean(options.recursive) };
}

function makeDir(path, result, options) {
  const [names, types] = result;
  const p = pathString(path);
  const entries = [];
  for (let i = 0; i < names.length; i++) {
    let name = names[i];
    if (options.encoding === 'buffer') name = require('buffer').Buffer.from(name);
    entries.push(getDirent(p, name, types[i]));
  }
  return new Dir(p, entries, options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.readdir(path, true, false, {
    oncomplete(err, result) {
      if (err) {
        err.syscall = 'opendir';
        err.message = err.message.replace(', scandir', ', opendir');
        return callback(err);
      }
      callback(null, makeDir(path, result, options));
    },
  });
}

function fixSyscall(err) {
  if (err && err.syscall === 'scandir') {
    err.syscall = 'opendir';
    err.message = err.message.replace(', scandir', ', opendir');
  }
  return err;
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  try {
    return makeDir(path, binding.readdir(path, true, false), options);
  } catch (err) {
    fixSyscall(err);
    // Node's synchronous opendir names no path (its callback and promise forms do).
    if (err.path !== undefined) {
      err.message = err.message.slice(0, err.message.lastIndexOf(" '"));
      delete err.path;
    }
    throw err;
  }
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  try {
    return makeDir(path, await binding.readdir(path, true, false, kUsePromises), options);
  } catch (err) {
    throw fixSyscall(err);
  }
}

void constants;
module.exports = { Dir, opendir, opendirSync, opendirPromise };
