'use strict';
// listen() in a worker when the primary cannot listen (the port is taken): the worker's server
// gets Node's error — syscall 'bind', code EADDRINUSE (round-robin, the default). A worker
// server that closes stops receiving connections: the other worker answers them all.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const { TAKEN, ROLE } = process.env;
  if (ROLE === 'taken') {
    const server = net.createServer();
    server.on('error', (err) => {
      process.send({
        code: err.code, syscall: err.syscall, port: err.port, address: err.address,
        message: err.message,
      });
    });
    server.listen(Number(TAKEN), '127.0.0.1');
    return;
  }
  // ROLE closer / keeper: share one port; the closer closes its server at once.
  const server = net.createServer((s) => s.end(ROLE));
  server.listen(Number(process.env.SHARED), '127.0.0.1', () => {
    if (ROLE === 'closer') server.close(() => process.send('closed'));
    else process.send('listening');
  });
  return;
}

const blocker = net.createServer();
blocker.listen(0, '127.0.0.1', () => {
  const taken = blocker.address().port;
  const errors = [];
  const worker = cluster.fork({ ROLE: 'taken', TAKEN: `${taken}` });
  worker.on('message', (msg) => {
    errors.push(msg);
    assert.deepStrictEqual(msg, {
      code: 'EADDRINUSE', syscall: 'bind', port: taken, address: '127.0.0.1',
      message: `bind EADDRINUSE 127.0.0.1:${taken}`,
    });
    worker.kill();
    blocker.close();
    sharing();
  });
});

function sharing() {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const shared = probe.address().port;
    probe.close(() => {
      const env = { SHARED: `${shared}` };
      const keeper = cluster.fork({ ...env, ROLE: 'keeper' });
      keeper.once('message', () => {
        const closer = cluster.fork({ ...env, ROLE: 'closer' });
        closer.once('message', (msg) => {
          assert.strictEqual(msg, 'closed');
          const answers = [];
          for (let i = 0; i < 4; i++) {
            let data = '';
            net.connect(shared, '127.0.0.1').on('data', (d) => { data += d; }).on('end', () => {
              answers.push(data);
              if (answers.length === 4) {
                assert.deepStrictEqual(answers, ['keeper', 'keeper', 'keeper', 'keeper']);
                cluster.disconnect();
              }
            });
          }
        });
      });
    });
  });
}
