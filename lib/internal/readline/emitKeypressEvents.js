'use strict';
// readline.emitKeypressEvents(stream[, interface]): makes `stream` emit 'keypress' events decoded
// from its 'data' while anyone listens for them. A lone ESC at the end of a chunk waits
// escapeCodeTimeout ms for the rest of a sequence before it counts as the escape key.

const { StringDecoder } = require('string_decoder');
const { charLengthAt, emitKeys, CSI } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/symbols');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');

// GNU readline's keyseq-timeout default.
const kEscapeCodeTimeout = 500;

function startDecoder(stream) {
  const decoder = emitKeys(stream);
  decoder.next();
  stream[kEscapeDecoder] = decoder;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);

  const { escapeCodeTimeout = kEscapeCodeTimeout } = iface;
  const onEscapeTimeout = () => stream[kEscapeDecoder].next('');
  let timer;

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody is listening any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    if (!text) return;
    clearTimeout(timer);
    // One character on its own is a key press; more at once is a paste (no tab completion
    // until its last character).
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of text) {
      consumed += ch.length;
      const last = consumed === text.length;
      if (last) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(ch);
        if (last && ch === CSI.kEscape) timer = setTimeout(onEscapeTimeout, escapeCodeTimeout);
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now finished: start a new one.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
