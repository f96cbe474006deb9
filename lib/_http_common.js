'use strict';
// What server and client share: the parser callbacks that turn llhttp's events (one call per
// message part, headers as a flat array) into IncomingMessage objects, the parser free list,
// and the header token/value checks.

const {
  HTTPParser, methods, allMethods, setHeadCallbacks, headInfo: kHeadInfoLayout,
} = internalBinding('http_parser');
const { FastBuffer } = require('internal/buffer');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');
const { processTicksAndRejections } = require('internal/process/task_queues');
const { shapedRequest } = require('internal/http/shaped_messages');

const kIncomingMessage = Symbol('IncomingMessage');
// Set on a server once its requests and responses are made as API objects (_http_server.js).
const kShapedMessages = Symbol('kShapedMessages');
const kRequestTimeout = Symbol('RequestTimeout');
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Headers that arrived before kOnHeadersComplete (more than 32 pairs: the parser flushes them).
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    for (let i = 0; i < headers.length; i++) this._headers.push(headers[i]);
  }
  this._url += url;
}

// Called once per message with everything before the body, with Node's arguments (what a
// parser's kOnHeadersComplete callback takes). Returns true to tell llhttp that no body follows
// (the response to a HEAD request), or 2 for an upgrade. `noBody`: true when the message ends
// with its head (this call also completes it); 2 when, besides, this head is all that is left of
// a consumed read and this is the outermost callback: the call then also runs the ticks and
// microtasks its callback scope would run on closing (one call into JS per request, not two).
// While this very function is a parser's callback, the parser calls parserOnHead instead.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive, noBody) {
  const parser = this;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const ret = headersComplete(parser, versionMajor, versionMinor, headers, method, url, statusCode,
                              statusMessage, upgrade, shouldKeepAlive);
  // A request without a body is complete with its head: the parser expects this call to do
  // what its message-complete callback would right after.
  if (noBody === true || noBody === 2) {
    parserOnMessageComplete.call(parser);
    // Called as the native drain calls it (its frame in a tick's stack trace reads the same).
    if (noBody === 2) processTicksAndRejections.call(process, true);
  }
  return ret;
}

// The same call in the parser's compact form (the binding's setHeadCallbacks,
// src/bindings/http_parser.cc): the numbers and flags are in `headInfo`, and each string is a ref
// — an index into `headStrings`, the parser's cache of recurring header strings, or (negative)
// into `misses`, the strings it does not hold. Read at once: the next head overwrites them.
const {
  kVersionMajor, kVersionMinor, kMethodOrStatus, kFlags, kUrl, kStatusMessage, kCount,
  kFirstHeader, kUpgrade, kKeepAlive, kResponse, kNoBody, kDrainTicks,
} = kHeadInfoLayout;
let headInfo = null;
let headStrings = null;

function parserOnHead(misses) {
  const parser = this;
  const info = headInfo;
  const strings = headStrings;
  const count = info[kCount];
  const headers = new Array(count);
  // A pair at a time (count is even): the loop's own checks (bounds, stack) once per pair.
  for (let i = 0; i < count; i += 2) {
    const field = info[kFirstHeader + i];
    const value = info[kFirstHeader + i + 1];
    headers[i] = field >= 0 ? strings[field] : misses[-1 - field];
    headers[i + 1] = value >= 0 ? strings[value] : misses[-1 - value];
  }
  const flags = info[kFlags];
  let method;
  let url;
  let statusCode;
  let statusMessage;
  if ((flags & kResponse) === 0) {
    method = info[kMethodOrStatus];
    const ref = info[kUrl];
    url = ref >= 0 ? strings[ref] : misses[-1 - ref];
  } else {
    statusCode = info[kMethodOrStatus];
    const ref = info[kStatusMessage];
    statusMessage = ref >= 0 ? strings[ref] : misses[-1 - ref];
    url = parser._url;
    parser._url = '';
  }
  const ret = headersComplete(parser, info[kVersionMajor], info[kVersionMinor], headers, method,
                              url, statusCode, statusMessage, (flags & kUpgrade) !== 0,
                              (flags & kKeepAlive) !== 0);
  if ((flags & kNoBody) !== 0) {
    parserOnMessageComplete.call(parser);
    if ((flags & kDrainTicks) !== 0) processTicksAndRejections.call(process, true);
  }
  return ret;
}

