'use strict';
// repl.start options: custom eval (with Recoverable), writer, ignoreUndefined, useGlobal,
// replMode, prompt as a string argument, and the errors for bad options.
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');
const { run } = require('../../fixtures/repl/harness');

(async () => {
  // A custom eval gets the code (with its newline), the context and a resource name; a
  // Recoverable error asks for more lines.
  const seen = [];
  {
    const { answers } = await run(['hello', 'more', 'lines', 'fail'], {
      eval(code, context, file, cb) {
        seen.push([code, typeof context, file]);
        if (code === 'more\n') return cb(new repl.Recoverable(new SyntaxError('more')));
        if (code === 'fail\n') return cb(new Error('custom failure'));
        cb(null, code.trim().toUpperCase());
      },
    });
    assert.deepStrictEqual(answers.slice(0, 3), ["'HELLO'\n> ", '... ', "'MORE\\nLINES'\n> "]);
    // The stack shows where the custom eval made the error (Node adds its own frames below).
    assert.match(answers[3], /^Uncaught Error: custom failure\n {4}at REPLServer\.eval \(/);
    assert.ok(answers[3].endsWith('\n> '));
    assert.strictEqual(seen[0][0], 'hello\n');
    assert.strictEqual(seen[0][1], 'object');
    assert.match(seen[0][2], /^REPL\d+$/);
    assert.strictEqual(seen[2][0], 'more\nlines\n');
  }

  // writer formats each result.
  {
    const { answers } = await run(['({ a: 1 })', '"x"'], {
      writer: (value) => `<<${JSON.stringify(value)}>>`,
    });
    assert.deepStrictEqual(answers, ['<<{"a":1}>>\n> ', '<<"x">>\n> ']);
  }

  // ignoreUndefined leaves undefined results unprinted.
  {
    const { answers } = await run(['var q = 1', 'q'], { ignoreUndefined: true });
    assert.deepStrictEqual(answers, ['> ', '1\n> ']);
  }

  // useGlobal evaluates in the main context.
  {
    globalThis.mainValue = 'main';
    const { answers, server } = await run(['mainValue', 'var leaked = 5'], { useGlobal: true });
    assert.deepStrictEqual(answers, ["'main'\n> ", 'undefined\n> ']);
    assert.strictEqual(server.context, globalThis);
    assert.strictEqual(globalThis.leaked, 5);
  }

  // Strict mode: code runs as strict code.
  {
    const line = '(function () { return typeof this; })()';
    const { answers } = await run([line], { replMode: repl.REPL_MODE_STRICT });
    assert.deepStrictEqual(answers, ["'undefined'\n> "]);
    const sloppy = await run([line], { replMode: repl.REPL_MODE_SLOPPY });
    assert.deepStrictEqual(sloppy.answers, ["'object'\n> "]);
    const undeclared = await run(['undeclared = 1'], { replMode: repl.REPL_MODE_STRICT });
    assert.deepStrictEqual(undeclared.answers,
                           ['Uncaught ReferenceError: undeclared is not defined\n> ']);
  }

  // Another prompt; the `...` continuation is the same.
  {
    const { answers } = await run(['[', '1]'], { prompt: 'tide> ' });
    assert.deepStrictEqual(answers, ['... ', '[ 1 ]\ntide> ']);
  }

  // _ assigned by the user stops following results.
  {
    const { answers } = await run(['_ = 10', '1 + 1', '_', '_error = 3', '_error'], {});
    assert.deepStrictEqual(answers, [
      'Expression assignment to _ now disabled.\n10\n> ', '2\n> ', '10\n> ',
      'Expression assignment to _error now disabled.\n3\n> ', '3\n> ',
    ]);
  }

  // repl.start(prompt-string, stream).
  {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (d) => { out += d; });
    const server = repl.start('$ ', stream);
    assert.strictEqual(server.getPrompt(), '$ ');
    assert.strictEqual(out, '$ ');
    server.close();
  }

  // Errors for bad options.
  const input = new PassThrough();
  const output = new PassThrough();
  assert.throws(() => repl.start({ input, output, eval: () => {}, breakEvalOnSigint: true }), {
    code: 'ERR_INVALID_REPL_EVAL_CONFIG',
    name: 'TypeError',
    message: 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL',
  });

  if (process.versions.tide) {
    // tide has no input preview and cannot interrupt a running evaluation.
    assert.throws(() => repl.start({ input, output, preview: true }), {
      code: 'ERR_NOT_IMPLEMENTED',
    });
    assert.throws(() => repl.start({ input, output, breakEvalOnSigint: true }), {
      code: 'ERR_NOT_IMPLEMENTED',
    });
  }

  // The module's surface.
  assert.strictEqual(typeof repl.REPLServer, 'function');
  assert.strictEqual(typeof repl.REPL_MODE_SLOPPY, 'symbol');
  assert.strictEqual(typeof repl.REPL_MODE_STRICT, 'symbol');
  assert.ok(repl.builtinModules.includes('fs'));
  assert.ok(repl.builtinModules.includes('fs/promises'));
  assert.ok(!repl.builtinModules.some((m) => m.startsWith('_')));
  assert.strictEqual(repl.writer({ a: [1] }), '{ a: [ 1 ] }');
  assert.ok(new repl.Recoverable(new SyntaxError('x')) instanceof SyntaxError);
})().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
