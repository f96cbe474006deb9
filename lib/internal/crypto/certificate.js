'use strict';
// crypto.Certificate: SPKAC (Netscape signed public key and challenge) helpers.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');

function verifySpkac(spkac, encoding) {
  const bytes = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (bytes.byteLength === 0) return '';  // as Node's
  return binding.spkacVerify(bytes);
}

// Both give '' for input that is not an SPKAC, as Node's do.
function exportPublicKey(spkac, encoding) {
  const pem = binding.spkacPublicKey(getArrayBufferOrView(spkac, 'spkac', encoding));
  return pem === undefined ? '' : Buffer.from(pem);
}

function exportChallenge(spkac, encoding) {
  const challenge = binding.spkacChallenge(getArrayBufferOrView(spkac, 'spkac', encoding));
  return challenge === undefined ? '' : Buffer.from(challenge);
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = { Certificate };
