'use strict';
// createHash / crypto.hash: every digest OpenSSL offers against values recorded from Node,
// shake output lengths, copy(), output encodings, streams and Node's errors.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'vectors.json'), 'utf8'));
const pattern = Buffer.alloc(1000);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 7 + 3) & 0xff;
const inputs = { empty: Buffer.alloc(0), abc: Buffer.from('abc'), pattern };

// Known answers (FIPS 180-2 / 202).
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('hex'),
                   'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.createHash('md5').update('').digest('hex'),
                   'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(crypto.createHash('sha3-256').update('').digest('hex'),
                   'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
assert.strictEqual(crypto.createHash('sha512').update('abc').digest('hex'),
                   'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
                   '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');

// Every digest, several inputs, as Node computes them.
for (const [name, expected] of Object.entries(vectors.digest)) {
  for (const [input, hex] of Object.entries(expected)) {
    assert.strictEqual(crypto.createHash(name).update(inputs[input]).digest('hex'), hex,
                       `${name}(${input})`);
    assert.strictEqual(crypto.hash(name, inputs[input]), hex, `hash(${name}, ${input})`);
  }
}

// Shake with outputLength.
for (const [name, byLength] of Object.entries(vectors.xof)) {
  for (const [len, hex] of Object.entries(byLength)) {
    assert.strictEqual(
      crypto.createHash(name, { outputLength: Number(len) }).update(pattern).digest('hex'), hex);
  }
}
assert.strictEqual(crypto.createHash('shake128').digest('hex'), '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest().length, 32);
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), {
  code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
  library: 'digital envelope routines',
  reason: 'not XOF or invalid length',
});
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.outputLength" is out of range. It must be >= 0 && <= ' +
    '4294967295. Received -1',
});

// Incremental updates equal one update; strings in encodings.
{
  const h = crypto.createHash('sha256');
  for (let i = 0; i < pattern.length; i += 37) h.update(pattern.subarray(i, i + 37));
  assert.strictEqual(h.digest('hex'), vectors.digest.sha256.pattern);
  assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex'),
                     crypto.createHash('sha256').update('abc').digest('hex'));
  assert.strictEqual(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'),
                     crypto.createHash('sha256').update('abc').digest('hex'));
  assert.strictEqual(crypto.createHash('md5').update('héllo €').digest('hex'),
                     crypto.createHash('md5').update(Buffer.from('héllo €', 'utf8')).digest('hex'));
  assert.strictEqual(crypto.createHash('md5').update('héllo', 'latin1').digest('hex'),
                     crypto.createHash('md5').update(Buffer.from('héllo', 'latin1')).digest('hex'));
  // TypedArray/DataView inputs hash their bytes.
  const u16 = new Uint16Array([0x6261, 0x0063]);
  assert.strictEqual(crypto.createHash('sha1').update(new DataView(u16.buffer, 0, 3)).digest('hex'),
                     'a9993e364706816aba3e25717850c26c9cd0d89d');
}

// Output encodings.
{
  const d = () => crypto.createHash('sha1').update('abc');
  const buf = d().digest();
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.strictEqual(d().digest('base64'), buf.toString('base64'));
  assert.strictEqual(d().digest('base64url'), buf.toString('base64url'));
  assert.strictEqual(d().digest('latin1'), buf.toString('latin1'));
  assert.deepStrictEqual(d().digest('buffer'), buf);
  assert.deepStrictEqual(d().digest('nonsense'), buf);
  assert.deepStrictEqual(crypto.hash('sha1', 'abc', 'buffer'), buf);
  assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), buf.toString('base64'));
}

// copy() forks the state.
{
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  h.update('c');
  assert.strictEqual(h.digest('hex'), crypto.hash('sha256', 'abc'));
  assert.strictEqual(c.digest('hex'), crypto.hash('sha256', 'ab'));
  const x = crypto.createHash('shake256', { outputLength: 10 }).update('a');
  assert.strictEqual(x.copy({ outputLength: 4 }).digest('hex').length, 8);
  assert.strictEqual(x.copy().digest().length, 32);  // copy() does not inherit outputLength
  x.digest();
  assert.throws(() => x.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Finalized hashes.
{
  const h = crypto.createHash('sha256');
  h.digest();
  assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
  assert.throws(() => h.update('a'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Argument errors.
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha256').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
assert.throws(() => crypto.hash('sha1', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
assert.throws(() => crypto.hash('sha1', 'abc', 'foo'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'outputEncoding' is invalid. Received 'foo'",
});
assert.throws(() => crypto.hash('foo', 'a'), { message: 'Digest method foo is not supported' });
assert.throws(() => crypto.hash(1, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });

// Algorithm names are case-insensitive aliases, as in OpenSSL.
assert.strictEqual(crypto.createHash('SHA256').update('abc').digest('hex'),
                   crypto.hash('sha256', 'abc'));
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'),
                   crypto.hash('sha256', 'abc'));

// Hash is a Transform stream.
{
  const h = crypto.createHash('sha256');
  assert.ok(h instanceof require('stream').Transform);
  assert.ok(h instanceof crypto.Hash);
  assert.ok(crypto.Hash('sha1') instanceof crypto.Hash);
  let out;
  h.on('data', (d) => { out = d; });
  h.on('end', () => {
    assert.strictEqual(out.toString('hex'), crypto.hash('sha256', 'hello world'));
    ended = true;
  });
  let ended = false;
  h.write('hello ');
  h.end('world');
  process.on('exit', () => assert.ok(ended));
}
{
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  h.end('abc');
  h.on('readable', () => {
    const d = h.read();
    if (d !== null) assert.strictEqual(d, '900150983cd24fb0d6963f7d28e17f72');
  });
}
