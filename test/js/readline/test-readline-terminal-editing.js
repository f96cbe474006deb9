'use strict';
// Terminal mode on a (fake) TTY: typing, cursor keys, emacs bindings, kill ring, undo/redo,
// history with prefix search, wrapping at the terminal's width, wide characters, tabs, ctrl-c /
// ctrl-d, rl.write() with keys, resize, pastes, questions and tab completion (legacy callback,
// sync, and readline/promises' async completers). Every key's output bytes, the line and cursor
// after it and the events it caused are compared with what node v20 recorded for the same
// scenario (test/fixtures/readline/terminal-expected.json).
const assert = require('assert');
const path = require('path');
const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'readline');
const { run } = require(path.join(fixtures, 'terminal-scenarios'));
const { scenarios, promiseScenarios } = require(path.join(fixtures, 'editing-scenarios'));
const expected = require(path.join(fixtures, 'terminal-expected.json'));

(async () => {
  const all = [
    ...Object.entries(scenarios),
    ...Object.entries(promiseScenarios)
      .map(([name, s]) => [`promises: ${name}`, { ...s, promises: true }]),
  ];
  assert.strictEqual(all.length, Object.keys(expected).length);
  for (const [name, scenario] of all) {
    const actual = JSON.parse(JSON.stringify(await run(scenario)));
    const want = expected[name];
    for (let i = 0; i < Math.max(actual.length, want.length); i++) {
      const where = `${name}, step ${i} (${JSON.stringify(want[i]?.[0])})`;
      assert.deepStrictEqual(actual[i], want[i], where);
    }
  }
})().then(() => console.log('ok'));
