'use strict';
// crypto.generatePrime(Sync) / checkPrime(Sync): OpenSSL's BN_generate_prime_ex2 and
// BN_is_prime_ex, on libuv's pool for the callback forms.

const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kEmptyObject = Object.freeze({ __proto__: null });
const kBigIntOrBytes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function bytesOption(value, name) {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, kBigIntOrBytes, value);
  }
  return value;
}

function arrayBufferToUnsignedBigInt(ab) {
  const hex = Buffer.from(ab).toString('hex');
  return hex.length === 0 ? 0n : BigInt(`0x${hex}`);
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = bytesOption(options.add, 'options.add');
  const rem = bytesOption(options.rem, 'options.rem');
  return { safe, bigint, add, rem };
}

function generatePrimeSync(size, options = kEmptyObject) {
  const o = primeArgs(size, options);
  const prime = binding.generatePrime(size, o.safe, o.add, o.rem);
  return o.bigint ? arrayBufferToUnsignedBigInt(prime) : prime;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  const o = primeArgs(size, options);
  binding.generatePrime(size, o.safe, o.add, o.rem, (err, prime) => {
    if (err) return callback(err);
    callback(undefined, o.bigint ? arrayBufferToUnsignedBigInt(prime) : prime);
  });
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') return unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', kBigIntOrBytes, candidate);
  }
  return candidate;
}

function checkPrimeSync(candidate, options = kEmptyObject) {
  candidate = candidateBytes(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return new Uint8Array(binding.checkPrime(candidate, checks))[0] === 1;
}

function checkPrime(candidate, options = kEmptyObject, callback) {
  candidate = candidateBytes(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  binding.checkPrime(candidate, checks, (err, result) => {
    if (err) return callback(err);
    callback(undefined, new Uint8Array(result)[0] === 1);
  });
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
