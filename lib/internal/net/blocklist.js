'use strict';
// net.SocketAddress and net.BlockList. Addresses are compared as BigInts (IPv4 as its IPv4-mapped
// IPv6 value when a rule and an address differ in family, so ::ffff:1.2.3.4 matches 1.2.3.4).

const { canonicalizeIP } = internalBinding('cares_wrap');
const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net/ip');

const kAddress = Symbol('kAddress');
const kInspect = inspect.custom;

function normalizeFamily(family, name) {
  if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
  if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return family;
}

// The address as a BigInt (128-bit for IPv6, 32-bit for IPv4), or null when it is not one.
function toBigInt(address, family) {
  if (family === 'ipv4') {
    if (!isIPv4(address)) return null;
    return address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(octet), 0n);
  }
  const canonical = canonicalizeIP(address.replace(/%.*$/, ''));
  if (canonical === undefined || !isIPv6(canonical)) return null;
  let text = canonical;
  let tail = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = toBigInt(v4[1], 'ipv4');
    tail = [(n >> 16n) & 0xffffn, n & 0xffffn].map((x) => x.toString(16));
    text = text.slice(0, -v4[1].length) + tail.join(':');
  }
  const [head, rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const fill = rest !== undefined ? 8 - left.length - right.length : 0;
  const groups = [...left, ...new Array(fill).fill('0'), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

const kMappedPrefix = 0xffffn << 32n;

// Value of `address` comparable with a rule of `ruleFamily`, or null.
function comparable(value, family, ruleFamily) {
  if (family === ruleFamily) return value;
  if (family === 'ipv4') return kMappedPrefix | value;  // against an IPv6 rule
  if ((value >> 32n) === 0xffffn) return value & 0xffffffffn;  // mapped IPv6 against IPv4
  return null;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  static parse(input) {
    validateString(input, 'input');
    try {
      const url = new URL(`http://${input}`);
      let address = url.hostname;
      if (address.startsWith('[')) address = address.slice(1, -1);
      return new SocketAddress({
        address,
        port: url.port === '' ? 0 : Number(url.port),
        family: isIPv6(address) ? 'ipv6' : 'ipv4',
      });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    family = normalizeFamily(family, 'options.family');
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const value = toBigInt(address, family);
    if (value === null) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = {
      address: family === 'ipv6' ? canonicalizeIP(address.replace(/%.*$/, '')) : address,
      port: port | 0,
      family,
      flowlabel: flowlabel | 0,
      value,
    };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList {
  #rules = [];  // newest first, as Node lists them

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const a = toSocketAddress(address, family, 'address');
    this.#rules.unshift({ kind: 'address', family: a.family, from: a[kAddress].value,
                          to: a[kAddress].value, text: `Address: ${label(a.family)} ${a.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    if (s[kAddress].value > e[kAddress].value) {
      throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    }
    this.#rules.unshift({ kind: 'range', family: s.family, from: s[kAddress].value,
                          to: e[kAddress].value,
                          text: `Range: ${label(s.family)} ${s.address}-${e.address}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toSocketAddress(network, family, 'network');
    const bits = n.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw new ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
      throw new ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${bits}`, prefix);
    }
    const hostBits = BigInt(bits - prefix);
    const from = (n[kAddress].value >> hostBits) << hostBits;
    const to = from | ((1n << hostBits) - 1n);
    this.#rules.unshift({ kind: 'subnet', family: n.family, from, to,
                          text: `Subnet: ${label(n.family)} ${n.address}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    try {
      a = toSocketAddress(address, family, 'address');
    } catch (err) {
      if (err?.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    const { value } = a[kAddress];
    for (const rule of this.#rules) {
      const v = comparable(value, a.family, rule.family);
      if (v !== null && v >= rule.from && v <= rule.to) return true;
    }
    return false;
  }

  get rules() {
    return this.#rules.map((r) => r.text);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

void ERR_INVALID_ARG_TYPE;

module.exports = { BlockList, SocketAddress };
