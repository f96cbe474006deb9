'use strict';
// The shared frame of the loop benchmarks: `schedule(cb)` is called N times up front, in one
// synchronous loop (N = argv[2] or 1,000,000); cb counts completions. What is timed: from just before
// the first scheduling call to the moment the Nth callback runs — scheduling plus the loop running
// them all — with process.hrtime.bigint() (start-up and exit are not included). Prints
// "<name>: <ms> ms". Exits 1, with a message, if not every callback ran: a broken runtime must not
// look fast.
module.exports = function runLoopBenchmark(name, schedule) {
  const N = Number(process.argv[2]) || 1e6;
  let n = 0;
  let t0;
  function cb() {
    if (++n === N) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`${name}: ${ms.toFixed(1)} ms`);
    }
  }
  process.on('exit', () => {
    if (n !== N) {
      console.error(`${name}: only ${n} of ${N} callbacks ran`);
      process.exitCode = 1;
    }
  });
  t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) schedule(cb);
};
