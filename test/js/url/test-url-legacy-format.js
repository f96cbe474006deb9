'use strict';
// url.format: of url.parse objects, plain objects (query objects, auth escaping, '#'/'?' in the
// path, IPv6 hostnames, slashed protocols), strings, and WHATWG URLs with the format options.
const assert = require('assert');
const url = require('url');

for (const input of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
                     'mailto:local1@domain1', 'file:///etc/passwd', '//foo/bar', '/a?b#c',
                     'http://[::1]:80/x', "javascript:alert('hi')"]) {
  assert.strictEqual(url.format(url.parse(input)), url.parse(input).href);
}
assert.strictEqual(url.format('http://A.com/x y'), 'http://a.com/x%20y');

assert.strictEqual(
  url.format({ protocol: 'http', host: 'a.com', pathname: 'x#y?z', query: { a: 1, b: [2, 3] } }),
  'http://a.com/x%23y%3Fz?a=1&b=2&b=3');
assert.strictEqual(
  url.format({ protocol: 'mailto', auth: 'a b@c', hostname: 'x', hash: 'h', search: 's' }),
  'mailto:a%20b%40c@x?s#h');
assert.strictEqual(url.format({ hostname: '::1', port: 80, protocol: 'https:' }),
                   'https://[::1]:80');
assert.strictEqual(url.format({ protocol: 'file' }), 'file://');
assert.strictEqual(url.format({ protocol: 'http:', hostname: 'a', pathname: '/p', search: 'q#x' }),
                   'http://a/p?q%23x');
assert.strictEqual(url.format({ slashes: true, host: 'h', pathname: 'p' }), '//h/p');
assert.strictEqual(url.format({}), '');
assert.strictEqual(url.format({ auth: "a:b!'()*-._~é", host: 'h', protocol: 'http:' }),
                   "http://a:b!'()*-._~%C3%A9@h");

// WHATWG URLs, with options.
const w = new URL('http://u:p@xn--bcher-kva.de/a?b#c');
assert.strictEqual(url.format(w), 'http://u:p@xn--bcher-kva.de/a?b#c');
assert.strictEqual(url.format(w, { unicode: true }), 'http://u:p@bücher.de/a?b#c');
assert.strictEqual(url.format(w, { auth: false, search: false, fragment: false }),
                   'http://xn--bcher-kva.de/a');
assert.strictEqual(url.format(w, { auth: 0, fragment: null }), 'http://xn--bcher-kva.de/a?b#c');

for (const bad of [null, 1, undefined, true]) {
  assert.throws(() => url.format(bad), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "urlObject" argument must be one of type object or string\. Received /,
  });
}
assert.throws(() => url.format(w, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
