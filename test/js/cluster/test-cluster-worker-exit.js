'use strict';
// Workers that end on their own: a crash (uncaught error → code 1), process.exit(n), and a kill
// by signal each give worker 'exit' and cluster 'exit' with (code, signal), exitedAfterDisconnect
// false, and the worker leaves cluster.workers; worker.kill() is a SIGTERM at once (Node ≥ 14).
// worker.send / 'message' both ways, cluster 'message'.
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  process.on('message', (msg) => {
    if (msg === 'crash') throw new Error('worker crashed on purpose');
    if (msg === 'exit') process.exit(42);
    if (msg === 'echo') process.send({ echo: cluster.worker.id });
  });
  return;
}

cluster.setupPrimary({ silent: true });  // the crash's stack trace stays out of the output
const expected = {
  crash: { code: 1, signal: null, after: false },
  exit: { code: 42, signal: null, after: false },
  sigkill: { code: null, signal: 'SIGKILL', after: false },
  kill: { code: null, signal: 'SIGTERM', after: false },
};
const seen = {};
for (const kind of Object.keys(expected)) {
  const worker = cluster.fork({ TIDE_KIND: kind });
  worker.kind = kind;
  worker.on('online', () => {
    if (kind === 'sigkill') worker.process.kill('SIGKILL');
    else if (kind === 'kill') worker.kill();
    else worker.send(kind);
  });
  worker.on('exit', (code, signal) => {
    seen[kind] = { code, signal, after: worker.exitedAfterDisconnect };
    assert.strictEqual(worker.state, 'dead');
    assert.strictEqual(worker.isDead(), true);
  });
}
cluster.on('exit', (worker, code, signal) => {
  if (worker.kind === undefined) return;
  assert.deepStrictEqual({ code, signal }, {
    code: expected[worker.kind].code, signal: expected[worker.kind].signal,
  });
});

// A message round trip, seen by both the worker object and the cluster.
const talker = cluster.fork();
let clusterSaw;
cluster.on('message', (worker, msg) => {
  if (worker === talker) clusterSaw = msg;
});
talker.on('online', () => talker.send('echo'));
talker.on('message', (msg) => {
  assert.deepStrictEqual(msg, { echo: talker.id });
  talker.disconnect();
});
talker.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(clusterSaw, { echo: talker.id });
  assert.strictEqual(talker.exitedAfterDisconnect, true);
});

process.on('exit', () => {
  assert.deepStrictEqual(seen, expected);
  assert.deepStrictEqual(cluster.workers, {});
});
