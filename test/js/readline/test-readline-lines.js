'use strict';
// Without a terminal, input is split into 'line' events at \n, \r\n, \r (a \r\n split across
// chunks is one ending within crlfDelay), but not at U+2028/U+2029 (Node 22; Node 24 splits
// there too, so this file fails under node v24); a line can span chunks and
// multi-byte characters can be cut between them; the unterminated rest is the last line when the
// input ends, and then the interface closes.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function collect(options, feed) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', () => resolve({ lines, rl }));
    feed(input, rl);
  });
}

(async () => {
  let r = await collect({}, (input) => input.end('a\nb\r\nc\rd\u2028e\u2029f\n'));
  assert.deepStrictEqual(r.lines, ['a', 'b', 'c', 'd\u2028e\u2029f']);
  assert.strictEqual(r.rl.terminal, false);
  assert.strictEqual(r.rl.closed, true);

  // Empty lines are lines; a trailing newline does not add one.
  r = await collect({}, (input) => input.end('\n\nx\n\n'));
  assert.deepStrictEqual(r.lines, ['', '', 'x', '']);

  // The rest without a newline is emitted at the end of input.
  r = await collect({}, (input) => input.end('one\ntwo'));
  assert.deepStrictEqual(r.lines, ['one', 'two']);

  // Nothing at all: just 'close'.
  r = await collect({}, (input) => input.end());
  assert.deepStrictEqual(r.lines, []);

  // A line over several chunks.
  r = await collect({}, (input) => {
    input.write('hel');
    input.write('lo wo');
    input.write('rld\nnext');
    input.end(' one\n');
  });
  assert.deepStrictEqual(r.lines, ['hello world', 'next one']);

  // UTF-8 characters cut between chunks.
  r = await collect({}, (input) => {
    const bytes = Buffer.from('h\u00e9\u20ac\u{1f600}\n');
    for (let i = 0; i < bytes.length; i++) input.write(bytes.subarray(i, i + 1));
    input.end();
  });
  assert.deepStrictEqual(r.lines, ['h\u00e9\u20ac\u{1f600}']);

  // \r at the end of a chunk, \n at the start of the next: one line ending (crlfDelay).
  r = await collect({}, (input) => {
    input.write('a\r');
    input.write('\nb\r');
    input.end('\n');
  });
  assert.deepStrictEqual(r.lines, ['a', 'b']);

  // ... unless the \n comes later than crlfDelay: then it ends an empty line.
  r = await collect({ crlfDelay: 100 }, (input) => {
    input.write('a\r');
    setTimeout(() => input.end('\nb\n'), 250);
  });
  assert.deepStrictEqual(r.lines, ['a', '', 'b']);

  // crlfDelay below 100 is raised to 100; Infinity is kept.
  r = await collect({ crlfDelay: 5 }, (input) => input.end());
  assert.strictEqual(r.rl.crlfDelay, 100);
  r = await collect({ crlfDelay: Infinity }, (input) => input.end());
  assert.strictEqual(r.rl.crlfDelay, Infinity);
  r = await collect({ crlfDelay: Infinity }, (input) => {
    input.write('x\r');
    setTimeout(() => input.end('\ny\n'), 150);
  });
  assert.deepStrictEqual(r.lines, ['x', 'y']);

  // rl.write() feeds the same splitter; 'pause'/'resume' events follow the input.
  r = await collect({}, (input, rl) => {
    const events = [];
    rl.on('pause', () => events.push('pause'));
    rl.on('resume', () => events.push('resume'));
    rl.write('w1\nw2');
    rl.pause();
    assert.strictEqual(input.isPaused(), true);
    rl.pause();
    rl.resume();
    rl.write('\n');
    rl.on('close', () => assert.deepStrictEqual(events, ['pause', 'resume', 'pause']));
    rl.close();
  });
  assert.deepStrictEqual(r.lines, ['w1', 'w2']);
  // Node 22.12 (like 20) does not guard write()/pause()/resume() after close (Node 24 throws
  // ERR_USE_AFTER_CLOSE there); question() is guarded (test-readline-question.js).

  // After close the input's listeners are gone.
  const input = new PassThrough();
  const rl = readline.createInterface(input);
  assert.strictEqual(input.listenerCount('data'), 1);
  let closes = 0;
  rl.on('close', () => closes++);
  rl.close();
  rl.close();
  assert.strictEqual(closes, 1);
  assert.strictEqual(input.listenerCount('data'), 0);
  assert.strictEqual(input.listenerCount('end'), 0);
  assert.strictEqual(input.listenerCount('error'), 0);

  // Errors of the input are re-emitted.
  const errInput = new PassThrough();
  const errRl = readline.createInterface({ input: errInput });
  const seen = [];
  errRl.on('error', (err) => seen.push(err.message));
  errInput.emit('error', new Error('input failed'));
  assert.deepStrictEqual(seen, ['input failed']);

  // An output gets the prompt; a non-TTY output means no terminal mode.
  const output = new PassThrough();
  const promptRl = readline.createInterface({ input: new PassThrough(), output, prompt: '$ ' });
  assert.strictEqual(promptRl.terminal, false);
  assert.strictEqual(promptRl.getPrompt(), '$ ');
  promptRl.prompt();
  promptRl.setPrompt('# ');
  promptRl.prompt();
  assert.strictEqual(output.read().toString(), '$ # ');
  promptRl.close();
})().then(() => console.log('ok'));
