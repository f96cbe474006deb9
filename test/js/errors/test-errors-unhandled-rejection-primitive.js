'use strict';
// A promise rejected with a non-Error and never handled ends the process with status 1 (.status)
// through an ERR_UNHANDLED_REJECTION error naming the inspected reason; 'uncaughtExceptionMonitor'
// sees it with origin 'unhandledRejection', then 'exit' runs (golden stdout). No stderr golden:
// node's report quotes the line of its own internal file that creates the error.

process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log(`origin: ${origin}`);
  console.log(`name: ${err.name}`);
  console.log(`code: ${err.code}`);
  console.log(`message: ${err.message}`);
  console.log(`instanceof Error: ${err instanceof Error}`);
});
process.on('exit', (code) => console.log(`exit ${code}`));
Promise.reject({ reason: 42, list: ['a'] });
