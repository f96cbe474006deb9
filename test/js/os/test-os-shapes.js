'use strict';
// Every os export exists with the right type; the string-valued functions also convert to their
// value (`${os.hostname}`), as Node's do; EOL/devNull/constants have Node's descriptors.
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir',
  'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir',
  'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);
assert.strictEqual(require('node:os'), os);

for (const name of ['hostname', 'type', 'release', 'version', 'machine', 'homedir', 'tmpdir']) {
  const value = os[name]();
  assert.strictEqual(typeof value, 'string', name);
  assert.ok(value.length > 0, name);
  assert.strictEqual(`${os[name]}`, value, `${name} as a primitive`);
}
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(`${os.arch}`, process.arch);
assert.strictEqual(`${os.platform}`, process.platform);
assert.ok(['x86_64', 'aarch64', 'i686', 'armv7l', 'ppc64le', 's390x', 'riscv64'].includes(os.machine()));
assert.match(os.release(), /^\d+\.\d+/);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(`${os.endianness}`, 'LE');

for (const name of ['totalmem', 'freemem', 'uptime', 'availableParallelism']) {
  const value = os[name]();
  assert.strictEqual(typeof value, 'number', name);
  assert.ok(Number.isFinite(value) && value > 0, name);
  assert.strictEqual(typeof +os[name], 'number', `${name} as a primitive`);
}

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'EOL'),
                       { value: '\n', writable: false, enumerable: true, configurable: true });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'devNull'),
                       { value: '/dev/null', writable: false, enumerable: true, configurable: true });
const constantsDesc = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(constantsDesc.writable, false);
assert.strictEqual(constantsDesc.configurable, false);
assert.strictEqual(constantsDesc.enumerable, true);
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
