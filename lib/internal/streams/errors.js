'use strict';
// tide's errors as readable-stream sees them (lib/internal/bootstrap/realm.js puts this module in
// place of its lib/ours/errors.js). Everything is internal/errors except one message: readable-stream
// (Node 18.19's code) accepts only Uint8Arrays as byte chunks and says so in its ERR_INVALID_ARG_TYPE,
// while Node 22 accepts every ArrayBufferView (lib/stream.js widens the check) and names
// "Buffer, TypedArray, or DataView". The constructor below rewrites that expected-type list and
// otherwise builds tide's own ERR_INVALID_ARG_TYPE, so the error is the same class as everywhere.
// readable-stream also calls ERR_ILLEGAL_CONSTRUCTOR and ERR_MULTIPLE_CALLBACK without `new` (its own
// errors are plain functions); tide's are classes, so those two get a wrapper that works both ways.

const errors = require('internal/errors');

const { ERR_INVALID_ARG_TYPE } = errors.codes;
const kChunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

function StreamInvalidArgType(name, expected, actual) {
  if (name === 'chunk' && Array.isArray(expected) && expected.length === 3 &&
      expected[2] === 'Uint8Array') {
    expected = kChunkTypes;
  }
  return new ERR_INVALID_ARG_TYPE(name, expected, actual);
}
StreamInvalidArgType.prototype = ERR_INVALID_ARG_TYPE.prototype;

const codes = { __proto__: null };
for (const key of Object.keys(errors.codes)) codes[key] = errors.codes[key];
codes.ERR_INVALID_ARG_TYPE = StreamInvalidArgType;
for (const key of ['ERR_ILLEGAL_CONSTRUCTOR', 'ERR_MULTIPLE_CALLBACK']) {
  const NodeError = errors.codes[key];
  const callable = function(...args) { return new NodeError(...args); };
  callable.prototype = NodeError.prototype;
  codes[key] = callable;
}

module.exports = {
  __proto__: null,
  AbortError: errors.AbortError,
  aggregateTwoErrors: errors.aggregateTwoErrors,
  hideStackFrames: errors.hideStackFrames,
  codes,
};
