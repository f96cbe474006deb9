'use strict';
// An http server run under cluster with 2 workers (round-robin, the Linux default): both workers
// listen on the one port the primary holds, connections alternate between them, and the events
// come in Node's order: fork → online → listening (with the address) per worker; then
// cluster.disconnect() closes the servers, the workers exit with exitedAfterDisconnect set.
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
const events = [];
let port;
for (const name of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
  cluster.on(name, (worker, ...rest) => {
    events.push(`${name}:${worker.id}`);
    if (name === 'listening') {
      const [address] = rest;
      assert.strictEqual(address.address, '127.0.0.1');
      assert.strictEqual(address.addressType, 4);
      assert.ok(address.port > 0);
      if (port !== undefined) assert.strictEqual(address.port, port);
      port = address.port;
    }
    if (name === 'exit') {
      const [code, signal] = rest;
      assert.strictEqual(code, 0);
      assert.strictEqual(signal, null);
      assert.strictEqual(worker.exitedAfterDisconnect, true);
      assert.strictEqual(worker.isDead(), true);
    }
  });
}

const workers = [cluster.fork(), cluster.fork()];
assert.deepStrictEqual(Object.keys(cluster.workers), ['1', '2']);
assert.strictEqual(workers[0].process.pid > 0, true);
let listening = 0;
cluster.on('listening', () => {
  if (++listening < 2) return;
  const answers = [];
  const next = () => {
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        answers.push(body);
        if (answers.length < 6) return next();
        // Round-robin: a free worker takes the next connection, so both answer.
        assert.deepStrictEqual([...new Set(answers)].sort(), ['worker 1', 'worker 2']);
        cluster.disconnect(() => {
          events.push('disconnected');
          assert.deepStrictEqual(cluster.workers, {});
        });
      });
    });
  };
  next();
});

process.on('exit', () => {
  for (const id of [1, 2]) {
    const mine = events.filter((e) => e.endsWith(`:${id}`));
    assert.deepStrictEqual(mine.slice(0, 3), [`fork:${id}`, `online:${id}`, `listening:${id}`]);
    assert.ok(mine.includes(`exit:${id}`));
    assert.ok(mine.includes(`disconnect:${id}`));
  }
  assert.ok(events.includes('disconnected'));
});
