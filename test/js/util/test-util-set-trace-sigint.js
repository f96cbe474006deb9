'use strict';
// --trace-sigint and util.setTraceSigInt(): SIGINT prints "KEYBOARD_INTERRUPT: …" and the running
// JavaScript stack (none when the loop is idle), then the process dies of the signal; switched
// off, SIGINT just ends it; a 'SIGINT' listener handles the signal instead; workers may not call it.
const assert = require('assert');
const { spawn } = require('child_process');
const { Worker } = require('worker_threads');
const util = require('util');

const kHeader = 'KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n';
const busy = 'function spinForever() { while (true) {} } console.log("ready"); spinForever();';
const idle = 'setTimeout(() => {}, 20000); console.log("ready");';

function interrupt(args, check) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (!stdout.includes('ready') && (stdout += chunk).includes('ready')) {
        setTimeout(() => child.kill('SIGINT'), 50);
      } else {
        stdout += chunk;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code, signal) => {
      check({ code, signal, stdout, stderr });
      resolve();
    });
  });
}

(async () => {
  await interrupt(['--trace-sigint', '-e', busy], ({ signal, stderr }) => {
    assert.strictEqual(signal, 'SIGINT');
    assert.ok(stderr.startsWith(`${kHeader}    at spinForever ([eval]:1:`), stderr);
    assert.ok(stderr.endsWith('\n\n'));
  });
  await interrupt(['--trace-sigint', '-e', idle], ({ signal, stderr }) => {
    assert.strictEqual(signal, 'SIGINT');
    assert.strictEqual(stderr, kHeader);
  });
  await interrupt(['-e', `require('util').setTraceSigInt(true); ${busy}`], ({ signal, stderr }) => {
    assert.strictEqual(signal, 'SIGINT');
    assert.match(stderr, /^KEYBOARD_INTERRUPT: .*\n {4}at spinForever/);
  });
  await interrupt(['-e', `const u = require('util'); u.setTraceSigInt(true); u.setTraceSigInt(false); ${idle}`],
                  ({ signal, stderr }) => {
                    assert.strictEqual(signal, 'SIGINT');
                    assert.strictEqual(stderr, '');
                  });
  for (const order of ['listener first', 'trace first']) {
    const listen = 'process.on("SIGINT", () => { console.log("listener"); process.exit(0); });';
    const trace = 'require("util").setTraceSigInt(true);';
    const code = order === 'listener first' ? `${listen} ${trace} ${idle}` : `${trace} ${listen} ${idle}`;
    await interrupt(['-e', code], ({ code: status, stdout, stderr }) => {
      assert.strictEqual(status, 0, stderr);
      assert.match(stdout, /listener/);
      assert.strictEqual(stderr, '');
    });
  }
  // Off by default: switching it off needs nothing.
  util.setTraceSigInt(false);
  const worker = new Worker('require("util").setTraceSigInt(true)', { eval: true });
  const [error] = await require('events').once(worker, 'error');
  assert.strictEqual(error.code, 'ERR_WORKER_UNSUPPORTED_OPERATION');
  assert.strictEqual(error.message, 'Calling util.setTraceSigInt is not supported in workers');
})().then(() => console.log('done'));
