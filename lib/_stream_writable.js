'use strict';
// node:_stream_writable, the pre-0.10 public name Node still answers to: stream.Writable.

module.exports = require('stream').Writable;
