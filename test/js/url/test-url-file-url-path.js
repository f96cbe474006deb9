'use strict';
// url.fileURLToPath and url.pathToFileURL, POSIX and Windows flavours (the `windows` option),
// with Node's escaping and errors.
const assert = require('assert');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');

// POSIX.
const posix = { windows: false };
assert.strictEqual(fileURLToPath('file:///foo', posix), '/foo');
assert.strictEqual(fileURLToPath(new URL('file:///foo%20bar'), posix), '/foo bar');
assert.strictEqual(fileURLToPath('file://localhost/x', posix), '/x');
assert.strictEqual(fileURLToPath('file:///%E2%82%AC', posix), '/€');
assert.strictEqual(fileURLToPath('file:///a%25b', posix), '/a%b');
assert.strictEqual(fileURLToPath('file:///a%5cb', posix), '/a\\b');
assert.throws(() => fileURLToPath('file://host/x', posix), {
  code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('file:///a%2fb', posix), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file:///a%2Fb', posix), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fileURLToPath('http://x/y'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath('nope'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. ' +
    'Received type number (1)',
});
// A legacy url.parse() result is not a URL.
assert.throws(() => fileURLToPath(require('url').parse('file:///x')),
              { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(pathToFileURL('/foo', posix).href, 'file:///foo');
assert.strictEqual(pathToFileURL('/foo bar/', posix).href, 'file:///foo%20bar/');
assert.strictEqual(pathToFileURL('/a%b', posix).href, 'file:///a%25b');
assert.strictEqual(pathToFileURL('/a\\b', posix).href, 'file:///a%5Cb');
assert.strictEqual(pathToFileURL('/a?b#c', posix).href, 'file:///a%3Fb%23c');
assert.strictEqual(pathToFileURL('/a\nb\tc\rd', posix).href, 'file:///a%0Ab%09c%0Dd');
assert.strictEqual(pathToFileURL('/[]{}^|`"<>~', posix).href,
                   'file:///%5B%5D%7B%7D%5E%7C%60%22%3C%3E%7E');
assert.strictEqual(pathToFileURL('/é€😀', posix).href, 'file:///%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(pathToFileURL('/a/../b', posix).href, 'file:///b');
assert.strictEqual(pathToFileURL('rel/x', posix).href,
                   new URL(`file://${path.resolve('rel/x')}`).href);
assert.throws(() => pathToFileURL(1), { code: 'ERR_INVALID_ARG_TYPE' });
for (const p of ['/x', '/foo bar/baz', '/a%b?c#d', '/é/😀', '/a\\b']) {
  assert.strictEqual(fileURLToPath(pathToFileURL(p, posix), posix), p);
}

// Windows.
const win = { windows: true };
assert.strictEqual(pathToFileURL('C:\\foo\\bar', win).href, 'file:///C:/foo/bar');
assert.strictEqual(pathToFileURL('C:\\foo bar\\', win).href, 'file:///C:/foo%20bar/');
assert.strictEqual(pathToFileURL('\\\\server\\share\\file', win).href, 'file://server/share/file');
assert.strictEqual(pathToFileURL('\\\\?\\UNC\\srv\\sh\\f', win).href, 'file://srv/sh/f');
assert.throws(() => pathToFileURL('\\\\server', win), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(fileURLToPath('file:///C:/x/y', win), 'C:\\x\\y');
assert.strictEqual(fileURLToPath('file://host/share/x', win), '\\\\host\\share\\x');
assert.throws(() => fileURLToPath('file:///x', win), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => fileURLToPath('file:///C:/a%5cb', win), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});

// Strings are parsed without a URL object: the query and fragment are not part of the path, and
// non-canonical spellings of file: URLs work as they do through new URL.
assert.strictEqual(fileURLToPath('file:///a/b?c=d#e', posix), '/a/b');
assert.strictEqual(fileURLToPath(' FILE:/x/../y\t', posix), '/y');
assert.strictEqual(fileURLToPath('file:///a b/%C3%A9', posix), '/a b/é');
assert.throws(() => fileURLToPath('files:///x', posix), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => fileURLToPath('file://[::1/x', posix),
              { code: 'ERR_INVALID_URL', input: 'file://[::1/x' });
// A Windows path without a drive letter gets no extra slash.
assert.strictEqual(pathToFileURL('\\x\\y', { windows: true }).href, 'file:///x/y');
assert.strictEqual(pathToFileURL('C:\\x', { windows: true }).href, 'file:///C:/x');
