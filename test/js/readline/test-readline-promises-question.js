'use strict';
// readline/promises: question() returns a promise of the answer; an AbortSignal rejects it with
// an AbortError (cause = the signal's reason) and withdraws the question; ctrl-c / ctrl-d in
// terminal mode close the interface and reject a waiting question; asking after close rejects
// with ERR_USE_AFTER_CLOSE.
const assert = require('assert');
const readlinePromises = require('readline/promises');
const readline = require('readline');
const { PassThrough } = require('stream');

assert.strictEqual(readline.promises, readlinePromises);
assert.strictEqual(require('node:readline/promises'), readlinePromises);
assert.deepStrictEqual(Object.keys(readlinePromises).sort(),
                       ['Interface', 'Readline', 'createInterface']);

(async () => {
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readlinePromises.createInterface({ input, output });
    assert.ok(rl instanceof readlinePromises.Interface);
    assert.ok(!(rl instanceof readline.Interface));
    const p = rl.question('Color? ');
    assert.strictEqual(output.read().toString(), 'Color? ');
    input.write('blue\n');
    assert.strictEqual(await p, 'blue');

    const ac = new AbortController();
    const pending = rl.question('Again? ', { signal: ac.signal });
    ac.abort(new Error('changed my mind'));
    await assert.rejects(pending, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause.message, 'changed my mind');
      return true;
    });
    // The question was withdrawn: the next line is an ordinary 'line'.
    const line = new Promise((resolve) => rl.once('line', resolve));
    input.write('plain\n');
    assert.strictEqual(await line, 'plain');

    await assert.rejects(rl.question('x', { signal: AbortSignal.abort('r') }),
                         { name: 'AbortError', cause: 'r' });
    await assert.rejects(rl.question('x', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

    rl.close();
    await assert.rejects(rl.question('late? '), {
      code: 'ERR_USE_AFTER_CLOSE',
      message: 'readline was closed',
    });
  }

  for (const [sequence, message] of [['\x03', 'Aborted with Ctrl+C'],
                                     ['\x04', 'Aborted with Ctrl+D']]) {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = new readlinePromises.Interface({ input, output, terminal: true });
    const p = rl.question('Sure? ');
    let closed = false;
    rl.on('close', () => { closed = true; });
    input.write(sequence);
    await assert.rejects(p, { name: 'AbortError', message });
    assert.strictEqual(closed, true);
  }

  {
    // With a SIGINT listener ctrl-c is an event, and the question keeps waiting.
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readlinePromises.createInterface({ input, output, terminal: true });
    let sigint = 0;
    rl.on('SIGINT', () => sigint++);
    const p = rl.question('Q ');
    input.write('\x03');
    input.write('yes\r');
    assert.strictEqual(await p, 'yes');
    assert.strictEqual(sigint, 1);
    rl.close();
  }
})().then(() => console.log('ok'));
