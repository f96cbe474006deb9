'use strict';

// util.parseEnv and process.loadEnvFile(): the dotenv format, read by the same native parser as
// --env-file (src/util/dotenv.cc).

const { validateString } = require('internal/validators');
const { parseEnv: parseNative } = internalBinding('process');

function parseEnv(content) {
  validateString(content, 'content');
  // Node parses the UTF-8 bytes: a lone surrogate is U+FFFD by then.
  return parseNative(content.toWellFormed());
}

// process.loadEnvFile(path = './.env'): the file's variables join process.env; a variable the
// environment already has keeps its value (as --env-file).
function loadEnvFile(path = undefined) {
  if (path !== undefined) {
    path = require('internal/fs/utils').getValidatedPath(path);
  } else {
    path = '.env';
  }
  const content = require('fs').readFileSync(path, 'utf8');
  const entries = parseNative(content.toWellFormed());
  for (const key of Object.keys(entries)) {
    if (process.env[key] === undefined) process.env[key] = entries[key];
  }
}

module.exports = { parseEnv, loadEnvFile };
