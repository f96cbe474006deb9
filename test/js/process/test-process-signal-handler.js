'use strict';
// A process.on('SIGUSR2') listener turns the signal into an event instead of the default action:
// process.kill(process.pid, 'SIGUSR2') delivers it asynchronously with the name and number, and
// removing the listener lets the process exit (the signal watcher does not hold the loop).

const assert = require('assert');

let received = 0;
const keepAlive = setTimeout(() => assert.fail('signal not delivered'), 5000);
function onSignal(name, number) {
  received++;
  assert.strictEqual(name, 'SIGUSR2');
  assert.strictEqual(number, 12);
  process.removeListener('SIGUSR2', onSignal);
  clearTimeout(keepAlive);
}
process.on('SIGUSR2', onSignal);
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);
assert.strictEqual(received, 0);  // not delivered synchronously

process.on('exit', () => assert.strictEqual(received, 1));
