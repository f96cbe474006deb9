'use strict';
// Runs every case of the Web Platform Tests' url/resources/setters_tests.json (kept in
// test/fixtures/wpt/url/, see the README there): set one attribute, check every attribute.
const assert = require('assert');
const path = require('path');

const data = require(path.join(__dirname, '..', '..', 'fixtures', 'wpt', 'url', 'resources',
                               'setters_tests.json'));
const failures = [];
let count = 0;
for (const [attribute, cases] of Object.entries(data)) {
  if (attribute === 'comment') continue;
  for (const t of cases) {
    count++;
    try {
      const url = new URL(t.href);
      url[attribute] = t.new_value;
      for (const [key, value] of Object.entries(t.expected)) {
        assert.strictEqual(url[key], value, key);
      }
    } catch (err) {
      failures.push(`${attribute} = ${JSON.stringify(t.new_value)} on ${t.href}: ${err.message}`);
    }
  }
}
assert.ok(count > 250, `only ${count} cases read`);
if (failures.length > 0) {
  assert.fail(`${failures.length} of ${count} cases failed:\n${failures.slice(0, 40).join('\n')}`);
}
