'use strict';
// A keep-alive Agent reuses its sockets (req.reusedSocket, one connection on the server),
// queues requests beyond maxSockets, keeps at most maxFreeSockets idle, and closes its sockets
// on destroy(). agent: false uses a fresh connection with Connection: close.
const assert = require('assert');
const http = require('http');
const { withServer } = require('../../fixtures/http/raw');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(req.headers.connection || '');
});
server.on('connection', () => connections++);

function get(options) {
  return new Promise((resolve, reject) => {
    const req = http.get(options, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve({ body: t, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

withServer(server, async (port) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, maxFreeSockets: 1 });
  assert.strictEqual(agent.getName({ host: '127.0.0.1', port }), `127.0.0.1:${port}:`);
  const first = await get({ port, host: '127.0.0.1', agent });
  assert.strictEqual(first.body, 'keep-alive');
  assert.strictEqual(first.reused, false);
  // The socket goes back to the pool after the response.
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(agent.freeSockets[agent.getName({ host: '127.0.0.1', port })].length, 1);
  const second = await get({ port, host: '127.0.0.1', agent });
  assert.strictEqual(second.reused, true);
  // Three at once with maxSockets 1: queued, all on the one connection.
  const results = await Promise.all([1, 2, 3].map(() => get({ port, host: '127.0.0.1', agent })));
  assert.deepStrictEqual(results.map((r) => r.body), ['keep-alive', 'keep-alive', 'keep-alive']);
  assert.strictEqual(connections, 1);
  agent.destroy();

  // agent: false: a new connection, closed after the response.
  const before = connections;
  const lone = await get({ port, host: '127.0.0.1', agent: false });
  assert.strictEqual(lone.body, 'close');
  assert.strictEqual(connections, before + 1);

  assert.throws(() => new http.Agent({ scheduling: 'random' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.strictEqual(http.globalAgent instanceof http.Agent, true);
}).then(() => console.log('ok'));
