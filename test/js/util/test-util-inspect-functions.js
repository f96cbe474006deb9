'use strict';
// util.inspect of functions and classes: names, anonymous, async/generator kinds, extends, properties, null prototypes.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

function named() {}
class Foo {}
class Bar extends Foo {}
const withProps = function withProps() {};
withProps.x = 1;
const numericName = function () {};
Object.defineProperty(numericName, 'name', { value: 3 });
function nullProto() {}
Object.setPrototypeOf(nullProto, null);
class NullClass {}
Object.setPrototypeOf(NullClass, null);
class MyFunction extends Function {}

check(named, "[Function: named]");
check(function () {}, "[Function (anonymous)]");
check(() => {}, "[Function (anonymous)]");
check(async function af() {}, "[AsyncFunction: af]");
check(async () => {}, "[AsyncFunction (anonymous)]");
check(function* gen() {}, "[GeneratorFunction: gen]");
check(async function* agen() {}, "[AsyncGeneratorFunction: agen]");
check(Math.max, "[Function: max]");
check(named.bind(null), "[Function: bound named]");
check(({ m() {}, async am() {}, *gm() {} }), `{
  m: [Function: m],
  am: [AsyncFunction: am],
  gm: [GeneratorFunction: gm]
}`);
check(Foo, "[class Foo]");
check(Bar, "[class Bar extends Foo]");
check(class {}, "[class (anonymous)]");
check(class extends Foo {}, "[class (anonymous) extends Foo]");
check(class /* (comment) */ Commented {}, "[class Commented]");
check(class Static { static s = 1; }, "[class Static] { s: 1 }");
check(withProps, "[Function: withProps] { x: 1 }");
check(numericName, "[Function: 3]");
check(nullProto, "[Function (null prototype): nullProto]");
check(NullClass, "[class NullClass extends [null prototype]]");
check(new MyFunction(), "[Function: anonymous] MyFunction");
check(named, `<ref *1> [Function: named] {
  [length]: 0,
  [name]: 'named',
  [prototype]: { [constructor]: [Circular *1] }
}`, { showHidden: true });
check(() => {}, "[Function (anonymous)] { [length]: 0, [name]: '' }", { showHidden: true });
check([Object, Array, Map, Promise, TypeError, Date, Symbol], `[
  [Function: Object],
  [Function: Array],
  [Function: Map],
  [Function: Promise],
  [Function: TypeError],
  [Function: Date],
  [Function: Symbol]
]`);
check(Object.assign(function* gg() {}, { p: 1 }), "[GeneratorFunction: gg] { p: 1 }");
