'use strict';
// http.Server and ServerResponse: a net.Server whose connections each get a parser from the free
// list; per connection, one closure per socket event, none per request. Request and headers
// timeouts are checked by one interval timer per server (as Node's connections list).

const net = require('net');
const { getPrototypeOf: ObjectGetPrototypeOf } = Object;
const EE = require('events');
const {
  parsers,
  freeParser,
  continueExpression,
  chunkExpression,
  kIncomingMessage,
  kShapedMessages,
  HTTPParser,
  isLenient,
  defaultMaxHeaderSize,
  prepareError,
} = require('_http_common');
const {
  OutgoingMessage,
  kOnFinish,
  kOutHeaders,
  kDirectWrite,
  prepareSocketForMessages,
  flushWouldDoNothing,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  internalized,
} = require('_http_outgoing');
const {
  IncomingMessage, hasRawHeader, dumpForServer, runDumpResume,
} = require('_http_incoming');
const { shapedResponse } = require('internal/http/shaped_messages');
const { triggerUncaughtException } = internalBinding('errors');
const readableInternals = require('internal/streams/readable_internals');
const { FastBuffer } = require('internal/buffer');
const {
  Socket: { prototype: { setTimeout: socketSetTimeout } }, tryReadStart, kPauseTimeout, kResumeTimeout,
} = require('internal/net/socket');
const { emit: kOriginalEmit } = require('internal/events/hot_path');
const { async_id_symbol, defaultTriggerAsyncIdScope, newAsyncId } = require('internal/async_hooks');
const {
  codes: {
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateBoolean,
  validateObject,
  validateLinkHeaderValue,
} = require('internal/validators');
const { _checkInvalidHeaderChar: checkInvalidHeaderChar } = require('_http_common');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kConnectionState = Symbol('kConnectionState');

const STATUS_CODES = {
  100: 'Continue',                   // RFC 7231 6.2.1
  101: 'Switching Protocols',        // RFC 7231 6.2.2
  102: 'Processing',                 // RFC 2518 10.1 (obsoleted by RFC 4918)
  103: 'Early Hints',                // RFC 8297 2
  200: 'OK',                         // RFC 7231 6.3.1
  201: 'Created',                    // RFC 7231 6.3.2
  202: 'Accepted',                   // RFC 7231 6.3.3
  203: 'Non-Authoritative Information', // RFC 7231 6.3.4
  204: 'No Content',                 // RFC 7231 6.3.5
  205: 'Reset Content',              // RFC 7231 6.3.6
  206: 'Partial Content',            // RFC 7233 4.1
  207: 'Multi-Status',               // RFC 4918 11.1
  208: 'Already Reported',           // RFC 5842 7.1
  226: 'IM Used',                    // RFC 3229 10.4.1
  300: 'Multiple Choices',           // RFC 7231 6.4.1
  301: 'Moved Permanently',          // RFC 7231 6.4.2
  302: 'Found',                      // RFC 7231 6.4.3
  303: 'See Other',                  // RFC 7231 6.4.4
  304: 'Not Modified',               // RFC 7232 4.1
  305: 'Use Proxy',                  // RFC 7231 6.4.5
  307: 'Temporary Redirect',         // RFC 7231 6.4.7
  308: 'Permanent Redirect',         // RFC 7238 3
  400: 'Bad Request',                // RFC 7231 6.5.1
  401: 'Unauthorized',               // RFC 7235 3.1
  402: 'Payment Required',           // RFC 7231 6.5.2
  403: 'Forbidden',                  // RFC 7231 6.5.3
  404: 'Not Found',                  // RFC 7231 6.5.4
  405: 'Method Not Allowed',         // RFC 7231 6.5.5
  406: 'Not Acceptable',             // RFC 7231 6.5.6
  407: 'Proxy Authentication Required', // RFC 7235 3.2
  408: 'Request Timeout',            // RFC 7231 6.5.7
  409: 'Conflict',                   // RFC 7231 6.5.8
  410: 'Gone',                       // RFC 7231 6.5.9
  411: 'Length Required',            // RFC 7231 6.5.10
  412: 'Precondition Failed',        // RFC 7232 4.2
  413: 'Payload Too Large',          // RFC 7231 6.5.11
  414: 'URI Too Long',               // RFC 7231 6.5.12
  415: 'Unsupported Media Type',     // RFC 7231 6.5.13
  416: 'Range Not Satisfiable',      // RFC 7233 4.4
  417: 'Expectation Failed',         // RFC 7231 6.5.14
  418: 'I\'m a Teapot',              // RFC 7168 2.3.3
  421: 'Misdirected Request',        // RFC 7540 9.1.2
  422: 'Unprocessable Entity',       // RFC 4918 11.2
  423: 'Locked',                     // RFC 4918 11.3
  424: 'Failed Dependency',          // RFC 4918 11.4
  425: 'Too Early',                  // RFC 8470 5.2
  426: 'Upgrade Required',           // RFC 2817 and RFC 7231 6.5.15
  428: 'Precondition Required',      // RFC 6585 3
  429: 'Too Many Requests',          // RFC 6585 4
  431: 'Request Header Fields Too Large', // RFC 6585 5
  451: 'Unavailable For Legal Reasons', // RFC 7725 3
  500: 'Internal Server Error',      // RFC 7231 6.6.1
  501: 'Not Implemented',            // RFC 7231 6.6.2
  502: 'Bad Gateway',                // RFC 7231 6.6.3
  503: 'Service Unavailable',        // RFC 7231 6.6.4
  504: 'Gateway Timeout',            // RFC 7231 6.6.5
  505: 'HTTP Version Not Supported', // RFC 7231 6.6.6
  506: 'Variant Also Negotiates',    // RFC 2295 8.1
  507: 'Insufficient Storage',       // RFC 4918 11.5
  508: 'Loop Detected',              // RFC 5842 7.2
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',               // RFC 2774 7
  511: 'Network Authentication Required', // RFC 6585 6
};

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);

  if (req.method === 'HEAD') this._hasBody = false;

  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;

  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
  this.statusMessage = undefined;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  attachSocket(this, socket, false);
};

