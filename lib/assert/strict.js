'use strict';

// node:assert/strict — the strict-mode assert, the same object as require('assert').strict.

module.exports = require('assert').strict;
