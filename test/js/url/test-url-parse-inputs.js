'use strict';
// Inputs WPT does not cover: invalid UTF-16, very long URLs, argument conversion and Node's
// errors for bad arguments.
const assert = require('assert');

// Lone surrogates become U+FFFD (WebIDL USVString), which is then percent-encoded as UTF-8.
assert.strictEqual(new URL('https://ex.com/\uD800?\uDC00#\uD800\uDC00').href,
                   'https://ex.com/%EF%BF%BD?%EF%BF%BD#%F0%90%80%80');
assert.strictEqual(new URL('sc://\uD800/').href, 'sc://%EF%BF%BD/');
assert.strictEqual(new URL('sc:\uDFFF\uD800').pathname, '%EF%BF%BD%EF%BF%BD');
assert.strictEqual(new URL('\uD83D\uDE00', 'https://ex.com/a/').pathname, '/a/%F0%9F%98%80');
assert.throws(() => new URL('https://\uD800.com/'), { code: 'ERR_INVALID_URL' });
{
  const url = new URL('https://ex.com/');
  url.pathname = '/\uD800';
  assert.strictEqual(url.pathname, '/%EF%BF%BD');
  url.search = '\uDC00';
  assert.strictEqual(url.search, '?%EF%BF%BD');
  assert.strictEqual(url.searchParams.get('\uFFFD'), '');
  url.hash = 'a\uD800';
  assert.strictEqual(url.hash, '#a%EF%BF%BD');
  url.username = '\uD800';
  assert.strictEqual(url.username, '%EF%BF%BD');
}
// Latin-1 (one-byte) input beyond ASCII.
assert.strictEqual(new URL('https://ex.com/\u00E9\u00FF').pathname, '/%C3%A9%C3%BF');
assert.strictEqual(new URL('https://\u00E9.com/').hostname, 'xn--9ca.com');

// Very long inputs.
{
  const segment = 'abcdefghij'.repeat(10);
  const longPath = `/${Array(5000).fill(segment).join('/')}`;
  const url = new URL(`https://example.com${longPath}?${'q'.repeat(100000)}#${'f'.repeat(1000)}`);
  assert.strictEqual(url.pathname, longPath);
  assert.strictEqual(url.search.length, 100001);
  assert.strictEqual(url.hash.length, 1001);
  const dots = new URL(`https://example.com/${'a/../'.repeat(20000)}end`);
  assert.strictEqual(dots.pathname, '/end');
  const encoded = new URL(`https://example.com/${' '.repeat(50000)}x`);
  assert.strictEqual(encoded.pathname.length, 2 + 3 * 50000);
  const host = `${'a'.repeat(63)}.`.repeat(100);
  assert.strictEqual(new URL(`http://${host}/`).hostname, host);
  const relative = new URL(`${'../'.repeat(10000)}x`, 'https://example.com/a/b/c');
  assert.strictEqual(relative.href, 'https://example.com/x');
}

// Leading and trailing C0 controls and spaces go; tabs and newlines anywhere go.
assert.strictEqual(new URL('\u0000\u001F https://ex.com/ \u0001').href, 'https://ex.com/');
assert.strictEqual(new URL('ht\ttp://e\nx.com/a\rb').href, 'http://ex.com/ab');

// Arguments are converted with String(), symbols throw V8's TypeError.
assert.strictEqual(new URL({ toString() { return 'https://obj.example/'; } }).host, 'obj.example');
assert.strictEqual(new URL('x', { toString() { return 'https://b.example/a'; } }).href,
                   'https://b.example/x');
assert.throws(() => new URL(Symbol('s')),
              (err) => err instanceof TypeError && err.code === undefined);
assert.throws(() => URL.canParse(Symbol('s')), { name: 'TypeError' });
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', name: 'TypeError',
                                 message: 'The "url" argument must be specified' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(new URL(12, 'https://n.example/').href, 'https://n.example/12');
assert.throws(() => new URL(null), { code: 'ERR_INVALID_URL', input: 'null' });

// ERR_INVALID_URL carries `input` and `base` as the parser saw them.
assert.throws(() => new URL('\uD800x'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, '\uFFFDx');
  assert.strictEqual('base' in err, false);
  return true;
});
assert.throws(() => new URL('x', '\uD800'), (err) => {
  assert.strictEqual(err.input, 'x');
  assert.strictEqual(err.base, '\uFFFD');
  return true;
});
assert.throws(() => new URL({ toString() { return 'rel'; } }, { toString() { return 'bad'; } }),
              { code: 'ERR_INVALID_URL', input: 'rel', base: 'bad' });
assert.strictEqual(URL.canParse('x', 'https://base.example/'), true);
assert.strictEqual(URL.canParse('https://a.example/', '\uD800'), false);
assert.strictEqual(URL.parse('x', 'bad'), null);

// A getter on something that is not a URL throws V8's brand-check TypeError.
const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href').get;
assert.throws(() => href.call({}), (err) => err instanceof TypeError && err.code === undefined);

// Multi-megabyte URLs and bases (the parser's scratch memory is given back after them) and the
// ordinary parses after them.
{
  const bigPath = `/${'p'.repeat(3 << 20)}`;
  const bigBase = `https://big.example${bigPath}/file?${'q'.repeat(1 << 20)}`;
  for (let i = 0; i < 2; i++) {
    const url = new URL('other', bigBase);
    assert.strictEqual(url.pathname, `${bigPath}/other`);
    assert.strictEqual(url.search, '');
  }
  assert.strictEqual(new URL('x', 'https://small.example/a/').href, 'https://small.example/a/x');
  assert.throws(() => new URL('x', ''), { code: 'ERR_INVALID_URL' });
  const url = new URL(bigBase);
  url.pathname = '/short';
  assert.strictEqual(url.href.length, 'https://big.example/short?'.length + (1 << 20));
  const params = new URLSearchParams(`a=${'%41'.repeat(1 << 19)}`);
  assert.strictEqual(params.get('a').length, 1 << 19);
  assert.strictEqual(params.toString().length, 2 + (1 << 19));
}
