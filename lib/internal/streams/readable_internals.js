'use strict';
// Functions of internal/streams/readable that node:http's IncomingMessage uses and that are not
// part of Readable's public face (Node's Readable has no such statics): readable.js fills them in
// when it loads, before any user of this module reads them.

module.exports = {
  resumeDeferred: null,
  runResume: null,
  closeOnDestroyCallback: null,
};
