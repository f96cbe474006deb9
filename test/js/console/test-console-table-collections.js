'use strict';
// console.table over Map, Set and their iterators: "(iteration index)", "Key" and "Values" columns;
// an iterator shows what it has left without being consumed.
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

check((c) => c.table(new Map([['k', { v: 1 }], [{ o: 1 }, 2]])), [
  '┌───────────────────┬──────────┬──────────┐',
  '│ (iteration index) │ Key      │ Values   │',
  '├───────────────────┼──────────┼──────────┤',
  "│ 0                 │ 'k'      │ { v: 1 } │",
  '│ 1                 │ { o: 1 } │ 2        │',
  '└───────────────────┴──────────┴──────────┘',
]);
check((c) => c.table(new Set([1, 'a', { x: 1 }])), [
  '┌───────────────────┬──────────┐',
  '│ (iteration index) │ Values   │',
  '├───────────────────┼──────────┤',
  '│ 0                 │ 1        │',
  "│ 1                 │ 'a'      │",
  '│ 2                 │ { x: 1 } │',
  '└───────────────────┴──────────┘',
]);
check((c) => c.table(new Map([[1, 2]]).entries()), [
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '│ 0                 │ 1   │ 2      │',
  '└───────────────────┴─────┴────────┘',
]);
check((c) => c.table(new Map([[1, 2], [3, 4]]).keys()), [
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '│ 0                 │ 1      │',
  '│ 1                 │ 3      │',
  '└───────────────────┴────────┘',
]);
check((c) => c.table(new Map([[1, { a: 1 }], [2, { b: 2 }]]).values()), [
  '┌───────────────────┬──────────┐',
  '│ (iteration index) │ Values   │',
  '├───────────────────┼──────────┤',
  '│ 0                 │ { a: 1 } │',
  '│ 1                 │ { b: 2 } │',
  '└───────────────────┴──────────┘',
]);
check((c) => c.table(new Set([1, 2]).values()), [
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '│ 0                 │ 1      │',
  '│ 1                 │ 2      │',
  '└───────────────────┴────────┘',
]);
check((c) => c.table(new Set([1, 2]).entries()), [
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '│ 0                 │ 1      │',
  '│ 1                 │ 1      │',
  '│ 2                 │ 2      │',
  '│ 3                 │ 2      │',
  '└───────────────────┴────────┘',
]);
check((c) => { const it = new Map([[1, 2], [3, 4]]).entries(); it.next(); c.table(it); }, [
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '│ 0                 │ 3   │ 4      │',
  '└───────────────────┴─────┴────────┘',
]);
check((c) => c.table(new Map()), [
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '└───────────────────┴─────┴────────┘',
]);
check((c) => c.table(new Set()), [
  '┌───────────────────┬────────┐',
  '│ (iteration index) │ Values │',
  '├───────────────────┼────────┤',
  '└───────────────────┴────────┘',
]);
check((c) => c.table(new Map([[1, 2]]), ['ignored']), [
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '│ 0                 │ 1   │ 2      │',
  '└───────────────────┴─────┴────────┘',
]);

// The table does not consume the iterator.
{
  const it = new Set([1, 2]).values();
  console.table(it);
  assert.deepStrictEqual([...it], [1, 2]);
}
