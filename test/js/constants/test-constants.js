'use strict';
// node:constants: the union of os (dlopen, errno, priority, signals), fs and crypto constants.
const assert = require('assert');
const constants = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

assert.strictEqual(require('node:constants'), constants);
assert.ok(Object.isFrozen(constants));
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.SIGINT, os.constants.signals.SIGINT);
assert.strictEqual(constants.RTLD_LAZY, os.constants.dlopen.RTLD_LAZY);
assert.strictEqual(constants.PRIORITY_LOW, os.constants.priority.PRIORITY_LOW);
assert.strictEqual(constants.O_RDONLY, fs.constants.O_RDONLY);
assert.strictEqual(constants.S_IFMT, fs.constants.S_IFMT);
assert.strictEqual(constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_PADDING);
// Every key of these parts is there, as in Node (crypto.constants gains a few JS-only keys in
// Node, such as defaultCipherList, that node:constants does not have).
for (const part of [os.constants.errno, os.constants.signals, fs.constants]) {
  for (const key of Object.keys(part)) assert.strictEqual(constants[key], part[key], key);
}