const serverResponseAssignSocket = ServerResponse.prototype.assignSocket;
const originalEventEmitterInit = EE.init;

// assignSocket()'s work once the socket is known to carry no message. `fresh`: a response
// parserOnIncoming has just made with the default class, whose listener table EventEmitter's own
// init made empty; only node:http's own code has run since, so no 'socket' listener can be in it
// and the table is not asked (a dictionary lookup through the generic LoadIC: ~70 instructions a
// request). (_eventsCount is checked instead, in case a setter on the prototype chain ran user
// code that called on() meanwhile.) A replaced emit() always gets the event.
function attachSocket(res, socket, fresh) {
  socket._httpMessage = res;
  // A connection of an http.Server: its own 'close' listener (socketOnClose) does this.
  if (socket[kConnectionState] === undefined) socket.on('close', onServerResponseClose);
  res.socket = socket;
  // Skipped when emit() would find no listener (see emitFinish in _http_outgoing).
  if (res.emit !== kOriginalEmit ||
      (fresh ? res._eventsCount !== 0 : res._events?.socket !== undefined)) {
    res.emit('socket', socket);
  }
  // A new response has nothing to flush yet (a pipelined one given its socket later may).
  if (!flushWouldDoNothing(res)) res._flush();
}

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket[kConnectionState] === undefined) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') {
      validateHeaderName(key);
      validateHeaderValue(key, hints[key]);
      head += key + ': ' + hints[key] + '\r\n';
    }
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = writeHead;
function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');

  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }

  if (typeof reason === 'string') {
    // writeHead(statusCode, reasonPhrase[, headers])
    this.statusMessage = reason;
  } else {
    // writeHead(statusCode[, headers])
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Slow-case: when progressive API and header fields are passed.
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      // Headers in obj should override previous headers but still allow explicit duplicates.
      // To do so, we first remove any existing conflicts, then use appendHeader.
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n + 0];
        this.removeHeader(String(k));
      }
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n + 0];
        if (k) this.appendHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      // Retain for(;;) loop for performance reasons
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    // Only progressive api is used
    headers = this[kOutHeaders];
  } else {
    // Only writeHead() called
    headers = obj;
  }

  const statusLine = statusLineOf(statusCode, this.statusMessage);

  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    // RFC 2616, 10.2.5: The 204 response MUST NOT include a message-body, and thus is always
    // terminated by the first empty line after the header fields.
    // RFC 2616, 10.3.5: The 304 response MUST NOT contain a message-body, and thus is always
    // terminated by the first empty line after the header fields.
    // RFC 2616, 10.1 Informational 1xx: This class of status code indicates a provisional
    // response, consisting only of the Status-Line and optional headers, and is terminated by an
    // empty line.
    this._hasBody = false;
  }

  // Don't keep alive connections where the client expects 100 Continue but we sent a final
  // status; they may put extra bytes on the wire.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
}

