'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share. Headers are kept as
// { lower-case name: [name, value] } until the first write, then rendered into one header string
// that goes out with the first body bytes (a response ended with a string body is one write;
// with a Buffer body, header and body are corked into one writev).

const Stream = require('stream');
const { Buffer } = require('buffer');
const { getDefaultHighWaterMark } = require('stream');
const { isUint8Array } = require('internal/util/types');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { writeDirect, writeHeadAndBodyDirect } = require('internal/stream_base_commons');
const { emit: kOriginalEmit } = require('internal/events/hot_path');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar,
        chunkExpression: RE_TE_CHUNKED } = require('_http_common');

const kCorked = Symbol('corked');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
// Called when the message's last byte has been written (before 'finish' is emitted).
const kOnFinish = Symbol('kOnFinish');
// Per socket: the messages whose last write is in flight, in order, and one callback for them all.
const kFinishQueue = Symbol('kFinishQueue');
const kFinishCallback = Symbol('kFinishCallback');

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf_buf = Buffer.from('\r\n');

// The Date header line, cached for the second it describes. This module's per-response caches
// are fields of const objects, not module `let`s: optimized code checks a `let` for its temporal
// dead zone at every read.
const dateCache = { utc: undefined, line: undefined };
function utcDate() {
  if (!dateCache.utc) {
    const d = new Date();
    const utc = d.toUTCString();
    dateCache.utc = utc;
    dateCache.line = internalized('Date: ' + utc + '\r\n');
    setTimeout(resetCache, 1000 - d.getMilliseconds()).unref();
  }
  return dateCache.utc;
}
function dateLine() {
  if (!dateCache.utc) utcDate();
  return dateCache.line;
}
function resetCache() { dateCache.utc = undefined; }

// 'Connection: keep-alive' with its Keep-Alive line, rendered once per (timeout, max): one
// piece of the head instead of five.
const keepAliveCache = {
  lines: 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n',
  timeoutSeconds: 5,
  max: '',
};
function keepAliveLine(timeoutSeconds, max) {
  const cache = keepAliveCache;
  if (timeoutSeconds !== cache.timeoutSeconds || max !== cache.max) {
    cache.timeoutSeconds = timeoutSeconds;
    cache.max = max;
    cache.lines =
      internalized(`Connection: keep-alive\r\nKeep-Alive: timeout=${timeoutSeconds}${max}\r\n`);
  }
  return cache.lines;
}

// A message's head is made of parts: the first line, each header's name and value (the ': ' and
// CRLF around them are implied), then the Date, Connection and Content-Length lines as they go
// out; the blank line ending the head is implied too. Most responses of a server are made of the
// same parts as one before them, and a head made of the parts of a recent one is that string
// again: no string built, and one V8 has already flattened (it copies a concatenated head into a
// flat string to write it; ~1k instructions per response).
// - The parts are compared as they come with those of the last head stored (heads.last): while they
//   match, nothing is written (addPart). At the first that differs, the parts so far (the last
//   head's) are copied into state.parts and collecting goes on there.
// - A head that differs from the last one is looked for in a small cache, one entry per part
//   count (headOf), else rendered (renderHead).
// state.parts is one array reused by every head (a new one of 24 slots cost an allocation and the
// filling of its holes per response), unless a head is stored while another is being stored (a
// header value's toString() can write another message's head); the parts of a cached head are
// never changed, so a head stored meanwhile leaves the one compared with intact.
const headCache = new Array(16).fill(null);  // [parts, head, lines]
// `last`: the entry of the last head stored; `partsBusy`: whether a head is being stored in
// sharedParts (see _storeHeader).
const heads = { last: [[], '', -1], partsBusy: false };
// (The hot callers check `state.same && state.last[state.n] === part` themselves: this function
// is too big for V8 to inline at every call site.)
function addPart(state, part) {
  const n = state.n;
  if (state.same) {
    if (state.last[n] === part) {
      state.n = n + 1;
      return;
    }
    state.same = false;
    copyParts(state.parts, state.last, n);
  }
  state.parts[n] = part;
  state.n = n + 1;
}
function copyParts(parts, from, n) {
  for (let i = 0; i < n; i++) parts[i] = from[i];
}
function headOf(state) {
  const n = state.n;
  const lines = state.lines;
  if (state.same) {
    const last = heads.last;
    if (state.last === last[0] && n === last[0].length && lines === last[2]) return last[1];
    copyParts(state.parts, state.last, n);
  }
  const parts = state.parts;
  let entry = headCache[n & 15];
  if (entry === null || !sameParts(entry, parts, n, lines)) entry = renderHead(parts, n, lines);
  heads.last = entry;
  return entry[1];
}
function sameParts(entry, parts, n, lines) {
  const cached = entry[0];
  if (cached.length !== n || entry[2] !== lines) return false;
  let i = 0;
  while (i < n && cached[i] === parts[i]) i++;
  return i === n;
}
function renderHead(parts, n, lines) {
  const own = parts.slice(0, n);
  const pieces = new Array(2 * lines + n - 1);
  pieces[0] = parts[0];
  let k = 1;
  for (let i = 1; i < lines; i += 2) {
    pieces[k++] = parts[i];
    pieces[k++] = ': ';
    pieces[k++] = parts[i + 1];
    pieces[k++] = '\r\n';
  }
  for (let i = lines; i < n; i++) pieces[k++] = parts[i];
  pieces[k] = '\r\n';
  const entry = [own, pieces.join(''), lines];
  headCache[n & 15] = entry;
  return entry;
}
const sharedParts = new Array(32).fill(null);

