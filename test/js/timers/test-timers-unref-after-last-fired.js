'use strict';
// After the last referenced timer has fired, an unreferenced timer started later (here a
// socket's idle timeout, armed outside any timer callback) must not keep the process alive: the
// process exits at once instead of waiting two minutes.
const net = require('net');

const started = Date.now();
setTimeout(() => {
  setImmediate(() => {
    new net.Socket().setTimeout(120000);
  });
}, 10);
process.on('exit', () => {
  if (Date.now() - started > 5000) {
    console.error('the unreferenced idle timer kept the process alive');
    process.exitCode = 1;
  }
});
