'use strict';
// repl.start over streams: values, `_`/`_error`, errors, multi-line input, top-level await.
const assert = require('assert');
const { run } = require('../../fixtures/repl/harness');

(async () => {
  const { answers } = await run([
    '1 + 1',
    '_',
    "'a' + 'b'",
    'throw new Error("boom")',
    'throw "str"',
    '_error',
    'function f() {',
    'return 41 + 1 }',
    'f()',
    '{ a: 1 }',
    '{ let b = 2; }',
    '`abc',
    'def`',
    '"s\\',
    't"',
    'nosuch',
    'function g() { throw new TypeError("deep") }',
    'g()',
    'await Promise.resolve(5)',
    'const y = await Promise.resolve(7)',
    'y',
    'let z = await 1; z + 1',
    'await Promise.reject(new RangeError("rej"))',
    'foo bar',
    '/* open',
    'comment */ 3',
    'path.sep',
    'typeof fs.readFileSync',
    'fs = 5; fs',
    '[1, 2].map((x) => x * 2)',
    'undefined',
    'await "a;b"',
    'async function h() { return 9 }; await h()',
    'class K {}; await 1',
    'typeof K + typeof h',
    '',
    'throw null',
    'throw undefined',
    "require('./nonexistent-module')",
    'module.id',
  ]);
  let i = 0;
  const next = () => answers[i++];
  assert.strictEqual(next(), '2\n> ');
  assert.strictEqual(next(), '2\n> ');
  assert.strictEqual(next(), "'ab'\n> ");
  assert.strictEqual(next(), 'Uncaught Error: boom\n> ');
  assert.strictEqual(next(), "Uncaught 'str'\n> ");
  assert.strictEqual(next(), "'str'\n> ");
  assert.strictEqual(next(), '... ');
  assert.strictEqual(next(), 'undefined\n> ');
  assert.strictEqual(next(), '42\n> ');
  assert.strictEqual(next(), '{ a: 1 }\n> ');
  assert.strictEqual(next(), 'undefined\n> ');
  assert.strictEqual(next(), '... ');
  assert.strictEqual(next(), "'abc\\ndef'\n> ");
  assert.strictEqual(next(), '... ');
  assert.strictEqual(next(), "'st'\n> ");
  assert.strictEqual(next(), 'Uncaught ReferenceError: nosuch is not defined\n> ');
  assert.strictEqual(next(), 'undefined\n> ');
  assert.match(next(), /^Uncaught TypeError: deep\n {4}at g \(REPL\d+:1:22\)\n> $/);
  assert.strictEqual(next(), '5\n> ');
  assert.strictEqual(next(), 'undefined\n> ');
  assert.strictEqual(next(), '7\n> ');
  assert.strictEqual(next(), '2\n> ');
  // The frame of the async function that ran the line stays, as in Node (its column differs:
  // Node's rewrite of the line is not tide's).
  assert.match(next(), /^Uncaught RangeError: rej\n( {4}at REPL\d+:1:\d+\n)?> $/);
  // V8 10.2 names no token in this message (Node 22's V8 adds "'bar'").
  assert.match(next(),
               /^foo bar\n {4}\^\^\^\n\nUncaught SyntaxError: Unexpected identifier( 'bar')?\n> $/);
  assert.strictEqual(next(), '... ');
  assert.strictEqual(next(), '3\n> ');
  assert.strictEqual(next(), "'/'\n> ");
  assert.strictEqual(next(), "'function'\n> ");
  assert.strictEqual(next(), '5\n> ');
  assert.strictEqual(next(), '[ 2, 4 ]\n> ');
  assert.strictEqual(next(), 'undefined\n> ');
  assert.strictEqual(next(), "'a;b'\n> ");
  assert.strictEqual(next(), '9\n> ');
  assert.strictEqual(next(), '1\n> ');
  assert.strictEqual(next(), "'functionfunction'\n> ");
  assert.strictEqual(next(), '> ');
  assert.strictEqual(next(), 'Uncaught null\n> ');
  assert.strictEqual(next(), 'Uncaught undefined\n> ');
  assert.match(next(), /^Uncaught Error: Cannot find module '\.\/nonexistent-module'\nRequire stack:\n- <repl>\n/);
  assert.strictEqual(next(), "'<repl>'\n> ");
})().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
