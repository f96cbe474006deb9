'use strict';
// A worker that ends (process.exit, an uncaught error, terminate()) while its fs, dns and crypto
// work is still on libuv's pool: the worker ends with its code and the process never crashes
// when that work completes.
const assert = require('assert');
const { Worker } = require('worker_threads');

const source = `
  const fs = require('fs'), dns = require('dns'), crypto = require('crypto');
  for (let i = 0; i < 8; i++) {
    fs.stat('/', () => {});
    dns.lookup('localhost', () => {});
    crypto.pbkdf2('a', 'b', 50000, 16, 'sha256', () => {});
  }
  const mode = require('worker_threads').workerData;
  if (mode === 'throw') throw new Error('boom');
  if (mode === 'exit') process.exit(7);
  setInterval(() => {}, 1000);
`;
const results = [];
for (const mode of ['exit', 'throw', 'exit', 'throw']) {
  const worker = new Worker(source, { eval: true, workerData: mode });
  worker.on('error', (err) => results.push(`error ${err.message}`));
  worker.on('exit', (code) => results.push(`${mode} ${code}`));
}
const busy = new Worker(source, { eval: true, workerData: 'stay' });
busy.on('online', () => setTimeout(() => busy.terminate().then((code) => results.push(`terminate ${code}`)), 20));

process.on('exit', () => {
  assert.deepStrictEqual(results.sort(), [
    'error boom', 'error boom', 'exit 7', 'exit 7', 'terminate 1', 'throw 1', 'throw 1',
  ]);
});
