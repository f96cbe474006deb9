'use strict';

// node:v8 — heap statistics, V8 flags, heap snapshots and the serialization API (V8's
// ValueSerializer with Node's handling of ArrayBufferViews, so data moves between tide and
// Node). The native side is internalBinding('v8_utils').

const binding = internalBinding('v8_utils');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_NOT_BUILDING_SNAPSHOT, ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateString,
  validateFunction,
  validateUint32,
  validateObject,
  validateBoolean,
} = require('internal/validators');


function getHeapStatistics() {
  return binding.getHeapStatistics();
}

function getHeapSpaceStatistics() {
  return binding.getHeapSpaceStatistics();
}

function getHeapCodeStatistics() {
  return binding.getHeapCodeStatistics();
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return binding.isStringOneByteRepresentation(content);
}

// --- heap snapshots --------------------------------------------------------------------------

const { heapSnapshotOptions, snapshotReadable } = require('internal/heap_utils');

function pad(n, width) {
  return String(n).padStart(width, '0');
}

let snapshotSequence = 0;

// Node's default name: Heap.YYYYMMDD.HHMMSS.<pid>.<thread id>.<sequence>.heapsnapshot
function defaultSnapshotName() {
  const d = new Date();
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1, 2)}${pad(d.getDate(), 2)}`;
  const time = `${pad(d.getHours(), 2)}${pad(d.getMinutes(), 2)}${pad(d.getSeconds(), 2)}`;
  const threadId = internalBinding('worker').getWorkerInfo().threadId;
  return `Heap.${date}.${time}.${process.pid}.${threadId}.${pad(++snapshotSequence, 3)}` +
    '.heapsnapshot';
}

function writeHeapSnapshot(filename, options) {
  const fs = require('fs');
  if (filename !== undefined) {
    filename = require('internal/fs/utils').getValidatedPath(filename);
  }
  const numeric = heapSnapshotOptions(options);
  if (filename === undefined) filename = defaultSnapshotName();
  const chunks = binding.takeHeapSnapshot(numeric);
  const fd = fs.openSync(filename, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = new Uint8Array(chunk);
      let written = 0;
      while (written < bytes.length) {
        written += fs.writeSync(fd, bytes, written, bytes.length - written);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return typeof filename === 'string' ? filename : String(filename);
}

function getHeapSnapshot(options) {
  const numeric = heapSnapshotOptions(options);
  return snapshotReadable(binding.takeHeapSnapshot(numeric));
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
  throw new ERR_NOT_IMPLEMENTED('v8.setHeapSnapshotNearHeapLimit');
}

function queryObjects(ctor, options) {
  validateFunction(ctor, 'constructor');
  throw new ERR_NOT_IMPLEMENTED('v8.queryObjects');
}

// Without NODE_V8_COVERAGE (which tide does not support), Node's takeCoverage and stopCoverage do
// nothing.
function takeCoverage() {}
function stopCoverage() {}

// --- startup snapshots: tide does not build user-land snapshots (no --build-snapshot) -------

// Node returns the flag byte it keeps (0 here), not a boolean.
function isBuildingSnapshot() {
  return 0;
}

const startupSnapshot = {
  addSerializeCallback(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  addDeserializeCallback(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  setDeserializeMainFunction(callback, data) {
    throw new ERR_NOT_BUILDING_SNAPSHOT();
  },
  isBuildingSnapshot,
};

// --- promise hooks (not available) -----------------------------------------------------------

function promiseHookNotImplemented(name) {
  return function(hook) {
    validateFunction(hook, 'hook');
    throw new ERR_NOT_IMPLEMENTED(`v8.promiseHooks.${name}`);
  };
}

const promiseHooks = {
  createHook(hooks) {
    throw new ERR_NOT_IMPLEMENTED('v8.promiseHooks.createHook');
  },
  onInit: promiseHookNotImplemented('onInit'),
  onBefore: promiseHookNotImplemented('onBefore'),
  onAfter: promiseHookNotImplemented('onAfter'),
  onSettled: promiseHookNotImplemented('onSettled'),
};

// --- GCProfiler ------------------------------------------------------------------------------

const heapKeys = [
  'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
  'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
  'mallocedMemory', 'externalMemory', 'peakMallocedMemory',
];

function gcStatistics([heap, spaces]) {
  const heapStatistics = {};
  for (let i = 0; i < heapKeys.length; i++) heapStatistics[heapKeys[i]] = heap[i];
  return {
    heapStatistics,
    heapSpaceStatistics: spaces.map(([spaceName, spaceSize, spaceUsedSize, spaceAvailableSize,
                                      physicalSpaceSize]) => ({
      spaceName, spaceSize, spaceUsedSize, spaceAvailableSize, physicalSpaceSize,
    })),
  };
}

// Records every garbage collection between start() and stop(); stop() returns
// { version: 1, startTime, statistics: [{ gcType, beforeGC, cost, afterGC }], endTime }
// (times in ms since the epoch, cost in microseconds), or undefined when not started.
class GCProfiler {
  #profiler = null;
  #startTime = 0;

  start() {
    if (this.#profiler !== null) return;
    this.#profiler = new binding.GCProfiler();
    this.#startTime = Date.now();
    this.#profiler.start();
  }

  stop() {
    if (this.#profiler === null) return undefined;
    const records = this.#profiler.stop();
    this.#profiler = null;
    return {
      version: 1,
      startTime: this.#startTime,
      statistics: records.map(([gcType, cost, before, after]) => ({
        gcType,
        beforeGC: gcStatistics(before),
        cost,
        afterGC: gcStatistics(after),
      })),
      endTime: Date.now(),
    };
  }
}

// --- serialization ---------------------------------------------------------------------------

const { Serializer, Deserializer } = binding;

Serializer.prototype._getDataCloneError = Error;

Serializer.prototype.releaseBuffer = function releaseBuffer() {
  return new FastBuffer(this._releaseBuffer());
};

// The bytes just read, as a Buffer sharing memory with the buffer being deserialized.
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// Node's type tags for ArrayBufferViews written as host objects.
const viewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
const kBufferIndex = 10;

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function viewTypeIndex(view) {
  const tag = typedArrayTag.call(view);
  if (tag === undefined) return ArrayBuffer.isView(view) ? 9 : -1;  // DataView
  switch (tag) {
    case 'Int8Array': return 0;
    case 'Uint8Array': return 1;
    case 'Uint8ClampedArray': return 2;
    case 'Int16Array': return 3;
    case 'Uint16Array': return 4;
    case 'Int32Array': return 5;
    case 'Uint32Array': return 6;
    case 'Float32Array': return 7;
    case 'Float64Array': return 8;
    case 'BigInt64Array': return 11;
    case 'BigUint64Array': return 12;
    default: return -1;
  }
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  // Buffers are often slices of a pooled ArrayBuffer: only the view's own bytes are written,
  // tagged with the view's type.
  _writeHostObject(view) {
    let index = kBufferIndex;
    if (view.constructor !== Buffer) {
      index = viewTypeIndex(view);
      if (index === -1) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const Ctor = viewTypes[index];
    if (Ctor === undefined) {
      throw new ERR_INVALID_ARG_VALUE('buffer', this.buffer,
                                      `has an unknown ArrayBufferView type (${index})`);
    }
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const elementSize = Ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % elementSize === 0) {
      return new Ctor(this.buffer.buffer, offset, byteLength / elementSize);
    }
    // Misaligned for the element type: copy the bytes into fresh memory first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new Ctor(copy.buffer, copy.byteOffset, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
};
