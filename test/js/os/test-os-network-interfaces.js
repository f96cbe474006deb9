'use strict';
// os.networkInterfaces(): Node's shape — name → [{ address, netmask, family, mac, internal, cidr,
// scopeid (IPv6 only) }] — with the CIDR suffix counted from the netmask.
const assert = require('assert');
const os = require('os');

const interfaces = os.networkInterfaces();
assert.strictEqual(typeof interfaces, 'object');
assert.strictEqual(Object.getPrototypeOf(interfaces), Object.prototype);

function prefixOf(netmask, family) {
  if (family === 'IPv4') {
    return netmask.split('.').map((n) => Number(n).toString(2).padStart(8, '0')).join('')
      .replace(/0+$/, '').length;
  }
  // IPv6: expand '::'
  const [head, tail = ''] = netmask.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = netmask.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('')
    .replace(/0+$/, '').length;
}

let sawLoopback = false;
for (const [name, entries] of Object.entries(interfaces)) {
  assert.strictEqual(typeof name, 'string');
  assert.ok(Array.isArray(entries) && entries.length > 0);
  for (const entry of entries) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys, name);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof entry.internal, 'boolean');
    if (entry.family === 'IPv4') {
      assert.match(entry.address, /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(entry.netmask, /^\d+\.\d+\.\d+\.\d+$/);
    } else {
      assert.ok(entry.address.includes(':'));
      assert.ok(Number.isInteger(entry.scopeid) && entry.scopeid >= 0);
    }
    assert.strictEqual(entry.cidr, `${entry.address}/${prefixOf(entry.netmask, entry.family)}`);
    if (entry.address === '127.0.0.1') {
      sawLoopback = true;
      assert.strictEqual(entry.internal, true);
      assert.strictEqual(entry.netmask, '255.0.0.0');
      assert.strictEqual(entry.cidr, '127.0.0.1/8');
      assert.strictEqual(entry.mac, '00:00:00:00:00:00');
    }
    if (entry.address === '::1') {
      assert.strictEqual(entry.cidr, '::1/128');
      assert.strictEqual(entry.internal, true);
      assert.strictEqual(entry.scopeid, 0);
    }
  }
}
assert.ok(sawLoopback, 'the loopback interface is listed');
// A fresh object every call.
assert.notStrictEqual(os.networkInterfaces(), interfaces);
assert.deepStrictEqual(Object.keys(os.networkInterfaces()), Object.keys(interfaces));
