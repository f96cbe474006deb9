'use strict';
// Until the CommonJS loader's runMain hands ES module mains to the ES module loader itself: is
// the main script (after CommonJS resolution of its path) an ES module by its extension or its
// package "type"?
const path = require('path');
const { internalModuleStat, realpath } = internalBinding('fs');

function isESMMain(main) {
  let filename = path.resolve(main);
  if (internalModuleStat(filename) !== 0) return false;
  try {
    filename = realpath(filename);
  } catch { /* as given */ }
  if (filename.endsWith('.mjs')) return true;
  if (!filename.endsWith('.js')) return false;
  const { defaultResolve } = require('internal/modules/esm/temp_resolve');
  const { pathToFileURL } = require('internal/url');
  const resolved = defaultResolve(pathToFileURL(filename).href, undefined);
  if (resolved.format === 'module') return true;
  if (resolved.detect) {
    const { readFileUtf8 } = internalBinding('fs');
    return require('internal/modules/esm/loader').containsModuleSyntax(readFileUtf8(filename),
      filename);
  }
  return false;
}

module.exports = { isESMMain };