function headersComplete(parser, versionMajor, versionMinor, headers, method, url, statusCode,
                         statusMessage, upgrade, shouldKeepAlive) {
  const { socket } = parser;
  // The client's response parser has no kIncomingMessage class set by a server.
  const server = socket && socket.server;
  let incoming;
  if (server && server[kShapedMessages] === true) {
    incoming = parser.incoming = shapedRequest(socket);
  } else {
    const ParserIncomingMessage = (server && server[kIncomingMessage]) || IncomingMessage;
    incoming = parser.incoming = new ParserIncomingMessage(socket);
  }
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' :
    `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = (socket && socket.server && socket.server.joinDuplicateHeaders) ||
                                   parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;

  let n = headers.length;
  // If parser.maxHeaderPairs <= 0 assume that there is no limit.
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);

  if (typeof method === 'number') {
    // server only
    incoming.method = allMethods[method];
  } else {
    // client only
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(ab) {
  const stream = this.incoming;
  // If the stream has already been removed, then drop it.
  if (stream === null) return;
  // Pretend this was the result of a stream._read call.
  if (!stream._dumped) {
    const ret = stream.push(new FastBuffer(ab));
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    // Emit any trailing headers.
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    // For emit end event
    stream.push(null);
  }
  // Force to read the next incoming message
  readStart(parser.socket);
}

// A free list of parsers: a new connection takes one instead of building a parser object.
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }
  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  // Per run (the startup snapshot holds no parser): the compact head call's shared state.
  if (headInfo === null) {
    [headInfo, headStrings] = setHeadCallbacks(parserOnHeadersComplete, parserOnHead);
  }
  const parser = new HTTPParser();
  cleanParser(parser);
  // A second new array: `_headers` is a mutable field from the start, so the cleanParser() of
  // the first freed parser does not throw away the optimized code that read it.
  parser._headers = [];
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
});

function closeParserInstance(parser) { parser.close(); }

// Free the parser and also break any links that it might have to any other things.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      // Make sure the parser's stack has unwound before deleting the corresponding C++ object.
      setImmediate(closeParserInstance, parser);
    } else {
      // Since the Parser destructor isn't going to run the destroy() callbacks it needs to be
      // triggered manually.
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

// Every response checks its header names and values (and status message). Strings that passed
// are remembered in two small direct-mapped caches (a slot per length mod 32): a name or value
// seen again — nearly always the same string object — costs one comparison, not a RegExp test
// (a few hundred instructions to enter before it reads a character). Short strings are checked
// by a loop over a table, longer ones by the RegExps, which also convert non-strings.
const kSlots = 32;
const kMaxCached = 256;
const checkedTokens = new Array(kSlots).fill(null);
const checkedValues = new Array(kSlots).fill(null);
const kTokenChars = new Uint8Array(128);
for (const c of "^_`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789!#$%&'*+.|~") {
  kTokenChars[c.charCodeAt(0)] = 1;
}
const kShortCheck = 12;

// Verifies that the given val is a valid HTTP token per the rules defined in RFC 7230.
function checkIsHttpToken(val) {
  if (typeof val !== 'string') return tokenRegExp.test(val);
  const len = val.length;
  const slot = len & (kSlots - 1);
  if (checkedTokens[slot] === val) return true;
  let valid;
  if (len > kShortCheck) {
    valid = tokenRegExp.test(val);
  } else {
    valid = len !== 0;
    for (let i = 0; i < len; i++) {
      const c = val.charCodeAt(i);
      if (c > 127 || kTokenChars[c] === 0) {
        valid = false;
        break;
      }
    }
  }
  if (valid && len <= kMaxCached) checkedTokens[slot] = val;
  return valid;
}

// True if val contains an invalid field-vchar.
function checkInvalidHeaderChar(val) {
  if (typeof val !== 'string') {
    // A number's digits, signs, '.', 'e', 'NaN' and 'Infinity' are all valid.
    return typeof val === 'number' ? false : headerCharRegex.test(val);
  }
  const len = val.length;
  const slot = len & (kSlots - 1);
  if (checkedValues[slot] === val) return false;
  let invalid = false;
  if (len > kShortCheck) {
    invalid = headerCharRegex.test(val);
  } else {
    for (let i = 0; i < len; i++) {
      const c = val.charCodeAt(i);
      if (c < 0x20 ? c !== 0x09 : (c === 0x7f || c > 0xff)) {
        invalid = true;
        break;
      }
    }
  }
  if (!invalid && len <= kMaxCached) checkedValues[slot] = val;
  return invalid;
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || (parser.getCurrentBuffer && toBuffer(parser.getCurrentBuffer()));
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function toBuffer(ab) {
  return ab === undefined ? undefined : new FastBuffer(ab);
}

let maxHeaderSizeOption;
// The header limit of parsers without their own maxHeaderSize: --max-http-header-size or 16 KiB.
function defaultMaxHeaderSize() {
  if (maxHeaderSizeOption === undefined) {
    const v = require('internal/options').getOptionValue('--max-http-header-size');
    const n = v === undefined ? NaN : Number(v);
    maxHeaderSizeOption = Number.isInteger(n) && n > 0 ? n : 16 * 1024;
  }
  return maxHeaderSizeOption;
}

let warnedLenient = false;
function isLenient() {
  const on = require('internal/options').getOptionValue('--insecure-http-parser') === true;
  if (on && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return on;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods: methods.slice().sort(),
  parsers,
  kIncomingMessage,
  kShapedMessages,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  defaultMaxHeaderSize,
  prepareError,
};
