'use strict';
// util.inspect of URL, URLSearchParams and its iterators: the expected strings were recorded from
// Node v20 (console.log prints the same).
const assert = require('assert');
const util = require('util');

const expected = {
  "url": "URL {\n  href: 'https://a:b@x.org:81/p?q=1&r=2#h',\n  origin: 'https://x.org:81',\n  protocol: 'https:',\n  username: 'a',\n  password: 'b',\n  host: 'x.org:81',\n  hostname: 'x.org',\n  port: '81',\n  pathname: '/p',\n  search: '?q=1&r=2',\n  searchParams: URLSearchParams { 'q' => '1', 'r' => '2' },\n  hash: '#h'\n}",
  "nested": "{\n  deep: {\n    u: URL {\n      href: 'http://a/',\n      origin: 'http://a',\n      protocol: 'http:',\n      username: '',\n      password: '',\n      host: 'a',\n      hostname: 'a',\n      port: '',\n      pathname: '/',\n      search: '',\n      searchParams: URLSearchParams {},\n      hash: ''\n    }\n  }\n}",
  "depth0": "{ u: URL {} }",
  "emptyParams": "URLSearchParams {}",
  "params": "URLSearchParams { 'a' => '1', 'b' => '2' }",
  "longParams": "URLSearchParams {\n  'a' => '1',\n  'b' => '2',\n  'cccccccccccccccccccccccccccccccccccc' => 'dddddddddddddddddddddddddddddddddddddddd',\n  'e' => 'f' }",
  "paramsDepth": "{ a: [Object] }",
  "iterator": "URLSearchParams Iterator { 'b' }",
  "entries": "URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }",
  "emptyIterator": "URLSearchParams Iterator {  }",
  "colors": "URLSearchParams { \u001b[32m'a'\u001b[39m => \u001b[32m'1'\u001b[39m }"
};

const actual = {
  url: util.inspect(new URL('https://a:b@x.org:81/p?q=1&r=2#h')),
  nested: util.inspect({ deep: { u: new URL('http://a/') } }),
  depth0: util.inspect({ u: new URL('http://a/') }, { depth: 0 }),
  emptyParams: util.inspect(new URLSearchParams()),
  params: util.inspect(new URLSearchParams('a=1&b=2')),
  longParams: util.inspect(new URLSearchParams(
    'a=1&b=2&cccccccccccccccccccccccccccccccccccc=dddddddddddddddddddddddddddddddddddddddd&e=f')),
  paramsDepth: util.inspect({ a: { b: new URLSearchParams('x=1') } }, { depth: 0 }),
  iterator: (() => {
    const it = new URLSearchParams('a=1&b=2').keys();
    it.next();
    return util.inspect(it);
  })(),
  entries: util.inspect(new URLSearchParams('a=1&b=2').entries()),
  emptyIterator: util.inspect(new URLSearchParams().values()),
  colors: util.inspect(new URLSearchParams('a=1'), { colors: true }),
};
for (const key of Object.keys(expected)) assert.strictEqual(actual[key], expected[key], key);
