'use strict';
// Once a handler changes the prototype of its requests or responses (as express does), tide's
// server makes the next ones differently (as API objects: docs/design-notes.md, "Express: detached
// maps"); users must not be able to tell. The requests and responses of a server in that mode are
// compared with those of a server that never saw a prototype change: keys and their order, for-in,
// Object.prototype.toString, util.inspect, headers, prototype chain. Servers given their own
// IncomingMessage/ServerResponse classes (a util.inherits-style function and a class) keep making
// instances of those classes.
const assert = require('assert');
const http = require('http');
const util = require('util');
const { Readable } = require('stream');
const EventEmitter = require('events');

function forIn(obj) {
  const keys = [];
  for (const k in obj) keys.push(k);
  return keys;
}

function snapshot(req, res) {
  return {
    keys: Object.keys(req),
    own: Reflect.ownKeys(req).map(String),
    forIn: forIn(req),
    tag: Object.prototype.toString.call(req),
    inspect: util.inspect(req, { depth: 0 }),
    headers: JSON.stringify(req.headers),
    rawHeaders: req.rawHeaders,
    resKeys: Object.keys(res),
    resOwn: Reflect.ownKeys(res).map(String),
    resForIn: forIn(res),
    resTag: Object.prototype.toString.call(res),
    resInspect: util.inspect(res, { depth: 0 }),
    resHeaders: JSON.stringify(res.getHeaders()),
  };
}

function checkChain(req, res, IM, SR) {
  assert.strictEqual(Object.getPrototypeOf(req), IM.prototype);
  assert.strictEqual(Object.getPrototypeOf(res), SR.prototype);
  assert.strictEqual(req.constructor, IM);
  assert.strictEqual(res.constructor, SR);
  for (const C of [http.IncomingMessage, Readable, EventEmitter]) assert.ok(req instanceof C);
  for (const C of [http.ServerResponse, http.OutgoingMessage, EventEmitter]) {
    assert.ok(res instanceof C);
  }
  assert.strictEqual(typeof req, 'object');
  assert.strictEqual(Object.isExtensible(req), true);
}

// A server whose first request's objects get another prototype, and whose later ones do not.
function makeServer(options, onLater) {
  let n = 0;
  const server = http.createServer(options, (req, res) => {
    if (n++ === 0) {
      Object.setPrototypeOf(req, Object.create(Object.getPrototypeOf(req)));
      Object.setPrototypeOf(res, Object.create(Object.getPrototypeOf(res)));
    } else {
      onLater(req, res);
    }
    res.setHeader('x-a', '1');
    res.end('ok');
  });
  return server;
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function get(server, agent, path) {
  return new Promise((resolve, reject) => {
    http.get({
      port: server.address().port, agent, path, headers: { host: 'example', 'x-b': ['1', '2'] },
    }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

function MyRequest(socket) {
  http.IncomingMessage.call(this, socket);
  this.mine = 'request';
}
util.inherits(MyRequest, http.IncomingMessage);
class MyResponse extends http.ServerResponse {
  constructor(req, options) {
    super(req, options);
    this.mine = 'response';
  }
}

(async () => {
  const agent = new http.Agent({ keepAlive: true });
  const snaps = [];
  const plain = http.createServer((req, res) => {
    checkChain(req, res, http.IncomingMessage, http.ServerResponse);
    snaps.push(snapshot(req, res));
    res.setHeader('x-a', '1');
    res.end('ok');
  });
  const changed = makeServer({}, (req, res) => {
    checkChain(req, res, http.IncomingMessage, http.ServerResponse);
    snaps.push(snapshot(req, res));
  });
  let customSeen = 0;
  const custom = makeServer({ IncomingMessage: MyRequest, ServerResponse: MyResponse },
                            (req, res) => {
                              checkChain(req, res, MyRequest, MyResponse);
                              assert.strictEqual(req.mine, 'request');
                              assert.strictEqual(res.mine, 'response');
                              customSeen++;
                            });
  for (const s of [plain, changed, custom]) await listen(s);
  for (let i = 0; i < 3; i++) {
    await get(plain, agent, '/a?b=c');
    await get(changed, agent, '/a?b=c');
    await get(custom, agent, '/a?b=c');
  }
  agent.destroy();
  for (const s of [plain, changed, custom]) s.close();

  // tide's mode flag (node has none): only `changed` switched.
  const kShaped = Object.getOwnPropertySymbols(changed)
    .find((sym) => sym.description === 'kShapedMessages');
  if (kShaped !== undefined) {
    assert.deepStrictEqual([plain[kShaped], changed[kShaped], custom[kShaped]], [false, true, false]);
  }
  assert.strictEqual(customSeen, 2);
  // plain ×3 and changed ×2 (its first request is not recorded), in the order they came.
  assert.strictEqual(snaps.length, 5);
  const reference = snaps[0];
  assert.strictEqual(reference.tag, '[object Object]');
  assert.strictEqual(reference.resTag, '[object Object]');
  assert.match(reference.inspect, /^IncomingMessage \{/);
  assert.match(reference.resInspect, /^ServerResponse \{/);
  assert.strictEqual(reference.headers, '{"host":"example","x-b":"1, 2","connection":"keep-alive"}');
  for (const snap of snaps.slice(1)) assert.deepStrictEqual(snap, reference);
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
