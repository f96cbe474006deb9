'use strict';
// send(message, handle): a listening net.Server goes to the child, which then answers connections
// on it; accepted net.Sockets go over one by one (the parent lets go of each, or keeps it with
// keepOpen); the child sends a server of its own back; the same works over an 'advanced' channel;
// handles of other kinds are refused with ERR_INVALID_HANDLE_TYPE.
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let socketsSeen = 0;
  process.on('message', (msg, handle) => {
    if (msg.kind === 'server') {
      assert.ok(handle instanceof net.Server);
      handle.on('connection', (s) => s.end(`child ${process.pid}`));
      process.on('disconnect', () => handle.close());
      process.send({ kind: 'server-ready' });
    } else if (msg.kind === 'socket') {
      assert.ok(handle instanceof net.Socket);
      handle.end(`socket ${++socketsSeen} ${msg.note}`);
    } else if (msg.kind === 'give-back') {
      const own = net.createServer((s) => s.end('child-made server'));
      own.listen(0, () => {
        process.send({ kind: 'here', port: own.address().port }, own, () => own.close());
      });
    }
  });
  return;
}

function readAll(port) {
  return new Promise((resolve, reject) => {
    let data = '';
    net.connect(port).on('data', (d) => { data += d; }).on('end', () => resolve(data))
      .on('error', reject);
  });
}

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

async function run(serialization) {
  const child = fork(__filename, ['child'], { serialization });

  // A server: after the parent closes its own copy, only the child answers on the port.
  const server = net.createServer(() => assert.fail('the parent closed its copy'));
  await once(server.listen(0), 'listening');
  const { port } = server.address();
  child.send({ kind: 'server' }, server);
  const [ready] = await once(child, 'message');
  assert.deepStrictEqual(ready, { kind: 'server-ready' });
  server.close();
  assert.strictEqual(await readAll(port), `child ${child.pid}`);

  // Sockets: the second is sent with keepOpen, so the parent may still write to it.
  const sockets = [];
  const front = net.createServer((s) => sockets.push(s));
  await once(front.listen(0), 'listening');
  const first = readAll(front.address().port);
  while (sockets.length < 1) await new Promise((r) => setImmediate(r));
  child.send({ kind: 'socket', note: 'moved' }, sockets[0]);
  assert.strictEqual(front._connections, 0);  // no longer the parent's connection
  assert.strictEqual(await first, 'socket 1 moved');
  assert.strictEqual(sockets[0]._handle, null);
  // (Destroying sockets[0] now would count it out a second time in node v20 (-1); tide does not.)
  const second = readAll(front.address().port);
  while (sockets.length < 2) await new Promise((r) => setImmediate(r));
  sockets[1].write('parent wrote first; ');
  child.send({ kind: 'socket', note: 'kept' }, sockets[1], { keepOpen: true });
  assert.strictEqual(await second, 'parent wrote first; socket 2 kept');
  front.close();

  // The other way round: a server from the child.
  child.send({ kind: 'give-back' });
  const [msg, back] = await once(child, 'message');
  assert.strictEqual(msg.kind, 'here');
  assert.ok(back instanceof net.Server);
  back.on('connection', (s) => s.end('parent answers now'));
  await new Promise((r) => setTimeout(r, 20));  // the child closes its copy when its send is done
  assert.strictEqual(await readAll(msg.port), 'parent answers now');
  back.close();

  child.disconnect();
  const [code] = await once(child, 'exit');
  assert.strictEqual(code, 0);
}

(async () => {
  await run('json');
  await run('advanced');

  const child = fork(__filename, ['child'], { stdio: 'ignore' });
  assert.throws(() => child.send('x', {}), {
    code: 'ERR_INVALID_HANDLE_TYPE',
    message: 'This handle type cannot be sent',
  });
  assert.throws(() => child.send('x', new (require('events'))()), { code: 'ERR_INVALID_HANDLE_TYPE' });
  child.kill();
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
