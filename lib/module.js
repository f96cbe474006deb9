'use strict';
// node:module, first version: the CommonJS Module class with builtinModules, isBuiltin and
// createRequire. The modules issue completes it.
const { Module } = require('internal/modules/cjs/loader');
const path = require('path');

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return require.BuiltinModule.canBeRequiredByUsers(name);
}

function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file://')) {
    filename = decodeURIComponent(filename.slice(7));
  }
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return Module.createRequireFor(m);
}

Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
module.exports = Module;
