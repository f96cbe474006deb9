'use strict';
// The JSStreamSocket class reached through a TLSSocket over a plain stream
// (`tlsSocket._handle._parentWrap.constructor`, which http2-wrapper — loaded by got — takes):
// a net.Socket over any Duplex, reading its data and writing to it.
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const { Duplex, PassThrough } = require('stream');

const JSStreamSocket = new tls.TLSSocket(new PassThrough())._handle._parentWrap.constructor;
assert.strictEqual(typeof JSStreamSocket, 'function');

// A Duplex that answers each write with its upper-cased text and ends when its writer does.
const inner = new Duplex({
  read() {},
  write(chunk, encoding, cb) {
    this.push(String(chunk).toUpperCase());
    cb();
  },
  final(cb) {
    this.push(null);
    cb();
  },
});
const socket = new JSStreamSocket(inner);
assert.ok(socket instanceof net.Socket);

const events = [];
let got = '';
socket.setEncoding('utf8');
socket.on('data', (d) => { got += d; });
socket.write('hello ', () => events.push('written'));
socket.end('world');
socket.on('end', () => events.push('end'));
socket.on('close', () => {
  assert.strictEqual(got, 'HELLO WORLD');
  assert.deepStrictEqual(events, ['written', 'end']);
  assert.strictEqual(inner.destroyed, true);
});