// Header names lower-cased, remembered per slot (length mod 32): a response sets the same few
// names as the last one, and toLowerCase makes a new string each time (which the headers object
// then has to look up in the string table as a key).
const lowerNames = new Array(32).fill(null);
const lowerResults = new Array(32).fill(null);
function lowerCaseName(name) {
  const slot = name.length & 31;
  if (lowerNames[slot] === name) return lowerResults[slot];
  const lower = name.toLowerCase();
  if (name.length <= 256) {
    lowerNames[slot] = name;
    lowerResults[slot] = internalized(lower);
  }
  return lower;
}

// The internalized copy of a string (V8 keeps one per content, as property names): a property
// key that needs no string-table lookup when stored or read, and equal to a literal by pointer.
// The head lines rendered once and reused (Date, Connection/Keep-Alive, the standard status
// lines) are internalized too, like the literals among a head's parts: the `===` that compares a
// part with the last head's then compares pointers instead of calling V8's StringEqual (~12
// instructions each).
function internalized(string) {
  const holder = { __proto__: null };
  holder[string] = true;
  for (const key in holder) return key;
  return string;
}

// The text of the last number rendered into a head (a Content-Length, mostly): a response's
// length is often the last one's, and `'' + n` is a builtin call (StringAddConvertRight, ~40
// instructions) even when V8's number-string cache has it.
const lastNumber = { value: 0, text: '0' };
function numberText(n) {
  const last = lastNumber;
  if (n === last.value) return last.text;
  const text = '' + n;
  last.value = n;
  last.text = text;
  return text;
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function OutgoingMessage(options) {
  Stream.call(this);

  // Queue that holds all currently pending data, until the response will be assigned to the
  // socket (until it will its turn in the HTTP pipeline).
  this.outputData = [];
  // `outputSize` is an approximate measure of how much data is queued on this response.
  this.outputSize = 0;

  this.writable = true;
  this.destroyed = false;

  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;

  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;

  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kOnFinish] = null;
  this._closed = false;

  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;

  this._keepAliveTimeout = 0;

  this._onPendingData = nop;

  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark(false);
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { get() { return this[kErrored]; }, configurable: true },
  closed: { get() { return this._closed; }, configurable: true },
  writableFinished: {
    get() {
      return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
    },
    configurable: true,
  },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: {
    get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); },
    configurable: true,
  },
  writableHighWaterMark: {
    get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
    configurable: true,
  },
  writableCorked: { get() { return this[kCorked]; }, configurable: true },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableNeedDrain: { get() { return !this.destroyed && !this.finished && this[kNeedDrain]; },
                       configurable: true },
  connection: {
    get() { return this.socket; },
    set(val) { this.socket = val; },
    configurable: true,
  },
  headersSent: { get() { return !!this._header; }, configurable: true },
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

// It's possible that the socket will be destroyed, and removed from any messages, before ever
// calling this. In that case, just skip it, since something else is destroying this connection
// anyway.
OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  }
  return this;
};

