'use strict';
// 1,000,000 setTimeout(cb, 0), all scheduled up front in one synchronous loop; cb counts completions.
// They share one 1 ms timer list and fire in the first timers phase that finds them expired.
// What is timed: from just before the first call that schedules a callback to the moment the
// 1,000,000th callback runs, i.e. scheduling all of them plus the loop running all of them, read
// in-process with process.hrtime.bigint() (start-up and exit are not included). Prints
// "setTimeout: <ms> ms". Usage: <runtime> timeout.js [count]  (count defaults to 1,000,000).
// Exits 1, with a message, if not every callback ran (a broken runtime must not look fast).
const N = Number(process.argv[2]) || 1e6;
let n = 0;
let t0;
function report() {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`setTimeout: ${ms.toFixed(1)} ms`);
}
function cb() {
  if (++n === N) report();
}
process.on('exit', () => {
  if (n !== N) {
    console.error(`setTimeout: only ${n} of ${N} callbacks ran`);
    process.exitCode = 1;
  }
});

t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) setTimeout(cb, 0);