// The status line of each code with the message it was last rendered with (usually
// STATUS_CODES'): checked and rendered once, not per response.
const statusLines = new Array(1000).fill(null);
const statusLineMessages = new Array(1000).fill(null);
function statusLineOf(statusCode, statusMessage) {
  if (statusLineMessages[statusCode] === statusMessage) return statusLines[statusCode];
  if (checkInvalidHeaderChar(statusMessage)) {
    throw new ERR_INVALID_CHAR('statusMessage');
  }
  let line = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
  if (typeof statusMessage === 'string') {
    // Internalized, as the head's other reused parts (see _http_outgoing); only the standard
    // message's line: a server alternating its own messages for one code would otherwise pay a
    // string-table insert per response.
    if (statusMessage === STATUS_CODES[statusCode]) line = internalized(line);
    statusLineMessages[statusCode] = statusMessage;
    statusLines[statusCode] = line;
  }
  return line;
}

// Docs-only deprecated: DEP0063
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;


function onServerResponseClose() {
  // EventEmitter.emit makes a copy of the 'close' listeners array before calling the listeners.
  // detachSocket() unregisters onServerResponseClose() but if detachSocket() is called, directly
  // or indirectly, by a 'close' listener, onServerResponseClose() is still in that copy of the
  // listeners array. That is, in the example below, b is still attached even though it was
  // removed.
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

// net.Server is a class here, so http.Server is one too (Node's can also be called without
// `new`; http.createServer() is the way to make one either way).
class Server extends net.Server {
  constructor(options, requestListener) {
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }

  super({
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  storeHTTPOptions.call(this, options);

  if (requestListener) this.on('request', requestListener);

  // Similar option to this. Too lazy to write my own docs.
  // http://www.squid-cache.org/Doc/config/half_closed_clients/
  // https://wiki.squid-cache.org/SquidFaq/InnerWorkings#What_is_a_half-closed_filedescriptor.3F
  this.httpAllowHalfOpen = false;

  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);

  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  }
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  // Becomes true when a handler changes a request's or response's prototype (resOnFinish).
  this[kShapedMessages] = false;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000; // 5 minutes
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout); // Minimum between 60 seconds or requestTimeout
  }

  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000; // 5 seconds;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000; // 30 seconds
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

Server.prototype.close = function close(...args) {
  clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = undefined;
  net.Server.prototype.close.apply(this, args);
  this.closeIdleConnections();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  const connections = this[kConnections];
  if (!connections) return;
  for (const socket of connections) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  const connections = this[kConnections];
  if (!connections) return;
  for (const socket of connections) {
    const state = socket[kConnectionState];
    // Idle: no request being read nor answered.
    if (state && state.incoming.length === 0 && !socket._httpMessage &&
        !(socket.parser && messageInProgress(socket.parser))) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        // Don't leak headers.
        const names = res.getHeaderNames();
        for (let i = 0; i < names.length; i++) res.removeHeader(names[i]);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[EE.captureRejectionSymbol].apply(this, [err, event, ...args]);
  }
};

// Request and headers timeouts: one interval timer per listening server looks at each
// connection's parser, which knows since when (loop time) its message is being read.
function setupConnectionsTracking() {
  // Start the connections tracking only once.
  if (!this[kConnections]) this[kConnections] = new Set();
  if (this[kConnectionsCheckingInterval]) return;
  if (this.headersTimeout > 0 || this.requestTimeout > 0) {
    if (this.connectionsCheckingInterval > 0) {
      this[kConnectionsCheckingInterval] =
        setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
    }
  }
}

