'use strict';
// process.exit() and uncaught errors while fs, dns, crypto and zlib work is still on libuv's pool:
// the process ends with its exit code at once (as Node: it does not wait), and never crashes on
// the work's completion.
const assert = require('assert');
const { spawnSync } = require('child_process');

const startWork = `
  const fs = require('fs'), dns = require('dns'), crypto = require('crypto'), zlib = require('zlib');
  for (let i = 0; i < 16; i++) {
    fs.stat('/', () => {});
    fs.promises.readFile(__filename).catch(() => {});
    dns.lookup('localhost', () => {});
    crypto.pbkdf2('a', 'b', 200000, 16, 'sha256', () => {});
    zlib.gzip(Buffer.alloc(1 << 20), () => {});
  }
`;
const cases = [
  [`${startWork} throw new Error('boom');`, 1, /Error: boom/],
  [`${startWork} process.exit(3);`, 3, /^$/],
  [`${startWork} setTimeout(() => process.exit(4), 1);`, 4, /^$/],
  [`${startWork} process.exitCode = 5; setImmediate(() => { throw new Error('late'); });`, 1, /late/],
];
for (const [code, status, stderr] of cases) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(child.signal, null, `${code}: killed by ${child.signal}\n${child.stderr}`);
  assert.strictEqual(child.status, status, child.stderr);
  assert.match(child.stderr, stderr);
}
