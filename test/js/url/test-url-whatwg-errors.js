'use strict';
// Errors of the URL constructor and its static methods, and URL.canParse / URL.parse.
const assert = require('assert');

assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "url" argument must be specified',
});
assert.throws(() => new URL('not a url'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'not a url');
  assert.strictEqual('base' in err, false);
  return true;
});
assert.throws(() => new URL('/x', 'bad base'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.input, '/x');
  assert.strictEqual(err.base, 'bad base');
  return true;
});
assert.throws(() => new URL('http://a:99999/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://[::1/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://1.2.3.256/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://a b/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://xn--a.com/'), { code: 'ERR_INVALID_URL' });

// An undefined base is no base; a URL object works as input and as base.
assert.strictEqual(new URL('http://x', undefined).href, 'http://x/');
assert.strictEqual(new URL('/p', new URL('http://y/q')).href, 'http://y/p');
assert.strictEqual(new URL(new URL('http://x/a'), 'http://y').href, 'http://x/a');

assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('a'), false);
assert.strictEqual(URL.canParse('/a', 'http://b'), true);
assert.strictEqual(URL.canParse('/a', 'b'), false);

assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse('x'), null);
assert.strictEqual(URL.parse('/x', 'http://a/b').href, 'http://a/x');
assert.ok(URL.parse('http://a') instanceof URL);

// No Blob yet: object URLs are not implemented.
assert.throws(() => URL.createObjectURL({}), { code: /ERR_NOT_IMPLEMENTED|ERR_INVALID_ARG_TYPE/ });
