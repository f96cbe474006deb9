'use strict';
// Regular expression literals with the `v` flag (ES2024 unicodeSets) in CommonJS files and ES
// modules: V8 10.2 rejects them, so tide's loaders translate each pattern to the `u` flag
// (lib/internal/modules/unicode_sets.js). Packages such as string-width (under yargs, chalk's
// friends) use them. The same file passes under node, which has the flag natively.
const assert = require('assert');
const path = require('path');
const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'unicode-sets');

function check(list) {
  for (const [re, yes, no] of list) {
    for (const s of yes) assert.ok(re.test(s), `${re} should match ${JSON.stringify(s)}`);
    for (const s of no) assert.ok(!re.test(s), `${re} should not match ${JSON.stringify(s)}`);
    re.lastIndex = 0;
  }
}

check(require(path.join(fixtures, 'patterns.js')));
import(path.join(fixtures, 'patterns.mjs')).then((ns) => {
  check(ns.default);
  assert.strictEqual(ns.notARegExp, 1);
  assert.ok(ns.default[1][0].global && ns.default[1][0].unicode || ns.default[1][0].unicodeSets);
  done = true;
});
let done = false;
process.on('exit', () => assert.ok(done));
