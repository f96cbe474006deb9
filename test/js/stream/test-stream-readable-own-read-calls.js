'use strict';
// The read() calls a Readable makes itself at its end (resume's read(0), flow's read()) still
// reach a read() that a subclass or the instance replaced; tide skips the call only for
// Readable's own read (readZero in lib/internal/streams/readable.js). Events and their order
// are node v20's.
const assert = require('assert');
const { Readable } = require('stream');
const log = [];
function track(name, r) {
  for (const ev of ['readable', 'resume', 'end', 'close', 'data']) {
    if (ev === 'readable' || ev === 'data') continue;
    r.on(ev, () => log.push(`${name} ${ev}`));
  }
}
// A subclass whose read() is seen on every call the stream makes itself.
class Counting extends Readable {
  read(n) { log.push(`sub read(${n})`); return super.read(n); }
}
const a = new Counting({ read() {} });
track('sub', a);
a.push(null);
a.resume();
// An instance-level read.
const b = new Readable({ read() {} });
const orig = b.read;
b.read = function(n) { log.push(`inst read(${n})`); return orig.call(this, n); };
track('inst', b);
b.push(null);
b.resume();
// Plain stream: same events, same order.
const c = new Readable({ read() {} });
track('plain', c);
c.push('x');
c.push(null);
c.resume();
const d = new Readable({ read() {} });
track('plain2', d);
d.push(null);
process.nextTick(() => { log.push('tick'); d.resume(); });
setTimeout(() => {
  assert.deepStrictEqual(log, [
    'sub read(undefined)',
    'sub read(0)',
    'sub resume',
    'sub read(undefined)',
    'sub read(0)',
    'inst read(undefined)',
    'inst read(0)',
    'inst resume',
    'inst read(undefined)',
    'inst read(0)',
    'plain resume',
    'tick',
    'sub end',
    'inst end',
    'plain end',
    'plain2 resume',
    'sub close',
    'inst close',
    'plain close',
    'plain2 end',
    'plain2 close',
  ]);
}, 10);