// This abstract either writes directly to the socket or buffers it.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  // This is a shameful hack to get the headers and first body chunk onto the same packet.
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn?.destroyed) {
    // The socket was destroyed. If we're still trying to write to it, then we haven't gotten the
    // 'close' event yet.
    return false;
  }
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    // There might be pending data in the this.output buffer.
    if (this.outputData.length) this._flushOutput(conn);
    // Directly write to socket.
    return conn.write(data, encoding, callback);
  }
  // Buffer, as long as we're not destroyed.
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  // firstLine in the case of request is: 'GET /index.html HTTP/1.1\r\n'
  // in the case of response it is: 'HTTP/1.1 200 OK\r\n'
  const reentered = heads.partsBusy;
  heads.partsBusy = true;
  let expect;
  try {
    expect = storeHead(this, firstLine, headers, reentered ? new Array(24) : sharedParts);
  } finally {
    heads.partsBusy = reentered;
  }
  // A head of very many parts does not leave them all held here.
  if (!reentered && sharedParts.length > 256) sharedParts.length = 32;
  // Wait until the first body chunk, or close(), is sent to flush, UNLESS we're sending
  // Expect: 100-continue.
  if (expect) this._send('');
};

// Renders the head into msg._header; returns whether it has an Expect header.
function storeHead(msg, firstLine, headers, parts) {
  const state = {
    connection: false,
    contLen: false,
    te: false,
    date: false,
    expect: false,
    trailer: false,
    parts,
    n: 0,
    lines: 0,
    same: true,
    last: heads.last[0],
  };
  if (state.last[0] === firstLine) state.n = 1;
  else addPart(state, firstLine);

  if (headers) {
    if (headers === msg[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(msg, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(msg, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) {
          throw new ERR_INVALID_ARG_VALUE('headers', headers);
        }
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(msg, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          processHeader(msg, state, key, headers[key], true);
        }
      }
    }
  }

  state.lines = state.n;
  // Date header
  if (msg.sendDate && !state.date) {
    const line = dateLine();
    if (state.same && state.last[state.n] === line) state.n++;
    else addPart(state, line);
  }

  // Force the connection to close when the response is a 204 No Content or a 304 Not Modified
  // and the user has set a "Transfer-Encoding: chunked" header.
  //
  // RFC 2616 mandates that 204 and 304 responses MUST NOT have a body but node.js used to send
  // out a zero chunk anyway to accommodate clients that don't have special handling for those
  // responses.
  //
  // It was pointed out that this might confuse reverse proxies to the point of creating security
  // vulnerabilities, so 204 and 304 responses are now closed after the headers.
  if (msg.chunkedEncoding && (msg.statusCode === 204 || msg.statusCode === 304)) {
    msg._last = true;
    msg.shouldKeepAlive = false;
    msg.chunkedEncoding = false;
  }

  // keep-alive logic
  if (msg._removedConnection) {
    // shouldKeepAlive is generally true for HTTP/1.1. In that common case, even though the
    // connection header was removed, we send a keep-alive.
    msg._last = !msg.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = msg.shouldKeepAlive &&
        (state.contLen || msg.useChunkedEncodingByDefault || msg.agent);
    if (shouldSendKeepAlive && msg.maxRequestsOnConnectionReached) {
      addPart(state, 'Connection: close\r\n');
    } else if (shouldSendKeepAlive) {
      if (msg._keepAliveTimeout && msg._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(msg._keepAliveTimeout / 1000);
        let max = '';
        if (~~msg._maxRequestsPerSocket > 0) max = `, max=${msg._maxRequestsPerSocket}`;
        const line = keepAliveLine(timeoutSeconds, max);
        if (state.same && state.last[state.n] === line) state.n++;
        else addPart(state, line);
      } else {
        addPart(state, 'Connection: keep-alive\r\n');
      }
    } else {
      msg._last = true;
      addPart(state, 'Connection: close\r\n');
    }
  }

  if (!state.contLen && !state.te) {
    if (!msg._hasBody) {
      // Make sure we don't end the 0\r\n\r\n at the end of the message.
      msg.chunkedEncoding = false;
    } else if (!msg.useChunkedEncodingByDefault) {
      msg._last = true;
    } else if (!state.trailer && !msg._removedContLen &&
               typeof msg._contentLength === 'number') {
      addPart(state, 'Content-Length: ');
      addPart(state, numberText(msg._contentLength));
      addPart(state, '\r\n');
    } else if (!msg._removedTE) {
      addPart(state, 'Transfer-Encoding: chunked\r\n');
      msg.chunkedEncoding = true;
    } else {
      // We should only be able to get here if both Content-Length and Transfer-Encoding are
      // removed by the user.
      msg._last = true;
    }
  }

  // Test non-chunked message does not have trailer header set, message will not be sent and
  // the error ERR_HTTP_TRAILER_INVALID will be thrown.
  if (!msg.chunkedEncoding && state.trailer) {
    throw new ERR_HTTP_TRAILER_INVALID();
  }

  msg._header = headOf(state);
  msg._headerSent = false;
  return state.expect;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // If key is content-disposition and there is content-length encode the value in latin1
  // https://www.rfc-editor.org/rfc/rfc6266#section-4.3
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      // Retain for(;;) loop for performance reasons
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  // '' + value: the string `key + ': ' + value` would give (ToPrimitive, then ToString).
  const text = typeof value === 'string' ? value :
    typeof value === 'number' ? numberText(value) : '' + value;
  const n = state.n;
  if (state.same && state.last[n] === key && state.last[n + 1] === text) {
    state.n = n + 2;
  } else {
    addPart(state, key);
    addPart(state, text);
  }
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  // Only the lengths of the names below need lower-casing (not Content-Type, say).
  switch (field.length) {
    case 4: case 6: case 7: case 10: case 14: case 17: break;
    default: return;
  }
  if (field === 'Content-Length') field = 'content-length';
  else field = lowerCaseName(field);
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  }
  if (checkInvalidHeaderChar(value)) {
    throw new ERR_INVALID_CHAR('header content', name);
  }
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(String(headers[i]).toLowerCase());
  return unique;
}