function checkConnections() {
  for (const socket of this[kConnections]) {
    const parser = socket.parser;
    if (!parser) continue;
    const elapsed = parser.messageElapsed();
    if (elapsed < 0) continue;
    if ((this.headersTimeout > 0 && elapsed >= this.headersTimeout &&
         !parser.headersCompleted()) ||
        (this.requestTimeout > 0 && elapsed >= this.requestTimeout)) {
      parser.forgetMessage();
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

// A request has begun and not been read to its end yet.
function messageInProgress(parser) {
  return parser.messageElapsed() >= 0;
}

// Resources made while a connection is set up (the parser's HTTPINCOMINGMESSAGE above all) are
// triggered by the connection's socket, not by the server handle whose callback this runs in.
function connectionListener(socket) {
  defaultTriggerAsyncIdScope(socketAsyncId(socket), connectionListenerInternal, this, socket);
}

function socketAsyncId(socket) {
  const handle = socket._handle;
  if (handle != null && typeof handle.getAsyncId === 'function') return handle.getAsyncId();
  // A stream without a native handle (a Duplex emitted as 'connection'): an id of its own.
  if (socket[async_id_symbol] === undefined) socket[async_id_symbol] = newAsyncId();
  return socket[async_id_symbol];
}

function connectionListenerInternal(server, socket) {
  // Ensure that the server property of the socket is correctly set.
  // See https://github.com/nodejs/node/issues/13435
  socket.server = server;

  // If the user has added a listener to the server, request, or response, then it's their
  // responsibility. Otherwise, destroy on timeout by default.
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();

  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;

  // TODO(addaleax): This doesn't play well with the
  // `async_hooks.currentResource()` proposal, see
  // https://github.com/nodejs/node/pull/21313
  parser.initialize(HTTPParser.REQUEST, null, server.maxHeaderSize || defaultMaxHeaderSize(),
                    lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone);
  parser.socket = socket;
  // Null first: the field is mutable and of any type from the start, so freeParser()'s
  // `socket.parser = null` at the first closed connection does not throw away the optimized
  // request path that read it.
  socket.parser = null;
  socket.parser = parser;

  // Propagate headers limit from server instance to parser
  if (typeof server.maxHeadersCount === 'number') {
    parser.maxHeaderPairs = server.maxHeadersCount << 1;
  }

  const state = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    // `outgoingData` is an approximate amount of bytes queued through all inactive responses.
    // If more data than the high watermark is queued - we need to pause TCP socket/HTTP parser
    // and wait until the data will be sent to the socket.
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    // Set on the first request: a field from the start, so that a new connection's state has
    // the shape of every other (see prepareSocketForMessages in _http_outgoing).
    onPendingData: null,
    // Until the connection's first response has finished (see resOnFinish).
    checkPrototypes: true,
  };
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket[kConnectionState] = state;
  // The fields the first request would add, added now (see prepareSocketForMessages).
  socket._httpMessage = null;
  prepareSocketForMessages(socket);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);

  // The parser takes the socket's reads in C++ (no 'data' event per read) until someone else
  // wants them: a 'data' or 'readable' listener, or the end of HTTP on this socket (upgrade).
  socket.on = socketOnWrap;
  socket.addListener = socketAddListenerWrap;
  socket.prependListener = socketPrependListenerWrap;
  socket.setEncoding = socketSetEncoding;
  // A TLS socket's plaintext is consumed from its TLS connection when that reads a TCP/pipe
  // handle in C++ (see lib/_tls_wrap.js); never through the handle itself.
  const handle = socket._handle;
  const source = socket.encrypted !== true ? handle :
    (handle?.attached === true ? handle.conn : null);
  if (source && !handle._consumed && typeof parser.consume === 'function' &&
      parser.consume(source)) {
    parser._consumed = true;
    handle._consumed = true;
    // A plain stream handle (or TLS over one): a response may be written to it in one go (see
    // _http_outgoing).
    socket[kDirectWrite] = true;
  }
  parser[HTTPParser.kOnExecute] =
    onParserExecute.bind(undefined, server, socket, parser, state);

  if (!server[kConnections]) server[kConnections] = new Set();
  server[kConnections].add(socket);

  socket._paused = false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;

  // If we previously paused, then start reading again.
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }

  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg._flush();
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);

  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  // Mark this parser as reusable
  if (socket.parser) freeParser(socket.parser, null, socket);
  if (socket.server && socket.server[kConnections]) socket.server[kConnections].delete(socket);
  abortIncoming(state.incoming);
  onServerResponseClose.call(socket);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
  // Abort socket._httpMessage ?
}

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();

  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsume(this.parser, this);
    return res;
  };
}
const socketOnWrap = generateSocketListenerWrapper('on');
const socketAddListenerWrap = generateSocketListenerWrapper('addListener');
const socketPrependListenerWrap = generateSocketListenerWrapper('prependListener');

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// Reads go back to the socket's Readable ('data' events feed parser.execute()).
function unconsume(parser, socket) {
  if (parser._consumed) {
    parser.unconsume();
    parser._consumed = false;
    if (socket._handle) socket._handle._consumed = false;
  }
}

