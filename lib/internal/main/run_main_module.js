'use strict';
// `tide file.js`: load the file as the main module: CommonJS, or through the ES module loader
// for .mjs files and .js files under "type": "module".
const { Module } = require('internal/modules/cjs/loader');
const main = process.argv[1];
if (require('internal/modules/esm/temp_main').isESMMain(main)) {
  require('internal/modules/esm/loader').runEntry(require('path').resolve(main));
} else {
  Module.runMain(main);
}
