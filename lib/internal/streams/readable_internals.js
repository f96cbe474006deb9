'use strict';
// Functions of internal/streams/readable that node:http's IncomingMessage uses and that are not
// part of Readable's public face (Node's Readable has no such statics): readable.js fills them in
// when it loads, before any user of this module reads them.

module.exports = {
  // On an IncomingMessage: 0, then the async id of the 'readable' tick its push(null) queued, then
  // the response whose close that tick owes (see resumeDeferred in readable.js), then -2 while
  // that tick runs the steps (-3 once it owes the 'end' tick too), then -1.
  kEofTick: Symbol('kEofTick'),
  // A state's flag bits and the readingMore bit (IncomingMessage sets it at construction: a
  // setter call there is not inlined).
  kState: null,
  kReadingMore: 0,
  // Set by node:http's server: runs a request's resume step, then its response's close.
  afterEofTick: null,
  resumeDeferred: null,
  runResume: null,
  resumeChangesNothing: null,
  closeOnDestroyCallback: null,
  atTickEnd: null,
  // Set by node:http: whether a stream's _destroy, called by autoDestroy as the last step of the
  // 'end' tick with nothing queued since, would call its callback at once without an error (and
  // nothing else): an IncomingMessage's own _destroy of a complete message.
  closesAtTickEnd: null,
};
