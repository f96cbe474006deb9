'use strict';
// IncomingMessage: a request on the server, a response on the client. A Readable of the body
// whose headers follow Node's duplicate rules (set-cookie an array, cookie joined with '; ',
// single-valued fields keep the first, others joined with ', ').

const { Readable, getDefaultHighWaterMark } = require('stream');
const internals = require('internal/streams/readable_internals');
const {
  resumeDeferred, runResume, closeOnDestroyCallback, atTickEnd, kEofTick, resumeChangesNothing,
  kState, kReadingMore,
} = internals;

const { listenerCount: kOriginalListenerCount } = require('internal/events/hot_path');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// (After every request: a socket that is flowing and resumed already is left as it is, without
// the resume() call that would change nothing.)
function readStart(socket) {
  if (socket && !socket._paused && !resumeChangesNothing(socket) && socket.readable) {
    socket.resume();
  }
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    // The socket's mark is usually the default one, which a Readable without options gets
    // anyway: no options object to read through (a megamorphic load per option per request).
    const highWaterMark = socket.readableHighWaterMark;
    if (highWaterMark !== getDefaultHighWaterMark(false)) streamOptions = { highWaterMark };
  }
  Readable.call(this, streamOptions);
  // (`_readableState.readingMore = true`, without the setter call.)
  this._readableState[kState] |= kReadingMore;
  this[kEofTick] = 0;

  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  // request (server) only
  this.url = '';
  this.method = null;
  // response (client) only
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;

  this._consuming = false;
  // Flag for when we decide that this message cannot possibly be read by the user, so there's
  // no point continuing to handle it.
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function makeHeaderGetter(rawKey, countKey, objKey, distinct) {
  return {
    get() {
      if (!this[objKey]) {
        this[objKey] = {};
        const src = this[rawKey];
        for (let n = 0; n < this[countKey]; n += 2) {
          if (distinct) this._addHeaderLineDistinct(src[n], src[n + 1], this[objKey]);
          else this._addHeaderLine(src[n], src[n + 1], this[objKey]);
        }
      }
      return this[objKey];
    },
    set(val) { this[objKey] = val; },
    configurable: true,
    enumerable: true,
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(val) { this.socket = val; },
    configurable: true,
  },
  headers: makeHeaderGetter('rawHeaders', kHeadersCount, kHeaders, false),
  headersDistinct: makeHeaderGetter('rawHeaders', kHeadersCount, kHeadersDistinct, true),
  trailers: makeHeaderGetter('rawTrailers', kTrailersCount, kTrailers, false),
  trailersDistinct: makeHeaderGetter('rawTrailers', kTrailersCount, kTrailersDistinct, true),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // We actually do almost nothing here, because the parserOnBody function fills up our internal
  // buffer directly. However, we do need to unpause the underlying socket so that it flows.
  if (this.socket && this.socket.readable) readStart(this.socket);
};

