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
  const { isURL, fileURLToPath } = require('internal/url');
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      filepath = undefined;
    }
  } else if (typeof filename === 'string') {
    filepath = filename;
  }
  if (filepath === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  filename = filepath;
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return Module.createRequireFor(m);
}

Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
Module.syncBuiltinESMExports = () => require('internal/modules/esm/loader').syncBuiltinESMExports();
module.exports = Module;
