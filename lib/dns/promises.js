'use strict';
// node:dns/promises — dns with promises: lookup, lookupService, a promise Resolver and the
// default resolver's methods.

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net/ip');
const { DNSException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } =
  require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const {
  getDefaultResultOrder,
  setDefaultResultOrder,
  parseLookupOptions,
  orderConstant,
  emitInvalidHostnameWarning,
} = require('internal/dns/utils');
const callbackResolver = require('internal/dns/resolver');

const { GetAddrInfoReqWrap, GetNameInfoReqWrap, QueryReqWrap } = cares;
const { toASCII, rrtypes, methodNames, errorCodes } = callbackResolver;

function onlookup(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family || isIP(addresses[0]);
  this.resolve({ address: addresses[0], family });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
}

function lookup(hostname, options) {
  const { hints, family, all, dnsOrder } = parseLookupOptions(hostname, options, undefined, false);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getaddrinfo(req, toASCII(hostname), family, hints, orderConstant(dnsOrder));
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(new DNSException(err, 'getnameinfo', this.host));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.host = address;
    req.port = +port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getnameinfo(req, address, +port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
  });
}

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, i) => ({ address, ttl: ttls[i] }));
  this.resolve(result);
}

function makeQuery(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = !!(options && options.ttl);
      const err = this._handle[bindingName](req, toASCII(name));
      if (err) reject(new DNSException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends callbackResolver.Resolver {}
const proto = Resolver.prototype;
proto.resolveAny = makeQuery('queryAny');
proto.resolve4 = makeQuery('queryA');
proto.resolve6 = makeQuery('queryAaaa');
proto.resolveCaa = makeQuery('queryCaa');
proto.resolveCname = makeQuery('queryCname');
proto.resolveMx = makeQuery('queryMx');
proto.resolveNs = makeQuery('queryNs');
proto.resolveTxt = makeQuery('queryTxt');
proto.resolveSrv = makeQuery('querySrv');
proto.resolvePtr = makeQuery('queryPtr');
proto.resolveNaptr = makeQuery('queryNaptr');
proto.resolveSoa = makeQuery('querySoa');
proto.reverse = makeQuery('getHostByAddr');
proto.resolve = function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = rrtypes[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = 'resolve4';
  }
  return this[method](hostname);
};

// The default promise resolver shares the callback API's servers.
let defaultResolver;
function getDefaultResolver() {
  if (defaultResolver === undefined) {
    defaultResolver = Object.create(Resolver.prototype);
    defaultResolver._handle = callbackResolver.getDefaultResolver()._handle;
  }
  return defaultResolver;
}

const bound = {};
for (const name of methodNames) {
  const fn = function(...args) {
    return getDefaultResolver()[name](...args);
  };
  // Named as Node's bound methods of the default resolver are.
  Object.defineProperty(fn, 'name', { __proto__: null, value: `bound ${proto[name].name}` });
  bound[name] = fn;
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: callbackResolver.setServers,
  getServers: callbackResolver.getServers,
  ...errorCodes,
  ...bound,
};
