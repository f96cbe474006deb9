'use strict';
// The URL Standard's host parser: IPv4 (decimal, hex, octal, fewer than four parts), IPv6 with
// compression and embedded IPv4, IDNA domains through ICU (UTS #46), opaque hosts.
const assert = require('assert');

const host = (input) => new URL(input).host;

// IPv4.
assert.strictEqual(host('http://192.168.0.1/'), '192.168.0.1');
assert.strictEqual(host('http://0x7f.1/'), '127.0.0.1');
assert.strictEqual(host('http://0300.0250.0.1/'), '192.168.0.1');
assert.strictEqual(host('http://3232235521/'), '192.168.0.1');
assert.strictEqual(host('http://192.168.1/'), '192.168.0.1');
assert.strictEqual(host('http://0xC0A80001/'), '192.168.0.1');
assert.strictEqual(host('http://1.2.3.4./'), '1.2.3.4');
assert.strictEqual(host('http://0x/'), '0.0.0.0');
assert.throws(() => new URL('http://1.2.3.4.5/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://4294967296/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://09.1/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://foo.09/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://foo.0x/'), { code: 'ERR_INVALID_URL' }); // ends in a number
assert.strictEqual(host('http://1.2.3.09x/'), '1.2.3.09x');
// Not special: opaque hosts are not IPv4.
assert.strictEqual(host('foo://0x7f.1/'), '0x7f.1');

// IPv6.
assert.strictEqual(host('http://[::1]/'), '[::1]');
assert.strictEqual(host('http://[0:0:0:0:0:0:0:1]:8080/'), '[::1]:8080');
assert.strictEqual(host('http://[1:0:0:2:0:0:0:3]/'), '[1:0:0:2::3]');
assert.strictEqual(host('http://[1:0:0:2:0:0:3:4]/'), '[1::2:0:0:3:4]');
assert.strictEqual(host('http://[::ffff:192.168.0.1]/'), '[::ffff:c0a8:1]');
assert.strictEqual(host('http://[ABCD::]/'), '[abcd::]');
assert.strictEqual(host('http://[1:2:3:4:5:6:7:8]/'), '[1:2:3:4:5:6:7:8]');
assert.strictEqual(host('http://[1:0:3:4:5:6:7:8]/'), '[1:0:3:4:5:6:7:8]');
for (const bad of ['[::1', '[:1]', '[1:2:3:4:5:6:7:8:9]', '[1::2::3]', '[::1.2.3]', '[::1.2.3.256]',
                   '[12345::]', '[::01.2.3.4]', '[g::]']) {
  assert.throws(() => new URL(`http://${bad}/`), { code: 'ERR_INVALID_URL' }, bad);
}
assert.strictEqual(host('foo://[::1]/'), '[::1]');

// Domains: lower case, IDNA to ASCII (nontransitional: ß stays), percent-decoding first.
assert.strictEqual(host('http://EXAMPLE.COM/'), 'example.com');
assert.strictEqual(host('http://Bücher.de/'), 'xn--bcher-kva.de');
assert.strictEqual(host('http://faß.de/'), 'xn--fa-hia.de');
assert.strictEqual(host('http://%65xample.com/'), 'example.com');
assert.strictEqual(host('http://ｅｘａｍｐｌｅ．ｃｏｍ/'), 'example.com');
assert.strictEqual(host('http://a\u00ADb/'), 'ab');
assert.strictEqual(host('http://xn--nxasmq6b.com/'), 'xn--nxasmq6b.com');
assert.strictEqual(host('http://-x-.com/'), '-x-.com'); // CheckHyphens is off
assert.throws(() => new URL('http://xn--/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://a%00b/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://a<b/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://\u00AD/'), { code: 'ERR_INVALID_URL' }); // empty after mapping

// Opaque hosts: percent-encoded, not lower-cased, forbidden code points rejected.
assert.strictEqual(host('foo://ExAmPle/'), 'ExAmPle');
assert.strictEqual(host('foo://ü/'), '%C3%BC');
assert.throws(() => new URL('foo://a<b/'), { code: 'ERR_INVALID_URL' });

// file: hosts: localhost becomes empty.
assert.strictEqual(host('file://localhost/x'), '');
assert.strictEqual(host('file://LOCALHOST/x'), '');
assert.strictEqual(host('file://server/share'), 'server');
