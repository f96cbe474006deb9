'use strict';
// node:readline's historical surface: Interface callable without `new`, the `_name` methods a
// program may override (rl._writeToOutput to mask a password is the classic), state reachable as
// `_prompt`/`_line_buffer`/…, TERM=dumb mode, ctrl-z with a SIGTSTP listener, and a terminal
// input's end submitting the line being typed.
const assert = require('assert');
const readline = require('readline');
const EventEmitter = require('events');
const { PassThrough } = require('stream');

function fakeTTY() {
  const out = new EventEmitter();
  out.isTTY = true;
  out.columns = 80;
  out.written = '';
  out.write = (data) => {
    out.written += data;
    return true;
  };
  return out;
}

(async () => {
  {
    const input = new PassThrough();
    const rl = readline.Interface(input);
    assert.ok(rl instanceof readline.Interface);
    assert.ok(rl instanceof EventEmitter);
    assert.strictEqual(readline.Interface.prototype.constructor, readline.Interface);
    assert.strictEqual(readline.Interface.length, 4);
    assert.strictEqual(typeof rl[Symbol.asyncIterator], 'function');
    for (const name of ['_onLine', '_writeToOutput', '_addHistory', '_refreshLine', '_normalWrite',
                        '_insertString', '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft',
                        '_deleteRight', '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft',
                        '_deleteLineRight', '_line', '_historyNext', '_historyPrev',
                        '_getDisplayPos', '_getCursorPos', '_moveCursor', '_ttyWrite',
                        '_setRawMode']) {
      assert.strictEqual(typeof readline.Interface.prototype[name], 'function', name);
    }
    assert.strictEqual(rl._prompt, '> ');
    rl._prompt = '>> ';
    assert.strictEqual(rl.getPrompt(), '>> ');
    input.write('partial');
    await new Promise(setImmediate);
    assert.strictEqual(rl._line_buffer, 'partial');
    // Overriding _onLine sees every line.
    const got = [];
    rl._onLine = (line) => got.push(line.toUpperCase());
    input.write(' line\n');
    await new Promise(setImmediate);
    assert.deepStrictEqual(got, ['PARTIAL LINE']);
    rl.close();
  }

  {
    // Password masking: every echo goes through _writeToOutput.
    const input = new PassThrough();
    const output = fakeTTY();
    const rl = readline.createInterface({ input, output, terminal: true });
    let masking = false;
    rl._writeToOutput = function(text) {
      output.write(masking && text !== '\r\n' ? '*'.repeat(text.length) : text);
    };
    let answer;
    rl.question('Password: ', (a) => { answer = a; });
    masking = true;
    for (const ch of 'secret\r') {
      input.write(ch);
      await new Promise(setImmediate);
    }
    assert.strictEqual(answer, 'secret');
    assert.ok(output.written.endsWith('******\r\n'), JSON.stringify(output.written));
    assert.ok(!output.written.includes('secret'));
    rl.close();
  }

  {
    // ctrl-z with a SIGTSTP listener is only an event.
    const input = new PassThrough();
    const rl = readline.createInterface({ input, output: fakeTTY(), terminal: true });
    let tstp = 0;
    rl.on('SIGTSTP', () => tstp++);
    input.write('\x1a');
    await new Promise(setImmediate);
    assert.strictEqual(tstp, 1);
    assert.notStrictEqual(rl.closed, true);

    // The end of a terminal input submits what was typed, then closes.
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    input.write('unfinished');
    input.end();
    await new Promise((resolve) => rl.on('close', resolve));
    assert.deepStrictEqual(lines, ['unfinished']);
  }

  {
    // TERM=dumb: no cursor movement; keys are echoed, enter submits, ctrl-u does nothing.
    const term = process.env.TERM;
    process.env.TERM = 'dumb';
    const input = new PassThrough();
    const output = fakeTTY();
    const rl = readline.createInterface({ input, output, terminal: true });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.prompt();
    rl.write('text');
    rl.write(null, { ctrl: true, name: 'u' });
    rl.write(null, { name: 'return' });
    rl.write('more');
    rl.write(null, { name: 'backspace' });
    rl.write(null, { name: 'escape' });
    rl.write(null, { name: 'enter' });
    rl.write('abc');
    let closed = false;
    rl.on('close', () => { closed = true; });
    rl.write(null, { ctrl: true, name: 'c' });
    if (term === undefined) delete process.env.TERM;
    else process.env.TERM = term;
    assert.deepStrictEqual(lines, ['text', 'more']);
    assert.strictEqual(output.written, '> text\r\nmore\r\nabc');
    assert.strictEqual(closed, true);
  }
})().then(() => console.log('ok'));
