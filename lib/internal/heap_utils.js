'use strict';
// What v8.getHeapSnapshot() and worker.getHeapSnapshot() share: their options and the Readable
// over a snapshot's chunks.

const { FastBuffer } = require('internal/buffer');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');

function heapSnapshotOptions(options) {
  if (options === undefined) return false;
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  if (exposeInternals) {
    // libnode's V8 (10.2) has no HeapSnapshotOptions::kExposeInternals.
    throw new ERR_NOT_IMPLEMENTED('v8 heap snapshot option exposeInternals');
  }
  return exposeNumericValues;
}

// A Readable of a snapshot's chunks (ArrayBuffers of its JSON), each let go once pushed.
function snapshotReadable(chunks) {
  const { Readable } = require('stream');
  let next = 0;
  return new Readable({
    read() {
      if (next < chunks.length) {
        const chunk = new FastBuffer(chunks[next]);
        chunks[next++] = undefined;
        this.push(chunk);
      } else {
        this.push(null);
      }
    },
  });
}

module.exports = { heapSnapshotOptions, snapshotReadable };
