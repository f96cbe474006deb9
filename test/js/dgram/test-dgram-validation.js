'use strict';
// Argument validation of createSocket, send, bind, the setters and buffer sizes: Node's codes,
// classes and messages.
const assert = require('assert');
const dgram = require('dgram');

const badType = {
  code: 'ERR_SOCKET_BAD_TYPE',
  name: 'TypeError',
  message: 'Bad socket type specified. Valid types are: udp4, udp6',
};
assert.throws(() => dgram.createSocket('udp5'), badType);
assert.throws(() => dgram.createSocket(), badType);
assert.throws(() => dgram.createSocket({ type: 'tcp' }), badType);
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "lookup" argument must be of type function. Received type number (1)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.ok(dgram.createSocket('udp4') instanceof dgram.Socket);
assert.ok(dgram.createSocket('udp4') instanceof require('events'));

const s = dgram.createSocket('udp4');
const bufTypes = 'must be of type string or an instance of Buffer, TypedArray, or DataView.';
assert.throws(() => s.send(5, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "buffer" argument ${bufTypes} Received type number (5)`,
});
assert.throws(() => s.send([5], 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "buffer list arguments" argument ${bufTypes} Received an instance of Array`,
});
assert.throws(() => s.send({}, 0, 1, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.send('abc', 2, 5, 1234), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"length" is outside of buffer bounds',
});
assert.throws(() => s.send('abc', 5, 0, 1234), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
});
for (const port of [0, -1, 65536, 'x', null, undefined, NaN, 1.5]) {
  assert.throws(() => s.send('x', port), {
    code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  });
}
assert.throws(() => s.send('x', 0), {
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => s.send('x', 1234, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (5)',
});

// Setters on an unbound socket: the libuv error of the missing descriptor.
assert.throws(() => s.setBroadcast(true), {
  code: 'EBADF', syscall: 'setBroadcast', errno: -9, message: 'setBroadcast EBADF',
});
assert.throws(() => s.setTTL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ttl" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => s.setMulticastTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setMulticastInterface(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "interfaceAddress" argument must be of type string. Received type number (1)',
});
assert.throws(() => s.addMembership(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError',
  message: 'The "multicastAddress" argument must be specified',
});
assert.throws(() => s.dropMembership(''), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => s.addSourceSpecificMembership(1, '232.1.1.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sourceAddress" argument must be of type string. Received type number (1)',
});
assert.throws(() => s.dropSourceSpecificMembership('10.0.0.1', 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groupAddress" argument must be of type string. Received type number (2)',
});
assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname' });

// Buffer sizes.
for (const size of [-1, 1.5, 'x', 2 ** 32, undefined]) {
  assert.throws(() => s.setRecvBufferSize(size), {
    code: 'ERR_SOCKET_BAD_BUFFER_SIZE', name: 'TypeError',
    message: 'Buffer size must be a positive integer',
  });
  assert.throws(() => s.setSendBufferSize(size), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
}
assert.throws(() => s.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.message, 'Could not get or set buffer size: uv_recv_buffer_size ' +
                     'returned EBADF (bad file descriptor)');
  assert.deepStrictEqual(err.info, {
    errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_recv_buffer_size',
  });
  assert.strictEqual(err.errno, -9);
  assert.strictEqual(err.syscall, 'uv_recv_buffer_size');
  return true;
});
assert.throws(() => s.getSendBufferSize(), {
  code: 'ERR_SOCKET_BUFFER_SIZE',
  message: /uv_send_buffer_size returned EBADF/,
});

// After close every use is ERR_SOCKET_DGRAM_NOT_RUNNING.
s.close();
const notRunning = { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', name: 'Error', message: 'Not running' };
assert.throws(() => s.close(), notRunning);
assert.throws(() => s.bind(0), notRunning);
assert.throws(() => s.send('x', 1234), notRunning);
assert.throws(() => s.address(), notRunning);
assert.throws(() => s.addMembership('224.0.0.1'), notRunning);
assert.throws(() => s.setMulticastInterface('0.0.0.0'), notRunning);
assert.strictEqual(s.ref(), s);
assert.strictEqual(s.unref(), s);
