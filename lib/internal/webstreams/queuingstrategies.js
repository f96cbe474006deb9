'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams Standard).

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kState,
  kType,
  customInspectSymbol,
  hasBrand,
  customInspect,
  makeEnumerable,
} = require('internal/webstreams/util');

// The size functions are shared by every instance (the spec asks for one function per realm),
// and are named `size` as the standard says.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function readInit(init) {
  validateObject(init, 'init');
  // The value is checked only when a stream uses the strategy, as the standard says.
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (!hasBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return this[kState].highWaterMark;
  }

  get size() {
    if (!hasBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return byteLengthSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'ByteLengthQueuingStrategy', depth, options, {
      highWaterMark: this.highWaterMark,
    });
  }
}
makeEnumerable(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);

class CountQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (!hasBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!hasBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'CountQueuingStrategy', depth, options, {
      highWaterMark: this.highWaterMark,
    });
  }
}
makeEnumerable(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