// A read the consumed parser has just parsed: `ret` is the bytes parsed or the parse Error.
function onParserExecute(server, socket, parser, state, ret) {
  socket._unrefTimer();
  onParserExecuteCommon(server, socket, parser, state, ret, undefined);
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);

  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // Upgrade or CONNECT
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';

    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const bytesParsed = ret;
      // A consumed parser: the bytes of this read, for the part after the request head.
      if (d === undefined) d = new FastBuffer(parser.getCurrentBuffer());
      socket.removeListener('data', state.onData);
      socket.removeListener('end', state.onEnd);
      socket.removeListener('close', state.onClose);
      socket.removeListener('drain', state.onDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      socket.removeListener('pause', onSocketPause);
      socket.removeListener('resume', onSocketResume);
      parser.finish();
      freeParser(parser, req, socket);
      parser = null;
      if (server[kConnections]) server[kConnections].delete(socket);

      const bodyHead = d.slice(bytesParsed, d.length);

      socket.readableFlowing = null;

      server.emit(eventName, req, socket, bodyHead);
    } else {
      // Got CONNECT method, but have no handler.
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }

  if (socket._paused && socket.parser) {
    // onIncoming paused the socket, we should pause the parser as well
    socket.parser.pause();
  }
}

const noop = () => {};
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  // Ignore further errors
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);

  if (!this.server.emit('clientError', e, this)) {
    // Caution must be taken to avoid corrupting the remote peer. Reply an error segment if there
    // is no in-flight `ServerResponse`, or no data of the in-flight one has been written yet to
    // this socket.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
          break;
      }
      this.write(response);
      // The reply goes out before the socket closes.
      this.end();
      this.destroySoon ? this.destroySoon() : this.destroy(e);
      return;
    }
    this.destroy(e);
  }
}

// A consumed socket's reads bypass its Readable, so pausing it must stop the handle itself.
function onSocketResume() {
  // It may seem that the socket is resumed, but this is an enemy's trick to deceive us! `resume`
  // is emitted asynchronously, and may be called from `incoming.readStart()`. Stop the socket
  // again here, just to preserve the state.
  //
  // We don't care about stream semantics for the consumed socket anyway.
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading && this.parser && this.parser._consumed) {
    tryReadStart(this);
  }
}

function onSocketPause() {
  if (this._handle && this._handle.reading && this.parser && this.parser._consumed) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  const timeout = server.timeout || 0;
  // No timeout while the request runs: the keep-alive Timeout is paused where it is, for
  // resOnFinish to re-arm with the same duration (net.Socket's kPauseTimeout).
  if (timeout === 0 && typeof socket[kPauseTimeout] === 'function') socket[kPauseTimeout]();
  else socket.setTimeout(timeout);
  state.keepAliveTimeoutSet = false;
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  // The keep-alive timeout ends with the request; then a consumed read of whole requests (which
  // tells JS nothing else) is activity for the socket's own timeout, if it has one.
  resetSocketTimeout(server, socket, state);
  if (socket.parser && socket.parser._consumed && socket.timeout) socket._unrefTimer();
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // If the writable end isn't consuming, then stop reading so that we don't buffer indefinitely.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      // We also need to pause the parser, but don't do that until after the call to execute,
      // because we may still be processing the last chunk.
      socket.pause();
    }
  }

  const resOptions = {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  };
  const res = server[kShapedMessages] === true ? shapedResponse(req, resOptions) :
    new server[kServerResponse](req, resOptions);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData ||
    (state.onPendingData = updateOutgoingData.bind(undefined, socket, state));

  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  res[kServerState] = state;
  res[kOnFinish] = resOnFinish;

  if (socket._httpMessage) {
    // There are already pending outgoing res, append.
    state.outgoing.push(res);
  } else if (res.assignSocket === serverResponseAssignSocket &&
             server[kServerResponse] === ServerResponse && EE.init === originalEventEmitterInit) {
    attachSocket(res, socket, true);
  } else {
    res.assignSocket(socket);
  }

  let handled = false;

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // From RFC 7230 5.4 https://datatracker.ietf.org/doc/html/rfc7230#section-5.4
    // A server MUST respond with a 400 (Bad Request) status code to any HTTP/1.1 request
    // message that lacks a Host header field
    if (server.requireHostHeader && !hasRawHeader(req, 'host', 'Host')) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }

    const isRequestsLimitSet = (typeof server.maxRequestsPerSocket === 'number' &&
                                server.maxRequestsPerSocket > 0);

    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = (server.maxRequestsPerSocket <= state.requestsCount);
    }

    if (isRequestsLimitSet && (server.maxRequestsPerSocket < state.requestsCount)) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (hasRawHeader(req, 'expect', 'Expect')) {
      handled = true;

      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }

  if (!handled) server.emit('request', req, res);

  return 0; // No special treatment.
}

