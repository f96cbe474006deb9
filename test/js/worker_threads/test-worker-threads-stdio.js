'use strict';
// A worker's console output reaches the parent's stdout/stderr in order by default (golden
// .stdout); stdout: true / stderr: true give worker.stdout / worker.stderr instead, and
// stdin: true feeds the worker's process.stdin from worker.stdin.
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  for (let i = 0; i < 5; i++) console.log('worker line', i);
  process.stdout.write(Buffer.from('bytes\\n'));
  console.error('to stderr');
`, { eval: true });
w.on('exit', (code) => {
  assert.strictEqual(code, 0);
  console.log('parent after worker exit');
  piped();
});

function piped() {
  const p = new Worker(`
    console.log('out');
    console.error('err');
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { input += d; });
    process.stdin.on('end', () => console.log('stdin said ' + input));
  `, { eval: true, stdout: true, stderr: true, stdin: true });
  let out = '';
  let err = '';
  p.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  p.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
  p.stdin.write('hello ');
  p.stdin.end('world');
  p.on('exit', () => {
    setImmediate(() => {
      assert.strictEqual(out, 'out\nstdin said hello world\n');
      assert.strictEqual(err, 'err\n');
      console.log('ok');
    });
  });
}
