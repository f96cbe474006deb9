'use strict';
// fs.Dir (opendir): an open directory handle (uv_fs_opendir) read `bufferSize` entries at a time
// (uv_fs_readdir) by read()/readSync()/async iteration, closed by close()/closeSync() or on garbage
// collection. Asynchronous reads and closes queue behind one another; a sync call while one is in
// flight throws ERR_DIR_CONCURRENT_OPERATION. `recursive` walks subdirectories after the entries
// of the directory that holds them.

const binding = internalBinding('fs');
const { DirHandle, kUsePromises } = binding;
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const pathModule = require('path');
const { getValidatedPath, getOptions, getDirent, pathString } = require('internal/fs/utils');

let BufferCtor;
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  BufferCtor ??= require('buffer').Buffer;
  if (encoding === 'buffer') return BufferCtor.from(name.buffer, name.byteOffset, name.byteLength);
  return BufferCtor.from(name).toString(encoding);
}

function fixSyscall(err) {
  if (err && err.syscall === 'scandir' && err.message.includes(', scandir')) {
    err.message = err.message.replace(', scandir', ', opendir');
  }
  return err;
}

// A Dir dropped while open is closed after collection, with Node's warning.
let registry;
function closeOnCollect() {
  registry ??= new FinalizationRegistry((holder) => {
    try {
      binding.closeDir(holder.handle);
    } catch {
      return;
    }
    process.emitWarning('Closing directory handle on garbage collection');
  });
  return registry;
}

class Dir {
  #handle;
  #path;
  #dirPath;  // the directory whose entries #handle yields
  #options;
  #buffered = [];
  #pending = [];  // subdirectories still to walk (recursive)
  #closed = false;
  #opQueue = null;  // null: idle; an array: an async operation runs, these wait
  #holder;  // { handle }: what the finalizer closes

  constructor(handle, path, options) {
    this.#handle = handle;
    this.#path = path;
    this.#dirPath = path;
    this.#options = options;
    this.#holder = { handle };
    closeOnCollect().register(this, this.#holder, this);
  }

  get path() {
    return this.#path;
  }

  #take(result) {
    for (let i = 0; i < result.length; i += 2) {
      const dirent = getDirent(this.#dirPath, encodeName(result[i], this.#options.encoding),
                               result[i + 1]);
      this.#buffered.push(dirent);
      if (this.#options.recursive && dirent.isDirectory()) {
        const name = typeof result[i] === 'string' ? result[i] :
          encodeName(result[i], 'buffer').toString();
        this.#pending.push(pathModule.join(this.#dirPath, name));
      }
    }
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#opQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    while (this.#buffered.length === 0) {
      const result = binding.readDir(this.#handle, this.#options.bufferSize,
                                     this.#options.encoding === 'buffer');
      if (result !== null) {
        this.#take(result);
        continue;
      }
      if (this.#pending.length === 0) return null;
      binding.closeDir(this.#handle);
      const next = this.#pending.shift();
      this.#handle = new DirHandle();
      this.#holder.handle = this.#handle;
      binding.opendir(next, this.#handle);
      this.#dirPath = next;
    }
    return this.#buffered.shift();
  }

  async #readAsync() {
    while (this.#buffered.length === 0) {
      const result = await binding.readDir(this.#handle, this.#options.bufferSize,
                                           this.#options.encoding === 'buffer', kUsePromises);
      if (result !== null) {
        this.#take(result);
        continue;
      }
      if (this.#pending.length === 0) return null;
      await binding.closeDir(this.#handle, kUsePromises);
      const next = this.#pending.shift();
      this.#handle = new DirHandle();
      this.#holder.handle = this.#handle;
      await binding.opendir(next, this.#handle, kUsePromises);
      this.#dirPath = next;
    }
    return this.#buffered.shift();
  }

  // Runs `op` (returning a promise) now, or after the operations already queued.
  #enqueue(op) {
    return new Promise((resolve, reject) => {
      const run = () => {
        op().then(resolve, reject).finally(() => {
          const next = this.#opQueue.shift();
          if (next) next();
          else this.#opQueue = null;
        });
      };
      if (this.#opQueue === null) {
        this.#opQueue = [];
        run();
      } else {
        this.#opQueue.push(run);
      }
    });
  }

  read(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) {
      if (callback === undefined) return Promise.reject(new ERR_DIR_CLOSED());
      throw new ERR_DIR_CLOSED();
    }
    const promise = this.#enqueue(() => {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      if (this.#buffered.length > 0) return Promise.resolve(this.#buffered.shift());
      return this.#readAsync();
    });
    if (callback === undefined) return promise;
    promise.then((entry) => callback(null, entry), (err) => callback(err));
  }

  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) {
      const err = new ERR_DIR_CLOSED();
      if (callback === undefined) return Promise.reject(err);
      process.nextTick(callback, err);
      return;
    }
    this.#closed = true;
    closeOnCollect().unregister(this);
    const promise = this.#enqueue(() => {
      this.#buffered = [];
      this.#pending = [];
      return binding.closeDir(this.#handle, kUsePromises);
    });
    if (callback === undefined) return promise;
    promise.then(() => callback(null), (err) => callback(err));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#opQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    closeOnCollect().unregister(this);
    this.#buffered = [];
    this.#pending = [];
    binding.closeDir(this.#handle);
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.read();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  let bufferSize = 32;
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
    bufferSize = options.bufferSize;
  }
  return { encoding: options.encoding, recursive: Boolean(options.recursive), bufferSize };
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  const handle = new DirHandle();
  binding.opendir(path, handle, {
    oncomplete(err) {
      if (err) return callback(fixSyscall(err));
      callback(null, new Dir(handle, pathString(path), options));
    },
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const handle = new DirHandle();
  try {
    binding.opendir(path, handle);
  } catch (err) {
    // Node's synchronous opendir names no path (its callback and promise forms do).
    if (err.path !== undefined) {
      err.message = err.message.slice(0, err.message.lastIndexOf(" '"));
      delete err.path;
    }
    throw err;
  }
  return new Dir(handle, pathString(path), options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const handle = new DirHandle();
  await binding.opendir(path, handle, kUsePromises);
  return new Dir(handle, pathString(path), options);
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
