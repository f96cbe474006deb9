'use strict';
// The state a server request's Readable is in when the handler sees it, a tick later and once the
// response is done, for a GET without a body: IncomingMessage sets readingMore itself at
// construction (not through the state's setter), and the end-of-stream tick marks its steps on the
// request (kEofTick). The flags must read as Node's (node v20 gives the same values).
const assert = require('assert');
const http = require('http');
const net = require('net');

const fields = ['objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync',
  'needReadable', 'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted',
  'emitClose', 'autoDestroy', 'destroyed', 'closed', 'closeEmitted', 'multiAwaitDrain',
  'readingMore', 'dataEmitted', 'flowing', 'length', 'highWaterMark'];
function snap(req) {
  const s = req._readableState;
  const out = {};
  for (const f of fields) out[f] = s[f];
  out.readableFlowing = req.readableFlowing;
  out.readableEnded = req.readableEnded;
  out.complete = req.complete;
  return out;
}

const seen = [];
const server = http.createServer((req, res) => {
  seen.push(['handler', snap(req)]);
  process.nextTick(() => seen.push(['tick', snap(req)]));
  req.on('close', () => {
    seen.push(['close', snap(req)]);
    if (seen.length === 4) check();
  });
  res.on('finish', () => seen.push(['finish', snap(req)]));
  res.end('ok');
});

function check() {
  const base = {
    objectMode: false, ended: false, endEmitted: false, reading: false, constructed: true,
    sync: true, needReadable: false, emittedReadable: false, readableListening: false,
    resumeScheduled: false, errorEmitted: false, emitClose: true, autoDestroy: true,
    destroyed: false, closed: false, closeEmitted: false, multiAwaitDrain: false,
    readingMore: true, dataEmitted: false, flowing: null, length: 0, highWaterMark: 16384,
    readableFlowing: null, readableEnded: false, complete: false,
  };
  const hwm = seen[0][1].highWaterMark; // Node 20 and 22 differ in the default mark
  assert.deepStrictEqual(seen[0], ['handler', { ...base, highWaterMark: hwm }]);
  const ended = { ...base, highWaterMark: hwm, ended: true, emittedReadable: true, complete: true };
  assert.deepStrictEqual(seen[1], ['tick', ended]);
  // The server's response finish resumes the request (its dump): flowing, resume queued.
  const resumed = { ...ended, resumeScheduled: true, flowing: true, readableFlowing: true };
  assert.deepStrictEqual(seen[2], ['finish', resumed]);
  assert.deepStrictEqual(seen[3], ['close', {
    ...resumed, emittedReadable: false, resumeScheduled: false, endEmitted: true,
    readableEnded: true, destroyed: true, closed: true, closeEmitted: true,
  }]);
  server.close();
  client.destroy();
}

let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  client.on('data', () => {});
});
