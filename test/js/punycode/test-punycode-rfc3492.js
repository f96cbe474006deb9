'use strict';
// punycode.encode/decode against the sample strings of RFC 3492, section 7.1.
const assert = require('assert');
process.noDeprecation = true;
const punycode = require('punycode');

const cp = (...points) => String.fromCodePoint(...points);
const vectors = [
  ['(A) Arabic (Egyptian)', cp(0x0644, 0x064A, 0x0647, 0x0645, 0x0627, 0x0628, 0x062A, 0x0643,
    0x0644, 0x0645, 0x0648, 0x0634, 0x0639, 0x0631, 0x0628, 0x064A, 0x061F),
  'egbpdaj6bu4bxfgehfvwxn'],
  ['(B) Chinese (simplified)', cp(0x4ED6, 0x4EEC, 0x4E3A, 0x4EC0, 0x4E48, 0x4E0D, 0x8BF4, 0x4E2D,
    0x6587), 'ihqwcrb4cv8a8dqg056pqjye'],
  ['(C) Chinese (traditional)', cp(0x4ED6, 0x5011, 0x7232, 0x4EC0, 0x9EBD, 0x4E0D, 0x8AAA, 0x4E2D,
    0x6587), 'ihqwctvzc91f659drss3x8bo0yb'],
  ['(D) Czech', `Pro${cp(0x10D)}prost${cp(0x11B)}nemluv${cp(0xED, 0x10D)}esky`,
    'Proprostnemluvesky-uyb24dma41a'],
  ['(E) Hebrew', cp(0x05DC, 0x05DE, 0x05D4, 0x05D4, 0x05DD, 0x05E4, 0x05E9, 0x05D5, 0x05D8,
    0x05DC, 0x05D0, 0x05DE, 0x05D3, 0x05D1, 0x05E8, 0x05D9, 0x05DD, 0x05E2, 0x05D1, 0x05E8, 0x05D9,
    0x05EA), '4dbcagdahymbxekheh6e0a7fei0b'],
  ['(F) Hindi (Devanagari)', cp(0x092F, 0x0939, 0x0932, 0x094B, 0x0917, 0x0939, 0x093F, 0x0928,
    0x094D, 0x0926, 0x0940, 0x0915, 0x094D, 0x092F, 0x094B, 0x0902, 0x0928, 0x0939, 0x0940, 0x0902,
    0x092C, 0x094B, 0x0932, 0x0938, 0x0915, 0x0924, 0x0947, 0x0939, 0x0948, 0x0902),
  'i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd'],
  ['(G) Japanese (kanji and hiragana)', cp(0x306A, 0x305C, 0x307F, 0x3093, 0x306A, 0x65E5, 0x672C,
    0x8A9E, 0x3092, 0x8A71, 0x3057, 0x3066, 0x304F, 0x308C, 0x306A, 0x3044, 0x306E, 0x304B),
  'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa'],
  ['(H) Korean (Hangul syllables)', cp(0xC138, 0xACC4, 0xC758, 0xBAA8, 0xB4E0, 0xC0AC, 0xB78C,
    0xB4E4, 0xC774, 0xD55C, 0xAD6D, 0xC5B4, 0xB97C, 0xC774, 0xD574, 0xD55C, 0xB2E4, 0xBA74, 0xC5BC,
    0xB9C8, 0xB098, 0xC88B, 0xC744, 0xAE4C),
  '989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c'],
  ['(I) Russian (Cyrillic)', cp(0x043F, 0x043E, 0x0447, 0x0435, 0x043C, 0x0443, 0x0436, 0x0435,
    0x043E, 0x043D, 0x0438, 0x043D, 0x0435, 0x0433, 0x043E, 0x0432, 0x043E, 0x0440, 0x044F, 0x0442,
    0x043F, 0x043E, 0x0440, 0x0443, 0x0441, 0x0441, 0x043A, 0x0438),
  'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  ['(J) Spanish', `Porqu${cp(0xE9)}nopuedensimplementehablarenEspa${cp(0xF1)}ol`,
    'PorqunopuedensimplementehablarenEspaol-fmd56a'],
  ['(K) Vietnamese', `T${cp(0x1EA1)}isaoh${cp(0x1ECD)}kh${cp(0xF4)}ngth${cp(0x1EC3)}ch` +
    `${cp(0x1EC9)}n${cp(0xF3)}iti${cp(0x1EBF)}ngVi${cp(0x1EC7)}t`,
  'TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g'],
  ['(L) 3<nen>B<gumi><kinpachi><sensei>',
    `3${cp(0x5E74)}B${cp(0x7D44, 0x91D1, 0x516B, 0x5148, 0x751F)}`, '3B-ww4c5e180e575a65lsy2b'],
  ['(M) <amuro><namie>-with-SUPER-MONKEYS',
    `${cp(0x5B89, 0x5BA4, 0x5948, 0x7F8E, 0x6075)}-with-SUPER-MONKEYS`,
    '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['(N) Hello-Another-Way-<sorezore><no><basho>',
    `Hello-Another-Way-${cp(0x305D, 0x308C, 0x305E, 0x308C, 0x306E, 0x5834, 0x6240)}`,
    'Hello-Another-Way--fc4qua05auwb3674vfr0b'],
  ['(O) <hitotsu><yane><no><shita>2', `${cp(0x3072, 0x3068, 0x3064, 0x5C4B, 0x6839, 0x306E, 0x4E0B)}2`,
    '2-u9tlzr9756bt3uc0v'],
  ['(P) Maji<de>Koi<suru>5<byou><mae>',
    `Maji${cp(0x3067)}Koi${cp(0x3059, 0x308B)}5${cp(0x79D2, 0x524D)}`, 'MajiKoi5-783gue6qz075azm5e'],
  ['(Q) <pafii>de<runba>', `${cp(0x30D1, 0x30D5, 0x30A3, 0x30FC)}de${cp(0x30EB, 0x30F3, 0x30D0)}`,
    'de-jg4avhby1noc0d'],
  ['(R) <sono><supiido><de>', cp(0x305D, 0x306E, 0x30B9, 0x30D4, 0x30FC, 0x30C9, 0x3067),
    'd9juau41awczczp'],
  ['(S) -> $1.00 <-', '-> $1.00 <-', '-> $1.00 <--'],
];

