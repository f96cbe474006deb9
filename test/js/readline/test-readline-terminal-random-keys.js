'use strict';
// Seeded random key sessions on a fake terminal (test/fixtures/readline/random-editing.js): every
// key's output bytes, the line and cursor after it, and the line/history/close events must equal
// node v20's records. The seeds are those where node v20 and v24 agree: in the others a paste
// lands mid-line, which node v20 appends at the end and Node 24 (and tide) insert at the cursor
// (test-readline-paste-at-cursor.js).
const assert = require('assert');
const path = require('path');
const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'readline');
const { session } = require(path.join(fixtures, 'random-editing'));
const expected = require(path.join(fixtures, 'random-editing-expected.json'));

(async () => {
  for (const [seed, want] of Object.entries(expected)) {
    const actual = await session(Number(seed));
    for (let i = 0; i < Math.max(actual.length, want.length); i++) {
      assert.deepStrictEqual(actual[i], want[i], `seed ${seed}, step ${i}`);
    }
  }
})().then(() => console.log('ok'));
