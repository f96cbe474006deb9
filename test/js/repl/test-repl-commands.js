'use strict';
// The dot commands (.break .clear .help .save .load .exit), defineCommand, 'reset' and 'exit'.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startRepl, waitFor } = require('../../fixtures/repl/harness');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-repl-'));

(async () => {
  const state = startRepl();
  const { server } = state;
  const resets = [];
  server.on('reset', (context) => resets.push(context));
  let exited = 0;
  server.on('exit', () => exited++);

  server.defineCommand('sayhello', {
    help: 'Say hello',
    action(name) {
      this.clearBufferedCommand();
      this.output.write(`Hello, ${name}!\n`);
      this.displayPrompt();
    },
  });
  server.defineCommand('bare', function() {
    this.output.write('bare called\n');
    this.displayPrompt();
  });
  assert.throws(() => server.defineCommand('bad', {}), { code: 'ERR_INVALID_ARG_TYPE' });

  await waitFor(state, (t) => t.endsWith('> '));
  async function send(line) {
    state.text = '';
    state.input.write(`${line}\n`);
    await waitFor(state, (t) => t.endsWith('> ') || t.endsWith('... '));
    return state.text;
  }

  assert.strictEqual(await send('.sayhello tide'), 'Hello, tide!\n> ');
  assert.strictEqual(await send('.bare'), 'bare called\n> ');
  assert.strictEqual(await send('.nosuchcommand'), 'Invalid REPL keyword\n> ');
  // A number is not a command.
  assert.strictEqual(await send('.5 + 1'), '1.5\n> ');

  // .break leaves a multi-line input.
  assert.strictEqual(await send('function f() {'), '... ');
  assert.strictEqual(await send('.break'), '> ');
  assert.strictEqual(await send('1'), '1\n> ');

  assert.strictEqual(await send('.help'), [
    '.bare',
    '.break      Sometimes you get stuck, this gets you out',
    '.clear      Break, and also clear the local context',
    '.exit       Exit the REPL',
    '.help       Print this help message',
    '.load       Load JS from a file into the REPL session',
    '.save       Save all evaluated commands in this REPL session to a file',
    '.sayhello   Say hello',
    '',
    'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL',
    '> ',
  ].join('\n'));

  // .save writes the lines evaluated so far, .clear empties the context, .load brings it back.
  assert.strictEqual(await send('.clear'), 'Clearing context...\n> ');
  assert.strictEqual(resets.length, 1);
  assert.strictEqual(resets[0], server.context);
  assert.strictEqual(await send('var answer = 42'), 'undefined\n> ');
  assert.strictEqual(await send('function twice(x) {'), '... ');
  assert.strictEqual(await send('  return x * 2; }'), 'undefined\n> ');
  const file = path.join(dir, 'session.js');
  assert.strictEqual(await send(`.save ${file}`), `Session saved to: ${file}\n> `);
  assert.strictEqual(fs.readFileSync(file, 'utf8'),
                     'var answer = 42\nfunction twice(x) {\n  return x * 2; }');
  assert.strictEqual(await send(`.save ${path.join(dir, 'missing', 'x.js')}`),
                     `Failed to save: ${path.join(dir, 'missing', 'x.js')}\n> `);
  assert.strictEqual(await send('.clear'), 'Clearing context...\n> ');
  assert.strictEqual(await send('typeof answer'), "'undefined'\n> ");
  await send(`.load ${file}`);
  assert.strictEqual(await send('twice(answer)'), '84\n> ');
  assert.strictEqual(await send(`.load ${dir}`), `Failed to load: ${dir} is not a valid file\n> `);
  assert.strictEqual(await send(`.load ${path.join(dir, 'nope.js')}`),
                     `Failed to load: ${path.join(dir, 'nope.js')}\n> `);

  // The context has the main context's globals; `global` is the context.
  assert.strictEqual(await send('typeof global.setTimeout'), "'function'\n> ");
  assert.strictEqual(await send('global === globalThis'), 'true\n> ');
  assert.strictEqual(server.context.global, server.context);
  assert.strictEqual(await send('typeof process.version'), "'string'\n> ");
  server.context.fromOutside = 'yes';
  assert.strictEqual(await send('fromOutside'), "'yes'\n> ");

  state.input.write('.exit\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(exited, 1);
  assert.strictEqual(server.closed, true);
  fs.rmSync(dir, { recursive: true, force: true });
})().then(() => process.exit(0), (err) => {
  console.error(err);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
