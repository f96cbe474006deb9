'use strict';
// Deep equality on cyclic values (cycles near the top and below a long acyclic chain, where
// tide starts recording pairs) and on big typed arrays (compared as bytes, without listing
// a million index keys).
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function cyclic(extra) {
  const o = { name: 'root', extra };
  o.self = o;
  o.list = [o, { back: o }];
  return o;
}
assert.ok(isDeepStrictEqual(cyclic(1), cyclic(1)));
assert.ok(!isDeepStrictEqual(cyclic(1), cyclic(2)));
assert.deepEqual(cyclic('1'), cyclic(1));

// A cycle that closes 200 levels down, and one whose far end differs.
function chain(depth, tail) {
  const head = { level: 0 };
  let node = head;
  for (let i = 1; i < depth; i++) {
    node.next = { level: i };
    node = node.next;
  }
  node.next = head;
  node.tail = tail;
  return head;
}
assert.ok(isDeepStrictEqual(chain(200, 'x'), chain(200, 'x')));
assert.ok(!isDeepStrictEqual(chain(200, 'x'), chain(200, 'y')));
// Cycles of different lengths unroll to the same infinite tree only when the contents agree.
assert.ok(!isDeepStrictEqual(chain(3, 'x'), chain(4, 'x')));

// Mutually referencing Maps and Sets.
const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
assert.ok(isDeepStrictEqual(m1, m2));
const s1 = new Set();
s1.add(s1);
const s2 = new Set();
s2.add(s2);
assert.ok(isDeepStrictEqual(s1, s2));

// Maps whose keys match only deeply.
assert.ok(isDeepStrictEqual(new Map([[{ k: 1 }, 'a'], ['p', 1]]), new Map([[{ k: 1 }, 'a'], ['p', 1]])));
assert.ok(!isDeepStrictEqual(new Map([[{ k: 1 }, 'a'], ['p', 1]]), new Map([[{ k: 1 }, 'b'], ['p', 1]])));
assert.ok(!isDeepStrictEqual(new Map([['p', 1]]), new Map([['p', 2]])));

// 64 MiB of bytes each side: a byte compare, not 64 million JS steps and index keys.
const big1 = Buffer.alloc(64 * 1024 * 1024, 7);
const big2 = Buffer.alloc(64 * 1024 * 1024, 7);
const start = process.hrtime.bigint();
for (let i = 0; i < 5; i++) assert.ok(isDeepStrictEqual(big1, big2));
assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 5000);
big2[big2.length - 1] = 8;
assert.ok(!isDeepStrictEqual(big1, big2));
assert.ok(!isDeepStrictEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
assert.ok(!isDeepStrictEqual(new Float64Array([0]), new Float64Array([-0])));
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.ok(isDeepStrictEqual(new ArrayBuffer(8), new ArrayBuffer(8)));
// Extra properties on typed arrays and arrays still count.
const t1 = new Uint8Array(4);
const t2 = new Uint8Array(4);
t1.extra = 1;
assert.ok(!isDeepStrictEqual(t1, t2));
t2.extra = 1;
assert.ok(isDeepStrictEqual(t1, t2));
const sym = Symbol('s');
const a1 = [1, 2];
const a2 = [1, 2];
a1[sym] = 1;
assert.ok(!isDeepStrictEqual(a1, a2));
assert.deepEqual(a1, a2);  // loose mode ignores symbols
