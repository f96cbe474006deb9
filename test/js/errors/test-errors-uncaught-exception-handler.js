'use strict';
// With an 'uncaughtException' listener the error is handed to it instead of being printed; the
// process keeps running and exits 0 (golden stdout, empty golden stderr).

process.on('uncaughtException', (err, origin) => {
  console.log(`caught: ${err.message} (${origin})`);
});
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (code) => console.log(`exit ${code}`));
throw new Error('handled boom');
