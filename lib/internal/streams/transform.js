'use strict';
// tide's Transform, in place of readable-stream's lib/internal/streams/transform.js (realm.js's
// kReplacedFiles); PassThrough and the rest of readable-stream use it unchanged. Node 22's
// behaviour: each written chunk goes through _transform, what it passes to its callback is pushed
// to the readable side, and the write is acknowledged at once unless that push filled the readable
// side past its highWaterMark — then only when the reader asks for more (_read). Unlike Node, the
// callback handed to _transform is one closure per stream rather than one per chunk
// (Writable runs one _write at a time, so the chunk's context fits in two slots).

const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/streams/errors').codes;
const Duplex = require('internal/deps/readable-stream/lib/internal/streams/duplex');
const { getHighWaterMark } = require('internal/deps/readable-stream/lib/internal/streams/state');

module.exports = Transform;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');
const kWriteCallback = Symbol('kWriteCallback');
const kLengthBefore = Symbol('kLengthBefore');
const kOnTransformed = Symbol('kOnTransformed');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable side with a highWaterMark of 0 would never let a write complete: the writable side
  // then buffers nothing either (unless told otherwise).
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Pushes from _transform are never "synchronous with read()": a flowing reader gets them as
  // 'data' at once instead of through the queue.
  this._readableState.sync = false;

  // A write held back by a full readable side, released by _read.
  this[kCallback] = null;
  // The write in progress: its Writable callback and the readable length before _transform.
  this[kWriteCallback] = null;
  this[kLengthBefore] = 0;
  this[kOnTransformed] = (err, val) => onTransformed(this, err, val);

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // A subclass with its own _final still gets the flush/end when the writable side finishes.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCallback] = callback;
  this[kLengthBefore] = this._readableState.length;
  this._transform(chunk, encoding, this[kOnTransformed]);
};

// What the callback _transform gets does.
function onTransformed(stream, err, val) {
  const callback = stream[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  if (val != null) stream.push(val);
  const rState = stream._readableState;
  if (stream._writableState.ended || stream[kLengthBefore] === rState.length ||
      rState.length < rState.highWaterMark) {
    callback();
  } else {
    stream[kCallback] = callback;
  }
}

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};
