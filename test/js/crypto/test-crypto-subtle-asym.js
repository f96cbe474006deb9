'use strict';
// crypto.subtle with asymmetric keys: RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA, ECDH, Ed25519,
// X25519 (and Ed448/X448) — generateKey, importKey/exportKey in 'spki', 'pkcs8', 'jwk', 'raw',
// sign/verify, encrypt/decrypt, deriveBits/deriveKey, wrapKey/unwrapKey — checked against RFC
// vectors (RFC 8032, RFC 7748, RFC 6979, RFC 5903) and with Node's DOMException names/messages.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (s) => Buffer.from(s, 'hex');
const b64u = (s) => hex(s).toString('base64url');
const toHex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  // RFC 8032 7.1 TEST 1 through JWK and raw imports.
  {
    const d = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
    const x = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
    const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: b64u(d), x: b64u(x) },
                                        'Ed25519', true, ['sign']);
    assert.strictEqual(priv.type, 'private');
    assert.deepStrictEqual(priv.algorithm, { name: 'Ed25519' });
    const sig = await subtle.sign('Ed25519', priv, new Uint8Array(0));
    assert.strictEqual(toHex(sig), 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652249015' +
      '55fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
    const pub = await subtle.importKey('raw', hex(x), { name: 'ed25519' }, true, ['verify']);
    assert.strictEqual(await subtle.verify('Ed25519', pub, sig, new Uint8Array(0)), true);
    assert.strictEqual(await subtle.verify('Ed25519', pub, sig, new Uint8Array(1)), false);
    assert.strictEqual(toHex(await subtle.exportKey('raw', pub)), x);
    const jwk = await subtle.exportKey('jwk', priv);
    assert.deepStrictEqual(jwk, { key_ops: ['sign'], ext: true, crv: 'Ed25519', d: b64u(d), x: b64u(x),
                                  kty: 'OKP', alg: 'Ed25519' });
    assert.strictEqual((await subtle.importKey('jwk', { ...jwk, alg: 'EdDSA' }, 'Ed25519', true,
                                               ['sign'])).type, 'private');
    // pkcs8 / spki round trips through node:crypto.
    const pkcs8 = await subtle.exportKey('pkcs8', priv);
    assert.strictEqual(toHex(nodeCrypto.sign(null, Buffer.alloc(0), {
      key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' })), toHex(sig));
    const spki = await subtle.exportKey('spki', pub);
    assert.ok(nodeCrypto.createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' })
      .equals(nodeCrypto.KeyObject.from(pub)));
    await assert.rejects(subtle.importKey('raw', Buffer.alloc(3), 'Ed25519', true, ['verify']), {
      name: 'DataError', message: 'Ed25519 raw keys must be exactly 32-bytes',
    });
    await assert.rejects(subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x: b64u(x) },
                                          'Ed25519', true, ['verify']), {
      name: 'DataError', message: 'JWK "crv" Parameter and algorithm name mismatch',
    });
    await assert.rejects(subtle.sign('Ed25519', pub, Buffer.alloc(1)), {
      name: 'InvalidAccessError', message: 'Unable to use this key to sign',
    });
  }

  // RFC 7748 6.1 (X25519).
  {
    const alice = await subtle.importKey('pkcs8', nodeCrypto.createPrivateKey({ key: {
      kty: 'OKP', crv: 'X25519', d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
      x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') }, format: 'jwk' })
      .export({ type: 'pkcs8', format: 'der' }), 'X25519', false, ['deriveBits']);
    const bob = await subtle.importKey(
      'raw', hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', true, []);
    const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, 256)),
                       shared);
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, null)),
                       shared);
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: bob }, alice, 12)),
                       '4a50');
    await assert.rejects(subtle.deriveBits({ name: 'X25519', public: bob }, alice, 512), {
      name: 'OperationError', message: 'derived bit length is too small',
    });
    await assert.rejects(subtle.deriveBits({ name: 'X25519', public: alice }, alice, 256), {
      name: 'InvalidAccessError', message: 'algorithm.public must be a public key',
    });
    await assert.rejects(subtle.exportKey('jwk', alice), {
      name: 'InvalidAccessException', message: 'key is not extractable',
    });
    await assert.rejects(subtle.importKey('raw', Buffer.alloc(32), 'X25519', true, ['deriveBits']), {
      name: 'SyntaxError', message: 'Unsupported key usage for a X25519 key',
    });
  }

  // RFC 6979 A.2.5: ECDSA P-256 / SHA-256 verification of a known signature (raw public key).
  {
    const point = '04' + '60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6' +
      '7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299';
    const pub = await subtle.importKey('raw', hex(point), { name: 'ECDSA', namedCurve: 'P-256' },
                                       true, ['verify']);
    assert.deepStrictEqual(pub.algorithm, { name: 'ECDSA', namedCurve: 'P-256' });
    const sig = hex('EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716' +
                    'F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8');
    const alg = { name: 'ECDSA', hash: 'SHA-256' };
    assert.strictEqual(await subtle.verify(alg, pub, sig, Buffer.from('sample')), true);
    assert.strictEqual(await subtle.verify(alg, pub, sig, Buffer.from('samplE')), false);
    assert.strictEqual(await subtle.verify(alg, pub, sig.subarray(1), Buffer.from('sample')), false);
    assert.strictEqual(toHex(await subtle.exportKey('raw', pub)), point.toLowerCase());
    await assert.rejects(subtle.importKey('raw', Buffer.alloc(65, 1), { name: 'ECDSA', namedCurve: 'P-256' },
                                          true, ['verify']), {
      name: 'DataError', message: 'Invalid keyData',
    });
  }

  // RFC 5903 8.1: ECDH P-256 through JWK.
  {
    const i = await subtle.importKey('jwk', {
      kty: 'EC', crv: 'P-256', d: b64u('C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433'),
      x: b64u('DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180'),
      y: b64u('5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3'),
    }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
    const r = await subtle.importKey('jwk', {
      kty: 'EC', crv: 'P-256', x: b64u('D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63'),
      y: b64u('56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB'),
    }, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'ECDH', public: r }, i, 256)),
                       'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de');
    const aes = await subtle.deriveKey({ name: 'ECDH', public: r }, i, { name: 'AES-GCM', length: 128 },
                                       true, ['encrypt']);
    assert.strictEqual(toHex(await subtle.exportKey('raw', aes)), 'd6840f6b42f6edafd13116e0e1256520');
    const other = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
    await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: other.publicKey }, i, 256), {
      name: 'InvalidAccessError', message: 'Named curve mismatch',
    });
    await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: r }, other.privateKey, 256), {
      name: 'InvalidAccessError',
    });
  }

  // ECDSA generateKey, formats and errors.
  {
    const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
    assert.strictEqual(ec.publicKey.extractable, true);
    assert.strictEqual(ec.privateKey.extractable, false);
    assert.deepStrictEqual(ec.publicKey.usages, ['verify']);
    assert.deepStrictEqual(ec.privateKey.usages, ['sign']);
    const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, ec.privateKey, Buffer.from('m'));
    assert.strictEqual(sig.byteLength, 96);
    assert.ok(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, ec.publicKey, sig, Buffer.from('m')));
    const jwk = await subtle.exportKey('jwk', ec.publicKey);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'x', 'y', 'crv']);
    assert.strictEqual(jwk.crv, 'P-384');
    const spki = await subtle.exportKey('spki', ec.publicKey);
    const again = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']);
    assert.ok(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, again, sig, Buffer.from('m')));
    await assert.rejects(subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true,
                                          ['verify']), { name: 'DataError', message: 'Named curve mismatch' });
    await assert.rejects(subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-384' }, true,
                                          ['sign']), {
      name: 'SyntaxError', message: 'Unsupported key usage for a ECDSA key',
    });
    await assert.rejects(subtle.importKey('spki', Buffer.from('xx'), { name: 'ECDSA', namedCurve: 'P-384' },
                                          true, ['verify']), { name: 'DataError', message: 'Invalid keyData' });
    await assert.rejects(subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-256' }, true,
                                          ['verify']), { name: 'DataError', message: 'Invalid key type' });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, kty: 'RSA' }, { name: 'ECDSA', namedCurve: 'P-384' },
                                          true, ['verify']), {
      name: 'DataError', message: 'Invalid JWK "kty" Parameter',
    });
    await assert.rejects(subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true,
                                          ['verify']), {
      name: 'DataError', message: 'JWK "crv" does not match the requested algorithm',
    });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, key_ops: ['sign'] },
                                          { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']), {
      name: 'DataError', message: 'Key operations and usage mismatch',
    });
    await assert.rejects(subtle.exportKey('spki', ec.privateKey), {
      name: 'InvalidAccessException', message: 'key is not extractable',
    });
    const ex = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    await assert.rejects(subtle.exportKey('spki', ex.privateKey), {
      name: 'InvalidAccessError', message: 'Unable to export a raw ECDSA private key',
    });
    await assert.rejects(subtle.exportKey('pkcs8', ex.publicKey), {
      name: 'InvalidAccessError', message: 'Unable to export a pkcs8 ECDSA public key',
    });
    await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']), {
      name: 'SyntaxError', message: 'Unsupported key usage for an ECDSA key',
    });
    await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-25' }, true, ['sign']), {
      name: 'NotSupportedError', message: 'Unrecognized namedCurve',
    });
    await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']), {
      name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.',
    });
    await assert.rejects(subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', ex.privateKey),
                                          { name: 'ECDSA', namedCurve: 'P-256' }, true, []), {
      name: 'SyntaxError', message: 'Usages cannot be empty when importing a private key.',
    });
    await assert.rejects(subtle.sign({ name: 'ECDSA' }, ex.privateKey, Buffer.from('x')), {
      name: 'TypeError', code: 'ERR_MISSING_OPTION',
      message: "Failed to normalize algorithm: passed algorithm can not be converted to 'EcdsaParams' " +
        "because 'hash' is required in 'EcdsaParams'.",
    });
    await assert.rejects(subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ex.publicKey, Buffer.from('x')), {
      name: 'InvalidAccessError', message: 'Unable to use this key to sign',
    });
  }

  // RSA: PKCS#1 v1.5 signatures are deterministic — the same bytes as node:crypto's.
  {
    const rsa = await subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024,
                                           publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                         true, ['sign', 'verify']);
    assert.deepStrictEqual(rsa.publicKey.algorithm, {
      name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
      hash: { name: 'SHA-256' },
    });
    const sig = await subtle.sign('RSASSA-PKCS1-v1_5', rsa.privateKey, Buffer.from('abc'));
    assert.deepStrictEqual(Buffer.from(sig), nodeCrypto.sign('sha256', Buffer.from('abc'),
                                                             nodeCrypto.KeyObject.from(rsa.privateKey)));
    assert.ok(await subtle.verify('RSASSA-PKCS1-v1_5', rsa.publicKey, sig, Buffer.from('abc')));
    const jwk = await subtle.exportKey('jwk', rsa.privateKey);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'n', 'e', 'd', 'p', 'q', 'dp',
      'dq', 'qi', 'alg']);
    assert.strictEqual(jwk.alg, 'RS256');
    await assert.rejects(subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
                                          true, ['sign']), {
      name: 'DataError', message: 'JWK "alg" does not match the requested algorithm',
    });
    const back = await subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
                                        true, ['sign']);
    assert.deepStrictEqual(await subtle.sign('RSASSA-PKCS1-v1_5', back, Buffer.from('abc')), sig);
    await assert.rejects(subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                                              publicExponent: new Uint8Array([1, 0, 1, 0, 0]),
                                              hash: 'SHA-256' }, true, ['sign']), {
      name: 'OperationError',
      message: 'The publicExponent must be equivalent to an unsigned 32-bit value',
    });
    await assert.rejects(subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024,
                                              publicExponent: new Uint8Array([1, 0, 1]),
                                              hash: 'SHA-256' }, true, ['sign']), {
      name: 'SyntaxError', message: 'Unsupported key usage for a RSA key',
    });
  }

  // RSA-PSS and RSA-OAEP; wrapKey/unwrapKey of asymmetric keys.
  {
    const pss = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                                           publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                         true, ['sign', 'verify']);
    const sig = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pss.privateKey, Buffer.from('m'));
    assert.ok(await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pss.publicKey, sig, Buffer.from('m')));
    assert.ok(!await subtle.verify({ name: 'RSA-PSS', saltLength: 0 }, pss.publicKey, sig, Buffer.from('m')));
    assert.strictEqual((await subtle.exportKey('jwk', pss.publicKey)).alg, 'PS256');
    await assert.rejects(subtle.sign({ name: 'RSA-PSS' }, pss.privateKey, Buffer.from('m')), {
      code: 'ERR_MISSING_OPTION',
    });

    const oaep = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024,
                                            publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' },
                                          true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
    assert.deepStrictEqual(oaep.publicKey.usages, ['encrypt', 'wrapKey']);
    assert.deepStrictEqual(oaep.privateKey.usages, ['decrypt', 'unwrapKey']);
    assert.strictEqual((await subtle.exportKey('jwk', oaep.privateKey)).alg, 'RSA-OAEP');
    const ct = await subtle.encrypt({ name: 'RSA-OAEP', label: Buffer.from('l') }, oaep.publicKey,
                                    Buffer.from('hello'));
    assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('l') },
                                                        oaep.privateKey, ct)).toString(), 'hello');
    await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP' }, oaep.privateKey, ct), {
      name: 'OperationError', message: 'The operation failed for an operation-specific reason',
    });
    // node:crypto decrypts WebCrypto's OAEP.
    assert.strictEqual(nodeCrypto.privateDecrypt({ key: nodeCrypto.KeyObject.from(oaep.privateKey),
                                                   oaepHash: 'sha1', oaepLabel: Buffer.from('l') },
                                                 Buffer.from(ct)).toString(), 'hello');

    const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
    const wrapped = await subtle.wrapKey('pkcs8', ed.privateKey, oaep.publicKey, { name: 'RSA-OAEP' });
    const unwrapped = await subtle.unwrapKey('pkcs8', wrapped, oaep.privateKey, { name: 'RSA-OAEP' },
                                             'Ed25519', true, ['sign']);
    const s1 = await subtle.sign('Ed25519', unwrapped, Buffer.from('x'));
    assert.deepStrictEqual(s1, await subtle.sign('Ed25519', ed.privateKey, Buffer.from('x')));
    const kw = await subtle.generateKey({ name: 'AES-KW', length: 256 }, true, ['wrapKey', 'unwrapKey']);
    const wrappedJwk = await subtle.wrapKey('jwk', ed.privateKey, kw, 'AES-KW');
    const fromJwk = await subtle.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', 'Ed25519', true, ['sign']);
    assert.deepStrictEqual(await subtle.sign('Ed25519', fromJwk, Buffer.from('x')), s1);
  }

  // Ed448 / X448.
  {
    const ed = await subtle.generateKey({ name: 'Ed448' }, true, ['sign', 'verify']);
    const sig = await subtle.sign('Ed448', ed.privateKey, Buffer.from('m'));
    assert.strictEqual(sig.byteLength, 114);
    assert.ok(await subtle.verify('Ed448', ed.publicKey, sig, Buffer.from('m')));
    const a = await subtle.generateKey('X448', true, ['deriveBits']);
    const b = await subtle.generateKey('X448', true, ['deriveBits']);
    assert.deepStrictEqual(await subtle.deriveBits({ name: 'X448', public: b.publicKey }, a.privateKey, 448),
                           await subtle.deriveBits({ name: 'X448', public: a.publicKey }, b.privateKey, 448));
  }

  // Data node v20 made with node:crypto (fixtures/crypto/keys.json), checked through Web Crypto.
  {
    const keys = JSON.parse(require('fs').readFileSync(
      require('path').join(__dirname, '..', '..', 'fixtures', 'crypto', 'keys.json'), 'utf8'));
    const data = hex(keys.data);
    const der = (pem) => nodeCrypto.createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
    const spki = (pem) => nodeCrypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
    const rsa = keys.rsa;
    const pkcs1 = await subtle.importKey('pkcs8', der(rsa.pkcs8),
                                         { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    assert.strictEqual(toHex(await subtle.sign('RSASSA-PKCS1-v1_5', pkcs1, data)), rsa.sigSha256);
    const pssPub = await subtle.importKey('spki', spki(rsa.spki), { name: 'RSA-PSS', hash: 'SHA-256' },
                                          false, ['verify']);
    assert.ok(await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pssPub, hex(rsa.sigPss), data));
    const oaep = await subtle.importKey('pkcs8', der(rsa.pkcs8), { name: 'RSA-OAEP', hash: 'SHA-1' },
                                        false, ['decrypt']);
    assert.deepStrictEqual(Buffer.from(await subtle.decrypt('RSA-OAEP', oaep, hex(rsa.oaep))), data);
    const oaep256 = await subtle.importKey('pkcs8', der(rsa.pkcs8), { name: 'RSA-OAEP', hash: 'SHA-256' },
                                           false, ['decrypt']);
    assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('label') },
                                                            oaep256, hex(rsa.oaep256))), data);
    const ecPub = await subtle.importKey('spki', spki(keys.ec.spki), { name: 'ECDSA', namedCurve: 'P-256' },
                                         false, ['verify']);
    assert.ok(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, hex(keys.ec.sigP1363), data));
    const ec384 = await subtle.importKey('spki', spki(keys.ec384.spki),
                                         { name: 'ECDSA', namedCurve: 'P-384' }, false, ['verify']);
    assert.ok(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec384, hex(keys.ec384.sigP1363), data));
    for (const name of ['Ed25519', 'Ed448']) {
      const k = keys[name.toLowerCase()];
      const priv = await subtle.importKey('pkcs8', der(k.pkcs8), name, false, ['sign']);
      assert.strictEqual(toHex(await subtle.sign(name, priv, data)), k.sig);
    }
    const ecdh = await subtle.importKey('pkcs8', der(keys.ec.pkcs8), { name: 'ECDH', namedCurve: 'P-256' },
                                        false, ['deriveBits']);
    const peer = await subtle.importKey('spki', spki(keys.ec.peerSpki), { name: 'ECDH', namedCurve: 'P-256' },
                                        false, []);
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'ECDH', public: peer }, ecdh, null)),
                       keys.ec.secret);
    const x = await subtle.importKey('pkcs8', der(keys.x25519.pkcs8), 'X25519', false, ['deriveBits']);
    const xPeer = await subtle.importKey('spki', spki(keys.x25519.peerSpki), 'X25519', false, []);
    assert.strictEqual(toHex(await subtle.deriveBits({ name: 'X25519', public: xPeer }, x, 256)),
                       keys.x25519.secret);
  }

  // WebIDL-level argument errors and format errors, worded as Node's.
  {
    const { publicKey, privateKey } = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' },
                                                               true, ['deriveBits']);
    await assert.rejects(subtle.importKey('foo', Buffer.alloc(1), 'Ed25519', true, []), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
      message: "Failed to execute 'importKey' on 'SubtleCrypto': 1st argument value 'foo' is " +
        'not a valid enum value of type KeyFormat.',
    });
    await assert.rejects(subtle.exportKey('der', publicKey), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "Failed to execute 'exportKey' on 'SubtleCrypto': 1st argument value 'der' is " +
        'not a valid enum value of type KeyFormat.',
    });
    await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: 1 }, privateKey, 8), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: "Failed to normalize algorithm: 'public' of 'EcdhKeyDeriveParams' (passed " +
        'algorithm) is not of type CryptoKey.',
    });
    const bits = await subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 13);
    assert.strictEqual(bits.byteLength, 2);
    assert.strictEqual(new Uint8Array(bits)[1] & 0x07, 0);
    const rsa = nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey
      .export({ type: 'spki', format: 'der' });
    await assert.rejects(subtle.importKey('raw', rsa, { name: 'RSA-PSS', hash: 'SHA-256' }, true,
                                          ['verify']), {
      name: 'NotSupportedError', message: 'Unable to import RSA key with format raw',
    });
    await assert.rejects(subtle.importKey('spki', rsa, { name: 'RSA-PSS', hash: 'SHA-256' }, true,
                                          ['sign']), {
      name: 'SyntaxError', message: 'Unsupported key usage for an RSA-PSS key',
    });
    await assert.rejects(subtle.importKey('spki', rsa, { name: 'RSA-PSS' }, true, ['verify']), {
      code: 'ERR_MISSING_OPTION',
    });
  }

  // KeyObject.prototype.toCryptoKey and KeyObject.from.
  if (typeof nodeCrypto.KeyObject.prototype.toCryptoKey === 'function' || process.versions.tide) {
    const { publicKey } = nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
    assert.strictEqual(key.type, 'public');
    assert.ok(nodeCrypto.KeyObject.from(key).equals(publicKey));
    const { types } = require('util');
    assert.strictEqual(types.isCryptoKey(key), true);
    assert.strictEqual(types.isKeyObject(key), false);
    assert.strictEqual(types.isKeyObject(publicKey), true);
    assert.strictEqual(types.isCryptoKey(publicKey), false);
    assert.throws(() => publicKey.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']), {
      name: 'DataError', message: 'Named curve mismatch',
    });
  }
})().then(() => { done = true; });
let done = false;
process.on('exit', () => assert.ok(done));
