'use strict';
// Import attributes: validateAttributes() applies Node's rules to a module's attributes. (V8 10.2
// parses only the older `assert { … }` syntax: internal/modules/v8_source_rewrite.js turns `with`
// clauses into it before compiling.)

const { codes: {
  ERR_IMPORT_ATTRIBUTE_MISSING,
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE,
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
} } = require('internal/errors');

// The `type` each format needs: JSON modules need `type: 'json'`, the others no type at all.
const kImplicit = null;
const kFormatType = { __proto__: null, builtin: kImplicit, commonjs: kImplicit, json: 'json',
  module: kImplicit };
const kSupportedTypes = ['json'];

function validateAttributes(url, format, attributes) {
  const keys = Object.keys(attributes);
  for (const key of keys) {
    if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], url);
  }
  const expected = kFormatType[format] ?? kImplicit;
  if (!('type' in attributes)) {
    if (expected === kImplicit) return;
    throw new ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', expected);
  }
  const type = attributes.type;
  if (type === expected) return;
  if (kSupportedTypes.includes(type)) throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
  throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
}

module.exports = { validateAttributes };