// The table of headers set with setHeader(): lower-cased name → [name, value]. Its objects have no
// Object.prototype above them, like Node's `{ __proto__: null }`, but are made by a constructor:
// V8 keeps a null-prototype literal in dictionary mode, where each store is a hash insert and
// every `for…in` over it (each response's head) collects its keys anew (~300 ns a JSON response).
function OutHeaders() {}
OutHeaders.prototype = Object.freeze(Object.create(null));

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = new OutHeaders();
  const key = lowerCaseName(name);
  // The two headers nearly every response sets, stored at sites of their own: a store that adds
  // a property at a site that sees many names is a megamorphic lookup (~190 instructions).
  if (key === 'content-type') headers['content-type'] = [name, value];
  else if (key === 'content-length') headers['content-length'] = [name, value];
  else headers[key] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  // Headers object joins multiple cookies with a comma when using the getter to retrieve the
  // value, unless iterating over the headers directly.
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = lowerCaseName(name);
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  // Prepare the field for appending, if required
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existingValues = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0, length = value.length; i < length; i++) existingValues.push(value[i]);
  } else {
    existingValues.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[lowerCaseName(name)];
  return entry && entry[1];
};

// Returns an array of the names of the current outgoing headers.
OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

// Returns an array of the names of the current outgoing raw headers.
OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  const values = Object.values(headersMap);
  const headers = Array(values.length);
  for (let i = 0, l = values.length; i < l; i++) headers[i] = values[i][0];
  return headers;
};

