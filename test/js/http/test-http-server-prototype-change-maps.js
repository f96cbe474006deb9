'use strict';
// A handler that gives each request and response another prototype and then adds properties, as
// express does (app.request = Object.create(http.IncomingMessage.prototype), setPrototypeOf per
// request, then req.res, req.next, req.params, ...), must leave consecutive requests' objects with
// one map: V8 10.2 records no transition from a plain object whose prototype was changed, so each
// request's objects got maps of their own and every inline cache that saw them went megamorphic.
// Run with --allow-natives-syntax (the .args file). Node v20 (V8 11.3) fails this: its req/res
// objects are plain JS objects there (Node 24's V8 passes).
const assert = require('assert');
const http = require('http');

const reqProto = Object.create(http.IncomingMessage.prototype);
const resProto = Object.create(http.ServerResponse.prototype);
const seen = [];
const server = http.createServer((req, res) => {
  Object.setPrototypeOf(req, reqProto);
  Object.setPrototypeOf(res, resProto);
  req.res = res;
  res.req = req;
  res.locals = Object.create(null);
  req.next = () => {};
  req.baseUrl = '';
  req.originalUrl = req.url;
  req.params = {};
  seen.push({ req, res });
  res.end('ok');
});

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  const get = () => new Promise((resolve, reject) => {
    http.get({ port: server.address().port, agent, path: '/' }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
  for (let i = 0; i < 5; i++) await get();
  agent.destroy();
  server.close();
  assert.strictEqual(seen.length, 5);
  // The first request tells the server what its handler does; the ones after it share maps.
  for (let i = 2; i < seen.length; i++) {
    assert.ok(%HaveSameMap(seen[1].req, seen[i].req), `req ${i}`);
    assert.ok(%HaveSameMap(seen[1].res, seen[i].res), `res ${i}`);
  }
  for (const { req, res } of seen) {
    assert.strictEqual(Object.getPrototypeOf(req), reqProto);
    assert.strictEqual(Object.getPrototypeOf(res), resProto);
    assert.ok(req instanceof http.IncomingMessage);
    assert.ok(res instanceof http.ServerResponse);
  }
});
