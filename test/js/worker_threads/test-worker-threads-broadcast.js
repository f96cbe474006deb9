'use strict';
// BroadcastChannel: every channel of a name hears the others (not itself), across threads;
// close() makes it inactive; postMessage after close throws InvalidStateError.
const assert = require('assert');
const { Worker, BroadcastChannel } = require('worker_threads');

assert.strictEqual(globalThis.BroadcastChannel, BroadcastChannel);
assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });

const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const other = new BroadcastChannel('other');
assert.strictEqual(a.name, 'room');
other.onmessage = () => assert.fail('another name');
a.onmessage = (event) => assert.notStrictEqual(event.data, 'from main');  // not its own

const heard = [];
b.onmessage = (event) => {
  assert.ok(event instanceof MessageEvent);
  heard.push(event.data);
  if (heard.length === 2) {
    assert.deepStrictEqual(heard, ['from main', 'from worker']);
    a.close();
    b.close();
    other.close();
    assert.throws(() => a.postMessage('x'), { name: 'InvalidStateError' });
    console.log('ok');
  }
};
a.postMessage('from main');
const w = new Worker(`
  const c = new BroadcastChannel('room');
  c.postMessage('from worker');
  c.close();
`, { eval: true });
w.on('error', assert.fail);
