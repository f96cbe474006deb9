'use strict';
// Terminal signals: ctrl-c emits 'SIGINT' when someone listens, else closes; ctrl-z emits
// 'SIGTSTP' when someone listens, else leaves raw mode and stops the process with SIGTSTP (here
// process.kill is replaced so the test is not stopped), and on SIGCONT the interface pauses,
// emits 'SIGCONT', goes back to raw mode and redraws the line. A 'history' listener may drop the
// new entry (a password, say) from the history.
const assert = require('assert');
const readline = require('readline');
const EventEmitter = require('events');
const { PassThrough } = require('stream');

function setup() {
  const input = new PassThrough();
  const raw = [];
  input.setRawMode = (mode) => {
    raw.push(mode);
    input.isRaw = mode;
  };
  const output = new EventEmitter();
  output.isTTY = true;
  output.columns = 80;
  output.written = '';
  output.write = (data) => {
    output.written += data;
    return true;
  };
  const rl = readline.createInterface({ input, output, prompt: '> ' });
  return { input, output, rl, raw };
}

const tick = () => new Promise(setImmediate);

(async () => {
  {
    const { input, rl, raw } = setup();
    assert.deepStrictEqual(raw, [true]);
    let sigint = 0;
    rl.on('SIGINT', () => sigint++);
    input.write('\x03');
    await tick();
    assert.strictEqual(sigint, 1);
    assert.notStrictEqual(rl.closed, true);
    rl.removeAllListeners('SIGINT');
    input.write('\x03');
    await tick();
    assert.strictEqual(rl.closed, true);
    assert.deepStrictEqual(raw, [true, false]);
  }

  {
    const { input, rl } = setup();
    let tstp = 0;
    rl.on('SIGTSTP', () => tstp++);
    input.write('\x1a');
    await tick();
    assert.strictEqual(tstp, 1);
    rl.close();
  }

  {
    const { input, output, rl, raw } = setup();
    const kill = process.kill;
    const killed = [];
    process.kill = (pid, signal) => killed.push([pid, signal]);
    try {
      input.write('ab');
      input.write('\x1a');
      await tick();
      assert.deepStrictEqual(killed, [[process.pid, 'SIGTSTP']]);
      assert.deepStrictEqual(raw, [true, false]);
      const events = [];
      rl.on('pause', () => events.push('pause'));
      rl.on('SIGCONT', () => events.push('SIGCONT'));
      output.written = '';
      process.emit('SIGCONT');
      assert.deepStrictEqual(events, ['pause', 'SIGCONT']);
      assert.deepStrictEqual(raw, [true, false, true]);
      assert.strictEqual(output.written, '\x1b[1G\x1b[0J> ab\x1b[5G');
      assert.strictEqual(process.listenerCount('SIGCONT'), 0);
    } finally {
      process.kill = kill;
    }
    rl.close();
  }

  {
    // The history listener can drop the new entry.
    const { input, rl } = setup();
    const lines = [];
    rl.on('history', (history) => {
      if (history[0].startsWith('password')) history.shift();
    });
    rl.on('line', (l) => lines.push(l));
    for (const ch of 'ls\rpassword 1234\r') input.write(ch);
    await tick();
    assert.deepStrictEqual(rl.history, ['ls']);
    // The line itself is still delivered.
    assert.deepStrictEqual(lines, ['ls', 'password 1234']);
    rl.close();
  }
})().then(() => console.log('ok'));
