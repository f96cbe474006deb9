'use strict';
// node:_stream_passthrough, the pre-0.10 public name Node still answers to: stream.PassThrough.

module.exports = require('stream').PassThrough;
