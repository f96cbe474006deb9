'use strict';
// The header API of responses and its errors (Node's codes and messages): setHeader, getHeader,
// getHeaders, getHeaderNames, getRawHeaderNames, hasHeader, removeHeader, appendHeader,
// headersSent, writeHead validation; http.validateHeaderName/Value, STATUS_CODES, METHODS.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.ok(http.METHODS.includes('GET') && http.METHODS.includes('PATCH'));
assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());
assert.strictEqual(http.maxHeaderSize, 16384);
assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  name: 'TypeError',
  message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderValue('x', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => http.validateHeaderValue('x', 'a\nb'), {
  code: 'ERR_INVALID_CHAR',
  message: 'Invalid character in header content ["x"]',
});
http.validateHeaderName('x-ok');
http.validateHeaderValue('x-ok', 'fine\tvalue');

const server = http.createServer((req, res) => {
  assert.strictEqual(res.headersSent, false);
  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1']);
  res.appendHeader('set-cookie', 'b=2');
  res.appendHeader('X-New', 'n');
  assert.strictEqual(res.getHeader('x-foo'), 'bar');
  assert.deepStrictEqual(res.getHeader('Set-Cookie'), ['a=1', 'b=2']);
  assert.strictEqual(res.hasHeader('X-FOO'), true);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie', 'x-new']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie', 'X-New']);
  const all = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(all), null);
  assert.deepStrictEqual({ ...all }, { 'x-foo': 'bar', 'set-cookie': ['a=1', 'b=2'], 'x-new': 'n' });
  res.removeHeader('x-new');
  assert.strictEqual(res.hasHeader('x-new'), false);
  assert.throws(() => res.setHeader('bad name', 'v'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.setHeader('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  assert.throws(() => res.setHeader('x', 'a\r\nb'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.writeHead(99), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE',
    name: 'RangeError',
    message: 'Invalid status code: 99',
  });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res.writeHead(200, 'bad\nmessage'), {
    code: 'ERR_INVALID_CHAR',
    message: 'Invalid character in statusMessage',
  });
  res.statusCode = 200;
  res.statusMessage = undefined;
  res.writeHead(202, { 'X-Late': 'l' });
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.statusCode, 202);
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('a'), {
    message: 'Cannot remove headers after they are sent to the client',
  });
  assert.throws(() => res.appendHeader('a', 'b'), {
    message: 'Cannot append headers after they are sent to the client',
  });
  assert.throws(() => res.writeHead(200), {
    message: 'Cannot write headers after they are sent to the client',
  });
  assert.throws(() => res.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
  res.end('done', () => {
    res.end(() => {});
    res.write('late', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    });
  });
  res.on('error', (err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'));
});

withServer(server, async (port) => {
  const { data } = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(data, /^HTTP\/1\.1 202 Accepted\r\nX-Foo: bar\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Late: l\r\n/);
  assert.match(data, /\r\n4\r\ndone\r\n0\r\n\r\n$/);
}).then(() => console.log('ok'));
