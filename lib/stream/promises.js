'use strict';
// node:stream/promises: pipeline and finished returning promises (see lib/stream.js).

require('stream');
module.exports = require('internal/deps/readable-stream/lib/stream/promises');
