'use strict';
// util.inspect of plain objects, class instances, null prototypes, keys, getters, circular references and depth.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

class Foo {
  constructor() { this.x = 1; }
}
class Bar extends Foo {
  get y() { return 2; }
  set z(v) {}
}
class Empty {}
class Tagged {
  get [Symbol.toStringTag]() { return 'Tg'; }
}
function Legacy() { this.a = 1; }
const circular = { name: 'root' };
circular.self = circular;
const twoCycles = { a: {}, b: {} };
twoCycles.a.p = twoCycles.b;
twoCycles.b.p = twoCycles.a;
const innerCycle = { list: [] };
innerCycle.list.push(innerCycle.list);
const accessors = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { x: 1 }; },
  set c(v) {},
  get d() { throw new Error('boom'); },
  get e() { return null; },
  get f() { return 'str'; },
};
const nonEnumerable = { visible: 1 };
Object.defineProperty(nonEnumerable, 'hidden', { value: 2 });
Object.defineProperty(nonEnumerable, Symbol('hiddenSym'), { value: 3 });

check({}, "{}");
check({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } }, "{ a: 1, b: 'two', c: [ 3 ], d: { e: { f: [Object] } } }");
check({ a: { b: { c: { d: { e: 1 } } } } }, "{ a: { b: { c: [Object] } } }");
check({ a: { b: { c: { d: { e: 1 } } } } }, "{ a: [Object] }", { depth: 0 });
check({ a: { b: { c: { d: { e: 1 } } } } }, `{
  a: {
    b: { c: { d: { e: 1 } } }
  }
}`, { depth: null });
check({ a: { b: { c: { d: { e: 1 } } } } }, `{
  a: {
    b: { c: { d: { e: 1 } } }
  }
}`, { depth: Infinity });
check({ a: 1 }, "[Object]", { depth: -1 });
// Keys: identifiers bare, others quoted, symbols in brackets.
check({ 'a-b': 1, 'c d': 2, 1: 3, "it's": 4, '': 5, [Symbol('s')]: 6, [Symbol()]: 7, $d: 8, _u: 9, 'ü': 10 }, `{
  '1': 3,
  'a-b': 1,
  'c d': 2,
  "it's": 4,
  '': 5,
  '$d': 8,
  _u: 9,
  'ü': 10,
  [Symbol(s)]: 6,
  [Symbol()]: 7
}`);
check({ 'a\nb': 1, '\'': 2, '"': 3 }, "{ 'a\\nb': 1, \"'\": 2, '\"': 3 }");
check({ ['__proto__']: 1 }, "{ ['__proto__']: 1 }");
check(JSON.parse('{"__proto__": 1}'), "{ ['__proto__']: 1 }");
check(nonEnumerable, "{ visible: 1 }");
check(nonEnumerable, "{ visible: 1, [hidden]: 2, [Symbol(hiddenSym)]: 3 }", { showHidden: true });
// Null prototypes and classes
check(Object.create(null), "[Object: null prototype] {}");
check(Object.assign(Object.create(null), { a: 1 }), "[Object: null prototype] { a: 1 }");
check(Object.create(Object.create(null)), "Object <[Object: null prototype] {}> {}");
check(Object.assign(Object.create(Object.create(null)), { x: 1 }), "Object <[Object: null prototype] {}> { x: 1 }");
check(new Foo(), "Foo { x: 1 }");
check(new Bar(), "Bar { x: 1 }");
check(new Bar(), "Bar { x: 1, [y]: [Getter], [z]: [Setter] }", { showHidden: true });
check(new Empty(), "Empty {}");
check(new Tagged(), "Tagged [Tg] {}");
check(Object.assign(new Tagged(), { a: 1 }), "Tagged [Tg] { a: 1 }");
check(new Legacy(), "Legacy { a: 1 }");
check({ constructor: Foo }, "{ constructor: [class Foo] }");
check({ [Symbol.toStringTag]: 'own tag', a: 1 }, "{ a: 1, [Symbol(Symbol.toStringTag)]: 'own tag' }");
check(Object.create(Array.prototype), "Array {}");
// Getters and setters
check(accessors, `{
  a: [Getter],
  b: [Setter],
  c: [Getter/Setter],
  d: [Getter],
  e: [Getter],
  f: [Getter]
}`);
check(accessors, `{
  a: [Getter: 1],
  b: [Setter],
  c: [Getter/Setter] { x: 1 },
  d: [Getter: <Inspection threw (boom)>],
  e: [Getter: null],
  f: [Getter: 'str']
}`, { getters: true });
check(accessors, `{
  a: [Getter: 1],
  b: [Setter],
  c: [Getter/Setter],
  d: [Getter: <Inspection threw (boom)>],
  e: [Getter: null],
  f: [Getter: 'str']
}`, { getters: 'get' });
check(accessors, `{
  a: [Getter],
  b: [Setter],
  c: [Getter/Setter] { x: 1 },
  d: [Getter],
  e: [Getter],
  f: [Getter]
}`, { getters: 'set' });
// Circular references
check(circular, "<ref *1> { name: 'root', self: [Circular *1] }");
check(twoCycles, `{
  a: <ref *1> { p: { p: [Circular *1] } },
  b: <ref *2> { p: <ref *1> { p: [Circular *2] } }
}`);
check(innerCycle, "{ list: <ref *1> [ [Circular *1] ] }");
check({ a: circular, b: circular }, `{
  a: <ref *1> { name: 'root', self: [Circular *1] },
  b: <ref *1> { name: 'root', self: [Circular *1] }
}`);
check(circular, "<ref *1> { name: 'root', self: [Circular *1] }", { compact: true });
// Line breaking at breakLength 80
check({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6, gggggggggg: 7 }, `{
  aaaaaaaaaa: 1,
  bbbbbbbbbb: 2,
  cccccccccc: 3,
  dddddddddd: 4,
  eeeeeeeeee: 5,
  ffffffffff: 6,
  gggggggggg: 7
}`);
check({ a: { aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3 }, b: { dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6, gggggggggg: 7 } }, `{
  a: { aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3 },
  b: { dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6, gggggggggg: 7 }
}`);
check([{ name: 'Alice', age: 30, email: 'alice@example.com' }, { name: 'Bob', age: 25, email: 'bob@example.com' }], `[
  { name: 'Alice', age: 30, email: 'alice@example.com' },
  { name: 'Bob', age: 25, email: 'bob@example.com' }
]`);
check({ level1: { level2: { level3: { level4: 'deep' } }, sibling: [1, 2, 3] }, other: 'value' }, `{
  level1: { level2: { level3: [Object] }, sibling: [ 1, 2, 3 ] },
  other: 'value'
}`);
check({ key: 'line one of the text\nline two of the text\nline three of the text, long enough\n' }, "{\n  key: 'line one of the text\\n' +\n    'line two of the text\\n' +\n    'line three of the text, long enough\\n'\n}");
check(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i])), `{
  k0: 0,
  k1: 1,
  k2: 2,
  k3: 3,
  k4: 4,
  k5: 5,
  k6: 6,
  k7: 7,
  k8: 8,
  k9: 9,
  k10: 10,
  k11: 11,
  k12: 12,
  k13: 13,
  k14: 14,
  k15: 15,
  k16: 16,
  k17: 17,
  k18: 18,
  k19: 19,
  k20: 20,
  k21: 21,
  k22: 22,
  k23: 23,
  k24: 24,
  k25: 25,
  k26: 26,
  k27: 27,
  k28: 28,
  k29: 29
}`);
check((function () { return arguments; })(1, 'two'), "[Arguments] { '0': 1, '1': 'two' }");
check((function () { return arguments; })(), "[Arguments] {}");
