'use strict';
// URL's attributes: getters, setters with the URL Standard's state overrides, toString/toJSON,
// and the shape of URL.prototype (WebIDL: enumerable accessors and methods).
const assert = require('assert');

const u = new URL('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.href, 'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.origin, 'https://sub.example.com:8080');
assert.strictEqual(u.protocol, 'https:');
assert.strictEqual(u.username, 'user');
assert.strictEqual(u.password, 'pass');
assert.strictEqual(u.host, 'sub.example.com:8080');
assert.strictEqual(u.hostname, 'sub.example.com');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.pathname, '/p/a/t/h');
assert.strictEqual(u.search, '?query=string');
assert.strictEqual(u.hash, '#hash');
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);
assert.strictEqual(`${u}`, u.href);

// Setters.
u.protocol = 'http';
assert.strictEqual(u.href, 'http://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
u.port = '80'; // the default port of http: is dropped
assert.strictEqual(u.port, '');
assert.strictEqual(u.host, 'sub.example.com');
u.port = '65536'; // invalid: ignored
assert.strictEqual(u.port, '');
u.port = '123abc'; // leading digits count
assert.strictEqual(u.port, '123');
u.port = '';
assert.strictEqual(u.port, '');
u.protocol = 'foo'; // special to non-special: ignored
assert.strictEqual(u.protocol, 'http:');
u.username = 'a b';
u.password = 'c@d';
assert.strictEqual(u.username, 'a%20b');
assert.strictEqual(u.password, 'c%40d');
u.hostname = 'EXAMPLE.org';
assert.strictEqual(u.hostname, 'example.org');
u.host = 'example.net:81';
assert.strictEqual(u.host, 'example.net:81');
u.hostname = 'bad host'; // invalid: ignored
assert.strictEqual(u.hostname, 'example.net');
u.pathname = '/a b/../c';
assert.strictEqual(u.pathname, '/c');
u.search = 'x=1 2';
assert.strictEqual(u.search, '?x=1%202');
u.search = '';
assert.strictEqual(u.search, '');
assert.strictEqual(u.href, 'http://a%20b:c%40d@example.net:81/c#hash');
u.hash = 'frag ment';
assert.strictEqual(u.hash, '#frag%20ment');
u.hash = '';
assert.strictEqual(u.href, 'http://a%20b:c%40d@example.net:81/c');
u.href = 'ws://other/';
assert.strictEqual(u.origin, 'ws://other');
assert.throws(() => { u.href = 'not a url'; }, { code: 'ERR_INVALID_URL', name: 'TypeError' });
assert.strictEqual(u.href, 'ws://other/');

// file: URLs cannot have credentials or a port.
const f = new URL('file:///tmp/x');
f.username = 'x';
f.port = '1';
assert.strictEqual(f.href, 'file:///tmp/x');
assert.strictEqual(f.origin, 'null');
assert.strictEqual(new URL('file:///C|/x').pathname, '/C:/x');
assert.strictEqual(new URL('blob:https://a.com/uuid').origin, 'https://a.com');

// Opaque paths.
const m = new URL('mailto:someone@example.com?subject=hi');
assert.strictEqual(m.pathname, 'someone@example.com');
m.pathname = '/other'; // ignored for an opaque path
assert.strictEqual(m.pathname, 'someone@example.com');
assert.strictEqual(m.host, '');

// Values are converted to strings (USVString: lone surrogates become U+FFFD).
const s = new URL('http://a/');
s.pathname = { toString() { return '/obj'; } };
assert.strictEqual(s.pathname, '/obj');
s.hash = '\ud800';
assert.strictEqual(s.hash, '#%EF%BF%BD');

// Shape of the prototype.
assert.deepStrictEqual(Object.keys(URL.prototype), [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
assert.strictEqual(typeof href.get, 'function');
assert.strictEqual(typeof href.set, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.deepStrictEqual(Object.keys(new URL('http://a')), []);
assert.strictEqual(URL.length, 1);
assert.throws(() => Reflect.get(URL.prototype, 'href', {}), TypeError);
assert.throws(() => URL.prototype.toString.call({}), TypeError);
