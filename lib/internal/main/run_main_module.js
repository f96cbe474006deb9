'use strict';
// `tide file.js`: load the file as the main CommonJS module.
const { Module } = require('internal/modules/cjs/loader');
Module.runMain(process.argv[1]);
