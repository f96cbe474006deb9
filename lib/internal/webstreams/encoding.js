'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding Standard): transform streams over
// TextEncoder/TextDecoder. The encoder keeps a lead surrogate cut off at the end of a chunk for
// the next one; the decoder decodes in streaming mode, so multi-byte sequences may span chunks.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const {
  kState,
  kType,
  customInspectSymbol,
  hasBrand,
  customInspect,
  makeEnumerable,
} = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');

let controllerEnqueue;
function enqueue(controller, chunk) {
  controllerEnqueue ??= Function.prototype.call.bind(
    require('internal/webstreams/transformstream').TransformStreamDefaultController.prototype
      .enqueue);
  controllerEnqueue(controller, chunk);
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingLead = '';
    const transform = (chunk, controller) => {
      let text = pendingLead + `${chunk}`;
      pendingLead = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xD800 && last <= 0xDBFF) {
        pendingLead = text[text.length - 1];
        text = text.slice(0, -1);
      }
      if (text.length > 0) enqueue(controller, encoder.encode(text));
    };
    const flush = (controller) => {
      // A lead surrogate never completed is U+FFFD.
      if (pendingLead !== '') enqueue(controller, new Uint8Array([0xEF, 0xBF, 0xBD]));
    };
    this[kType] = 'TextEncoderStream';
    this[kState] = { transform: createTransformStream(transform, flush) };
  }

  get encoding() {
    if (!hasBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!hasBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!hasBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'TextEncoderStream', depth, options, {
      encoding: 'utf-8',
      readable: this.readable,
      writable: this.writable,
    });
  }
}
makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const transform = (chunk, controller) => {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') enqueue(controller, text);
    };
    const flush = (controller) => {
      const text = decoder.decode();
      if (text !== '') enqueue(controller, text);
    };
    this[kType] = 'TextDecoderStream';
    this[kState] = { decoder, transform: createTransformStream(transform, flush) };
  }

  get encoding() {
    if (!hasBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!hasBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!hasBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!hasBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!hasBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'TextDecoderStream', depth, options, {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}
makeEnumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
