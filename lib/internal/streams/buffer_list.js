'use strict';
// The queue of chunks a Readable holds (state.buffer), in place of readable-stream's linked list
// (lib/internal/bootstrap/realm.js wires it in). Same methods and meaning — push, unshift, shift,
// clear, first, join, concat, consume, iteration, and `length` counting chunks — kept in an array
// read from a moving start index, as Node 20+ keeps its buffer: no list node is allocated per
// chunk, which matters for objectMode streams moving millions of small objects. util.inspect shows
// the queued chunks as an array, as Node's `buffer: [...]`.

const { Buffer } = require('buffer');
const { TypedArrayPrototypeSet, Uint8Array } = primordials;

const kCompactAt = 1024; // drop consumed slots once this many have piled up at the front

class BufferList {
  constructor() {
    this.chunks = [];
    this.start = 0;
    this.length = 0;
  }

  push(chunk) {
    this.chunks.push(chunk);
    this.length++;
  }

  unshift(chunk) {
    if (this.start > 0) {
      this.chunks[--this.start] = chunk;
    } else {
      this.chunks.unshift(chunk);
    }
    this.length++;
  }

  shift() {
    if (this.length === 0) return undefined;
    const chunk = this.chunks[this.start];
    if (--this.length === 0) {
      this.chunks.length = 0;
      this.start = 0;
    } else {
      this.chunks[this.start++] = undefined;
      if (this.start >= kCompactAt && this.start * 2 >= this.chunks.length) {
        this.chunks.splice(0, this.start);
        this.start = 0;
      }
    }
    return chunk;
  }

  clear() {
    this.chunks.length = 0;
    this.start = 0;
    this.length = 0;
  }

  first() {
    return this.chunks[this.start];
  }

  join(separator) {
    if (this.length === 0) return '';
    const { chunks, start } = this;
    const end = start + this.length;
    let result = `${chunks[start]}`;
    for (let i = start + 1; i < end; i++) result += separator + chunks[i];
    return result;
  }

  concat(n) {
    if (this.length === 0) return Buffer.alloc(0);
    const result = Buffer.allocUnsafe(n >>> 0);
    const { chunks, start } = this;
    const end = start + this.length;
    let offset = 0;
    for (let i = start; i < end; i++) {
      TypedArrayPrototypeSet(result, chunks[i], offset);
      offset += chunks[i].length;
    }
    return result;
  }

  // Takes n bytes (or characters, for string chunks) off the front.
  consume(n, hasStrings) {
    const head = this.chunks[this.start];
    if (n < head.length) {
      // Strings and Buffers both slice this way.
      this.chunks[this.start] = head.slice(n);
      return head.slice(0, n);
    }
    if (n === head.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  * [Symbol.iterator]() {
    const end = this.start + this.length;
    for (let i = this.start; i < end; i++) yield this.chunks[i];
  }

  // n characters that span more than the first chunk.
  takeString(n) {
    let result = '';
    while (n > 0) {
      const str = this.chunks[this.start];
      if (n >= str.length) {
        result += str;
        n -= str.length;
        this.shift();
      } else {
        result += str.slice(0, n);
        this.chunks[this.start] = str.slice(n);
        n = 0;
      }
    }
    return result;
  }

  // n bytes that span more than the first chunk.
  takeBuffer(n) {
    const result = Buffer.allocUnsafe(n);
    let offset = 0;
    while (offset < n) {
      const buf = this.chunks[this.start];
      const wanted = n - offset;
      if (wanted >= buf.length) {
        TypedArrayPrototypeSet(result, buf, offset);
        offset += buf.length;
        this.shift();
      } else {
        TypedArrayPrototypeSet(result, new Uint8Array(buf.buffer, buf.byteOffset, wanted), offset);
        this.chunks[this.start] = buf.slice(wanted);
        offset = n;
      }
    }
    return result;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspect(this.chunks.slice(this.start, this.start + this.length), options);
  }
}

module.exports = BufferList;
