'use strict';
// cpus(), totalmem(), freemem(), loadavg(), uptime() and availableParallelism(): shapes, types
// and the relations between them; all read anew on each call.
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus) && cpus.length > 0);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.ok(cpu.speed >= 0);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const value of Object.values(cpu.times)) {
    assert.ok(Number.isFinite(value) && value >= 0);
  }
}
const online = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm).length;
assert.strictEqual(cpus.length, online);

const parallelism = os.availableParallelism();
assert.ok(Number.isInteger(parallelism) && parallelism >= 1 && parallelism <= cpus.length);

const total = os.totalmem();
const free = os.freemem();
assert.ok(Number.isInteger(total) && total > 0);
assert.ok(Number.isInteger(free) && free >= 0 && free <= total);
const memTotalKiB = Number(/^MemTotal:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'))[1]);
assert.strictEqual(total, memTotalKiB * 1024);

const avg = os.loadavg();
assert.ok(Array.isArray(avg));
assert.strictEqual(avg.length, 3);
for (const value of avg) assert.ok(typeof value === 'number' && value >= 0);
assert.notStrictEqual(os.loadavg(), avg);

const up = os.uptime();
assert.ok(typeof up === 'number' && up > 0);
const procUptime = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
assert.ok(Math.abs(up - procUptime) < 5, `${up} vs ${procUptime}`);
assert.ok(os.uptime() >= up);
