'use strict';
// spawn('/bin/true') 500 times one after another (each awaited until 'close'), then
// execSync('true') 200 times. Run under build/tide and node and compare.
const { spawn, execSync } = require('child_process');

function once() {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/true');
    child.on('error', reject);
    child.on('close', resolve);
  });
}

(async () => {
  await once();  // warm-up
  let start = process.hrtime.bigint();
  for (let i = 0; i < 500; i++) await once();
  let ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`child_process spawn500 ms: ${ms.toFixed(1)}`);

  start = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) execSync('true');
  ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`child_process execSync200 ms: ${ms.toFixed(1)}`);
})();
