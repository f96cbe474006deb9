'use strict';
// 'exit' is emitted once, even when process.exit() is called from 'beforeExit' and again from an
// 'exit' listener; every listener runs once, in order (golden stdout).

process.on('beforeExit', () => {
  console.log('beforeExit');
  process.exit();
});
process.on('exit', (code) => {
  console.log(`exit 1 (${code})`);
  process.exit();  // already exiting: ends the process at once
});
process.on('exit', () => console.log('exit 2: not reached'));
process.once('exit', () => console.log('exit 3: not reached'));
