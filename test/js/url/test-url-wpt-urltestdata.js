'use strict';
// Runs every case of the Web Platform Tests' url/resources/urltestdata.json (kept in
// test/fixtures/wpt/url/, see the README there) through `new URL`, URL.canParse and URL.parse.
const assert = require('assert');
const path = require('path');

const cases = require(path.join(__dirname, '..', '..', 'fixtures', 'wpt', 'url', 'resources',
                                'urltestdata.json'));
const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'hash'];
// Cases tide is known to get wrong, with the reason (none at present).
const knownFailures = new Map([]);

const failures = [];
let count = 0;
for (const t of cases) {
  if (typeof t === 'string') continue;
  count++;
  const name = `${JSON.stringify(t.input)} against ${JSON.stringify(t.base)}`;
  const args = t.base === null ? [t.input] : [t.input, t.base];
  try {
    if (t.failure) {
      assert.throws(() => new URL(...args), { code: 'ERR_INVALID_URL', name: 'TypeError' });
      assert.strictEqual(URL.canParse(...args), false);
      assert.strictEqual(URL.parse(...args), null);
      continue;
    }
    const url = new URL(...args);
    for (const key of components) assert.strictEqual(url[key], t[key], key);
    if ('origin' in t) assert.strictEqual(url.origin, t.origin, 'origin');
    if ('searchParams' in t) assert.strictEqual(url.searchParams.toString(), t.searchParams);
    assert.strictEqual(URL.canParse(...args), true);
    assert.strictEqual(URL.parse(...args).href, t.href);
    assert.strictEqual(`${url}`, t.href);
    assert.strictEqual(url.toJSON(), t.href);
  } catch (err) {
    if (!knownFailures.has(t.input)) failures.push(`${name}: ${err.message}`);
  }
}

assert.ok(count > 800, `only ${count} cases read`);
if (failures.length > 0) {
  assert.fail(`${failures.length} of ${count} cases failed:\n${failures.slice(0, 40).join('\n')}`);
}
