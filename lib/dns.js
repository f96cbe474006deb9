'use strict';
// node:dns — lookup()/lookupService() through the system resolver on libuv's thread pool
// (getaddrinfo/getnameinfo, what net uses), and the DNS protocol queries (resolve*, reverse,
// Resolver) through c-ares (lib/internal/dns/resolver.js).

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net/ip');
const { DNSException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } =
  require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const {
  getDefaultResultOrder,
  setDefaultResultOrder,
  parseLookupOptions,
  orderConstant,
  emitInvalidHostnameWarning,
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
} = require('internal/dns/utils');
const resolver = require('internal/dns/resolver');
const { toASCII } = resolver;

const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;

// `this` is the GetAddrInfoReqWrap.
function onlookup(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.callback(null, addresses);
}

function lookup(hostname, options, callback) {
  const parsed = parseLookupOptions(hostname, options, callback, true);
  const { hints, family, all, dnsOrder } = parsed;
  callback = parsed.callback;
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, toASCII(hostname), family, hints, orderConstant(dnsOrder));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookup; },
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(new DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}

Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookupService; },
});

const { Resolver } = resolver;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: resolver.setServers,
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...resolver.errorCodes,
  getServers: resolver.getServers,
  ...resolver.bindDefaultResolver(),
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
