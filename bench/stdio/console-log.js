'use strict';
// console.log throughput: N short lines (default 200,000) through process.stdout, which under
// bench/run.sh is the run's output file; the figure is printed last, as "console-log: <ms> ms",
// into the same output.
const n = Number(process.argv[2]) || 200000;
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) console.log('line', i, 'of the console.log benchmark');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`console-log: ${ms.toFixed(1)} ms`);