// Returns a shallow copy of the current outgoing headers.
OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; ++i) {
      const key = keys[i];
      ret[key] = headers[key][1];
    }
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][lowerCaseName(name)];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = lowerCaseName(name);
  switch (key) {
    case 'connection':
      this._removedConnection = true;
      break;
    case 'content-length':
      this._removedContLen = true;
      break;
    case 'transfer-encoding':
      this._removedTE = true;
      break;
    case 'date':
      this.sendDate = false;
      break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
         !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }

  let err;
  if (msg.finished) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (msg.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }

  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength
                 : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) {
      throw new ERR_HTTP_BODY_NOT_ALLOWED();
    } else {
      process.nextTick(callback);
      return true;
    }
  }

  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlf_buf, null, null);
    msg._send(chunk, encoding, null, len);
    ret = msg._send(crlf_buf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  // Retain for(;;) loop for performance reasons
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    // Check if the field must be sent several times
    const isArrayValue = Array.isArray(value);
    if (isArrayValue && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, l = value.length; j < l; j++) {
        if (checkInvalidHeaderChar(value[j])) {
          throw new ERR_INVALID_CHAR('trailer content', field);
        }
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (isArrayValue) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) {
        throw new ERR_INVALID_CHAR('trailer content', field);
      }
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

// The fields finishCallbackFor() needs, added to a socket before its first message: an HTTP
// server calls this when a connection arrives, so that a connection's first request finds the
// socket in the shape every later one does (were they added then, each new connection's first
// response would be a socket of another shape to code optimized on the earlier ones, and V8 would
// throw that code away).
function prepareSocketForMessages(socket) {
  socket[kFinishQueue] = [];
  socket[kFinishCallback] = socketFinishCallback(socket);
}

// The socket's one write callback for every message it carries: the messages whose last write
// is in flight wait in order in socket[kFinishQueue].
function socketFinishCallback(socket) {
  return function onMessageWritten(err) {
    const msg = socket[kFinishQueue].shift();
    if (msg === undefined || socket._hadError) return;
    if (msg[kOnFinish] !== null) msg[kOnFinish]();
    emitFinish(msg);
  };
}

// msg.emit('finish') / emit('prefinish'), skipped when emit() would find no listener (as the
// Readable's own events are, see emitEndEvent there): a response emits both, usually unheard, and
// a site of its own reads the listener table's slot faster than emit()'s megamorphic one.
function emitFinish(msg) {
  if (msg.emit !== kOriginalEmit || msg._events?.finish !== undefined) msg.emit('finish');
}
function emitPrefinish(msg) {
  if (msg.emit !== kOriginalEmit || msg._events?.prefinish !== undefined) msg.emit('prefinish');
}

function finishCallbackFor(msg, socket) {
  if (socket[kFinishCallback] === undefined) prepareSocketForMessages(socket);
  socket[kFinishQueue].push(msg);
  return socket[kFinishCallback];
}

function emitFinishNT(msg) {
  if (msg.socket && msg.socket._hadError) return;
  if (msg[kOnFinish] !== null) msg[kOnFinish]();
  emitFinish(msg);
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (!this.finished && this.socket !== null && this.socket[kDirectWrite] === true &&
      endDirect(this, chunk, encoding)) {
    if (typeof callback === 'function') this.once('finish', callback);
    this.finished = true;
    this._finish();
    return this;
  }

  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(),
              typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);

  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }

  // The write callback of the message's last bytes says it is finished; a message that is
  // still queued (no socket yet) is finished when its queue is flushed.
  const socket = this.socket;
  const ownsSocket = socket && socket._httpMessage === this && socket.writable;
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1',
               ownsSocket ? finishCallbackFor(this, socket) : null);
    if (!ownsSocket) this._finishPending = true;
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', ownsSocket ? finishCallbackFor(this, socket) : null);
    if (!ownsSocket) this._finishPending = true;
  } else {
    process.nextTick(emitFinishNT, this);
  }

  if (socket) {
    // Fully uncork connection on end().
    socket._writableState.corked = 1;
    socket.uncork();
  }
  this[kCorked] = 1;
  this.uncork();

  this.finished = true;

  // There is the first message on the outgoing queue, and we've sent everything to the socket.
  if (this.outputData.length === 0 && socket && socket._httpMessage === this) this._finish();

  return this;
};

// The common end of a message: everything (head, body, last chunk) goes to the socket's handle
// in one write, past the socket's Writable queue, when nothing else is queued anywhere (the
// message's own buffer, the Writable, the handle) so the bytes keep their order. The server sets
// socket[kDirectWrite] on plain TCP/pipe sockets (not on TLS or user-supplied streams). Returns
// false, having changed nothing, when the general path must run.
const kDirectWrite = Symbol('kDirectWrite');
const { write: writableWrite } = Stream.Duplex.prototype;

