'use strict';
// process.env in a worker: a copy of the parent's by default (changes stay in the worker),
// the given object (values as strings), or the process's own with SHARE_ENV. execArgv and
// setEnvironmentData/getEnvironmentData reach the worker too.
const assert = require('assert');
const {
  Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData,
} = require('worker_threads');

function run(source, options) {
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, ...options });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

const post = 'require("worker_threads").parentPort.postMessage';

(async () => {
  process.env.TIDE_WORKER_TEST = 'parent';
  let m = await run(`process.env.CHILD_ONLY = 1; ${post}({ v: process.env.TIDE_WORKER_TEST,
    child: process.env.CHILD_ONLY, keys: Object.keys(process.env).includes('CHILD_ONLY') })`);
  assert.deepStrictEqual(m, { v: 'parent', child: '1', keys: true });
  assert.strictEqual(process.env.CHILD_ONLY, undefined);

  m = await run(`${post}({ env: { ...process.env } })`, { env: { A: 1, B: 'b' } });
  assert.deepStrictEqual(m.env, { A: '1', B: 'b' });

  m = await run(`process.env.SHARED_FROM_WORKER = 'yes'; delete process.env.TIDE_WORKER_TEST;
    ${post}('done')`, { env: SHARE_ENV });
  assert.strictEqual(process.env.SHARED_FROM_WORKER, 'yes');
  assert.strictEqual(process.env.TIDE_WORKER_TEST, undefined);

  m = await run(`${post}(process.execArgv)`, { execArgv: ['--no-warnings'] });
  assert.deepStrictEqual(m, ['--no-warnings']);
  for (const flag of ['--bogus', '--expose-gc']) {
    assert.throws(() => new Worker('1', { eval: true, execArgv: [flag] }), {
      code: 'ERR_WORKER_INVALID_EXEC_ARGV',
      message: `Initiated Worker with invalid execArgv flags: ${flag}`,
    });
  }

  setEnvironmentData('config', { depth: 1 });
  setEnvironmentData('gone', 1);
  setEnvironmentData('gone', undefined);
  assert.deepStrictEqual(getEnvironmentData('config'), { depth: 1 });
  m = await run(`const { getEnvironmentData } = require('worker_threads');
    ${post}([getEnvironmentData('config'), getEnvironmentData('gone')])`);
  assert.deepStrictEqual(m, [{ depth: 1 }, undefined]);

  assert.throws(() => new Worker('1', { eval: true, env: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Worker('1', { eval: true, argv: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  console.log('ok');
})();