for (const [name, unicode, encoded] of vectors) {
  assert.strictEqual(punycode.encode(unicode), encoded, `encode ${name}`);
  assert.strictEqual(punycode.decode(encoded), unicode, `decode ${name}`);
}

// Decoding accepts upper-case digits; encoding writes lower case.
assert.strictEqual(punycode.decode('EGBPDAJ6BU4BXFGEHFVWXN'), vectors[0][1]);
// Basic-only and empty input.
assert.strictEqual(punycode.encode(''), '');
assert.strictEqual(punycode.decode(''), '');
assert.strictEqual(punycode.encode('abc'), 'abc-');
assert.strictEqual(punycode.decode('abc-'), 'abc');
assert.strictEqual(punycode.encode('\u00fc'), 'tda');
assert.strictEqual(punycode.encode('b\u00fccher'), 'bcher-kva');
assert.strictEqual(punycode.decode('bcher-kva'), 'b\u00fccher');
// Astral code points and unpaired surrogates go through as code points.
assert.strictEqual(punycode.encode('\ud83d\ude00'), 'e28h');
assert.strictEqual(punycode.decode('e28h'), '\ud83d\ude00');
assert.strictEqual(punycode.encode('\ud800'), 'ib9b');
assert.strictEqual(punycode.decode('ib9b'), '\ud800');

// A long input round-trips.
const long = `${'x'.repeat(50000)}\u00e9${'y'.repeat(50000)}\u4e2d`;
assert.strictEqual(punycode.decode(punycode.encode(long)), long);
