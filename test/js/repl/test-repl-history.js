'use strict';
// repl.setupHistory: entries are read from the file (newest first) and each new line is written
// back; '' turns persistence off.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-repl-history-'));
const file = path.join(dir, 'history');
fs.writeFileSync(file, 'old2\nold1');

async function until(predicate) {
  for (let i = 0; i < 100 && !predicate(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.ok(predicate(), 'the history file was not written');
}

function start() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const server = repl.start({ input, output, terminal: true, useColors: false });
  return { input, server };
}

(async () => {
  {
    const { input, server } = start();
    const ready = await new Promise((resolve, reject) => {
      server.setupHistory(file, (err, r) => (err ? reject(err) : resolve(r)));
    });
    assert.strictEqual(ready, server);
    assert.deepStrictEqual(server.history, ['old2', 'old1']);
    input.write('1 + 1\r');
    input.write('"x"\r');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(server.history, ['"x"', '1 + 1', 'old2', 'old1']);
    // Node writes a moment later; tide at once.
    await until(() => fs.readFileSync(file, 'utf8') === '"x"\n1 + 1\nold2\nold1');
    server.close();
  }
  {
    // A new file is private to its owner.
    const { input, server } = start();
    const fresh = path.join(dir, 'fresh');
    await new Promise((resolve) => server.setupHistory(fresh, resolve));
    input.write('3 + 3\r');
    await until(() => fs.existsSync(fresh) && fs.readFileSync(fresh, 'utf8') === '3 + 3');
    assert.strictEqual(fs.statSync(fresh).mode & 0o777, 0o600);
    server.close();
  }
  {
    // '' keeps history in memory only.
    const { input, server } = start();
    await new Promise((resolve) => server.setupHistory('', resolve));
    input.write('2 + 2\r');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(server.history, ['2 + 2']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '"x"\n1 + 1\nold2\nold1');
    server.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
})().then(() => process.exit(0), (err) => {
  console.error(err);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
