'use strict';
// createInterface's options: validation errors with Node's codes and messages, the defaults,
// the positional (input, output, completer, terminal) form, and `signal` closing the interface.
// (Node 24 moved history into a ReplHistory object whose errors name the option "size", so this
// file fails under node v24; node v20 and Node 22 say "historySize".)
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = () => new PassThrough();

assert.throws(() => readline.createInterface({ input: input(), completer: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'completer' is invalid. Received 1",
});
assert.throws(() => readline.createInterface(input(), null, 'nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'completer' is invalid. Received 'nope'",
});
assert.throws(() => readline.createInterface({ input: input(), history: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "history" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => readline.createInterface({ input: input(), historySize: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "historySize" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => readline.createInterface({ input: input(), historySize: NaN }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "historySize" is out of range. It must be >= 0. Received NaN',
});
assert.throws(() => readline.createInterface({ input: input(), historySize: '5' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => readline.createInterface({ input: input(), tabSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => readline.createInterface({ input: input(), tabSize: '4' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "tabSize" argument must be of type number. Received type string (\'4\')',
});
assert.throws(() => readline.createInterface({ input: input(), escapeCodeTimeout: NaN }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'input.escapeCodeTimeout' is invalid. Received 500",
});
assert.throws(() => readline.createInterface({ input: input(), escapeCodeTimeout: Infinity }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => readline.createInterface({ input: input(), signal: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
    "Received type string ('x')",
});
for (const api of [readline, readline.promises]) {
  assert.throws(() => api.createInterface({ input: input(), completer: {} }),
                { code: 'ERR_INVALID_ARG_VALUE' });
}

// Defaults.
{
  const rl = readline.createInterface({ input: input() });
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.strictEqual(rl.crlfDelay, 100);
  assert.strictEqual(rl.escapeCodeTimeout, 500);
  assert.strictEqual(rl.tabSize, 8);
  assert.deepStrictEqual(rl.history, []);
  assert.strictEqual(rl.historySize, 30);
  assert.strictEqual(rl.removeHistoryDuplicates, false);
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.cursor, undefined);
  assert.strictEqual(rl.output, undefined);
  assert.strictEqual(rl.columns, Infinity);
  assert.strictEqual(rl.completer, undefined);
  rl.close();
}

// Positional form; a terminal interface starts with its cursor at 0.
{
  const inp = input();
  const out = new PassThrough();
  out.columns = 77;
  const completer = (line) => [[], line];
  const rl = readline.createInterface(inp, out, completer, true);
  assert.strictEqual(rl.input, inp);
  assert.strictEqual(rl.output, out);
  assert.strictEqual(rl.terminal, true);
  assert.strictEqual(rl.cursor, 0);
  assert.strictEqual(rl.historyIndex, -1);
  assert.strictEqual(rl.columns, 77);
  assert.strictEqual(typeof rl.completer, 'function');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 2 });
  rl.close();
}

// `terminal` follows output.isTTY unless given.
{
  const out = new PassThrough();
  out.isTTY = true;
  const rl = readline.createInterface({ input: input(), output: out });
  assert.strictEqual(rl.terminal, true);
  rl.close();
  const rl2 = readline.createInterface({ input: input(), output: out, terminal: false });
  assert.strictEqual(rl2.terminal, false);
  rl2.close();
}

// Option values are kept.
{
  const history = ['b', 'a'];
  const rl = readline.createInterface({
    input: input(), history, historySize: 5, removeHistoryDuplicates: 1, prompt: '% ',
    crlfDelay: 250, escapeCodeTimeout: 20, tabSize: 2,
  });
  assert.strictEqual(rl.history, history);
  assert.strictEqual(rl.historySize, 5);
  assert.strictEqual(rl.removeHistoryDuplicates, true);
  assert.strictEqual(rl.getPrompt(), '% ');
  assert.strictEqual(rl.crlfDelay, 250);
  assert.strictEqual(rl.escapeCodeTimeout, 20);
  assert.strictEqual(rl.tabSize, 2);
  rl.close();
}

// An AbortSignal closes the interface: when it aborts, or on the next tick if it already has.
{
  const ac = new AbortController();
  const rl = readline.createInterface({ input: input(), signal: ac.signal });
  let closed = 0;
  rl.on('close', () => closed++);
  ac.abort();
  assert.strictEqual(closed, 1);
  assert.strictEqual(rl.closed, true);

  const early = readline.createInterface({ input: input(), signal: AbortSignal.abort() });
  assert.notStrictEqual(early.closed, true);
  let earlyClosed = false;
  early.on('close', () => { earlyClosed = true; });
  process.nextTick(() => assert.strictEqual(earlyClosed, true));

  // Once closed, the signal no longer holds a listener for it.
  const ac2 = new AbortController();
  const rl2 = readline.createInterface({ input: input(), signal: ac2.signal });
  rl2.close();
  let late = 0;
  rl2.on('close', () => late++);
  ac2.abort();
  assert.strictEqual(late, 0);
}
console.log('ok');
