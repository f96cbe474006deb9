'use strict';
// Disconnecting: worker.disconnect() from the primary closes the worker's server (the primary
// stops handing it connections) and the worker exits by itself with exitedAfterDisconnect set;
// cluster.worker.disconnect() in a worker does the same from the other side; 'disconnect' comes
// before 'exit'; a disconnected worker is gone from cluster.workers; cluster.disconnect(cb) with
// no workers calls back.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((s) => s.end(`${cluster.worker.id}`));
  server.on('close', () => process.send({ closed: cluster.worker.id }));
  cluster.worker.on('disconnect', () => {
    assert.strictEqual(cluster.worker.exitedAfterDisconnect, true);
  });
  server.listen(0, '127.0.0.1', () => {
    if (process.env.TIDE_SELF_DISCONNECT) {
      setTimeout(() => cluster.worker.disconnect(), 10);
    }
  });
  return;
}

const log = [];
const byPrimary = cluster.fork();
const bySelf = cluster.fork({ TIDE_SELF_DISCONNECT: '1' });
for (const worker of [byPrimary, bySelf]) {
  worker.on('message', (msg) => log.push(`closed:${msg.closed}`));
  worker.on('disconnect', () => {
    log.push(`disconnect:${worker.id}`);
    assert.strictEqual(worker.isConnected(), false);
    assert.strictEqual(worker.state, 'disconnected');
  });
  worker.on('exit', (code, signal) => {
    log.push(`exit:${worker.id}`);
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
    assert.strictEqual(cluster.workers[worker.id], undefined);
  });
}
byPrimary.on('listening', (address) => {
  byPrimary.disconnect();
  assert.strictEqual(byPrimary.exitedAfterDisconnect, true);
  // Already out of cluster.workers (Node removes it at once).
  assert.strictEqual(cluster.workers[byPrimary.id], undefined);
  // Sending to a disconnecting worker is no error yet; afterwards it is.
  byPrimary.on('exit', () => {
    byPrimary.send('late', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      log.push('late-send');
    });
  });
  void address;
});

process.on('exit', () => {
  for (const id of [1, 2]) {
    const mine = log.filter((e) => e.endsWith(`:${id}`));
    assert.ok(mine.includes(`closed:${id}`) || id === 1, mine);
    assert.ok(mine.indexOf(`disconnect:${id}`) < mine.indexOf(`exit:${id}`), mine);
    assert.ok(mine.indexOf(`disconnect:${id}`) >= 0, mine);
  }
  assert.ok(log.includes('late-send'));
  assert.ok(log.includes('empty-disconnect'));
});

cluster.on('exit', () => {
  if (Object.keys(cluster.workers).length === 0 && !log.includes('empty-disconnect')) {
    cluster.disconnect(() => log.push('empty-disconnect'));
  }
});
