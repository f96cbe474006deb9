'use strict';
// Hello-world HTTP server for bench/cluster/run.sh. WORKERS=0 (default): one process serves;
// WORKERS=n: a cluster primary forks n workers that share the port (the scheduling policy is
// NODE_CLUSTER_SCHED_POLICY's, round-robin by default). WORK=µs makes each request spin the CPU that
// long first (a CPU-bound handler, the case cluster exists for). Prints the port once serving.
const cluster = require('cluster');
const http = require('http');

const workers = Number(process.env.WORKERS) || 0;
const work = BigInt(Number(process.env.WORK) || 0) * 1000n;  // ns

function serve() {
  const server = http.createServer((req, res) => {
    if (work > 0n) {
      const end = process.hrtime.bigint() + work;
      while (process.hrtime.bigint() < end);
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello, World!');
  });
  server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
    if (cluster.isPrimary) console.log(server.address().port);
  });
}

if (workers === 0 || cluster.isWorker) {
  serve();
} else {
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === workers) console.log(address.port);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
}
