'use strict';
// A Readable's autoDestroy after 'end' (tide runs destroy()'s steps itself for a plain Readable,
// to let IncomingMessage emit 'close' in its destroy tick): the events, the ticks their listeners
// queue and the state flags at each, as node v20 has them, for the usual _destroy variants.
const assert = require('assert');
const { Readable, finished } = require('stream');
const log = [];
function f(s) {
  const r = s._readableState;
  return `d${+s.destroyed} cl${+s.closed} ce${+r.closeEmitted} err=${s.errored && s.errored.message} ` +
    `ee${+r.errorEmitted} end${+s.readableEnded}`;
}
function make(name, opts, extra) {
  const s = new Readable({ read() {}, ...opts });
  for (const e of ['end', 'close', 'error']) {
    s.on(e, (err) => {
      log.push(`${name} ${e}${err ? ' ' + err.message : ''} ${f(s)}`);
      process.nextTick(() => log.push(`${name} tick-after-${e} ${f(s)}`));
    });
  }
  if (extra) extra(s);
  s.push('a');
  s.push(null);
  s.resume();
  return s;
}
const cases = [
  () => make('plain', {}),
  () => make('cberr', { destroy(err, cb) { log.push(`cberr _destroy ${err}`); cb(new Error('e1')); } }),
  () => make('throws', { destroy(err, cb) { throw new Error('e2'); } }),
  () => make('async', { destroy(err, cb) { setImmediate(() => { log.push('async cb'); cb(); }); } },
             (s) => setTimeout(() => log.push(`async later ${f(s)}`), 1)),
  () => make('twice', { destroy(err, cb) { cb(); cb(new Error('no')); } }),
  () => make('noclose', { emitClose: false }, (s) => setTimeout(() => log.push(`noclose later ${f(s)}`), 1)),
  () => make('noauto', { autoDestroy: false }, (s) => setTimeout(() => log.push(`noauto later ${f(s)}`), 1)),
  () => make('own', {}, (s) => { s.destroy = function() { log.push('own destroy'); }; }),
  () => make('inend', {}, (s) => s.on('end', () => s.destroy(new Error('e3')))),
  () => make('finished', {}, (s) => finished(s, (err) => log.push(`finished cb ${err} ${f(s)}`))),
  () => make('legacy', { destroy(err, cb) { process.nextTick(cb, null); } }),
];
const expected = `
plain end d0 cl0 ce0 err=null ee0 end1
plain tick-after-end d1 cl1 ce0 err=null ee0 end1
plain close d1 cl1 ce1 err=null ee0 end1
plain tick-after-close d1 cl1 ce1 err=null ee0 end1
cberr end d0 cl0 ce0 err=null ee0 end1
cberr _destroy null
cberr tick-after-end d1 cl1 ce0 err=e1 ee0 end1
cberr error e1 d1 cl1 ce0 err=e1 ee1 end1
cberr close d1 cl1 ce1 err=e1 ee1 end1
cberr tick-after-error d1 cl1 ce1 err=e1 ee1 end1
cberr tick-after-close d1 cl1 ce1 err=e1 ee1 end1
throws end d0 cl0 ce0 err=null ee0 end1
throws tick-after-end d1 cl1 ce0 err=e2 ee0 end1
throws error e2 d1 cl1 ce0 err=e2 ee1 end1
throws close d1 cl1 ce1 err=e2 ee1 end1
throws tick-after-error d1 cl1 ce1 err=e2 ee1 end1
throws tick-after-close d1 cl1 ce1 err=e2 ee1 end1
async end d0 cl0 ce0 err=null ee0 end1
async tick-after-end d1 cl0 ce0 err=null ee0 end1
async cb
async close d1 cl1 ce1 err=null ee0 end1
async tick-after-close d1 cl1 ce1 err=null ee0 end1
async later d1 cl1 ce1 err=null ee0 end1
twice end d0 cl0 ce0 err=null ee0 end1
twice tick-after-end d1 cl1 ce0 err=null ee0 end1
twice close d1 cl1 ce1 err=null ee0 end1
twice tick-after-close d1 cl1 ce1 err=null ee0 end1
noclose end d0 cl0 ce0 err=null ee0 end1
noclose tick-after-end d1 cl1 ce0 err=null ee0 end1
noclose later d1 cl1 ce1 err=null ee0 end1
noauto end d0 cl0 ce0 err=null ee0 end1
noauto tick-after-end d0 cl0 ce0 err=null ee0 end1
noauto later d0 cl0 ce0 err=null ee0 end1
own end d0 cl0 ce0 err=null ee0 end1
own destroy
own tick-after-end d0 cl0 ce0 err=null ee0 end1
inend end d0 cl0 ce0 err=null ee0 end1
inend tick-after-end d1 cl1 ce0 err=e3 ee0 end1
inend error e3 d1 cl1 ce0 err=e3 ee1 end1
inend close d1 cl1 ce1 err=e3 ee1 end1
inend tick-after-error d1 cl1 ce1 err=e3 ee1 end1
inend tick-after-close d1 cl1 ce1 err=e3 ee1 end1
finished end d0 cl0 ce0 err=null ee0 end1
finished tick-after-end d1 cl1 ce0 err=null ee0 end1
finished close d1 cl1 ce1 err=null ee0 end1
finished cb undefined d1 cl1 ce1 err=null ee0 end1
finished tick-after-close d1 cl1 ce1 err=null ee0 end1
legacy end d0 cl0 ce0 err=null ee0 end1
legacy tick-after-end d1 cl0 ce0 err=null ee0 end1
legacy close d1 cl1 ce1 err=null ee0 end1
legacy tick-after-close d1 cl1 ce1 err=null ee0 end1
`;

let i = 0;
function next() {
  if (i === cases.length) {
    assert.deepStrictEqual(log, expected.trim().split('\n'));
    return;
  }
  cases[i++]();
  setTimeout(next, 10);
}
next();
