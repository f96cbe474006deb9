'use strict';
// node:http2 loads (packages require it at load time) with Node's constants; using it throws
// ERR_NOT_IMPLEMENTED until HTTP/2 exists in tide. Under node the calls are real, so only the
// constants are checked there.
const assert = require('assert');
const http2 = require('http2');

assert.strictEqual(http2.constants.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(http2.constants.HTTP2_METHOD_GET, 'GET');
assert.strictEqual(http2.constants.HTTP_STATUS_NOT_FOUND, 404);
assert.strictEqual(http2.constants.NGHTTP2_CANCEL, 8);
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');
if (process.versions.tide) {
  for (const name of ['createServer', 'createSecureServer', 'connect', 'getDefaultSettings']) {
    assert.throws(() => http2[name](), {
      code: 'ERR_NOT_IMPLEMENTED',
      message: `http2.${name}() is not implemented in tide`,
    });
  }
}
