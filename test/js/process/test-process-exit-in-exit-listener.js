'use strict';
// process.exit(5) called inside an 'exit' listener ends the process with 5 at once: 'exit' is not
// emitted again and later listeners do not run (golden stdout, status 5).

process.on('exit', (code) => {
  console.log(`first listener, code ${code}`);
  process.exit(5);
});
process.on('exit', () => console.log('second listener: must not run'));
console.log('main');
