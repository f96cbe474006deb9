'use strict';

// node:path/posix — the POSIX flavour of node:path on every platform.
module.exports = require('path').posix;
