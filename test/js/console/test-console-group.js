'use strict';
// console.group / groupCollapsed / groupEnd indent every line of what follows, on stdout and
// stderr, by groupIndentation spaces per level (default 2). Expected strings recorded from Node v20.

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
function capture(options) {
  const out = { stdout: '', stderr: '' };
  const stream = (name) => ({
    write(chunk) { out[name] += chunk; return true; },
    once() {}, removeListener() {}, listenerCount() { return 0; },
  });
  out.console = new Console({ stdout: stream('stdout'), stderr: stream('stderr'), ...options });
  return out;
}

{
  const out = capture();
  const c = out.console;
  c.group('G1');
  c.log('in1\nline2');
  c.group();
  c.warn('in2');
  c.groupCollapsed('gc', 3);
  c.log({ a: { b: { c: {} } }, long: 'x'.repeat(80) });
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();  // one too many: no effect
  c.log('out');
  assert.strictEqual(out.stdout,
                     'G1\n' +
                     '  in1\n' +
                     '  line2\n' +
                     '    gc 3\n' +
                     '      {\n' +
                     '        a: { b: { c: {} } },\n' +
                     `        long: '${'x'.repeat(80)}'\n` +
                     '      }\n' +
                     'out\n');
  assert.strictEqual(out.stderr, '    in2\n');
}

// groupIndentation: 4, and a table inside a group.
{
  const out = capture({ groupIndentation: 4 });
  const c = out.console;
  c.group('x');
  c.log('y\nz');
  c.group();
  c.log('w');
  c.table([1]);
  c.groupEnd();
  c.error('e');
  assert.strictEqual(out.stdout,
                     'x\n' +
                     '    y\n' +
                     '    z\n' +
                     '        w\n' +
                     '        ┌─────────┬────────┐\n' +
                     '        │ (index) │ Values │\n' +
                     '        ├─────────┼────────┤\n' +
                     '        │ 0       │ 1      │\n' +
                     '        └─────────┴────────┘\n');
  assert.strictEqual(out.stderr, '    e\n');
}

// groupIndentation: 0 indents nothing.
{
  const out = capture({ groupIndentation: 0 });
  out.console.group('a');
  out.console.log('b');
  out.console.groupEnd();
  assert.strictEqual(out.stdout, 'a\nb\n');
}

// group() with format arguments, and groupCollapsed is the same as group.
{
  const out = capture();
  out.console.group('%s-%d', 'a', 1, 'rest');
  out.console.groupCollapsed();
  out.console.log('');
  assert.strictEqual(out.stdout, 'a-1 rest\n    \n');
}
