'use strict';
// dns.Resolver and the module-level resolve*/reverse/getServers/setServers: DNS protocol queries
// through c-ares (internalBinding('cares_wrap').ChannelWrap, driven by tide's event loop).

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net/ip');
const {
  DNSException,
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const {
  validateArray,
  validateFunction,
  validateInt32,
  validateString,
} = require('internal/validators');

const { ChannelWrap, QueryReqWrap } = cares;
const IANA_DNS_PORT = 53;
const bracketedIPv6 = /^\[([^[\]]*)\]/;
const hostAndPort = /(^.+?)(?::(\d+))?$/;

const errorCodes = {};
for (const name of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY',
  'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM',
  'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
  'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  errorCodes[name] = `E${name}`;
}

function toASCII(name) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  return require('url').domainToASCII(name) || name;
}

function onresolve(err, result, ttls) {
  if (err) {
    this.callback(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, i) => ({ address, ttl: ttls[i] }));
  this.callback(null, result);
}

function makeQuery(bindingName) {
  function query(name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = this._handle[bindingName](req, toASCII(name));
    if (err) throw new DNSException(err, bindingName, name);
    return req;
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

class Resolver {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (!port || port === IANA_DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const newSet = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let ipVersion = isIP(serv);
      if (ipVersion !== 0) {
        newSet.push([ipVersion, serv, IANA_DNS_PORT]);
        return;
      }
      const bracketed = bracketedIPv6.exec(serv);
      if (bracketed) {
        ipVersion = isIP(bracketed[1]);
        if (ipVersion !== 0) {
          const port = Number.parseInt(serv.replace(hostAndPort, '$2')) || IANA_DNS_PORT;
          newSet.push([ipVersion, bracketed[1], port]);
          return;
        }
      }
      const split = hostAndPort.exec(serv);
      if (split) {
        ipVersion = isIP(split[1]);
        if (ipVersion !== 0) {
          newSet.push([ipVersion, split[1], Number.parseInt(split[2] || IANA_DNS_PORT)]);
          return;
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });
    const err = this._handle.setServers(newSet);
    if (err !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(err, `${servers}`);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    if (isIP(ipv4) === 0 || (ipv6 !== undefined && isIP(ipv6) !== 6)) {
      throw new ERR_INVALID_ARG_VALUE('ipv4', ipv4, 'is not a valid IP address');
    }
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

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

const rrtypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NS: 'resolveNs', NAPTR: 'resolveNaptr', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt',
};

proto.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = rrtypes[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return this[method](hostname, callback);
};

// The process-wide resolver behind dns.resolve*(), made on first use.
let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new Resolver();
  return defaultResolver;
}

const methodNames = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse'];

function bindDefaultResolver() {
  const out = {};
  for (const name of methodNames) {
    const fn = function(...args) {
      return getDefaultResolver()[name](...args);
    };
    // Named as Node's bound methods of the default resolver are.
    Object.defineProperty(fn, 'name', { __proto__: null, value: `bound ${proto[name].name}` });
    out[name] = fn;
  }
  return out;
}

function getServers() {
  return getDefaultResolver().getServers();
}

function setServers(servers) {
  return getDefaultResolver().setServers(servers);
}

module.exports = {
  Resolver,
  rrtypes,
  methodNames,
  errorCodes,
  toASCII,
  getDefaultResolver,
  bindDefaultResolver,
  getServers,
  setServers,
};
