'use strict';
// insert() remembers the last timer list it used (lib/internal/timers.js lastList). Lists are
// deleted when they empty (a timer cleared, or the list's last timer run); a timer of the same
// duration armed after that must get a new, scheduled list, not the deleted one.
const assert = require('assert');
const order = [];

// 1. The list empties by clearTimeout, then a timer of the same duration is armed.
const a = setTimeout(() => order.push('a (cleared)'), 7);
clearTimeout(a);
setTimeout(() => {
  order.push('b');
  // 2. The list empties by running its last timer; re-arm the same duration from inside it.
  setTimeout(() => {
    order.push('c');
    // 3. refresh() of a timer whose list was deleted meanwhile.
    const d = setTimeout(() => order.push('d'), 7);
    const e = setTimeout(() => {}, 7);
    clearTimeout(e);
    d.refresh();
    // 4. Two durations alternating (the remembered list changes each time).
    let n = 0;
    const t1 = setTimeout(() => { order.push('t1'); if (++n === 2) done(); }, 3);
    const t2 = setTimeout(() => { order.push('t2'); if (++n === 2) done(); }, 9);
    t1.refresh();
    t2.refresh();
  }, 7);
}, 7);

let finished = false;
function done() {
  setTimeout(() => {
    finished = true;
    assert.deepStrictEqual(order, ['b', 'c', 't1', 'd', 't2']);
  }, 20);
}
process.on('exit', () => assert(finished, 'not all timers ran: ' + order.join(' ')));
