'use strict';
// console.table(data, properties): only the listed columns, in the order given; an invalid
// `properties` argument throws ERR_INVALID_ARG_TYPE; non-objects are logged as they are.
// Expected tables recorded from Node v20 (left-aligned cells, Unicode box drawing).

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
const out = { stdout: '', stderr: '' };
const stream = (name) => ({
  write(chunk) { out[name] += chunk; return true; },
  once() {}, removeListener() {}, listenerCount() { return 0; },
});
const console = new Console({ stdout: stream('stdout'), stderr: stream('stderr') });

function check(fn, lines) {
  out.stdout = '';
  fn(console);
  assert.strictEqual(out.stdout, `${lines.join('\n')}\n`);
}

check((c) => c.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: 4 } }, ['c2', 'c3']), [
  '┌─────────┬────┬────┐',
  '│ (index) │ c2 │ c3 │',
  '├─────────┼────┼────┤',
  '│ r1      │ 2  │    │',
  '│ r2      │ 3  │ 4  │',
  '└─────────┴────┴────┘',
]);
check((c) => c.table([{ a: 1, b: 2 }, { b: 3 }], ['b', 'zz']), [
  '┌─────────┬───┬────┐',
  '│ (index) │ b │ zz │',
  '├─────────┼───┼────┤',
  '│ 0       │ 2 │    │',
  '│ 1       │ 3 │    │',
  '└─────────┴───┴────┘',
]);
check((c) => c.table([1, 2], ['x']), [
  '┌─────────┬───┐',
  '│ (index) │ x │',
  '├─────────┼───┤',
  '│ 0       │   │',
  '│ 1       │   │',
  '└─────────┴───┘',
]);
check((c) => c.table({ a: [1, 2], b: 's' }), [
  '┌─────────┬───┬───┬────────┐',
  '│ (index) │ 0 │ 1 │ Values │',
  '├─────────┼───┼───┼────────┤',
  '│ a       │ 1 │ 2 │        │',
  "│ b       │   │   │ 's'    │",
  '└─────────┴───┴───┴────────┘',
]);
check((c) => c.table([{ a: 1 }], []), [
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '│ 0       │',
  '└─────────┘',
]);
check((c) => c.table([{ a: 1 }], ['a', 'a']), [
  '┌─────────┬───┐',
  '│ (index) │ a │',
  '├─────────┼───┤',
  '│ 0       │ 1 │',
  '└─────────┴───┘',
]);
check((c) => c.table({ x: 5 }, ['a']), [
  '┌─────────┬───┐',
  '│ (index) │ a │',
  '├─────────┼───┤',
  '│ x       │   │',
  '└─────────┴───┘',
]);
check((c) => c.table([[1, 2]], [1]), [
  '┌─────────┬───┐',
  '│ (index) │ 1 │',
  '├─────────┼───┤',
  '│ 0       │ 2 │',
  '└─────────┴───┘',
]);
check((c) => c.table([{ a: 1, b: 2, c: 3 }], ['c', 'a']), [
  '┌─────────┬───┬───┐',
  '│ (index) │ c │ a │',
  '├─────────┼───┼───┤',
  '│ 0       │ 3 │ 1 │',
  '└─────────┴───┴───┘',
]);

// Not tabular: logged like console.log.
check((c) => c.table(5), ['5']);
check((c) => c.table('str'), ['str']);
check((c) => c.table(null), ['null']);
check((c) => c.table(undefined), ['undefined']);
check((c) => c.table(function named() {}), ['[Function: named]']);

out.stdout = '';
for (const bad of ['x', 1, { length: 0 }, null]) {
  assert.throws(() => console.table([], bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "properties" argument must be an instance of Array\. Received /,
  });
}
assert.throws(() => console.table([], 'x'), {
  message: 'The "properties" argument must be an instance of Array. Received type string (\'x\')',
});
assert.strictEqual(out.stdout, '');
