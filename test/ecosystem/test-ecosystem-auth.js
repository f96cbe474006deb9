'use strict';
// jsonwebtoken (HS256 and RS256 with a PEM key pair, expiry, bad signatures), bcryptjs (hash,
// compare, sync and async), uuid v1/v4/v5/v7 and nanoid.
const assert = require('assert');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');

async function main() {
  // jsonwebtoken, HMAC.
  const token = jwt.sign({ sub: 'u1', role: 'admin' }, 'secret', { expiresIn: '1h', issuer: 'tide' });
  const payload = jwt.verify(token, 'secret', { issuer: 'tide' });
  assert.strictEqual(payload.sub, 'u1');
  assert.strictEqual(payload.exp - payload.iat, 3600);
  assert.throws(() => jwt.verify(token, 'wrong'), { name: 'JsonWebTokenError', message: 'invalid signature' });
  const expired = jwt.sign({ a: 1, exp: Math.floor(Date.now() / 1000) - 10 }, 'secret');
  assert.throws(() => jwt.verify(expired, 'secret'), { name: 'TokenExpiredError' });
  assert.deepStrictEqual(jwt.decode(token, { complete: true }).header, { alg: 'HS256', typ: 'JWT' });
  // RSA and EC, keys as PEM strings and KeyObjects, callback API.
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' });
  const rs = jwt.sign({ x: 1 }, pem, { algorithm: 'RS256' });
  assert.strictEqual(jwt.verify(rs, rsa.publicKey.export({ type: 'spki', format: 'pem' })).x, 1);
  assert.strictEqual(jwt.verify(rs, rsa.publicKey, { algorithms: ['RS256'] }).x, 1);
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const es = await new Promise((resolve, reject) => {
    jwt.sign({ y: 2 }, ec.privateKey, { algorithm: 'ES256' }, (err, t) => (err ? reject(err) : resolve(t)));
  });
  assert.strictEqual(jwt.verify(es, ec.publicKey).y, 2);
  assert.throws(() => jwt.verify(rs, ec.publicKey), { name: 'JsonWebTokenError' });

  // bcryptjs.
  const hash = bcrypt.hashSync('pa55', 4);
  assert.match(hash, /^\$2[ab]\$04\$/);
  assert.ok(bcrypt.compareSync('pa55', hash));
  assert.ok(!bcrypt.compareSync('nope', hash));
  const h2 = await bcrypt.hash('s3cret', await bcrypt.genSalt(4));
  assert.ok(await bcrypt.compare('s3cret', h2));
  assert.ok(!(await bcrypt.compare('s3cre', h2)));
  // A known vector.
  assert.ok(bcrypt.compareSync('U*U', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'));

  // uuid (ESM-only in recent versions: loaded with import()).
  const uuid = await import('uuid');
  const v4 = uuid.v4();
  assert.ok(uuid.validate(v4));
  assert.strictEqual(uuid.version(v4), 4);
  assert.strictEqual(uuid.v5('hello', uuid.v5.DNS), '9342d47a-1bab-5709-9869-c840b2eac501');
  assert.strictEqual(uuid.version(uuid.v1()), 1);
  const a = uuid.v7();
  const b = uuid.v7();
  assert.strictEqual(uuid.version(a), 7);
  assert.ok(a < b);
  assert.deepStrictEqual(uuid.stringify(uuid.parse(v4)), v4);

  // nanoid (ESM-only).
  const { nanoid, customAlphabet } = await import('nanoid');
  assert.match(nanoid(), /^[A-Za-z0-9_-]{21}$/);
  assert.match(customAlphabet('abc', 10)(), /^[abc]{10}$/);
  assert.strictEqual(new Set(Array.from({ length: 1000 }, () => nanoid())).size, 1000);
  console.log('ok');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
