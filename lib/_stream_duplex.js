'use strict';
// node:_stream_duplex, the pre-0.10 public name Node still answers to: stream.Duplex.

module.exports = require('stream').Duplex;
