'use strict';
// A real CLI: mocha's own runner (bin/mocha.js → child process → lib/cli) runs a small spec under
// tide: describe/it, async tests, a failing assertion reported with its diff, the exit code.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-mocha-'));
fs.writeFileSync(path.join(dir, 'math.spec.js'), `
const assert = require('assert');
describe('math', () => {
  it('adds', () => assert.strictEqual(1 + 1, 2));
  it('waits', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
  it('fails', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
});
`);
const mocha = path.join(__dirname, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, '--reporter', 'spec', '--no-color', dir],
  { encoding: 'utf8', timeout: 50000 });
fs.rmSync(dir, { recursive: true });
assert.strictEqual(result.error, undefined);
assert.strictEqual(result.status, 1, result.stderr);  // one failing test
assert.match(result.stdout, /✔ adds/);
assert.match(result.stdout, /✔ waits/);
assert.match(result.stdout, /2 passing/);
assert.match(result.stdout, /1 failing/);
assert.match(result.stdout, /AssertionError \[ERR_ASSERTION\]: Expected values to be strictly deep-equal/);
console.log('ok');
