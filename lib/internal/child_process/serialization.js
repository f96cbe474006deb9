'use strict';
// The two wire formats of the IPC channel, as Node writes them so either end may be Node:
// - 'json': one JSON text per message, ended by '\n';
// - 'advanced': a 4-byte big-endian length, then the message written by V8's ValueSerializer
//   (with a header; ArrayBufferViews as host objects tagged 0, other host objects as a plain
//   object copy tagged 1).
// Each format is { init(state), *parse(state, bytes), encode(message) → Buffer }; `state` is the
// channel's per-direction read state (state.buffering: a message is partly read).

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

const kViewTag = 0;
const kObjectTag = 1;

let advancedClasses;
function getAdvancedClasses() {
  if (advancedClasses !== undefined) return advancedClasses;
  const v8 = require('v8');
  class ChannelSerializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(kViewTag);
        return super._writeHostObject(object);
      }
      this.writeUint32(kObjectTag);
      this.writeValue({ ...object });
    }
  }
  class ChannelDeserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      const tag = this.readUint32();
      if (tag === kViewTag) return super._readHostObject();
      return this.readValue();
    }
  }
  advancedClasses = { ChannelSerializer, ChannelDeserializer };
  return advancedClasses;
}

const json = {
  init(state) {
    state.text = '';
    state.decoder = new StringDecoder('utf8');
    state.buffering = false;
  },

  *parse(state, bytes) {
    const lines = state.decoder.write(bytes).split('\n');
    const complete = lines.length - 1;
    if (complete === 0) {
      state.text += lines[0];
    } else {
      lines[0] = state.text + lines[0];
      state.text = lines[complete];
      for (let i = 0; i < complete; i++) yield JSON.parse(lines[i]);
    }
    state.buffering = state.text.length !== 0;
  },

  encode(message) {
    return Buffer.from(`${JSON.stringify(message)}\n`, 'utf8');
  },
};

const advanced = {
  init(state) {
    state.chunks = [];
    state.size = 0;
    state.buffering = false;
  },

  *parse(state, bytes) {
    if (bytes.length === 0) return;
    state.chunks.push(bytes);
    state.size += bytes.length;
    while (state.size >= 4) {
      let head = state.chunks[0];
      if (head.length < 4) {
        head = Buffer.concat(state.chunks, state.size);
        state.chunks = [head];
      }
      const total = head.readUInt32BE(0) + 4;
      if (state.size < total) break;
      const all = state.chunks.length === 1 ? head : Buffer.concat(state.chunks, state.size);
      const rest = all.subarray(total);
      state.chunks = rest.length > 0 ? [rest] : [];
      state.size = rest.length;
      const { ChannelDeserializer } = getAdvancedClasses();
      const deserializer = new ChannelDeserializer(all.subarray(4, total));
      deserializer.readHeader();
      yield deserializer.readValue();
    }
    state.buffering = state.size > 0;
  },

  encode(message) {
    const { ChannelSerializer } = getAdvancedClasses();
    const serializer = new ChannelSerializer();
    serializer.writeRawBytes(Buffer.alloc(4));
    serializer.writeHeader();
    serializer.writeValue(message);
    const bytes = serializer.releaseBuffer();
    bytes.writeUInt32BE(bytes.length - 4, 0);
    return bytes;
  },
};

module.exports = { advanced, json };
