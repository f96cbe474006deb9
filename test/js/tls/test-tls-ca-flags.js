'use strict';
// The CA-store switches: tide's default store is OpenSSL's, the system's, so --use-openssl-ca and
// --use-system-ca are accepted (from NODE_OPTIONS too) and change nothing; tide has no bundled
// Mozilla list, so --use-bundled-ca is refused (exit 9), where node uses its bundle.
// tide-specific (node accepts --use-bundled-ca).
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = "console.log(Array.isArray(require('tls').getCACertificates()))";
for (const flag of ['--use-openssl-ca', '--use-system-ca']) {
  let r = spawnSync(process.execPath, [flag, '-e', script], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'true\n');
  r = spawnSync(process.execPath, ['-e', script],
                { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: flag } });
  assert.strictEqual(r.status, 0, r.stderr);
}
const r = spawnSync(process.execPath, ['--use-bundled-ca', '-e', '0'], { encoding: 'utf8' });
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, 'tide: --use-bundled-ca is not supported by tide\n');
