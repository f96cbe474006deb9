'use strict';
// Per-run Buffer switches, set by internal/bootstrap/prepare.js from the command line.
// zeroFill (--zero-fill-buffers): Buffer.allocUnsafe/allocUnsafeSlow/SlowBuffer return zeroed
// memory, and the pool is bypassed.
module.exports = { zeroFill: false };
