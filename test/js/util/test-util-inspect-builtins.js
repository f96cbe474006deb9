'use strict';
// util.inspect of Dates, RegExps, boxed primitives, Promises and Proxies.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

const dateWithKey = Object.assign(new Date(0), { x: 1 });
class MyDate extends Date {}
const nullProtoDate = new Date(0);
Object.setPrototypeOf(nullProtoDate, null);
const regexpWithKey = Object.assign(/x/, { y: 1 });
const nullProtoRegExp = /x/y;
Object.setPrototypeOf(nullProtoRegExp, null);
const boxedWithKey = Object.assign(new String('ab'), { x: 1 });
class MyNumber extends Number {}
const rejected = Promise.reject(3);
rejected.catch(() => {});
const rejectedError = Promise.reject(Object.assign(new Error('no'), { stack: 'Error: no\n    at f (/app/f.js:1:1)' }));
rejectedError.catch(() => {});
const promiseWithKey = Object.assign(Promise.resolve(2), { x: 1 });
const proxy = new Proxy({ a: 1 }, { get() { return 5; } });
const revocable = Proxy.revocable({}, {});
revocable.revoke();

check(new Date(0), "1970-01-01T00:00:00.000Z");
check(new Date(NaN), "Invalid Date");
check(dateWithKey, "1970-01-01T00:00:00.000Z { x: 1 }");
check(new MyDate(0), "MyDate 1970-01-01T00:00:00.000Z");
check(nullProtoDate, "[Date: null prototype] 1970-01-01T00:00:00.000Z");
check(new Date(0), "\u001b[35m1970-01-01T00:00:00.000Z\u001b[39m", { colors: true });
check(/ab+c/gi, "/ab+c/gi");
check(regexpWithKey, "/x/ { y: 1 }");
check(nullProtoRegExp, "[RegExp: null prototype] /x/y");
check({ a: { b: { c: Object.assign(/x/, { k: 1 }) } } }, "{ a: { b: { c: /x/ } } }");
check(/x/, "\u001b[31m/x/\u001b[39m", { colors: true });
check(new Number(3), "[Number: 3]");
check(new Number(-0), "[Number: -0]");
check(new String('abc'), "[String: 'abc']");
check(new Boolean(false), "[Boolean: false]");
check(Object(1n), "[BigInt: 1n]");
check(Object(Symbol('s')), "[Symbol: Symbol(s)]");
check(boxedWithKey, "[String: 'ab'] { x: 1 }");
check(new MyNumber(5), "[Number (MyNumber): 5]");
check(new String('ab'), "[String: 'ab'] { [length]: 2 }", { showHidden: true });
check([new Number(1), new String('s')], "[ \u001b[33m[Number: 1]\u001b[39m, \u001b[32m[String: 's']\u001b[39m ]", { colors: true });
check(Promise.resolve(1), "Promise { 1 }");
check(new Promise(() => {}), "Promise { <pending> }");
check(rejected, "Promise { <rejected> 3 }");
check(rejectedError, `Promise {
  <rejected> Error: no
      at f (/app/f.js:1:1)
}`);
check(Promise.resolve({ a: { b: { c: 1 } } }), "Promise { { a: { b: [Object] } } }");
check(promiseWithKey, "Promise { 2, x: 1 }");
check({ p: new Promise(() => {}) }, "{ p: Promise { <pending> } }");
check({ a: { b: { p: Promise.resolve(1) } } }, "{ a: { b: { p: [Promise] } } }");
check(proxy, "{ a: 1 }");
check(proxy, "Proxy [ { a: 1 }, { get: [Function: get] } ]", { showProxy: true });
check(new Proxy(function pf() {}, {}), "[Function: pf]");
check(new Proxy([1, 2], {}), "Proxy [ [ 1, 2 ], {} ]", { showProxy: true });
check(new Proxy(new Proxy({}, {}), {}), "Proxy [ Proxy [ {}, {} ], {} ]", { showProxy: true });
check(revocable.proxy, "<Revoked Proxy>");
check(revocable.proxy, "<Revoked Proxy>", { showProxy: true });
check({ a: { b: { c: new Proxy({}, {}) } } }, "{ a: { b: { c: Proxy [Array] } } }", { showProxy: true });
check(new Proxy(new Map([[1, 2]]), {}), "Map(1) { 1 => 2 }");
