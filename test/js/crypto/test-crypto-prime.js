'use strict';
// crypto.generatePrime(Sync) / checkPrime(Sync) (sizes, safe, add/rem, bigint, errors, the
// pool forms) and crypto.Certificate (SPKAC made by `openssl spkac`, fixtures/crypto/spkac.txt).
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

// Known primes and composites.
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);  // Mersenne prime M127
assert.strictEqual(crypto.checkPrimeSync(2n ** 67n - 1n), false);  // 193707721 × 761838257287
assert.strictEqual(crypto.checkPrimeSync(2n ** 61n - 1n, { checks: 10 }), true);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([7])), true);
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([1, 1])), true);  // 257
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([1, 0]).buffer), false);  // 256
assert.throws(() => crypto.checkPrimeSync(7), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "candidate" argument must be of type bigint or an instance of ArrayBuffer, ' +
    'TypedArray, Buffer, or DataView. Received type number (7)',
});
assert.throws(() => crypto.checkPrimeSync(-1n), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "candidate" is out of range. It must be >= 0. Received -1n',
});
assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.checks" is out of range. It must be >= 0 && <= 2147483647. ' +
    'Received -1',
});
assert.throws(() => crypto.checkPrime(7n), { code: 'ERR_INVALID_ARG_TYPE' });

// generatePrimeSync: the size is the bit length; safe primes; add/rem.
for (const bits of [8, 16, 64, 256]) {
  const p = crypto.generatePrimeSync(bits, { bigint: true });
  assert.strictEqual(p.toString(2).length, bits);
  assert.ok(crypto.checkPrimeSync(p));
}
{
  const ab = crypto.generatePrimeSync(32);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 4);
  const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
  assert.ok(crypto.checkPrimeSync((safe - 1n) / 2n));
  const p = crypto.generatePrimeSync(16, { add: 12n, rem: 11n, bigint: true });
  assert.strictEqual(p % 12n, 11n);
  const q = crypto.generatePrimeSync(16, { add: new Uint8Array([12]), rem: new Uint8Array([11]),
                                           bigint: true });
  assert.strictEqual(q % 12n, 11n);
}
assert.throws(() => crypto.generatePrimeSync(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.generatePrimeSync(8, { add: 1000n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add',
});
assert.throws(() => crypto.generatePrimeSync(8, { safe: true, add: 12n, rem: 13n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem',
});
assert.throws(() => crypto.generatePrimeSync(8, { safe: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(8, { add: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.add" property must be of type bigint or an instance of ArrayBuffer, ' +
    'TypedArray, Buffer, or DataView. Received type string (\'x\')',
});

// The callback forms run on the pool.
let calls = 0;
crypto.generatePrime(64, { bigint: true }, (err, prime) => {
  assert.ifError(err);
  assert.strictEqual(typeof prime, 'bigint');
  crypto.checkPrime(prime, (err2, result) => {
    assert.ifError(err2);
    assert.strictEqual(result, true);
    calls++;
  });
});
crypto.generatePrime(16, (err, prime) => {
  assert.ifError(err);
  assert.ok(prime instanceof ArrayBuffer);
  calls++;
});

// Certificate (SPKAC).
{
  const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'crypto');
  const spkac = fs.readFileSync(path.join(fixtures, 'spkac.txt'));
  const pub = fs.readFileSync(path.join(fixtures, 'spkac-pub.pem'), 'utf8');
  const { Certificate } = crypto;
  assert.strictEqual(Certificate.verifySpkac(spkac), true);
  assert.strictEqual(Certificate.exportChallenge(spkac).toString(), 'this is the challenge');
  assert.strictEqual(Certificate.exportPublicKey(spkac.toString()).toString(), pub);
  const cert = Certificate();
  assert.ok(cert instanceof Certificate);
  assert.strictEqual(cert.verifySpkac(spkac.toString('latin1'), 'latin1'), true);
  const bad = Buffer.from(spkac);
  bad[50] ^= 1;
  assert.strictEqual(Certificate.verifySpkac(bad), false);
  assert.strictEqual(Certificate.exportChallenge('xx'), '');
  assert.strictEqual(Certificate.exportPublicKey('xx'), '');
  assert.throws(() => Certificate.verifySpkac(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "spkac" argument must be of type string or an instance of ArrayBuffer, ' +
      'Buffer, TypedArray, or DataView. Received type number (1)',
  });
}

process.on('exit', () => assert.strictEqual(calls, 2));
