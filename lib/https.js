'use strict';
// node:https — http's server and client over tls: https.Server is a tls.Server whose secure
// connections go to http's connection listener; https.Agent is an http.Agent that connects with
// tls.connect and keeps TLS sessions per origin for resumption.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const {
  Server: HttpServer,
  storeHTTPOptions,
  _connectionListener,
  setupConnectionsTracking,
  kConnectionsCheckingInterval,
} = require('_http_server');
const { URL, isURL, urlToHttpOptions } = require('internal/url');
const { validateObject } = require('internal/validators');

class Server extends tls.Server {
  constructor(opts, requestListener) {
    if (typeof opts === 'function') {
      requestListener = opts;
      opts = {};
    } else if (opts == null) {
      opts = {};
    } else {
      validateObject(opts, 'options');
    }
    super({ noDelay: true, ALPNProtocols: ['http/1.1'], ...opts }, _connectionListener);
    storeHTTPOptions.call(this, opts);
    this.httpAllowHalfOpen = false;
    if (requestListener) this.addListener('request', requestListener);
    this.addListener('tlsClientError', function addListener(err, conn) {
      if (!this.emit('clientError', err, conn)) conn.destroy(err);
    });
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.on('listening', setupConnectionsTracking);
  }

  close(...args) {
    clearInterval(this[kConnectionsCheckingInterval]);
    this[kConnectionsCheckingInterval] = undefined;
    tls.Server.prototype.close.apply(this, args);
    this.closeIdleConnections();
    return this;
  }
}

for (const name of ['closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = HttpServer.prototype[name];
}
Server.prototype[Symbol.asyncDispose] = HttpServer.prototype[Symbol.asyncDispose];

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// --- Agent -----------------------------------------------------------------------------------

function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;

  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options._agentKey) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    // A session that did not survive its connection is not offered again.
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

// The pool key: http's, then every option that makes a TLS connection differ.
Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx']) {
    name += ':';
    if (options[key]) name += options[key];
  }
  name += ':';
  if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
  name += ':';
  if (options.servername && options.servername !== options.host) name += options.servername;
  for (const key of ['minVersion', 'maxVersion', 'secureProtocol', 'crl']) {
    name += ':';
    if (options[key]) name += options[key];
  }
  name += ':';
  if (options.honorCipherOrder !== undefined) name += options.honorCipherOrder;
  for (const key of ['ecdhCurve', 'dhparam']) {
    name += ':';
    if (options[key]) name += options[key];
  }
  name += ':';
  if (options.secureOptions !== undefined) name += options.secureOptions;
  for (const key of ['sessionIdContext', 'sigalgs', 'privateKeyIdentifier',
                     'privateKeyEngine']) {
    name += ':';
    if (options[key]) name += options[key];
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const oldKey = this._sessionCache.list.shift();
    delete this._sessionCache.map[oldKey];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = urlToHttpOptions(new URL(args.shift()));
  } else if (isURL(args[0])) {
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
