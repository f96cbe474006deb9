'use strict';
// A Timeout converts to a number (Symbol.toPrimitive) and clearTimeout/clearInterval accept that
// number (or its string form) in place of the object.

const assert = require('assert');

const t1 = setTimeout(() => assert.fail('t1 cleared by number'), 1);
const id1 = +t1;
assert.strictEqual(typeof id1, 'number');
assert.ok(Number.isInteger(id1) && id1 > 0);
assert.strictEqual(+t1, id1);  // stable
clearTimeout(id1);

const t2 = setTimeout(() => assert.fail('t2 cleared by string id'), 1);
clearTimeout(`${+t2}`);

const iv = setInterval(() => assert.fail('interval cleared by number'), 1);
clearInterval(+iv);

// Ids are distinct per timer.
const a = setTimeout(() => {}, 1);
const b = setTimeout(() => {}, 1);
assert.notStrictEqual(+a, +b);

// Unknown ids and odd values are ignored.
clearTimeout(123456789);
clearTimeout('nope');
clearTimeout(null);
clearTimeout(undefined);
clearTimeout({});

let ran = 0;
setTimeout(() => ran++, 5);
process.on('exit', () => assert.strictEqual(ran, 1));
