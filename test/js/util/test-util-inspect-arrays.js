'use strict';
// util.inspect of arrays (holes, extra keys, maxArrayLength, numeric column grouping), typed arrays, ArrayBuffer and DataView.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
class MyArray extends Array {}
const withKeys = [1, 2];
withKeys.extra = 'x';
const sparse = [1, 2];
sparse[10] = 3;
sparse.foo = 'bar';
const nullProtoArray = [1, 2];
Object.setPrototypeOf(nullProtoArray, null);
const typedWithKey = new Uint8Array(2);
typedWithKey.x = 1;

check([], "[]");
check([1, 2, 3], "[ 1, 2, 3 ]");
check([[[[1]]], [[[]]]], "[ [ [ [Array] ] ], [ [ [] ] ] ]");
check([1, 'two', { three: 3 }, [4], null, undefined, 7n, Symbol('8')], "[ 1, 'two', { three: 3 }, [ 4 ], null, undefined, 7n, Symbol(8) ]");
// Holes
check([1, , 3, , , 6], "[ 1, <1 empty item>, 3, <2 empty items>, 6 ]");
check(new Array(5), "[ <5 empty items> ]");
check([, 1], "[ <1 empty item>, 1 ]");
check(sparse, "[ 1, 2, <8 empty items>, 3, foo: 'bar' ]");
check(Object.assign(new Array(300), { 5: 1, 250: 2 }), "[ <5 empty items>, 1, <244 empty items>, 2, <49 empty items> ]");
check(Object.assign(new Array(300), { 5: 1, 250: 2 }), "[ <5 empty items>, 1, ... 294 more items ]", { maxArrayLength: 2 });
// Length limits
check(range(101), `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 1 more item
]`);
check(range(102), `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 2 more items
]`);
check([1, 2, 3, 4], "[ 1, 2, ... 2 more items ]", { maxArrayLength: 2 });
check([1, 2, 3, 4], "[ ... 4 more items ]", { maxArrayLength: 0 });
check(range(120), `[
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,
   12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,
   24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,
   36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,
   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,
   60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,
   72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,
   84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,
   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107,
  108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119
]`, { maxArrayLength: null });
// Extra keys, subclasses, null prototype
check(withKeys, "[ 1, 2, extra: 'x' ]");
check([1, 2], "[ 1, 2, [length]: 2 ]", { showHidden: true });
check(MyArray.from([1, 2]), "MyArray(2) [ 1, 2 ]");
check(new MyArray(), "MyArray(0) []");
check(nullProtoArray, "[Array(2): null prototype] [ 1, 2 ]");
// Grouping into columns: numbers right-aligned, other entries left-aligned
check([1, 2, 3, 4, 5, 6], "[ 1, 2, 3, 4, 5, 6 ]");
check([1, 2, 3, 4, 5, 6, 7], `[
  1, 2, 3, 4,
  5, 6, 7
]`);
check(range(26), `[
   0,  1,  2,  3,  4,  5,  6,  7,
   8,  9, 10, 11, 12, 13, 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23,
  24, 25
]`);
check(range(30, (i) => i * i), `[
    0,   1,   4,   9,  16,  25,  36,  49,
   64,  81, 100, 121, 144, 169, 196, 225,
  256, 289, 324, 361, 400, 441, 484, 529,
  576, 625, 676, 729, 784, 841
]`);
check(range(1000, (i) => i * 7), `[
    0,   7,  14,  21,  28,  35,  42,  49,  56,  63,  70,  77,
   84,  91,  98, 105, 112, 119, 126, 133, 140, 147, 154, 161,
  168, 175, 182, 189, 196, 203, 210, 217, 224, 231, 238, 245,
  252, 259, 266, 273, 280, 287, 294, 301, 308, 315, 322, 329,
  336, 343, 350, 357, 364, 371, 378, 385, 392, 399, 406, 413,
  420, 427, 434, 441, 448, 455, 462, 469, 476, 483, 490, 497,
  504, 511, 518, 525, 532, 539, 546, 553, 560, 567, 574, 581,
  588, 595, 602, 609, 616, 623, 630, 637, 644, 651, 658, 665,
  672, 679, 686, 693,
  ... 900 more items
]`);
check(range(16, (i) => (i - 8) * 1.5), `[
  -12, -10.5, -9, -7.5,
   -6,  -4.5, -3, -1.5,
    0,   1.5,  3,  4.5,
    6,   7.5,  9, 10.5
]`);
check(range(30, (i) => 'item' + i), `[
  'item0',  'item1',  'item2',
  'item3',  'item4',  'item5',
  'item6',  'item7',  'item8',
  'item9',  'item10', 'item11',
  'item12', 'item13', 'item14',
  'item15', 'item16', 'item17',
  'item18', 'item19', 'item20',
  'item21', 'item22', 'item23',
  'item24', 'item25', 'item26',
  'item27', 'item28', 'item29'
]`);
check('abcdefghijklmnopqrstuvwxyz'.split(''), `[
  'a', 'b', 'c', 'd', 'e', 'f',
  'g', 'h', 'i', 'j', 'k', 'l',
  'm', 'n', 'o', 'p', 'q', 'r',
  's', 't', 'u', 'v', 'w', 'x',
  'y', 'z'
]`);
check(range(30, (i) => (i % 2 ? 'x'.repeat(i % 7) : i)), `[
  0,  'x',      2,  'xxx',
  4,  'xxxxx',  6,  '',
  8,  'xx',     10, 'xxxx',
  12, 'xxxxxx', 14, 'x',
  16, 'xxx',    18, 'xxxxx',
  20, '',       22, 'xx',
  24, 'xxxx',   26, 'xxxxxx',
  28, 'x'
]`);
check(range(10, (i) => 'x'.repeat(i * 5)), `[
  '',
  'xxxxx',
  'xxxxxxxxxx',
  'xxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
]`);
check(range(10, (i) => ({ i })), `[
  { i: 0 }, { i: 1 },
  { i: 2 }, { i: 3 },
  { i: 4 }, { i: 5 },
  { i: 6 }, { i: 7 },
  { i: 8 }, { i: 9 }
]`);
check([range(26), range(26, (i) => -i * 1000)], `[
  [
     0,  1,  2,  3,  4,  5,  6,  7,
     8,  9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23,
    24, 25
  ],
  [
        -0,  -1000,  -2000,  -3000,
     -4000,  -5000,  -6000,  -7000,
     -8000,  -9000, -10000, -11000,
    -12000, -13000, -14000, -15000,
    -16000, -17000, -18000, -19000,
    -20000, -21000, -22000, -23000,
    -24000, -25000
  ]
]`);
check(range(20, (i) => BigInt(i) ** 5n), `[
        0n,       1n,      32n,
      243n,    1024n,    3125n,
     7776n,   16807n,   32768n,
    59049n,  100000n,  161051n,
   248832n,  371293n,  537824n,
   759375n, 1048576n, 1419857n,
  1889568n, 2476099n
]`);
check({ a: { b: range(40, (i) => i * 3) } }, `{
  a: {
    b: [
       0,  3,  6,  9,  12,  15,  18,  21,  24,  27,
      30, 33, 36, 39,  42,  45,  48,  51,  54,  57,
      60, 63, 66, 69,  72,  75,  78,  81,  84,  87,
      90, 93, 96, 99, 102, 105, 108, 111, 114, 117
    ]
  }
}`);
check(range(30), `[
   0,  1,  2,  3,
   4,  5,  6,  7,
   8,  9, 10, 11,
  12, 13, 14, 15,
  16, 17, 18, 19,
  20, 21, 22, 23,
  24, 25, 26, 27,
  28, 29
]`, { compact: 1 });
check(range(30), `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,
   9, 10, 11, 12, 13, 14, 15, 16, 17,
  18, 19, 20, 21, 22, 23, 24, 25, 26,
  27, 28, 29
]`, { breakLength: 40 });
check(range(30), "[\n   \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m,  \u001b[33m2\u001b[39m,  \u001b[33m3\u001b[39m,  \u001b[33m4\u001b[39m,  \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m,  \u001b[33m7\u001b[39m,  \u001b[33m8\u001b[39m,\n   \u001b[33m9\u001b[39m, \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m, \u001b[33m12\u001b[39m, \u001b[33m13\u001b[39m, \u001b[33m14\u001b[39m, \u001b[33m15\u001b[39m, \u001b[33m16\u001b[39m, \u001b[33m17\u001b[39m,\n  \u001b[33m18\u001b[39m, \u001b[33m19\u001b[39m, \u001b[33m20\u001b[39m, \u001b[33m21\u001b[39m, \u001b[33m22\u001b[39m, \u001b[33m23\u001b[39m, \u001b[33m24\u001b[39m, \u001b[33m25\u001b[39m, \u001b[33m26\u001b[39m,\n  \u001b[33m27\u001b[39m, \u001b[33m28\u001b[39m, \u001b[33m29\u001b[39m\n]", { colors: true });
check(range(20, (i) => '中'.repeat(i % 4 + 1)), `[
  '中',       '中中',     '中中中',
  '中中中中', '中',       '中中',
  '中中中',   '中中中中', '中',
  '中中',     '中中中',   '中中中中',
  '中',       '中中',     '中中中',
  '中中中中', '中',       '中中',
  '中中中',   '中中中中'
]`);
// Typed arrays
check(new Uint8Array([1, 2, 3]), "Uint8Array(3) [ 1, 2, 3 ]");
check(new Uint8Array(0), "Uint8Array(0) []");
check(new Float64Array([1.5, -0, NaN]), "Float64Array(3) [ 1.5, -0, NaN ]");
check(new Int16Array(40), `Int16Array(40) [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0
]`);
check(new BigInt64Array([1n, -2n]), "BigInt64Array(2) [ 1n, -2n ]");
check(new BigUint64Array(3), "BigUint64Array(3) [ 0n, 0n, 0n ]");
check(new Uint8Array(150), `Uint8Array(150) [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0,
  ... 50 more items
]`);
check(typedWithKey, "Uint8Array(2) [ 0, 0, x: 1 ]");
check(new Uint8Array(3), `Uint8Array(3) [
  0,
  0,
  0,
  [BYTES_PER_ELEMENT]: 1,
  [length]: 3,
  [byteLength]: 3,
  [byteOffset]: 0,
  [buffer]: ArrayBuffer { byteLength: 3 }
]`, { showHidden: true });
check(new Uint32Array([1234567, 1]), "Uint32Array(2) [ 1_234_567, 1 ]", { numericSeparator: true });
// ArrayBuffer, SharedArrayBuffer, DataView
check(new Uint8Array([0, 1, 255]).buffer, "ArrayBuffer { [Uint8Contents]: <00 01 ff>, byteLength: 3 }");
check(new ArrayBuffer(0), "ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }");
check(new ArrayBuffer(120), `ArrayBuffer {
  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,
  byteLength: 120
}`);
check(new ArrayBuffer(5), `ArrayBuffer {
  [Uint8Contents]: <00 00 ... 3 more bytes>,
  byteLength: 5
}`, { maxArrayLength: 2 });
check(new SharedArrayBuffer(4), "SharedArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }");
check(new DataView(new ArrayBuffer(4), 1, 2), `DataView {
  byteLength: 2,
  byteOffset: 1,
  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }
}`);
check(Object.assign(new ArrayBuffer(2), { x: 1 }), "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2, x: 1 }");
