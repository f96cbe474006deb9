'use strict';
// node:module — the CommonJS Module class (require's machinery, see
// internal/modules/cjs/loader.js) with builtinModules, isBuiltin, createRequire, findPackageJSON,
// register (module customization hooks: not implemented), syncBuiltinESMExports and the
// compile-cache API (tide has no compile cache: enableCompileCache reports it as disabled).
const { Module } = require('internal/modules/cjs/loader');

const compileCacheStatus = Object.freeze({
  __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3,
});
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });

Module.enableCompileCache = function enableCompileCache() {
  return {
    status: compileCacheStatus.DISABLED,
    message: 'tide does not have an on-disk compile cache',
  };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
Module.flushCompileCache = function flushCompileCache() {};
// No source maps are collected (no --enable-source-maps), so there is never one to find.
Module.findSourceMap = function findSourceMap(path) {
  require('internal/validators').validateString(path, 'path');
  return undefined;
};

Module.syncBuiltinESMExports = () => require('internal/modules/esm/loader').syncBuiltinESMExports();
module.exports = Module;
