'use strict';
// --dns-result-order sets dns.getDefaultResultOrder() for the whole run (also with the value as the
// next argument); dns.setDefaultResultOrder() still changes it later; a bad value stops the start
// with Node's ERR_INVALID_ARG_VALUE naming the option.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(...args) {
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
  const r = run(`--dns-result-order=${order}`, '-p', 'require("dns").getDefaultResultOrder()');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout.trim(), order);
}
let r = run('--dns-result-order', 'ipv6first', '-p',
            'require("dns").promises.getDefaultResultOrder?.() ?? require("dns").getDefaultResultOrder()');
assert.strictEqual(r.stdout.trim(), 'ipv6first', r.stderr);

r = run('--dns-result-order=ipv4first', '-p',
        'const dns = require("dns"); dns.setDefaultResultOrder("verbatim"); dns.getDefaultResultOrder()');
assert.strictEqual(r.stdout.trim(), 'verbatim', r.stderr);

// localhost resolves in the chosen order.
r = run('--dns-result-order=ipv4first', '-e',
        'require("dns").lookup("localhost", { all: true }, (e, a) => console.log(JSON.stringify(a.map((x) => x.family))))');
assert.strictEqual(r.status, 0, r.stderr);
const families = JSON.parse(r.stdout);
assert.deepStrictEqual(families, [...families].sort((a, b) => a - b));

r = run('--dns-result-order=fastest', '-e', '0');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /ERR_INVALID_ARG_VALUE/);
assert.match(r.stderr, /The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'\. Received 'fastest'/);
