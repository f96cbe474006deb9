'use strict';
// resume() of a stream that has ended with nothing buffered, its 'end' already scheduled (what a
// server does with a request without a body): with Readable's own read() and emit() and no
// 'resume' listener tide's resume step only notes that 'end' is to be checked again; a 'resume'
// listener, a replaced emit() or a replaced read() still see Node's calls. The events' order and
// the flags afterwards are node v20's (this passes under node v20).
const assert = require('assert');
const { Readable } = require('stream');

function endedThenResumed(setup) {
  const log = [];
  const r = new Readable({ read() {} });
  r.push(null); // 'readable' tick queued; its step schedules 'end'
  if (setup) setup(r, log);
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.resume();
  log.push('resumed');
  return { r, log };
}

function flags(r) {
  const s = r._readableState;
  return {
    flowing: s.flowing, resumeScheduled: s.resumeScheduled, emittedReadable: s.emittedReadable,
    needReadable: s.needReadable, endEmitted: s.endEmitted, ended: s.ended, paused: s.paused,
    destroyed: r.destroyed, closed: s.closed,
  };
}

const cases = [];
function check(name, setup, expected) {
  const { r, log } = endedThenResumed(setup);
  cases.push(() => {
    assert.deepStrictEqual(log, expected, name);
    assert.deepStrictEqual(flags(r), {
      flowing: true, resumeScheduled: false, emittedReadable: false, needReadable: false,
      endEmitted: true, ended: true, paused: false, destroyed: true, closed: true,
    }, name);
  });
}

check('plain', null, ['resumed', 'end', 'close']);
check('resume listener', (r, log) => {
  r.on('resume', () => {
    log.push(`resume flowing=${r.readableFlowing} ended=${r.readableEnded}`);
  });
}, ['resumed', 'resume flowing=true ended=false', 'end', 'close']);
check('emit replaced', (r, log) => {
  const emit = r.emit;
  r.emit = function(name, ...args) {
    log.push(`emit ${String(name)}`);
    return emit.call(this, name, ...args);
  };
}, ['resumed', 'emit readable', 'emit resume', 'emit end', 'end', 'emit close', 'close']);
check('read replaced', (r, log) => {
  const read = r.read;
  r.read = function(n) {
    log.push(`read ${n}`);
    return read.call(this, n);
  };
}, ['resumed', 'read undefined', 'read 0', 'read undefined', 'read 0', 'end', 'close']);

setTimeout(() => {
  for (const c of cases) c();
}, 10);
