'use strict';
// createHmac against RFC 4231 and values recorded from Node; keys of every accepted type; errors.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'vectors.json'), 'utf8'));
const pattern = Buffer.alloc(1000);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 7 + 3) & 0xff;

// RFC 4231 test cases 1, 2 and 6 (key longer than the block).
const rfc4231 = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There'),
   'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
   '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
   'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854'],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?'),
   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
   '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
   '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737'],
  [Buffer.alloc(131, 0xaa), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'),
   '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
   '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
   '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598'],
];
for (const [key, data, sha256, sha512] of rfc4231) {
  assert.strictEqual(crypto.createHmac('sha256', key).update(data).digest('hex'), sha256);
  assert.strictEqual(crypto.createHmac('sha512', key).update(data).digest('hex'), sha512);
}

for (const [name, v] of Object.entries(vectors.hmac)) {
  assert.strictEqual(crypto.createHmac(name, 'key')
    .update('The quick brown fox jumps over the lazy dog').digest('hex'), v.short, name);
  assert.strictEqual(crypto.createHmac(name, pattern.subarray(0, 200)).update(pattern)
    .digest('hex'), v.long, name);
  assert.strictEqual(crypto.createHmac(name, '').update('').digest('hex'), v.empty, name);
}

// Key types: string (with encoding), ArrayBuffer, TypedArray, DataView, secret KeyObject.
{
  const expected = crypto.createHmac('sha256', Buffer.from('secret')).update('x').digest('hex');
  const ab = new Uint8Array(Buffer.from('secret')).buffer;
  for (const key of ['secret', ab, new Uint8Array(ab), new DataView(ab),
    crypto.createSecretKey(Buffer.from('secret'))]) {
    assert.strictEqual(crypto.createHmac('sha256', key).update('x').digest('hex'), expected);
  }
  assert.strictEqual(crypto.createHmac('sha256', '736563726574', { encoding: 'hex' })
    .update('x').digest('hex'), expected);
}

// Second digest gives an empty result; update after digest throws.
{
  const h = crypto.createHmac('sha1', 'k');
  assert.strictEqual(h.digest('hex').length, 40);
  assert.strictEqual(h.digest('hex'), '');
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  assert.throws(() => h.update('a'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

assert.throws(() => crypto.createHmac('foo', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => crypto.createHmac('sha256', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createHmac(1, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });

// Hmac is a stream.
{
  const h = crypto.createHmac('sha256', 'k');
  const chunks = [];
  h.on('data', (c) => chunks.push(c));
  h.on('end', () => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'),
                       crypto.createHmac('sha256', 'k').update('abcdef').digest('hex'));
    done = true;
  });
  let done = false;
  h.write('abc');
  h.end('def');
  process.on('exit', () => assert.ok(done));
}
