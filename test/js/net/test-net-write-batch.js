'use strict';
// Small writes made while the poll phase runs callbacks wait for its end and leave in one write
// per stream (docs/design-notes.md, "Write batching"). What a program and its peer see must be
// what Node gives: every byte, in order, before a FIN or a close, counted by bytesWritten at once,
// and sent before the thread blocks in spawnSync (a peer may be waiting for it).
const assert = require('assert');
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

function collect(socket) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

// A peer in a child process: connects to `port`, sends a byte, creates the file `mark` once the
// reply holds `reply`, and ends when the server does. Resolves with its exit code.
function runPeer(port, reply, mark) {
  const peer = spawn(process.execPath, ['-e', `
    const fs = require('fs');
    const c = require('net').connect(${port}, '127.0.0.1', () => c.write('x'));
    c.on('data', (d) => { if (String(d).includes(${JSON.stringify(reply)})) fs.writeFileSync(${JSON.stringify(mark)}, ''); });
    c.on('end', () => c.end());`], { stdio: 'inherit' });
  return new Promise((resolve) => peer.on('exit', resolve));
}

// A server whose 'data' handler is `onData(socket)`; resolves with what a client got back after
// sending one byte.
// `unixPath`: over a Unix domain socket instead of TCP.
async function roundTrip(onData, unixPath) {
  const server = net.createServer((socket) => socket.once('data', () => onData(socket)));
  await new Promise((resolve) => {
    if (unixPath) server.listen(unixPath, resolve);
    else server.listen(0, '127.0.0.1', resolve);
  });
  const client = unixPath ? net.connect(unixPath) : net.connect(server.address().port, '127.0.0.1');
  client.write('x');
  const got = await collect(client);
  server.close();
  return got;
}

async function main() {
  // Held small writes, a large write (straight to the kernel, after them), more small writes,
  // then end(): the bytes arrive in order and before the FIN.
  const big = Buffer.alloc(1 << 20, 'b');
  let got = await roundTrip((socket) => {
    socket.write('a1');
    socket.write(Buffer.from('a2'));
    socket.write(big);
    socket.write('c1');
    socket.cork();
    socket.write('c2');
    socket.write('c3');
    socket.uncork();
    socket.end('z');
  });
  assert.strictEqual(got.length, 2 + 2 + big.length + 6 + 1);
  assert.strictEqual(got.subarray(0, 4).toString(), 'a1a2');
  assert.ok(got.subarray(4, 4 + big.length).equals(big));
  assert.strictEqual(got.subarray(4 + big.length).toString(), 'c1c2c3z');

  // The same over a Unix domain socket.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-batch-'));
    got = await roundTrip((socket) => {
      socket.write('u1');
      socket.write(big);
      socket.end('u2');
    }, path.join(dir, 'sock'));
    assert.strictEqual(got.length, big.length + 4);
    assert.strictEqual(got.subarray(0, 2).toString() + got.subarray(-2).toString(), 'u1u2');
    fs.rmSync(dir, { recursive: true });
  }

  // write() then destroy() in the same callback: the bytes go out before the close.
  got = await roundTrip((socket) => {
    socket.write('before destroy');
    socket.destroy();
  });
  assert.strictEqual(got.toString(), 'before destroy');

  // bytesWritten counts a write as soon as it is made; the write's callback comes as usual.
  got = await roundTrip((socket) => {
    const before = socket.bytesWritten;
    socket.write('12345', () => {
      assert.strictEqual(socket.writableLength, 0);
      socket.end();
    });
    assert.strictEqual(socket.bytesWritten - before, 5);
  });
  assert.strictEqual(got.toString(), '12345');

  // Many connections answered in one poll phase: each gets its own bytes.
  {
    const server = net.createServer((socket) => {
      socket.on('data', (d) => socket.end(`echo:${d}`));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(`m${i}`));
      return collect(c).then((b) => b.toString());
    }));
    replies.forEach((r, i) => assert.strictEqual(r, `echo:m${i}`));
    server.close();
  }

  // The batch holds: a reply written in a read callback has not left while that callback still
  // runs. The peer (a child process) marks a file when it gets the reply; the handler watches
  // for the mark for 300 ms after writing, and must not see it. (Were the write sent at once,
  // the peer would mark the file meanwhile; this part could then pass only on a very slow host.)
  // tide's own behaviour (node writes at once), with every poll phase holding (the .env file).
  if (process.versions.tide && process.env.TIDE_WRITE_BATCH_MIN_READS === '0') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-batch-'));
    const mark = path.join(dir, 'got-reply');
    let seenWhileHeld = null;
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        socket.write('reply');
        const until = Date.now() + 300;
        while (Date.now() < until && !fs.existsSync(mark));
        seenWhileHeld = fs.existsSync(mark);
        socket.end();
        server.close();
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    assert.strictEqual(await runPeer(server.address().port, 'reply', mark), 0);
    assert.strictEqual(seenWhileHeld, false, 'the reply left before its callback ended');
    assert.ok(fs.existsSync(mark), 'the reply reached the peer');
    fs.rmSync(dir, { recursive: true });
  }

  // spawnSync blocks the thread: what was written before it must reach the peer meanwhile. The
  // peer (a child process) marks a file when it gets 'pong'; the synchronous child waits for
  // that mark, so it times out if the reply were still held.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-batch-'));
    const mark = path.join(dir, 'got-pong');
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        socket.write('pong');
        const waiter = spawnSync(process.execPath, ['-e', `
          const fs = require('fs');
          const until = Date.now() + 5000;
          while (!fs.existsSync(${JSON.stringify(mark)})) {
            if (Date.now() > until) process.exit(3);
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          }`]);
        assert.strictEqual(waiter.status, 0, 'the peer did not get the reply during spawnSync');
        socket.end();
        server.close();
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    assert.strictEqual(await runPeer(server.address().port, 'pong', mark), 0);
    fs.rmSync(dir, { recursive: true });
  }
}

main().then(() => console.log('ok'));
