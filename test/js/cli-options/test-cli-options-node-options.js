'use strict';
// NODE_OPTIONS: space-separated options ("..." groups, with backslash escapes inside), applied
// before the command line's own (which win), absent from process.execArgv, inherited by child
// processes through the environment; what Node does not allow there exits 9 with Node's message.

const assert = require('assert');
const { spawnSync } = require('child_process');

function run(nodeOptions, args, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.NODE_OPTIONS;
  if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;
  return spawnSync(process.execPath, args, { env, encoding: 'utf8' });
}

const show = 'console.log(JSON.stringify([process.title, process.execArgv, typeof gc]))';

// Applied, and not in execArgv.
{
  const r = run('--title=from-env --expose-gc', ['-e', show]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), ['from-env', ['-e', show], 'function']);
}
// The command line wins over NODE_OPTIONS.
{
  const r = run('--title=from-env', ['--title=from-cli', '-e', show]);
  assert.strictEqual(JSON.parse(r.stdout)[0], 'from-cli');
}
// Quoting: a quoted part keeps its spaces; \" inside quotes is a quote.
{
  const r = run('"--title=a b"', ['-e', show]);
  assert.strictEqual(JSON.parse(r.stdout)[0], 'a b');
  const r2 = run('--title="say \\"hi\\""', ['-e', show]);
  assert.strictEqual(JSON.parse(r2.stdout)[0], 'say "hi"');
  // Extra spaces separate nothing.
  const r3 = run('   --title=x    --expose-gc  ', ['-e', show]);
  assert.deepStrictEqual(JSON.parse(r3.stdout).slice(0, 1).concat(JSON.parse(r3.stdout)[2]),
                         ['x', 'function']);
}
// V8 options Node allows there reach V8.
{
  const r = run('--stack-trace-limit=3 --max-old-space-size=200',
                ['-e', 'try { (function f() { f(); })(); } catch (e) { ' +
                 'console.log(e.stack.split("\\n").length) }']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout.trim(), '4');  // the message and 3 frames
}
// Refused: Node's message shape, exit 9.
for (const [value, name] of [['--eval 1', '--eval'], ['-e 1', '-e'], ['-p 1', '-p'],
                             ['--print=1', '--print='], ['-v', '-v'], ['--help', '--help'],
                             ['--expose-internals', '--expose-internals'],
                             ['--env-file=x', '--env-file='],
                             ['--no-such-option', '--no-such-option'],
                             ['--stack-size=100', '--stack-size=']]) {
  const r = run(value, ['-e', 'console.log("ran")']);
  assert.strictEqual(r.status, 9, value);
  assert.strictEqual(r.stdout, '', value);
  assert.match(r.stderr, new RegExp(`^\\S+: ${name} is not allowed in NODE_OPTIONS\\n$`), value);
}
{
  const r = run('"--title=x', ['-e', '1']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /^\S+: invalid value for NODE_OPTIONS \(unterminated string\)\n/);
  const r2 = run('--require', ['-e', '1']);
  assert.strictEqual(r2.status, 9);
  assert.match(r2.stderr, /^\S+: --require requires an argument\n$/);
}
// A child process inherits it through the environment.
{
  const child = 'const r = require("child_process").spawnSync(process.execPath, ["-p", ' +
    '"process.title"], { encoding: "utf8" }); process.stdout.write(r.stdout)';
  const r = run('--title=inherited', ['-e', child]);
  assert.strictEqual(r.stdout.trim(), 'inherited', r.stderr);
}
