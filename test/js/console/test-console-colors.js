'use strict';
// Colors: colorMode true/false force them; 'auto' colors iff FORCE_COLOR says so or, without it,
// the stream is a TTY with more than two colors (getColorDepth() > 2). Applies to log's inspected
// arguments (not to %s), dir, and table cells. Expected strings recorded from Node v20.

const assert = require('assert');
const { Console } = require('console');

const savedForceColor = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
function capture(options, streamProperties) {
  const out = { stdout: '', stderr: '' };
  const stream = (name) => ({
    write(chunk) { out[name] += chunk; return true; },
    once() {}, removeListener() {}, listenerCount() { return 0; },
    ...streamProperties,
  });
  out.console = new Console({ stdout: stream('stdout'), stderr: stream('stderr'), ...options });
  return out;
}

const colored = '{ a: \x1b[33m1\x1b[39m }\n';
const plain = '{ a: 1 }\n';

{
  const o = capture({ colorMode: true });
  o.console.log({ a: 1, s: 'x', n: null, u: undefined, f() {} }, 5, 'str');
  o.console.log('%s %o', 3, [1]);
  o.console.table([{ a: 1 }]);
  o.console.dir({ a: 'b' });
  o.console.count();
  o.console.error({ a: 1 });
  assert.strictEqual(o.stdout,
                     '{ a: \x1b[33m1\x1b[39m, s: \x1b[32m\'x\'\x1b[39m, n: \x1b[1mnull\x1b[22m, ' +
                     'u: \x1b[90mundefined\x1b[39m, f: \x1b[36m[Function: f]\x1b[39m } ' +
                     '\x1b[33m5\x1b[39m str\n' +
                     '3 [ \x1b[33m1\x1b[39m, [length]: \x1b[33m1\x1b[39m ]\n' +
                     '┌─────────┬───┐\n' +
                     '│ (index) │ a │\n' +
                     '├─────────┼───┤\n' +
                     '│ 0       │ \x1b[33m1\x1b[39m │\n' +
                     '└─────────┴───┘\n' +
                     '{ a: \x1b[32m\'b\'\x1b[39m }\n' +
                     'default: 1\n');
  assert.strictEqual(o.stderr, colored);
}

// Map/Set tables color their index column too.
{
  const o = capture({ colorMode: true });
  o.console.table(new Set(['x']));
  assert.strictEqual(o.stdout,
                     '┌───────────────────┬────────┐\n' +
                     '│ (iteration index) │ Values │\n' +
                     '├───────────────────┼────────┤\n' +
                     '│ \x1b[33m0\x1b[39m                 │ \x1b[32m\'x\'\x1b[39m    │\n' +
                     '└───────────────────┴────────┘\n');
}

function logged(options, streamProperties) {
  const o = capture(options, streamProperties);
  o.console.log({ a: 1 });
  return o.stdout;
}
const tty = (depth) => ({ isTTY: true, getColorDepth() { return depth; } });

assert.strictEqual(logged({ colorMode: false }, tty(24)), plain);
assert.strictEqual(logged({ colorMode: true }), colored);
assert.strictEqual(logged({}), plain);
assert.strictEqual(logged({ colorMode: 'auto' }, tty(8)), colored);
assert.strictEqual(logged({}, tty(4)), colored);
assert.strictEqual(logged({}, tty(1)), plain);
assert.strictEqual(logged({}, { isTTY: true }), colored);  // a TTY that cannot say: colors
assert.strictEqual(logged({}, { isTTY: false, getColorDepth() { return 24; } }), plain);

// inspectOptions.colors, when given, decides (colorMode must then be left out).
assert.strictEqual(logged({ inspectOptions: { colors: true } }), colored);
assert.strictEqual(logged({ inspectOptions: { colors: false } }, tty(24)), plain);
{
  const inspectOptions = { compact: true };
  assert.strictEqual(logged({ inspectOptions }, tty(8)), colored);
  assert.strictEqual(inspectOptions.colors, true);  // Node records the decision there
}

// FORCE_COLOR overrides the stream.
process.env.FORCE_COLOR = '1';
assert.strictEqual(logged({}), colored);
process.env.FORCE_COLOR = '0';
assert.strictEqual(logged({}, tty(24)), plain);
assert.strictEqual(logged({ colorMode: true }), colored);  // colorMode true still wins

if (savedForceColor === undefined) delete process.env.FORCE_COLOR;
else process.env.FORCE_COLOR = savedForceColor;
