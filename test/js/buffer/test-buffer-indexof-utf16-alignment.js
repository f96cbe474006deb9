'use strict';
// buf.indexOf / lastIndexOf / includes with 'utf16le' (and its aliases) read the buffer as whole
// 16-bit code units from its first byte, as Node does: a match only counts at an even byte offset
// (relative to the Buffer, not to its ArrayBuffer), and the search starts at the code unit that
// holds byteOffset. Expected values are Node v20's.

const assert = require('assert');

const odd = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]);  // 'a' and 'b' only at odd offsets
for (const encoding of ['utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'UTF16LE']) {
  assert.strictEqual(odd.indexOf('a', 0, encoding), -1);
  assert.strictEqual(odd.indexOf('a', 1, encoding), -1);
  assert.strictEqual(odd.lastIndexOf('a', undefined, encoding), -1);
  assert.strictEqual(odd.lastIndexOf('b', 4, encoding), -1);
  assert.strictEqual(odd.includes('b', 0, encoding), false);
  assert.strictEqual(odd.indexOf('z', 0, encoding), -1);
  assert.strictEqual(odd.lastIndexOf('z', undefined, encoding), -1);
  // The same bytes as latin1 are found at their odd offset.
  assert.strictEqual(odd.indexOf('a\u0000', 0, 'latin1'), 1);
}

// Odd and even occurrences of the same needle: only the even one counts.
{
  const buf = Buffer.from([0x41, 0x42, 0x00, 0x43, 0x42, 0x00, 0x00]);
  // 'B' = 42 00 at offsets 1 and 4.
  assert.strictEqual(buf.indexOf('B', 0, 'utf16le'), 4);
  assert.strictEqual(buf.lastIndexOf('B', undefined, 'utf16le'), 4);
  assert.strictEqual(buf.lastIndexOf('B', 3, 'utf16le'), -1);
  assert.strictEqual(buf.indexOf('B', 0, 'latin1'), 1);
}

// A byteOffset is rounded down to its code unit.
{
  const buf = Buffer.from('abcdef', 'utf16le');
  assert.strictEqual(buf.indexOf('b', 2, 'utf16le'), 2);
  assert.strictEqual(buf.indexOf('b', 3, 'utf16le'), 2);
  assert.strictEqual(buf.indexOf('b', 4, 'utf16le'), -1);
  assert.strictEqual(buf.lastIndexOf('b', 3, 'utf16le'), 2);
  assert.strictEqual(buf.lastIndexOf('b', 1, 'utf16le'), -1);
  // Forward, the whole needle must fit after byteOffset before it is rounded down.
  assert.strictEqual(buf.indexOf('ef', -3, 'utf16le'), -1);
  assert.strictEqual(buf.indexOf('f', -1, 'utf16le'), -1);
  assert.strictEqual(buf.indexOf('f', -2, 'utf16le'), 10);
  assert.strictEqual(buf.indexOf('ef', -4, 'utf16le'), 8);
  assert.strictEqual(buf.lastIndexOf('a', -11, 'utf16le'), 0);
  assert.strictEqual(buf.indexOf('', 3, 'utf16le'), 3);
  assert.strictEqual(buf.indexOf('cd', 0, 'ucs2'), 4);
  assert.strictEqual(buf.includes('de', 5, 'ucs2'), true);
  assert.strictEqual(buf.includes('de', 7, 'ucs2'), true);   // starts at byte 6
  assert.strictEqual(buf.includes('de', 8, 'ucs2'), false);
}

// A match straddling code units (bytes 'X'/'b' of latin1 text) counts only at an even offset.
{
  const buf = Buffer.from('aXbXc', 'latin1');
  assert.strictEqual(buf.indexOf('\u5862', 0, 'utf16le'), 2);   // 62 58 at offset 2
  assert.strictEqual(buf.indexOf('\u6258', 0, 'utf16le'), -1);  // 58 62 only at offset 1
  assert.strictEqual(buf.lastIndexOf('\u6258', undefined, 'utf16le'), -1);
}

// Offsets are relative to the Buffer's start, even when it starts at an odd ArrayBuffer offset.
// Node 20 and 24 never return from a utf16le search of a Buffer at an odd memory address (seen on
// x64, Nov 2026), so this part runs only under tide; its values follow the rule checked above.
if (process.versions.tide) {
  const backing = Buffer.alloc(7);  // not pooled: byteOffset 0
  backing.set([0xff, 0x61, 0x00, 0x62, 0x00, 0x61, 0x00]);
  const view = backing.subarray(1);  // 61 00 62 00 61 00
  assert.strictEqual(view.byteOffset % 2, 1);
  assert.strictEqual(view.indexOf('a', 0, 'utf16le'), 0);
  assert.strictEqual(view.indexOf('b', 0, 'utf16le'), 2);
  assert.strictEqual(view.indexOf('a', 1, 'utf16le'), 0);  // byte 1 is in code unit 0
  assert.strictEqual(view.indexOf('a', 2, 'utf16le'), 4);
  assert.strictEqual(view.lastIndexOf('a', undefined, 'utf16le'), 4);
  assert.strictEqual(backing.indexOf('a', 0, 'utf16le'), -1);
}

// Surrogate pairs and longer needles.
{
  const text = 'x\u{1F600}y\u{1F600}';
  const buf = Buffer.from(text, 'utf16le');
  assert.strictEqual(buf.indexOf('\u{1F600}', 0, 'utf16le'), 2);
  assert.strictEqual(buf.lastIndexOf('\u{1F600}', undefined, 'utf16le'), 8);
  assert.strictEqual(buf.indexOf('\u{1F600}', 3, 'utf16le'), 2);
  assert.strictEqual(buf.indexOf('\u{1F600}', 4, 'utf16le'), 8);
  const shifted = Buffer.concat([Buffer.from([0]), buf]);
  assert.strictEqual(shifted.indexOf('\u{1F600}', 0, 'utf16le'), -1);
  assert.strictEqual(shifted.indexOf('\u{1F600}', 0, 'latin1'), -1);
}

// A Buffer needle with encoding 'utf16le' follows the same even-offset rule.
{
  const buf = Buffer.from([0x00, 0x61, 0x00, 0x00, 0x61, 0x00]);  // 61 00 at offsets 1 and 4
  const needle = Buffer.from([0x61, 0x00]);
  assert.strictEqual(buf.indexOf(needle, 0, 'utf16le'), 4);
  assert.strictEqual(buf.indexOf(needle, 0), 1);
  assert.strictEqual(buf.indexOf(needle, 0, 'latin1'), 1);
  assert.strictEqual(buf.lastIndexOf(needle, 3, 'utf16le'), -1);
  assert.strictEqual(buf.lastIndexOf(needle, 3, 'latin1'), 1);
  assert.strictEqual(buf.indexOf(new Uint8Array([0x61, 0x00]), 3, 'ucs2'), 4);
  assert.strictEqual(buf.includes(needle, 0, 'ucs2'), true);
  const odds = Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00, 0x00]);  // 61 00 at offsets 1 and 3
  assert.strictEqual(odds.indexOf(needle, 0, 'utf16le'), -1);
  assert.strictEqual(odds.lastIndexOf(needle, undefined, 'utf16le'), -1);
  assert.strictEqual(odds.includes(needle, 0, 'ucs2'), false);
}

