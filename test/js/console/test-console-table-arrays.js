'use strict';
// console.table over arrays and plain objects: columns are the union of the rows' keys in order of
// first appearance, primitive rows go to a "Values" column, nested values print shallow.
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

check((c) => c.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }]), [
  '┌─────────┬───┬─────┬──────────────────────────────┐',
  '│ (index) │ a │ b   │ c                            │',
  '├─────────┼───┼─────┼──────────────────────────────┤',
  "│ 0       │ 1 │ 'x' │                              │",
  '│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │',
  '└─────────┴───┴─────┴──────────────────────────────┘',
]);
check((c) => c.table([1, 'two', { a: 3 }, null, undefined, Symbol('s')]), [
  '┌─────────┬───┬───────────┐',
  '│ (index) │ a │ Values    │',
  '├─────────┼───┼───────────┤',
  '│ 0       │   │ 1         │',
  "│ 1       │   │ 'two'     │",
  '│ 2       │ 3 │           │',
  '│ 3       │   │ null      │',
  '│ 4       │   │ undefined │',
  '│ 5       │   │ Symbol(s) │',
  '└─────────┴───┴───────────┘',
]);
check((c) => c.table([[1, 2], [3, 4, 5]]), [
  '┌─────────┬───┬───┬───┐',
  '│ (index) │ 0 │ 1 │ 2 │',
  '├─────────┼───┼───┼───┤',
  '│ 0       │ 1 │ 2 │   │',
  '│ 1       │ 3 │ 4 │ 5 │',
  '└─────────┴───┴───┴───┘',
]);
check((c) => c.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: 4 } }), [
  '┌─────────┬────┬────┬────┐',
  '│ (index) │ c1 │ c2 │ c3 │',
  '├─────────┼────┼────┼────┤',
  '│ r1      │ 1  │ 2  │    │',
  '│ r2      │    │ 3  │ 4  │',
  '└─────────┴────┴────┴────┘',
]);
check((c) => c.table({
  a: { x: { deep: { deeper: 1 } }, y: [1, 2, 3, 4, 5], z: { p: 1, q: 2, r: 3 } },
}), [
  '┌─────────┬────────────────────┬───────────────────────────────┬──────────┐',
  '│ (index) │ x                  │ y                             │ z        │',
  '├─────────┼────────────────────┼───────────────────────────────┼──────────┤',
  '│ a       │ { deep: [Object] } │ [ 1, 2, 3, ... 2 more items ] │ [Object] │',
  '└─────────┴────────────────────┴───────────────────────────────┴──────────┘',
]);
check((c) => c.table([{ '中文': '日本語', x: 'ab' }]), [
  '┌─────────┬──────────┬──────┐',
  '│ (index) │ 中文     │ x    │',
  '├─────────┼──────────┼──────┤',
  "│ 0       │ '日本語' │ 'ab' │",
  '└─────────┴──────────┴──────┘',
]);
check((c) => c.table([{ a: 1n, b: Symbol('x'), c: -0, d: new Date(0), e: /re/g, f: 'a\nb' }]), [
  '┌─────────┬────┬───────────┬────┬──────────────────────────┬───────┬────────┐',
  '│ (index) │ a  │ b         │ c  │ d                        │ e     │ f      │',
  '├─────────┼────┼───────────┼────┼──────────────────────────┼───────┼────────┤',
  "│ 0       │ 1n │ Symbol(x) │ -0 │ 1970-01-01T00:00:00.000Z │ /re/g │ 'a\\nb' │",
  '└─────────┴────┴───────────┴────┴──────────────────────────┴───────┴────────┘',
]);
check((c) => c.table([
  { a: { x: 1, y: 2, z: 3 } }, { a: new Map([[1, 2]]) }, { a: [[1, 2], [3]] },
]), [
  '┌─────────┬──────────────────────┐',
  '│ (index) │ a                    │',
  '├─────────┼──────────────────────┤',
  '│ 0       │ [Object]             │',
  '│ 1       │ Map(1) { 1 => 2 }    │',
  '│ 2       │ [ [Array], [Array] ] │',
  '└─────────┴──────────────────────┘',
]);
check((c) => c.table(new Uint8Array([1, 2])), [
  '┌─────────┬────────┐',
  '│ (index) │ Values │',
  '├─────────┼────────┤',
  '│ 0       │ 1      │',
  '│ 1       │ 2      │',
  '└─────────┴────────┘',
]);
check((c) => c.table([function f() {}, { a: 1 }]), [
  '┌─────────┬───┐',
  '│ (index) │ a │',
  '├─────────┼───┤',
  '│ 0       │   │',
  '│ 1       │ 1 │',
  '└─────────┴───┘',
]);
check((c) => c.table([]), [
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '└─────────┘',
]);
check((c) => c.table({}), [
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '└─────────┘',
]);
check((c) => c.table([[]]), [
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '│ 0       │',
  '└─────────┘',
]);
check((c) => c.table([{}, {}]), [
  '┌─────────┐',
  '│ (index) │',
  '├─────────┤',
  '│ 0       │',
  '│ 1       │',
  '└─────────┘',
]);
