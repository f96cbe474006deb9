'use strict';
// URLSearchParams methods and the application/x-www-form-urlencoded parser and serializer.
const assert = require('assert');

const p = new URLSearchParams('?a=1&b=2&a=3&c&=x&d=&&e=%zz&f=%E2%82%AC+%2B');
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2'], ['a', '3'], ['c', ''], ['', 'x'], ['d', ''],
                                ['e', '%zz'], ['f', '€ +']]);
assert.strictEqual(p.toString(), 'a=1&b=2&a=3&c=&=x&d=&e=%25zz&f=%E2%82%AC+%2B');
assert.strictEqual(p.size, 8);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.deepStrictEqual(p.getAll('zz'), []);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.delete('a', '3');
assert.deepStrictEqual(p.getAll('a'), ['1']);
p.delete('a');
assert.strictEqual(p.has('a'), false);
p.set('b', 'x');
p.append('b', 'y');
p.set('b', 'z'); // replaces the first, removes the rest
assert.deepStrictEqual(p.getAll('b'), ['z']);
p.set('new', 'v');
assert.strictEqual(p.toString(), 'b=z&c=&=x&d=&e=%25zz&f=%E2%82%AC+%2B&new=v');

// Malformed UTF-8 decodes to U+FFFD.
assert.deepStrictEqual([...new URLSearchParams('a=%C3%28&b=%ff')],
                       [['a', '\uFFFD('], ['b', '\uFFFD']]);
// Serialization escapes everything but * - . _ and alphanumerics; space is '+'.
assert.strictEqual(new URLSearchParams({ k: "~!*()' &=+/é" }).toString(),
                   'k=%7E%21*%28%29%27+%26%3D%2B%2F%C3%A9');

// sort(): stable, by UTF-16 code units.
const s = new URLSearchParams('z=1&a=2&b=3&a=1&\u00e9=1&\ud83d\ude00=2&\ufb01=3');
s.sort();
assert.deepStrictEqual([...s.keys()], ['a', 'a', 'b', 'z', '\u00e9', '\ud83d\ude00', '\ufb01']);
assert.deepStrictEqual(s.getAll('a'), ['2', '1']);

// Arguments are converted to strings; missing ones are errors.
const c = new URLSearchParams();
c.append(1, null);
assert.strictEqual(c.toString(), '1=null');
assert.throws(() => c.append('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => c.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => c.get(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => c.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => c.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => c.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
});
assert.throws(() => URLSearchParams.prototype.toString.call({}), { code: 'ERR_INVALID_THIS' });

// Linked to a URL: changes go both ways.
const u = new URL('http://a/?x=1');
const sp = u.searchParams;
assert.strictEqual(u.searchParams, sp);
sp.append('y', 'a b');
assert.strictEqual(u.href, 'http://a/?x=1&y=a+b');
sp.delete('x');
sp.delete('y');
assert.strictEqual(u.href, 'http://a/');
u.search = '?q=2';
assert.strictEqual(sp.get('q'), '2');
u.href = 'http://b/?r=3';
assert.strictEqual(sp.get('r'), '3');
const o = new URL('sc:opaque  ?x=1');
o.searchParams.delete('x');
assert.strictEqual(o.href, 'sc:opaque');

assert.deepStrictEqual(Object.keys(URLSearchParams.prototype), [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString',
]);
assert.strictEqual(Object.prototype.toString.call(sp), '[object URLSearchParams]');
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
