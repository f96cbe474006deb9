'use strict';
// url.fileURLToPathBuffer (Node 22.18+): the path as bytes, so escapes that are no UTF-8 survive.
const assert = require('assert');
const url = require('url');

assert.deepStrictEqual(url.fileURLToPathBuffer('file:///tmp/%E9%FF'),
                       Buffer.from([0x2f, 0x74, 0x6d, 0x70, 0x2f, 0xe9, 0xff]));
assert.deepStrictEqual(url.fileURLToPathBuffer(new URL('file:///a%20b')), Buffer.from('/a b'));
assert.deepStrictEqual(url.fileURLToPathBuffer('file:///caf%C3%A9/x'), Buffer.from('/café/x'));
assert.deepStrictEqual(url.fileURLToPathBuffer('file:///%zz'), Buffer.from('/%zz'));
assert.ok(Buffer.isBuffer(url.fileURLToPathBuffer('file:///')));
assert.deepStrictEqual(url.fileURLToPathBuffer('file:///C:/x', { windows: true }), Buffer.from('C:\\x'));

assert.throws(() => url.fileURLToPathBuffer('http://x'), {
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPathBuffer('file://host/x'), { code: 'ERR_INVALID_FILE_URL_HOST' });
// As fileURLToPath, which the docs say this is like (Node 22.23 itself decodes the slash).
assert.throws(() => url.fileURLToPathBuffer('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPathBuffer(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.fileURLToPathBuffer('not a url'), { code: 'ERR_INVALID_URL' });
