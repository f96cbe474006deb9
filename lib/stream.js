'use strict';
// node:stream. The implementation is readable-stream 4 (the Node.js streams working group's own
// package, a cut of Node's lib/internal/streams), embedded from deps/js/ at build time; see
// docs/design-notes.md for why. Its errors and validators are tide's (lib/internal/bootstrap/realm.js
// wires them), so stream errors are Node's error classes. tide applies Node 22's defaults on top.

const Stream = require('internal/deps/readable-stream/lib/stream');

// Node 22 raised the default highWaterMark of byte streams from 16 KiB to 64 KiB.
Stream.setDefaultHighWaterMark(false, 64 * 1024);

module.exports = Stream;
