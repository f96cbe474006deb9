'use strict';
// bench/buffer/encode-decode.js [N]: N rounds of encoding ~1 MiB of text into a Buffer
// (Buffer.from(string, encoding)) and decoding it back (buf.toString(encoding)) for utf8, hex and
// base64; prints one `<name>: <ms> ms` line per figure (the total over the N rounds).
const N = Number(process.argv[2]) || 50;
const MiB = 1024 * 1024;

// The inputs: mixed ASCII/non-ASCII text for utf8, random bytes for hex and base64.
const words = ['tide', 'node', 'buffer', 'héllo', 'wörld', 'naïve', '€uro', 'データ', '😀'];
let text = '';
let seed = 1;
while (text.length < MiB) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  text += words[seed % words.length] + ' ';
}
const bytes = Buffer.alloc(MiB);
for (let i = 0; i < bytes.length; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  bytes[i] = seed >> 16;
}
const inputs = {
  utf8: { string: text, buffer: Buffer.from(text, 'utf8') },
  hex: { string: bytes.toString('hex'), buffer: bytes },
  base64: { string: bytes.toString('base64'), buffer: bytes },
};

function time(fn) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

let sink = 0;
for (const enc of Object.keys(inputs)) {
  const { string, buffer } = inputs[enc];
  // Warm up both paths, and check the round trip.
  if (Buffer.from(string, enc).toString(enc) !== string) throw new Error(`${enc}: bad round trip`);
  const encodeMs = time(() => { sink += Buffer.from(string, enc).length; });
  const decodeMs = time(() => { sink += buffer.toString(enc).length; });
  console.log(`${enc}-encode: ${encodeMs.toFixed(1)} ms`);
  console.log(`${enc}-decode: ${decodeMs.toFixed(1)} ms`);
}
if (sink === 0) throw new Error('nothing was done');
