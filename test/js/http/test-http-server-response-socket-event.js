'use strict';
// A response the server has just made gets its socket without asking its (empty) listener table
// for 'socket' listeners (lib/_http_server.js assignNewResponse). Whoever can put a listener there
// before that moment must still see the event: an EventEmitter.init patched as node:domain and
// instrumentation patch it, a ServerResponse subclass constructor, a pipelined response that
// waits for its socket (its listener added by the handler), and a prototype setter for one of the
// fields the server writes after constructing the response. Same events under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');
const EventEmitter = require('events');

const seen = [];

function request(port, raw) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.write(raw);
  });
}

function serve(options, handler) {
  return new Promise((resolve) => {
    const server = http.createServer(options, handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
const GET_CLOSE = 'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';

async function main() {
  // 1. EventEmitter.init patched to add a listener to every response.
  const originalInit = EventEmitter.init;
  EventEmitter.init = function(opts) {
    originalInit.call(this, opts);
    if (this instanceof http.ServerResponse) {
      this.on('socket', (s) => seen.push(['init-patch', s instanceof net.Socket]));
    }
  };
  let server = await serve({}, (req, res) => res.end('a'));
  await request(server.address().port, GET_CLOSE);
  server.close();
  EventEmitter.init = originalInit;
  assert.deepStrictEqual(seen.splice(0), [['init-patch', true]]);

  // 2. A subclass whose constructor listens.
  class Listening extends http.ServerResponse {
    constructor(req, options) {
      super(req, options);
      this.on('socket', () => seen.push(['subclass', req.url]));
    }
  }
  server = await serve({ ServerResponse: Listening }, (req, res) => res.end('b'));
  await request(server.address().port, GET_CLOSE);
  server.close();
  assert.deepStrictEqual(seen.splice(0), [['subclass', '/last']]);

  // 3. Pipelined: the second response waits for the socket; its handler listens meanwhile.
  server = await serve({}, (req, res) => {
    if (req.url === '/last') {
      assert.strictEqual(res.socket, null);
      res.on('socket', () => seen.push(['pipelined', req.url]));
      res.end('c');
    } else {
      setTimeout(() => res.end('first'), 20);
    }
  });
  const out = await request(server.address().port, GET + GET_CLOSE);
  server.close();
  assert.strictEqual(out.split('HTTP/1.1 200 OK').length, 3);
  assert.deepStrictEqual(seen.splice(0), [['pipelined', '/last']]);

  // 4. A setter on the prototype chain for a field the server sets after construction, which
  //    calls on(): the listener it adds is heard.
  Object.defineProperty(http.ServerResponse.prototype, '_maxRequestsPerSocket', {
    configurable: true,
    set(v) {
      Object.defineProperty(this, '_maxRequestsPerSocket', {
        value: v, writable: true, enumerable: true, configurable: true,
      });
      this.on('socket', () => seen.push(['setter']));
    },
    get() { return undefined; },
  });
  server = await serve({}, (req, res) => res.end('d'));
  await request(server.address().port, GET_CLOSE);
  server.close();
  delete http.ServerResponse.prototype._maxRequestsPerSocket;
  assert.deepStrictEqual(seen.splice(0), [['setter']]);

  // 5. The plain case: no listener, nothing seen, and the response still works; a listener
  //    added in the handler is too late for 'socket' (it was emitted before 'request').
  server = await serve({}, (req, res) => {
    assert.ok(res.socket);
    res.on('socket', () => seen.push(['late']));
    res.end('e');
  });
  const plain = await request(server.address().port, GET_CLOSE);
  server.close();
  assert.match(plain, /^HTTP\/1\.1 200 OK\r\n/);
  assert.deepStrictEqual(seen, []);
}

main().then(() => console.log('ok'));