function endDirect(msg, chunk, encoding) {
  const socket = msg.socket;
  if (socket._httpMessage !== msg || msg._headerSent || msg.outputData.length !== 0 ||
      msg[kCorked] !== 0 || msg.strictContentLength || !msg._hasBody || msg.destroyed ||
      socket.write !== writableWrite || !socket.writable || socket.connecting ||
      socket._handle === null) {
    return false;
  }
  const ws = socket._writableState;
  if (ws.length !== 0 || ws.writing || ws.corked !== 0 || socket._handle.writeQueueSize !== 0) {
    return false;
  }
  let isString = false;
  if (chunk === undefined || chunk === null || chunk === '') {
    chunk = '';
    isString = true;
    encoding = 'latin1';
  } else if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') encoding = 'utf8';
    else if (encoding !== 'latin1') return false;
    isString = true;
  } else if (!isUint8Array(chunk)) {
    return false;  // write_() throws the error
  }
  if (!msg._header) {
    // A Content-Length the user set (express's res.send() sets one) replaces this figure when the
    // head is stored (matchHeader): measuring the body again would be wasted.
    const headers = msg[kOutHeaders];
    if (headers === null || headers['content-length'] === undefined) {
      msg._contentLength = isString ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    }
    msg._implicitHeader();
    if (!msg._hasBody) {
      // A status without a body (204, 304, 1xx): what end() does on its general path.
      return false;
    }
  }
  if (isString && encoding === 'utf8' && chunk !== '') {
    msg._headerSent = true;
    const cb = finishCallbackFor(msg, socket);
    if (msg.chunkedEncoding) {
      // One chunk and the last; the handle writes the chunk's size line, having encoded it.
      const tail = msg._trailer === '' ? '\r\n0\r\n\r\n' : '\r\n0\r\n' + msg._trailer + '\r\n';
      writeHeadAndBodyDirect(socket, msg._header, chunk, tail, true, cb);
    } else {
      writeHeadAndBodyDirect(socket, msg._header, chunk, '', false, cb);
    }
    return true;
  }
  let head = msg._header;
  let tail = '';
  if (msg.chunkedEncoding) {
    const len = isString ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (len !== 0) {
      head += len.toString(16) + '\r\n';
      tail = '\r\n';
    }
    tail += '0\r\n' + msg._trailer + '\r\n';
  }
  msg._headerSent = true;
  const cb = finishCallbackFor(msg, socket);
  // A latin1 or empty string body (utf8 ones went above): one latin1 string, Node's bytes.
  if (isString) {
    writeDirect(socket, head + chunk + tail, 'latin1', cb);
  } else if (tail === '') {
    writeDirect(socket, [head, 'latin1', chunk, encoding], null, cb);
  } else {
    writeDirect(socket, [head, 'latin1', chunk, encoding, tail, 'latin1'], null, cb);
  }
  return true;
}

OutgoingMessage.prototype._finish = function _finish() {
  emitPrefinish(this);
};

// This logic is probably a bit confusing. Let me explain a bit:
//
// In both HTTP servers and clients it is possible to queue up several outgoing messages. This is
// easiest to imagine in the case of a client. Take the following situation:
//
//    req1 = client.request('GET', '/');
//    req2 = client.request('POST', '/');
//
// When the user does
//
//   req2.write('hello world\n');
//
// it's possible that the first request has not been completely flushed to the socket yet. Thus
// the outgoing messages need to be prepared to queue up data internally before sending it on
// further to the socket's queue.
//
// This function, _flush(), is called by both the Server and Client to attempt to flush any
// pending messages out to the socket.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    // There might be remaining data in this.output; write it out
    const ret = this._flushOutput(socket);
    if (this.finished) {
      // This is a queue to the server or client to bring in the next this.
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

// Whether msg._flush() would do nothing: they are OutgoingMessage's own, and nothing is queued
// or corked on the message, which is not finished (a new response being given its socket).
function flushWouldDoNothing(msg) {
  return msg._flush === OutgoingMessage.prototype._flush &&
    msg._flushOutput === OutgoingMessage.prototype._flushOutput && msg[kCorked] === 0 &&
    msg.outputData.length === 0 && !msg.finished;
}

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  // Retain for(;;) loop for performance reasons
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding } = outputData[i];
    let { callback } = outputData[i];
    // The message's last write was queued before it had a socket: its callback is the
    // socket's finish callback now.
    if (i === outputLength - 1 && this._finishPending) {
      this._finishPending = false;
      const mine = finishCallbackFor(this, socket);
      const user = callback;
      callback = user ? (err) => { user(err); mine(err); } : mine;
    }
    // Avoid any potential ref to Buffer in new generation from old generation.
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  // Force-flush the headers.
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  // OutgoingMessage should be write-only. Piping from it is disabled.
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  return this.destroy();
};

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  kOnFinish,
  kOutHeaders,
  kNeedDrain,
  kDirectWrite,
  prepareSocketForMessages,
  flushWouldDoNothing,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  internalized,
  OutgoingMessage,
};
