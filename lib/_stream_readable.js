'use strict';
// node:_stream_readable, the pre-0.10 public name Node still answers to: stream.Readable.

module.exports = require('stream').Readable;
