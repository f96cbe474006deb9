'use strict';

// node:path/win32 — the Windows flavour of node:path on every platform.
module.exports = require('path').win32;
