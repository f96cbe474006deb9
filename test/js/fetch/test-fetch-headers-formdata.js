'use strict';
// Headers (validation, case-insensitive names, combined values, sorted iteration, set-cookie,
// immutable guard) and FormData (entries, Blobs as Files, iteration).
const assert = require('assert');

const h = new Headers([['B', ' 2 '], ['a', '1'], ['set-cookie', 'x=1'], ['Set-Cookie', 'y=2']]);
h.append('A', '3');
assert.strictEqual(h.get('a'), '1, 3');
assert.strictEqual(h.get('b'), '2', 'values are trimmed');
assert.strictEqual(h.get('missing'), null);
assert.strictEqual(h.has('SET-COOKIE'), true);
assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'],
                                ['set-cookie', 'y=2']]);
assert.deepStrictEqual([...h.keys()], ['a', 'b', 'set-cookie', 'set-cookie']);
h.set('a', 'only');
assert.strictEqual(h.get('a'), 'only');
h.delete('set-cookie');
assert.deepStrictEqual(h.getSetCookie(), []);
const seen = [];
h.forEach((value, name, self) => {
  assert.strictEqual(self, h);
  seen.push(`${name}=${value}`);
});
assert.deepStrictEqual(seen, ['a=only', 'b=2']);
assert.deepStrictEqual(Object.fromEntries(new Headers({ X: '1', y: '2' })), { x: '1', y: '2' });
assert.deepStrictEqual([...new Headers(new Headers({ k: 'v' }))], [['k', 'v']]);

assert.throws(() => new Headers({ 'a b': '1' }), {
  name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.',
});
assert.throws(() => new Headers({ a: 'x\ny' }), { name: 'TypeError' });
assert.throws(() => new Headers(5), {
  name: 'TypeError',
  message: 'Headers constructor: Argument 1 could not be converted to one of: ' +
    'sequence<sequence<ByteString>>, record<ByteString, ByteString>.',
});
assert.throws(() => new Headers([['a']]), {
  message: 'Headers constructor: expected name/value pair to be length 2, found 1.',
});
assert.throws(() => h.set('a', '\u0100'), { name: 'TypeError' });
assert.throws(() => Response.error().headers.set('a', '1'), { name: 'TypeError', message: 'immutable' });
assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');

// FormData
const fd = new FormData();
fd.append('a', '1');
fd.append('a', 2);
fd.append('file', new Blob(['zz'], { type: 'text/plain' }), 'z.txt');
fd.append('blob', new Blob(['b']));
assert.strictEqual(fd.get('a'), '1');
assert.deepStrictEqual(fd.getAll('a'), ['1', '2']);
const file = fd.get('file');
assert.ok(file instanceof File);
assert.strictEqual(file.name, 'z.txt');
assert.strictEqual(file.type, 'text/plain');
assert.strictEqual(fd.get('blob').name, 'blob');
fd.set('a', 'x');
assert.deepStrictEqual(fd.getAll('a'), ['x']);
assert.deepStrictEqual([...fd.keys()], ['a', 'file', 'blob']);
fd.delete('blob');
assert.strictEqual(fd.has('blob'), false);
assert.strictEqual(fd.get('nope'), null);
assert.throws(() => fd.append('x'), { name: 'TypeError' });
assert.throws(() => fd.append('x', 'y', 'name'), { name: 'TypeError' });
assert.throws(() => new FormData({}), { name: 'TypeError' });
assert.strictEqual(Object.prototype.toString.call(fd), '[object FormData]');