// Other encodings are unaffected: odd offsets match.
{
  const buf = Buffer.from('xabc');
  assert.strictEqual(buf.indexOf('abc', 0, 'utf8'), 1);
  assert.strictEqual(buf.indexOf('6263', 0, 'hex'), 2);
  assert.strictEqual(buf.indexOf('YWJj', 0, 'base64'), 1);
  assert.strictEqual(buf.lastIndexOf('b', undefined, 'ascii'), 2);
}

// Randomised agreement with a reference model of the rule.
{
  function model(buf, str, offset, forward) {
    const needle = Buffer.from(str, 'utf16le');
    const units = buf.length >> 1;
    const n = needle.length >> 1;
    if (n === 0 || n > units) return -1;
    let start = offset < 0 ? Math.max(buf.length + offset, forward ? 0 : -1) : offset;
    if (start < 0) return -1;
    if (needle.length > buf.length) return -1;
    if (forward && start + needle.length > buf.length) return -1;
    let unit = start >> 1;
    if (forward) {
      for (let i = unit; i <= units - n; i++) if (buf.compare(needle, 0, 2 * n, 2 * i, 2 * i + 2 * n) === 0) return 2 * i;
    } else {
      for (let i = Math.min(unit, units - n); i >= 0; i--) if (buf.compare(needle, 0, 2 * n, 2 * i, 2 * i + 2 * n) === 0) return 2 * i;
    }
    return -1;
  }
  let seed = 12345;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let round = 0; round < 2000; round++) {
    const length = 2 + rand(14) * 2;  // even lengths
    const buf = Buffer.alloc(length);
    for (let i = 0; i < length; i++) buf[i] = rand(3) === 0 ? 0 : 0x61 + rand(2);
    let str = '';
    const chars = 1 + rand(2);
    for (let i = 0; i < chars; i++) str += String.fromCharCode([0x61, 0x62, 0x6100, 0x6200, 0x6162][rand(5)]);
    const offset = rand(length + 4) - 2;
    assert.strictEqual(buf.indexOf(str, offset, 'utf16le'), model(buf, str, offset, true),
                       `indexOf ${buf.toString('hex')} ${JSON.stringify(str)} ${offset}`);
    assert.strictEqual(buf.lastIndexOf(str, offset, 'utf16le'), model(buf, str, offset, false),
                       `lastIndexOf ${buf.toString('hex')} ${JSON.stringify(str)} ${offset}`);
  }
}
