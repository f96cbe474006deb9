'use strict';
// node:constants (deprecated, DEP0008, but graceful-fs and its many dependants read it): one frozen
// object with os.constants' dlopen, errno, priority and signals, fs.constants and crypto.constants.

const { constants: os } = require('os');
const { constants: fs } = require('fs');
const { constants: crypto } = require('crypto');

Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
Object.freeze(exports);
