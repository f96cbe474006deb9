'use strict';
// SCHED_NONE (NODE_CLUSTER_SCHED_POLICY=none, see the .env file): the primary passes the listening
// socket itself to every worker, each accepts on its own copy; both workers report the same port.
// A worker's `exclusive: true` listen does not go through the primary at all.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((s) => s.end(`worker ${cluster.worker.id}`));
  server.listen(0, '127.0.0.1', () => {
    // A real listening handle here (not the round-robin stand-in).
    assert.strictEqual(typeof server._handle.getsockname, 'function');
    assert.strictEqual(typeof server._handle.fd, 'number');
    const own = net.createServer();
    own.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      process.send({ port: server.address().port, exclusivePort: own.address().port });
      own.close();
    });
  });
  return;
}

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_NONE);
assert.strictEqual(cluster.SCHED_NONE, 1);
assert.strictEqual(cluster.SCHED_RR, 2);
const reports = [];
let listening = 0;
cluster.on('listening', () => { listening++; });
cluster.on('message', (worker, msg) => {
  reports.push(msg);
  if (reports.length < 2) return;
  assert.strictEqual(reports[0].port, reports[1].port);
  assert.notStrictEqual(reports[0].exclusivePort, reports[1].exclusivePort);
  assert.notStrictEqual(reports[0].exclusivePort, reports[0].port);
  // Only the shared servers went through the primary.
  assert.strictEqual(listening, 2);
  let data = '';
  net.connect(reports[0].port, '127.0.0.1').on('data', (d) => { data += d; }).on('end', () => {
    assert.match(data, /^worker [12]$/);
    cluster.disconnect();
  });
});
cluster.fork();
cluster.fork();
let exits = 0;
cluster.on('exit', (worker, code) => {
  assert.strictEqual(code, 0);
  exits++;
});
process.on('exit', () => assert.strictEqual(exits, 2));
