'use strict';
// --disable-warning, --zero-fill-buffers, --no-experimental-fetch,
// --no-experimental-global-webcrypto, --no-addons, --no-global-search-paths and the experimental
// switches of features that are on anyway.

const assert = require('assert');
const { spawnSync } = require('child_process');

const env = { ...process.env };
delete env.NODE_OPTIONS;
function run(args) {
  return spawnSync(process.execPath, args, { env, encoding: 'utf8' });
}

// --disable-warning=code-or-type: the default printer skips it; listeners still see it.
{
  const code = 'process.on("warning", (w) => console.log("listener", w.name)); ' +
    'process.emitWarning("one", "FooWarning", "FOO1"); ' +
    'process.emitWarning("two", "BarWarning", "BAR1"); new Buffer(1);';
  const r = run(['--disable-warning=FOO1', '--disable-warning', 'DeprecationWarning', '-e', code]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'listener FooWarning\nlistener BarWarning\nlistener DeprecationWarning\n');
  assert.doesNotMatch(r.stderr, /FOO1|DEP0005/);
  assert.match(r.stderr, /\[BAR1\] BarWarning: two/);
  const r2 = run(['--disable-warning=BarWarning', '--disable-warning=DEP0005', '-e', code]);
  assert.match(r2.stderr, /\[FOO1\] FooWarning: one/);
  assert.doesNotMatch(r2.stderr, /BAR1|DEP0005/);
  const r3 = run(['--disable-warning']);
  assert.strictEqual(r3.status, 9);
  assert.match(r3.stderr, /^\S+: --disable-warning requires an argument\n$/);
}
// --zero-fill-buffers: allocUnsafe and allocUnsafeSlow give zeroed memory, pooled or not.
{
  const code = 'for (let i = 0; i < 200; i++) { const b = Buffer.allocUnsafe(100); b.fill(7); } ' +
    'const all = [Buffer.allocUnsafe(10), Buffer.allocUnsafe(5000), Buffer.allocUnsafe(100000), ' +
    'Buffer.allocUnsafeSlow(10), Buffer.allocUnsafeSlow(100000)]; ' +
    'console.log(all.every((b) => b.every((x) => x === 0)))';
  assert.strictEqual(run(['--zero-fill-buffers', '-e', code]).stdout, 'true\n');
}
// --no-experimental-fetch: no fetch globals. --no-experimental-global-webcrypto: no Web Crypto
// classes on the global.
{
  const r = run(['--no-experimental-fetch', '-p',
                 '[typeof fetch, typeof Request, typeof Response, typeof Headers, typeof FormData]']);
  assert.strictEqual(r.stdout, "[ 'undefined', 'undefined', 'undefined', 'undefined', 'undefined' ]\n");
  const r2 = run(['--no-experimental-global-webcrypto', '-e',
                  'console.log(typeof Crypto, typeof CryptoKey, typeof SubtleCrypto)']);
  assert.strictEqual(r2.stdout, 'undefined undefined undefined\n');
  const r3 = run(['--no-experimental-global-customevent', '-p', 'typeof CustomEvent']);
  assert.strictEqual(r3.stdout, 'undefined\n');
  // --no-experimental-global-navigator: no navigator; --experimental-global-navigator: accepted
  // (on anyway). The switch off for WebSocket, which tide does not have, is accepted. (Node 22's
  // options: node v20 has neither navigator switch.)
  if (Number(process.versions.node.split('.')[0]) >= 22) {
    const r4 = run(['--no-experimental-websocket', '--no-experimental-global-navigator', '-p',
                    'typeof WebSocket + typeof navigator']);
    assert.strictEqual(r4.stdout, 'undefinedundefined\n');
    const r5 = run(['--experimental-global-navigator', '-p', 'typeof navigator']);
    assert.strictEqual(r5.stdout, 'object\n');
  }
}
// --no-addons: loading a .node file fails with ERR_DLOPEN_DISABLED.
{
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const addon = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-addons-')), 'x.node');
  fs.writeFileSync(addon, 'not an addon');
  const r = run(['--no-addons', '-e',
                 `try { require(${JSON.stringify(addon)}) } catch (e) { console.log(e.code, e.message) }`]);
  assert.strictEqual(r.stdout,
                     'ERR_DLOPEN_DISABLED Cannot load native addon because loading addons is disabled.\n');
  fs.rmSync(path.dirname(addon), { recursive: true });
}
// --no-global-search-paths: no $HOME/.node_modules and friends.
{
  const r = run(['--no-global-search-paths', '-p', 'JSON.stringify(require("module").globalPaths)']);
  assert.strictEqual(r.stdout, '[]\n');
}
// Experimental switches for features on by default: accepted, the feature is there.
{
  const r = run(['--experimental-require-module', '--experimental-detect-module',
                 '--experimental-global-webcrypto', '--experimental-fetch', '-p',
                 'typeof fetch + " " + typeof crypto.subtle']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'function object\n');
}
