'use strict';
// globalThis.navigator: Node 22's Navigator (hardwareConcurrency, language, languages, userAgent,
// platform), an illegal constructor. (Not in node v20: Node 21 added it.)
const assert = require('assert');
const os = require('os');

assert.strictEqual(typeof navigator, 'object');
assert.strictEqual(navigator, globalThis.navigator);  // one object
assert.strictEqual(navigator.constructor.name, 'Navigator');
assert.strictEqual(Object.getPrototypeOf(navigator), Navigator.prototype);
assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.strictEqual(navigator.language, new Intl.DateTimeFormat().resolvedOptions().locale);
assert.deepStrictEqual(navigator.languages, [navigator.language]);
assert.ok(Object.isFrozen(navigator.languages));
assert.strictEqual(navigator.languages, navigator.languages);
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
const platforms = { linux: { x64: 'Linux x86_64', ia32: 'Linux i686' } };
if (platforms[process.platform] && platforms[process.platform][process.arch]) {
  assert.strictEqual(navigator.platform, platforms[process.platform][process.arch]);
}
// The getters live on the prototype, enumerable and configurable, in Node's order.
const names = Object.getOwnPropertyNames(Navigator.prototype).filter((n) => n !== 'constructor'
  && n !== 'locks');  // navigator.locks is Node 24's
assert.deepStrictEqual(names, ['hardwareConcurrency', 'language', 'languages', 'userAgent',
  'platform']);
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.configurable, true, name);
}
assert.deepStrictEqual(Object.keys(navigator), []);
assert.throws(() => new Navigator(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR',
                                       message: 'Illegal constructor' });
// The getters need a real navigator.
assert.throws(() => Object.getOwnPropertyDescriptor(Navigator.prototype, 'platform').get.call({}),
              TypeError);
assert.strictEqual(require('util').inspect(navigator), 'Navigator {}');
