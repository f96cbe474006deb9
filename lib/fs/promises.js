'use strict';
// node:fs/promises, first part: see lib/fs.js.
module.exports = require('fs').promises;
