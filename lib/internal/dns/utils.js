'use strict';
// What dns and dns/promises share: argument validation of lookup(), the default result order,
// and the binding's request classes.

const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  DNS_ORDER_VERBATIM,
  DNS_ORDER_IPV4_FIRST,
  DNS_ORDER_IPV6_FIRST,
} = internalBinding('cares_wrap');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

// Node 22's default; --dns-result-order sets another at start-up (initializeDns).
let defaultResultOrder = 'verbatim';

// The command line's --dns-result-order, checked at start-up as Node checks it (a bad value is an
// uncaught ERR_INVALID_ARG_VALUE naming the option).
function initializeDns(order) {
  validateOneOf(order, '--dns-result-order', validOrders);
  defaultResultOrder = order;
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validOrders);
  defaultResultOrder = value;
}

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// lookup(hostname[, options]) arguments → { hints, family, all, order } (the callback is
// validated by the caller, which knows whether one is expected).
function parseLookupOptions(hostname, options, callback, withCallback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let dnsOrder = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (withCallback && typeof options === 'function') {
    return { hints, family, all, dnsOrder, callback: options };
  }
  if (typeof options === 'number') {
    if (withCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (withCallback) validateFunction(callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (withCallback) validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      dnsOrder = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      dnsOrder = options.order;
    }
  }
  return { hints, family, all, dnsOrder, callback };
}

function orderConstant(dnsOrder) {
  if (dnsOrder === 'ipv4first') return DNS_ORDER_IPV4_FIRST;
  if (dnsOrder === 'ipv6first') return DNS_ORDER_IPV6_FIRST;
  return DNS_ORDER_VERBATIM;
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.',
    'DeprecationWarning',
    'DEP0118',
  );
}

module.exports = {
  initializeDns,
  getDefaultResultOrder,
  setDefaultResultOrder,
  parseLookupOptions,
  orderConstant,
  emitInvalidHostnameWarning,
  validateHints,
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
};
