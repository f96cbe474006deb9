'use strict';
// The HTTP server and the Readable skip emit() for their own argument-less events when nobody
// listens (lib/internal/streams/readable.js emitEndEvent, lib/_http_outgoing.js emitFinish). An
// emit() replaced on the prototype or the instance (instrumentation does this), or one patched
// onto EventEmitter.prototype, must still see every event, in Node's order; and listeners added
// late must still be called.
const assert = require('assert');
const http = require('http');
const EventEmitter = require('events');

const seen = [];
const origEmit = EventEmitter.prototype.emit;

class CountingResponse extends http.ServerResponse {
  emit(type, ...args) {
    if (typeof type === 'string') seen.push('res:' + type);
    return super.emit(type, ...args);
  }
}
class CountingRequest extends http.IncomingMessage {
  emit(type, ...args) {
    if (typeof type === 'string') seen.push('req:' + type);
    return super.emit(type, ...args);
  }
}

const late = [];
const server = http.createServer({
  ServerResponse: CountingResponse,
  IncomingMessage: CountingRequest,
}, (req, res) => res.end('ok'));

function get(srv, path, headers) {
  return new Promise((resolve, reject) => {
    http.get({ port: srv.address().port, path, headers }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

server.listen(0, async () => {
  await get(server, '/', { connection: 'close' });
  await new Promise((r) => setImmediate(r));
  for (const e of ['req:readable', 'req:resume', 'req:end', 'req:close',
                   'res:socket', 'res:prefinish', 'res:finish', 'res:close']) {
    assert(seen.includes(e), `${e} not seen by the overriding emit: ${seen.join(' ')}`);
  }
  assert(seen.indexOf('res:prefinish') < seen.indexOf('res:finish'), seen.join(' '));
  assert(seen.indexOf('res:finish') < seen.indexOf('res:close'), seen.join(' '));
  assert(seen.indexOf('req:end') < seen.indexOf('req:close'), seen.join(' '));

  // EventEmitter.prototype.emit patched after the modules loaded (as APM agents do): the
  // default classes' events reach it too.
  server.removeAllListeners('request');
  const patched = [];
  EventEmitter.prototype.emit = function(type, ...args) {
    if (this instanceof http.ServerResponse || this instanceof http.IncomingMessage) {
      patched.push(type);
    }
    return origEmit.call(this, type, ...args);
  };
  const plain = http.createServer((req, res) => res.end('ok'));
  await new Promise((r) => plain.listen(0, r));
  await get(plain, '/', { connection: 'close' });
  await new Promise((r) => setImmediate(r));
  EventEmitter.prototype.emit = origEmit;
  for (const e of ['resume', 'end', 'finish', 'prefinish']) {
    assert(patched.includes(e), `${e} not seen by the patched prototype emit: ${patched.join(' ')}`);
  }

  // Listeners added after the request arrived, on instances whose emit is EventEmitter's (the
  // per-event shortcuts then read the listener slots): each is called.
  plain.removeAllListeners('request');
  plain.on('request', (req, res) => {
    req.on('end', () => late.push('end'));
    req.on('close', () => late.push('req close'));
    res.on('prefinish', () => late.push('prefinish'));
    res.on('finish', () => late.push('finish'));
    res.on('close', () => late.push('res close'));
    res.end('ok');
  });
  await get(plain, '/', { connection: 'close' });
  await new Promise((r) => setTimeout(r, 20));
  assert.deepStrictEqual(late.sort(), ['end', 'finish', 'prefinish', 'req close', 'res close']);
  plain.close();
  server.close();
});
