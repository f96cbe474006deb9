'use strict';
// node:domain against node v20's recorded output (test/fixtures/domain/*.expected, stdout only;
// stderr carries the fatal report, compared by its first lines): a domain follows its callbacks
// through timers, ticks, promises and immediates, takes uncaught exceptions while it listens for
// 'error' (err.domain, domainThrown), takes 'error' events of emitters made inside it or added to
// it (domainEmitter), bind() and intercept() (domainBound), nested domains, no domain left entered
// after an uncaught exception, and an 'error' handler that throws is fatal (exit 7).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.join(__dirname, '..', '..', 'fixtures', 'domain');
const expectedStatus = { 'propagation': 0, 'methods': 7, 'uncaught-outside': 0,
                         'nested-and-throwing-handler': 7 };
for (const [name, status] of Object.entries(expectedStatus)) {
  const r = spawnSync(process.execPath, [path.join(dir, `${name}.js`)], { encoding: 'utf8' });
  const expected = fs.readFileSync(path.join(dir, `${name}.expected`), 'utf8');
  assert.strictEqual(r.stdout, expected, `${name}: stdout`);
  assert.strictEqual(r.status, status, `${name}: status; stderr: ${r.stderr}`);
  if (status === 7) {
    assert.match(r.stderr, /^.*\n.*throw new Error\('from handler'\).*\n\s*\^\n\nError: from handler\n/);
  }
}
