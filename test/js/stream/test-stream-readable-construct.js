'use strict';
// A Readable's construct(): no _read before its callback; a read() asked for meanwhile runs once
// the callback comes (sync or later); an error from it destroys the stream with that error; a
// subclass's _construct works the same. Passes under node v20.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

// Callback later: a read() asked before it is served after it.
let later;
const r1 = new Readable({
  construct(cb) {
    log.push('r1 construct');
    later = cb;
  },
  read() {
    log.push('r1 read');
    this.push('x');
    this.push(null);
  },
});
r1.on('data', (chunk) => log.push(`r1 data ${chunk}`));
r1.on('end', () => log.push('r1 end'));
setTimeout(() => {
  log.push('r1 callback');
  later();
}, 5);

// Callback at once.
const r2 = new Readable({
  construct(cb) {
    log.push('r2 construct');
    cb();
  },
  read() {
    this.push(null);
  },
});
r2.on('end', () => log.push('r2 end'));
r2.resume();

// An error.
const boom = new Error('boom');
const r3 = new Readable({
  construct(cb) {
    process.nextTick(cb, boom);
  },
  read() {
    log.push('r3 read');
  },
});
r3.on('error', (err) => log.push(`r3 error ${err.message} ${r3.destroyed}`));
r3.on('close', () => log.push('r3 close'));

// A subclass's _construct.
class Sub extends Readable {
  _construct(cb) {
    log.push('sub construct');
    this.ready = true;
    cb();
  }
  _read() {
    log.push(`sub read ready=${this.ready}`);
    this.push(null);
  }
}
const sub = new Sub();
sub.on('end', () => log.push('sub end'));
sub.resume();

setTimeout(() => {
  const of = (p) => log.filter((l) => l.startsWith(p));
  assert.deepStrictEqual(of('r1'), ['r1 construct', 'r1 callback', 'r1 read', 'r1 data x', 'r1 end']);
  assert.deepStrictEqual(of('r2'), ['r2 construct', 'r2 end']);
  assert.deepStrictEqual(of('r3'), ['r3 error boom true', 'r3 close']);
  assert.deepStrictEqual(of('sub'), ['sub construct', 'sub read ready=true', 'sub end']);
}, 30);
r1.read(0);
