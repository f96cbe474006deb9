'use strict';
// The server's fast paths keep Node's behaviour: the parser reads the socket in C++ until a
// 'data' listener wants the bytes too; socket.setEncoding() is refused; a response ended in one
// write keeps its order behind a response still queued, sends a non-ASCII head as latin1 with a
// chunked utf8 body, and counts its bytes; response and request events come in Node's order; a slow upload's reads keep an idle socket timeout from firing.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const get = (path, last) => `GET ${path} HTTP/1.1\r\nHost: x\r\n` +
                            (last ? 'Connection: close\r\n' : '') + '\r\n';

// A 'data' listener on the socket sees the bytes read after it was added (the parser still
// parses them too); setEncoding throws.
async function takeOver() {
  let seen = '';
  const server = http.createServer((req, res) => {
    if (req.url === '/first') {
      assert.throws(() => req.socket.setEncoding('utf8'), {
        code: 'ERR_HTTP_SOCKET_ENCODING',
        name: 'Error',
      });
      req.socket.on('data', (d) => { seen += d.toString('latin1'); });
    }
    res.end(`body${req.url}`);
  });
  await withServer(server, async (port) => {
    const { data } = await rawExchange(port, [get('/first'), get('/second', true)],
                                       { delayMs: 50 });
    assert.strictEqual(seen, get('/second', true));
    assert.match(data, /body\/first/);
    assert.match(data, /body\/second$/);
  });
}

// A big response goes out in many writes; the small one pipelined behind it waits its turn.
async function orderBehindQueued() {
  const big = 'x'.repeat(4 * 1024 * 1024);
  const server = http.createServer((req, res) => {
    if (req.url === '/big') res.end(big);
    else res.end('small');
  });
  await withServer(server, async (port) => {
    const { data } = await rawExchange(port, get('/big') + get('/small', true));
    const parts = data.split('HTTP/1.1 200 OK\r\n');
    assert.strictEqual(parts.length, 3);
    assert.ok(parts[1].endsWith(`\r\n\r\n${big}`));
    assert.ok(parts[2].endsWith('\r\n\r\nsmall'));
  });
}

// Before a chunked body head bytes are latin1, the body utf8, the chunk size counts utf8 bytes;
// bytesWritten adds up.
async function encodings() {
  let socket;
  const server = http.createServer((req, res) => {
    socket = req.socket;
    res.writeHead(200, { 'X-Name': 'caf\u00e9' });
    res.end('h\u00e9llo \u20ac');
  });
  await withServer(server, async (port) => {
    const { data } = await rawExchange(port, get('/enc', true));
    const bytes = Buffer.from(data, 'latin1');
    assert.ok(bytes.includes(Buffer.from('X-Name: caf\u00e9\r\n', 'latin1')));
    const body = Buffer.from('h\u00e9llo \u20ac', 'utf8');
    const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body,
                                   Buffer.from('\r\n0\r\n\r\n')]);
    assert.ok(bytes.subarray(bytes.length - chunked.length).equals(chunked));
    assert.strictEqual(socket.bytesWritten, bytes.length);
  });
  // Not chunked: the head shares the body's write and its encoding (utf8), as in Node.
  const plain = http.createServer((req, res) => {
    res.setHeader('X-Name', 'caf\u00e9');
    res.end('\u20ac');
  });
  await withServer(plain, async (port) => {
    const { data } = await rawExchange(port, get('/plain', true));
    const bytes = Buffer.from(data, 'latin1');
    assert.ok(bytes.includes(Buffer.from('X-Name: caf\u00e9\r\n', 'utf8')));
    assert.ok(bytes.includes(Buffer.from('Content-Length: 3\r\n')));
    assert.ok(bytes.subarray(bytes.length - 3).equals(Buffer.from('\u20ac')));
  });
}

// res.end(cb): 'finish' listeners and the callback run before the response's 'close'; the
// request (never read) ends and closes after that.
async function eventOrder() {
  const events = [];
  const server = http.createServer((req, res) => {
    res.on('finish', () => events.push('finish'));
    res.on('close', () => events.push('close'));
    req.on('end', () => events.push('req end'));
    req.on('close', () => events.push('req close'));
    res.end('ok', () => events.push('end cb'));
    events.push('ended');
    assert.strictEqual(res.writableEnded, true);
    assert.strictEqual(res.headersSent, true);
  });
  await withServer(server, async (port) => {
    await rawExchange(port, get('/order', true));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 20));
    // The request's 'close' comes once, after its 'end' (not when the response finishes).
    assert.deepStrictEqual(events,
                           ['ended', 'finish', 'end cb', 'close', 'req end', 'req close']);
  });
}

// A body trickled in slower than nothing-at-all would time out, but faster than the timeout:
// each read counts as activity.
async function slowUpload() {
  let timedOut = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`len=${body.length}`));
  });
  server.timeout = 500;
  server.on('timeout', (socket) => { timedOut = true; socket.destroy(); });
  await withServer(server, async (port) => {
    const head = 'POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nConnection: close\r\n\r\n';
    const { data } = await rawExchange(port, [head, 'ab', 'cd', 'ef'], { delayMs: 200 });
    assert.strictEqual(timedOut, false);
    assert.match(data, /\r\n\r\nlen=6$/);
  });
}

(async () => {
  await takeOver();
  await orderBehindQueued();
  await encodings();
  await eventOrder();
  await slowUpload();
  console.log('ok');
})();
