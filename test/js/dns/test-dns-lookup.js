'use strict';
// dns.lookup / lookupService through getaddrinfo: localhost without network, IP literals, all,
// family (4/6/'IPv4'), order/verbatim, ENOTFOUND, and Node's argument errors.
const assert = require('assert');
const dns = require('dns');

let steps = 0;
dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
  steps++;
});
dns.lookup('localhost', { all: true, family: 'IPv4' }, (err, list) => {
  assert.ifError(err);
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
  steps++;
});
dns.lookup('127.0.0.1', { all: true }, (err, list) => {
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
  steps++;
});
dns.lookup('::1', (err, address, family) => {
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
  steps++;
});
dns.lookup('localhost', { order: 'ipv4first', all: true }, (err, list) => {
  assert.ifError(err);
  assert.strictEqual(list[0].family, 4);
  steps++;
});
dns.lookup('localhost', { verbatim: false }, (err) => {
  assert.ifError(err);
  steps++;
});
dns.lookup('nonexistent.invalid', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.errno, -3008);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  steps++;
});
dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  assert.ifError(err);
  assert.strictEqual(hostname, 'localhost');
  assert.strictEqual(service, 'ssh');
  steps++;
});

assert.throws(() => dns.lookup(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (1)',
});
assert.throws(() => dns.lookup('x', { family: 5 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', { hints: 99999 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 99999",
});
assert.throws(() => dns.lookup('x', { order: 'x' }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.order' must be one of: 'verbatim', 'ipv4first', " +
    "'ipv6first'. Received 'x'",
});
assert.throws(() => dns.lookup('x', 'y', () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object or integer. Received type string ' +
    "('y')",
});
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('1.2.3.4'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.lookupService('x', 1, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'address' is invalid. Received 'x'",
});
assert.throws(() => dns.lookupService('1.2.3.4', 70000, () => {}), {
  code: 'ERR_SOCKET_BAD_PORT',
});
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
dns.setDefaultResultOrder('verbatim');
assert.throws(() => dns.setDefaultResultOrder('x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
    "Received 'x'",
});
process.on('exit', () => assert.strictEqual(steps, 8));
