'use strict';
// The legacy ReadableState/WritableState fields (getters and setters over Node 22's bit field)
// read and write as they did when they were plain properties, and util.inspect shows Node 22's
// own fields. (Node 20 keeps more named fields in its states: the inspect checks are Node 22's
// layout, checked against node 24.)
const assert = require('assert');
const util = require('util');
const { Readable, Writable, Duplex } = require('stream');

// Readable state: flags follow the stream's life.
{
  const r = new Readable({ read() {}, highWaterMark: 5 });
  const s = r._readableState;
  assert.strictEqual(s.flowing, null);
  assert.strictEqual(s.paused, false);
  assert.strictEqual(s.ended, false);
  assert.strictEqual(s.objectMode, false);
  assert.strictEqual(s.decoder, null);
  assert.strictEqual(s.encoding, null);
  assert.strictEqual(s.defaultEncoding, 'utf8');
  assert.strictEqual(s.errored, null);
  assert.strictEqual(s.pipesCount, 0);
  assert.strictEqual(s.readable, undefined);
  r.push('abc');
  assert.strictEqual(s.length, 3);
  r.pause();
  assert.strictEqual(s.flowing, false);
  assert.strictEqual(s.paused, true);
  r.resume();
  assert.strictEqual(s.flowing, true);
  assert.strictEqual(s.paused, false);
  r.push(null);
  assert.strictEqual(s.ended, true);
  r.setEncoding('hex');
  assert.strictEqual(s.encoding, 'hex');
  assert.ok(s.decoder);
  // Setters work like the old properties.
  s.flowing = null;
  assert.strictEqual(r.readableFlowing, null);
  r.readableFlowing = false;
  assert.strictEqual(s.flowing, false);
  s.readable = false;
  assert.strictEqual(r.readable, false);
  s.errored = new Error('x');
  assert.strictEqual(r.errored.message, 'x');
  s.errored = null;
  assert.strictEqual(r.errored, null);
  const o = new Readable({ objectMode: true, encoding: 'utf8', defaultEncoding: 'latin1', read() {} });
  assert.strictEqual(o._readableState.objectMode, true);
  assert.strictEqual(o._readableState.defaultEncoding, 'latin1');
  assert.strictEqual(o.readableEncoding, 'utf8');
}

// Writable state.
{
  const pending = [];
  const w = new Writable({ highWaterMark: 2, write(chunk, encoding, callback) { pending.push(callback); } });
  const s = w._writableState;
  assert.strictEqual(s.writing, false);
  assert.strictEqual(typeof s.writecb, 'function');
  assert.strictEqual(s.needDrain, false);
  assert.strictEqual(s.bufferedRequestCount, 0);
  assert.deepStrictEqual(s.buffered, []);
  assert.strictEqual(s.afterWriteTickInfo, null);
  assert.strictEqual(s.writable, undefined);
  w.write('ab');
  assert.strictEqual(s.writing, true);
  assert.strictEqual(typeof s.writecb, 'function');
  assert.strictEqual(s.needDrain, true);
  w.write('c', () => {});
  w.write('d');
  assert.strictEqual(s.bufferedRequestCount, 2);
  assert.deepStrictEqual(s.getBuffer().map((e) => String(e.chunk)), ['c', 'd']);
  assert.strictEqual(s.buffered.length - s.bufferedIndex, 2);
  assert.strictEqual(w.writableBuffer.length, 2);
  assert.strictEqual(s.allBuffers, true);
  assert.strictEqual(s.allNoop, false);
  pending.shift()();
  assert.strictEqual(s.writing, true); // 'c' went to _write at once
  s.corked = 0;
  assert.strictEqual(s.ending, false);
  w.end();
  assert.strictEqual(s.ending, true);
  assert.strictEqual(s.ended, true);
  assert.strictEqual(w.writableEnded, true);
  const d = new Duplex({ writable: false, readable: false });
  assert.strictEqual(d._writableState.writable, false);
  assert.strictEqual(d._writableState.finished, true);
  assert.strictEqual(d._readableState.readable, false);
  assert.strictEqual(d._readableState.endEmitted, true);
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.readable, false);
}

// util.inspect shows Node 22's own fields (values of the bit field aside).
{
  const r = new Readable({ read() {} });
  r.push('ab');
  const text = util.inspect(r._readableState);
  assert.match(text, /^ReadableState \{\n  highWaterMark: 65536,\n  buffer: \[ <Buffer 61 62> \],\n  bufferIndex: 0,\n  length: 2,\n  pipes: \[\],\n  awaitDrainWriters: null,\n  \[?Symbol\(kState\)\]?: \d+\n\}$/);
  const w = new Writable({ write() {} });
  w.write('x');
  w.write('y');
  const wtext = util.inspect(w._writableState, { breakLength: Infinity });
  assert.match(wtext, /^WritableState \{ highWaterMark: 65536, length: 2, corked: 0, onwrite: \[Function \(anonymous\)\], writelen: 1, bufferedIndex: 0, pendingcb: 2, \[?Symbol\(kState\)\]?: \d+, \[?Symbol\(kBufferedValue\)\]?: \[ \{ chunk: <Buffer 79>, encoding: 'buffer', callback: \[Function: nop\] \} \] \}$/);
  assert.deepStrictEqual(Object.keys(new Readable()), ['_events', '_readableState', '_maxListeners']);
  assert.deepStrictEqual(Object.keys(new Writable()), ['_events', '_writableState', '_maxListeners']);
}
