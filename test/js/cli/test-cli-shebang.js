#!/usr/bin/env node
'use strict';
// A `#!` line at the top of the main script is ignored (a hashbang comment), and line numbers
// after it stay right.

const assert = require('assert');

assert.strictEqual(typeof module, 'object');
const line = new Error().stack.split('\n')[1];
assert.ok(line.includes(`${__filename}:9:`), line);
