'use strict';
// setupPrimary() / cluster.settings: defaults (exec = the main script, args, execArgv, silent),
// later calls merge into earlier ones, each emits 'setup' with the settings; fork() uses exec,
// args, silent, serialization ('advanced' carries a Map) and env (NODE_UNIQUE_ID is the worker's
// id); the worker sees cluster.worker and isWorker.
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.worker, undefined);
assert.deepStrictEqual(cluster.settings, {});
const setups = [];
cluster.on('setup', (settings) => setups.push(settings));

const workerScript = path.join(__dirname, '..', '..', 'fixtures', 'cluster', 'settings-worker.js');
cluster.setupPrimary({ exec: workerScript, args: ['a', 'b'] });
assert.strictEqual(cluster.settings.exec, workerScript);
assert.deepStrictEqual(cluster.settings.args, ['a', 'b']);
assert.deepStrictEqual(cluster.settings.execArgv, process.execArgv);
assert.strictEqual(cluster.settings.silent, false);
cluster.setupPrimary({ silent: true, serialization: 'advanced' });
assert.strictEqual(cluster.settings.exec, workerScript);
assert.deepStrictEqual(cluster.settings.args, ['a', 'b']);
assert.strictEqual(cluster.settings.silent, true);
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);

const worker = cluster.fork({ TIDE_EXTRA: 'x' });
assert.ok(worker instanceof cluster.Worker);
assert.strictEqual(worker.id, 1);
let out = '';
worker.process.stdout.setEncoding('utf8');
worker.process.stdout.on('data', (d) => { out += d; });
worker.on('message', (msg) => {
  assert.deepStrictEqual(msg, {
    argv: ['a', 'b'],
    id: 1,
    isWorker: true,
    isPrimary: false,
    uniqueId: undefined,
    extra: 'x',
    map: new Map([['k', 1n]]),
  });
  worker.disconnect();
});
worker.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'silent stdout\n');  // silent: the worker's stdout is a pipe here
  assert.strictEqual(setups.length, 3);  // fork() runs setupPrimary() too
  assert.strictEqual(setups[2].silent, true);
  assert.strictEqual(setups[0].silent, false);
  console.log('ok');
});
