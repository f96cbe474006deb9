'use strict';
// util.inspect of errors: stack as the body, extra own properties, [cause], AggregateError [errors], names, null prototypes, no-stack brackets.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

// Fixed stacks keep the expected output independent of where the test runs.
function fixStack(err, frames = ['    at one (/app/one.js:1:1)', '    at two (/app/two.js:2:2)']) {
  err.stack = [`${err.name}: ${err.message}`, ...frames].join('\n');
  return err;
}
const plain = fixStack(new Error('msg'));
const withCode = Object.assign(fixStack(new TypeError('bad')), { code: 'ERR_X' });
const withProps = Object.assign(fixStack(new Error('props')), { a: 1, b: { c: [1, 2] } });
const noStack = new Error('no stack');
noStack.stack = undefined;
const stringStack = new Error('ss');
stringStack.stack = 'custom stack';
const renamed = fixStack(new Error('m'));
renamed.name = 'Custom';
const renamedError = fixStack(new Error('m'));
renamedError.name = 'CustomError';
class MyError extends Error {}
const mine = fixStack(new MyError('mine'));
class NamedError extends Error {
  constructor(m) { super(m); this.name = 'NamedError'; }
}
const named = fixStack(new NamedError('n'));
class FooError extends TypeError {}
const foo = fixStack(new FooError('f'));
const nullProto = fixStack(new Error('e'));
Object.setPrototypeOf(nullProto, null);
const inner = fixStack(new Error('inner'), ['    at inner (/app/inner.js:1:1)', '    at a (/app/a.js:1:1)',
  '    at b (/app/b.js:1:1)', '    at c (/app/c.js:1:1)', '    at d (/app/d.js:1:1)']);
const outer = fixStack(new Error('outer', { cause: inner }), ['    at outer (/app/outer.js:1:1)',
  '    at a (/app/a.js:1:1)', '    at b (/app/b.js:1:1)', '    at c (/app/c.js:1:1)', '    at d (/app/d.js:1:1)']);
const primitiveCause = fixStack(new Error('x', { cause: 'a string' }));
const undefinedCause = fixStack(new Error('x', { cause: undefined }));
const aggregate = fixStack(new AggregateError([fixStack(new Error('a')), fixStack(new RangeError('b'))], 'agg'));
const multiline = new Error('multi\nline');
multiline.stack = 'Error: multi\nline\n    at f (/app/f.js:1:1)';
const empty = fixStack(new Error(''));
const changedMessage = fixStack(new Error('x'));
changedMessage.message = 'other';
const stackless = new Error('bracketed');
stackless.stack = 'Error: bracketed';

check(plain, `Error: msg
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(withCode, `TypeError: bad
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  code: 'ERR_X'
}`);
check(withProps, `Error: props
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  a: 1,
  b: { c: [ 1, 2 ] }
}`);
check({ nested: withCode }, `{
  nested: TypeError: bad
      at one (/app/one.js:1:1)
      at two (/app/two.js:2:2) {
    code: 'ERR_X'
  }
}`);
check([plain], `[
  Error: msg
      at one (/app/one.js:1:1)
      at two (/app/two.js:2:2)
]`);
check({ a: { b: { c: { d: plain } } } }, "{ a: { b: { c: [Object] } } }");
check(noStack, "[Error: no stack]");
check(stringStack, "[custom stack]");
check(stackless, "[Error: bracketed]");
check(renamed, `Error: m
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  name: 'Custom'
}`);
check(renamedError, `Error: m
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  name: 'CustomError'
}`);
check(mine, `MyError: mine
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(named, `NamedError: n
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(foo, `FooError [TypeError]: f
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(nullProto, `[Error: null prototype]: e
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(outer, `Error: outer
    at outer (/app/outer.js:1:1)
    at a (/app/a.js:1:1)
    ... 2 lines matching cause stack trace ...
    at d (/app/d.js:1:1) {
  [cause]: Error: inner
      at inner (/app/inner.js:1:1)
      at a (/app/a.js:1:1)
      at b (/app/b.js:1:1)
      at c (/app/c.js:1:1)
      at d (/app/d.js:1:1)
}`);
check(primitiveCause, `Error: x
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  [cause]: 'a string'
}`);
check(undefinedCause, `Error: x
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  [cause]: undefined
}`);
check(aggregate, `AggregateError: agg
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2) {
  [errors]: [
    Error: a
        at one (/app/one.js:1:1)
        at two (/app/two.js:2:2),
    RangeError: b
        at one (/app/one.js:1:1)
        at two (/app/two.js:2:2)
  ]
}`);
check(multiline, `Error: multi
line
    at f (/app/f.js:1:1)`);
check(empty, "Error: \n    at one (/app/one.js:1:1)\n    at two (/app/two.js:2:2)");
check(changedMessage, `Error: x
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`);
check(withCode, `{ TypeError: bad
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)
  code: 'ERR_X' }`, { compact: true });
check({ e: withCode }, `{
  e: TypeError: bad
      at one (/app/one.js:1:1)
      at two (/app/two.js:2:2) {
    code: 'ERR_X'
  }
}`, { compact: false });
check(withCode, "[TypeError]", { depth: -1 });
check(plain, `Error: msg
    at one (/app/one.js:1:1)
    at two (/app/two.js:2:2)`, { colors: true });

// A real stack: the message line, then V8's frames.
const real = inspect(new RangeError('live'));
assert.ok(real.startsWith('RangeError: live\n    at '), real);
assert.ok(!real.includes('{'), real);
assert.match(inspect(Object.assign(new Error('live'), { code: 'E' })), /^Error: live\n    at [^]*\n {2}code: 'E'\n}$/);
