'use strict';
// fs.watch (rename/change events with file names, recursive into new subdirectories, close,
// AbortSignal, ENOENT), fs.watchFile/unwatchFile (curr/prev Stats), fsPromises.watch.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

assert.throws(() => fs.watch(join('none')), {
  code: 'ENOENT', syscall: 'watch', filename: join('none'),
  message: `ENOENT: no such file or directory, watch '${join('none')}'`,
});
assert.throws(() => fs.watch(dir, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.watch(dir, { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.watchFile(join('x')), { code: 'ERR_INVALID_ARG_TYPE' });

const steps = [];
function step(fn) {
  steps.push(fn);
}
function next() {
  const fn = steps.shift();
  if (fn) fn();
}

step(() => {
  const w = fs.watch(dir, mustCall((eventType, filename) => {
    assert.strictEqual(eventType, 'rename');
    assert.strictEqual(filename, 'created');
    w.close();
  }));
  w.on('close', mustCall(next));
  setTimeout(() => fs.writeFileSync(join('created'), 'x'), 20);
});

step(() => {
  fs.mkdirSync(join('tree'));
  const w = fs.watch(join('tree'), { recursive: true });
  const seen = [];
  w.on('change', (eventType, filename) => {
    seen.push(filename);
    if (filename === path.join('later', 'inner.txt')) w.close();
  });
  w.on('close', mustCall(next));
  setTimeout(() => {
    fs.mkdirSync(join('tree', 'later'));
    setTimeout(() => fs.writeFileSync(join('tree', 'later', 'inner.txt'), 'x'), 50);
  }, 20);
});

step(() => {
  const ac = new AbortController();
  const w = fs.watch(dir, { signal: ac.signal });
  w.on('close', mustCall(next));
  ac.abort();
});

step(() => {
  const f = join('polled');
  fs.writeFileSync(f, '1');
  fs.watchFile(f, { interval: 20 }, mustCall((curr, prev) => {
    assert.ok(curr instanceof fs.Stats);
    assert.strictEqual(prev.size, 1);
    assert.strictEqual(curr.size, 3);
    fs.unwatchFile(f);
    next();
  }));
  setTimeout(() => fs.writeFileSync(f, '123'), 100);
});

step(async () => {
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(join('p-created'), 'x'), 20);
  await assert.rejects(async () => {
    for await (const event of fs.promises.watch(dir, { signal: ac.signal })) {
      assert.strictEqual(event.eventType, 'rename');
      assert.strictEqual(event.filename, 'p-created');
      ac.abort();
    }
  }, { name: 'AbortError' });
  next();
});

step(mustCall());
next();