// It's possible that the socket will be destroyed, and removed from any messages, before ever
// calling this. In that case, just skip it, since something else is destroying this connection
// anyway.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  // The autoDestroy after 'end', in a tick that nothing follows: the onError tick queued below
  // would run next, so it runs now (docs/design-notes.md, "HTTP hot path").
  let now = atTickEnd(this) && this._destroy === IncomingMessage.prototype._destroy;
  if (!this.readableEnded || !this.complete) {
    now = false;
    this.aborted = true;
    this.emit('aborted');
  }
  // If aborted and the underlying socket is not already destroyed, destroy it.
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = require('stream').finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else if (now) {
    onError(this, err, cb);
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// What _destroy above does when autoDestroy calls it last thing in the 'end' tick of a complete
// message (`now`, not aborted): it calls onError, whose callback call emits 'close' at once. The
// Readable asks this first (internals.closesAtTickEnd) and then does that itself, without making
// the callback. False, with nothing done, in every other case.
function closesAtTickEnd(msg) {
  if (msg._destroy !== IncomingMessage.prototype._destroy || msg.aborted !== false ||
      !msg.complete || !msg.readableEnded) {
    return false;
  }
  // onError's question (its answer does not matter without an error): asked only of a replaced
  // listenerCount, which may watch it; EventEmitter's own has no effect (and, inlined, would take
  // inlining budget the end-of-stream tick needs: readable.js's emitReadable_).
  if (msg.listenerCount !== kOriginalListenerCount) msg.listenerCount('error');
  return true;
}
internals.closesAtTickEnd = closesAtTickEnd;

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Whether the message's head has a field named `lowerName` (lower case), read from rawHeaders so
// that the server's per-request checks (Host, Expect) do not build the headers object that most
// handlers never read.
// `canonical` is the usual spelling ('Host'), matched without lower-casing; other fields of the
// same length are lower-cased only when their first letter matches.
function hasRawHeader(msg, lowerName, canonical) {
  const headers = msg[kHeaders];
  if (headers) return headers[lowerName] !== undefined;
  const raw = msg.rawHeaders;
  const n = msg[kHeadersCount];
  const len = lowerName.length;
  const first = lowerName.charCodeAt(0);
  for (let i = 0; i < n; i += 2) {
    const field = raw[i];
    if (field.length === len && (field.charCodeAt(0) | 0x20) === first &&
        (field === canonical || field === lowerName || field.toLowerCase() === lowerName)) {
      return true;
    }
  }
  return false;
}

// This function is used to help avoid the lowercasing of a field name when it matches a
// 'traditional cased' version of a field name. It then returns the lowercased name to both
// avoid calling toLowerCase() a second time and to indicate whether the field was a 'no
// duplicates' field. If a field is not a 'no duplicates' field, a `0` byte is prepended as a
// flag. The one exception to this is the Set-Cookie header, which is indicated by a `1` byte
// flag, since it is an 'array' field and thus is treated differently in _addHeaderLines().
const kSingleValued = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

// 0: keep the first value, 1: array (set-cookie), 2: join with '; ' (cookie), 3: join with ', '.
function duplicateRule(lower) {
  if (lower === 'set-cookie') return 1;
  if (lower === 'cookie') return 2;
  if (kSingleValued.has(lower)) return 0;
  return 3;
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const lower = field.toLowerCase();
  const rule = duplicateRule(lower);
  // The headers object has Object.prototype above it, as in Node: a field named like one of its
  // members ('constructor') is joined only with a string that an earlier line stored.
  const existing = dest[lower];
  if (rule === 1) {
    if (existing !== undefined) existing.push(value);
    else dest[lower] = [value];
  } else if (rule === 0 && !this.joinDuplicateHeaders) {
    if (existing === undefined) dest[lower] = value;
  } else if (typeof existing === 'string') {
    dest[lower] = `${existing}${rule === 2 ? '; ' : ', '}${value}`;
  } else {
    dest[lower] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value,
                                                                                    dest) {
  const name = field.toLowerCase();
  if (!dest[name]) dest[name] = [value];
  else dest[name].push(value);
};

// Call this instead of resume() if we want to just dump all the data to /dev/null
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    // If there is buffered data, it may trigger 'data' events. Remove 'data' event now.
    this.removeAllListeners('data');
    this.resume();
  }
};

// The server's _dump of a request whose response `res` finished: req._dump(), except that the
// resume step the Readable would queue is left to the caller (answers 1: run it with
// runDumpResume first thing in the tick queued next) or to the request's pending end-of-stream
// tick (answers 2: that tick also closes `res`); 0: nothing owed. A user's own _dump or resume
// is called as it is.
function dumpForServer(msg, res) {
  if (msg._dump !== IncomingMessage.prototype._dump || msg.resume !== Readable.prototype.resume) {
    msg._dump();
    return 0;
  }
  if (msg._dumped) return 0;
  msg._dumped = true;
  msg.removeAllListeners('data');
  return resumeDeferred(msg, res);
}

function onError(self, error, cb) {
  // This is to keep backward compatible behavior. An error is emitted only if there are
  // listeners attached to the event.
  // (A Readable's autoDestroy callback emits 'close' right here instead of a tick later.)
  closeOnDestroyCallback(cb, self.listenerCount('error') === 0 ? undefined : error);
}

module.exports = {
  IncomingMessage, hasRawHeader, readStart, readStop, dumpForServer, runDumpResume: runResume,
};
