'use strict';
// url.domainToASCII / url.domainToUnicode (UTS #46 through ICU, '' for an invalid domain) and
// url.urlToHttpOptions.
const assert = require('assert');
const url = require('url');

const ascii = [
  ['example.com', 'example.com'],
  ['EXAMPLE.com', 'example.com'],
  ['español.com', 'xn--espaol-zwa.com'],
  ['中文.com', 'xn--fiq228c.com'],
  ['faß.de', 'xn--fa-hia.de'],
  ['xn--iñvalid.com', ''],
  ['xn--n3h.com', 'xn--n3h.com'],
  ['1.2.3', '1.2.0.3'],
  ['0x7f.1', '127.0.0.1'],
  ['[::1]', '[::1]'],
  ['a b', ''],
  ['', ''],
  ['a..b', 'a..b'],
  ['a%41.com', 'aa.com'],
  ['\u00ad', ''],
];
for (const [input, expected] of ascii) {
  assert.strictEqual(url.domainToASCII(input), expected, input);
}
const unicode = [
  ['xn--espaol-zwa.com', 'español.com'],
  ['xn--fiq228c.com', '中文.com'],
  ['example.com', 'example.com'],
  ['xn--iñvalid.com', ''],
  ['xn--ls8h.la', '💩.la'],
  ['EXAMPLE.com', 'example.com'],
];
for (const [input, expected] of unicode) {
  assert.strictEqual(url.domainToUnicode(input), expected, input);
}
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });

// urlToHttpOptions.
const opts = url.urlToHttpOptions(new URL('https://u:p%20q@[::1]:8080/a/b?c=d#e'));
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:',
  hostname: '::1',
  hash: '#e',
  search: '?c=d',
  pathname: '/a/b',
  path: '/a/b?c=d',
  href: 'https://u:p%20q@[::1]:8080/a/b?c=d#e',
  port: 8080,
  auth: 'u:p q',
});
assert.strictEqual(Object.getPrototypeOf(opts), null);
const plain = url.urlToHttpOptions(new URL('http://a.com/'));
assert.strictEqual('port' in plain, false);
assert.strictEqual('auth' in plain, false);
const extended = new URL('http://a.com/');
extended.extra = 1;
assert.strictEqual(url.urlToHttpOptions(extended).extra, 1);