const kServerState = Symbol('kServerState');

// Runs when the response's last byte has been written, before its 'finish' event.
function resOnFinish() {
  const res = this;
  const req = res.req;
  const state = res[kServerState];
  const socket = res.socket;
  if (!socket) return;
  const server = socket.server;

  // Usually the first incoming element should be our request. it may be that in the case
  // abortIncoming() was called that the incoming array will be empty.
  if (state.incoming[0] === req) state.incoming.shift();

  // A handler that gave the request or the response another prototype (as express does) will
  // give the next ones one too: from then on the server makes them as API objects, whose maps
  // survive that (docs/design-notes.md, "Express: detached maps"). The first response of each
  // connection is asked: Object.getPrototypeOf is a runtime call, dear for every response.
  if (state.checkPrototypes) {
    state.checkPrototypes = false;
    if (server && server[kShapedMessages] === false &&
        (ObjectGetPrototypeOf(req) !== IncomingMessage.prototype ||
         ObjectGetPrototypeOf(res) !== ServerResponse.prototype) &&
        server[kIncomingMessage] === IncomingMessage &&
        server[kServerResponse] === ServerResponse) {
      server[kShapedMessages] = true;
    }
  }

  // If the user never called req.read(), and didn't pipe() or .resume() or .on('data'), then we
  // call req._dump() so that the bytes will be pulled off the wire.
  // The request's resume step (queued by _dump) and the response's close tick would be queued
  // back to back, so one tick runs both, in that order — or the request's pending end-of-stream
  // tick, when it would run right before them, runs all three (docs/design-notes.md, "HTTP hot
  // path").
  let resumeOwed = 0;
  if (!req._consuming && !req._readableState.resumeScheduled) {
    if (res.detachSocket === ServerResponse.prototype.detachSocket) {
      resumeOwed = dumpForServer(req, res);
    } else {
      req._dump();
    }
  }

  res.detachSocket(socket);
  if (resumeOwed === 0) process.nextTick(emitCloseNT, res);
  else if (resumeOwed === 1) process.nextTick(resumeThenCloseNT, req, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server && server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // net.Socket's own setTimeout() of a paused keep-alive timeout: kResumeTimeout, its short form.
      if (socket.setTimeout === socketSetTimeout && typeof socket[kResumeTimeout] === 'function') {
        socket[kResumeTimeout](server.keepAliveTimeout);
      } else {
        socket.setTimeout(server.keepAliveTimeout);
      }
      state.keepAliveTimeoutSet = true;
    }
  } else {
    // Start sending the next message
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

readableInternals.afterEofTick = resumeThenCloseNT;

function resumeThenCloseNT(req, res) {
  try {
    runDumpResume(req);
  } catch (err) {
    // A listener threw: as when a tick throws, 'uncaughtException' (or the fatal report) first,
    // then the response's close, which was the next tick.
    triggerUncaughtException(err, false);
  }
  emitCloseNT(res);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    // Skipped when emit() would find no listener (see emitFinish in _http_outgoing).
    if (self.emit !== kOriginalEmit || self._events?.close !== undefined) self.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnectionsCheckingInterval,
};
