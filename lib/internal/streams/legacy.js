'use strict';
// readable-stream's lib/internal/streams/legacy.js as tide gives it to the rest of readable-stream
// (lib/internal/bootstrap/realm.js puts this module in its place): the same Stream, whose
// constructor first gives a Readable, Writable or Duplex the `_events` object Node 20+ gives it —
// one slot per event the stream itself listens for, all undefined — before EventEmitter's init
// runs. events.js then keeps that object in one shape (removing a listener stores undefined), so
// emit('data') and friends read a fast property instead of a dictionary entry, and util.inspect
// shows the object Node shows. Everything else (pipe, prependListener) is readable-stream's.

const original = require('internal/deps/readable-stream/lib/internal/streams/legacy');
const { markShapedEvents } = require('internal/events/hot_path');
const OriginalStream = original.Stream;

function Stream(opts) {
  if (this._events === undefined) {
    if (this._readableState !== undefined) {
      // A Duplex runs Readable's constructor first: its _write (from Writable) tells it apart.
      this._events = typeof this._write === 'function' ? {
        close: undefined,
        error: undefined,
        prefinish: undefined,
        finish: undefined,
        drain: undefined,
        data: undefined,
        end: undefined,
        readable: undefined,
      } : {
        close: undefined,
        error: undefined,
        data: undefined,
        end: undefined,
        readable: undefined,
      };
    } else if (this._writableState !== undefined) {
      this._events = {
        close: undefined,
        error: undefined,
        prefinish: undefined,
        finish: undefined,
        drain: undefined,
      };
    }
    if (this._events !== undefined) markShapedEvents(this._events);
  }
  OriginalStream.call(this, opts);
}
Stream.prototype = OriginalStream.prototype;
Stream.prototype.constructor = Stream;
Object.setPrototypeOf(Stream, Object.getPrototypeOf(OriginalStream));

module.exports = { __proto__: null, ...original, Stream };
