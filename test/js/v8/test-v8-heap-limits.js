'use strict';
// The heap is sized from the machine's memory as Node sizes it (a quarter of physical memory, at
// most 4 GB of old space), not V8's fixed default of ~1.4 GB; --max-old-space-size still wins.
// tide caps the young generation's semi-spaces at 8 MB (node's V8 lets them reach 16 MB, which
// costs a busy server 16 MB of RSS); an explicit --max-semi-space-size wins over that.
const assert = require('assert');
const os = require('os');
const { spawnSync } = require('child_process');

function heapLimit(...flags) {
  const r = spawnSync(process.execPath,
                      [...flags, '-p', 'require("v8").getHeapStatistics().heap_size_limit'],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return Number(r.stdout);
}

const MB = 1024 * 1024;
const limit = heapLimit();
// A quarter of memory, capped at 4 GB, plus the young generation: never V8's 1.4 GB on a machine
// with 8 GB or more.
const expectedOld = Math.min(os.totalmem() / 4, 4096 * MB);
assert.ok(limit >= expectedOld * 0.9, `heap_size_limit ${limit} for ${os.totalmem()} bytes of RAM`);
assert.ok(limit <= expectedOld + 256 * MB, `heap_size_limit ${limit}`);

// The old-space flag sets the limit (old space + young generation).
const small = heapLimit('--max-old-space-size=100');
assert.ok(small >= 100 * MB && small < 200 * MB, `--max-old-space-size=100 gave ${small}`);

// A larger semi-space flag grows the limit by three semi-spaces' worth (V8 counts the young
// generation as three semi-spaces).
const bigYoung = heapLimit('--max-semi-space-size=32');
assert.ok(bigYoung > limit, `${bigYoung} vs ${limit}`);
if (process.versions.tide) {
  assert.strictEqual(heapLimit('--max-semi-space-size=8'), limit, 'the default semi-space cap is 8 MB');
}
