'use strict';
// `tide file.js`: process.argv[1] becomes an absolute path (as in Node), then the CommonJS loader
// runs it (or hands it to the ES module loader: Module.runMain decides), after any -r / --import
// preloads.
const path = require('path');
const { Module } = require('internal/modules/cjs/loader');
if (process.argv[1] && process.argv[1] !== '-') process.argv[1] = path.resolve(process.argv[1]);
require('internal/process/preload').runWithPreloads(() => Module.runMain(process.argv[1]));
