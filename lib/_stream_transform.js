'use strict';
// node:_stream_transform, the pre-0.10 public name Node still answers to: stream.Transform.

module.exports = require('stream').Transform;
