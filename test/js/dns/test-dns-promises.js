'use strict';
// dns.promises and require('dns/promises'): lookup, lookupService, errors; util.promisify(lookup)
// gives the same shape.
const assert = require('assert');
const util = require('util');
const dns = require('dns');
const dnsPromises = require('dns/promises');

assert.strictEqual(dns.promises, dnsPromises);
(async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', { family: 4 }),
                         { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('127.0.0.1', { all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  assert.deepStrictEqual(await util.promisify(dns.lookup)('localhost', 4),
                         { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookupService('127.0.0.1', 22),
                         { hostname: 'localhost', service: 'ssh' });
  await assert.rejects(dnsPromises.lookup('nonexistent.invalid'), {
    code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND nonexistent.invalid',
  });
  assert.throws(() => dnsPromises.lookup(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(typeof dnsPromises.Resolver, 'function');
  assert.strictEqual(dnsPromises.NOTFOUND, 'ENOTFOUND');
  assert.strictEqual(dns.ADDRCONFIG, 32);  // glibc's AI_ADDRCONFIG
  done = true;
})();
let done = false;
process.on('exit', () => assert.ok(done));
