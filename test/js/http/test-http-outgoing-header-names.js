'use strict';
// setHeader()'s table takes any token as a name, including the names of Object.prototype's
// members, keeps insertion order through removals, and holds many headers.
const assert = require('assert');
const http = require('http');

const odd = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'];
const server = http.createServer((req, res) => {
  assert.strictEqual(res.getHeader('constructor'), undefined);
  assert.strictEqual(res.hasHeader('toString'), false);
  for (const name of odd) res.setHeader(name, `v-${name}`);
  for (let i = 0; i < 30; i++) res.setHeader(`X-Many-${i}`, String(i));
  for (const name of odd) {
    assert.strictEqual(res.getHeader(name), `v-${name}`);
    assert.strictEqual(res.hasHeader(name.toUpperCase()), true);
  }
  res.removeHeader('constructor');
  res.removeHeader('X-Many-3');
  res.setHeader('Constructor', 'again');
  assert.strictEqual(res.getHeader('constructor'), 'again');
  const names = res.getHeaderNames();
  assert.deepStrictEqual(names.slice(0, 5), ['__proto__', 'hasownproperty', 'tostring', 'valueof', '__definegetter__']);
  assert.strictEqual(names.at(-1), 'constructor');
  assert.strictEqual(names.length, 6 + 29);
  const copy = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(copy), null);
  assert.strictEqual(copy.__proto__, 'v-__proto__');
  assert.deepStrictEqual(res.getRawHeaderNames().slice(-2), ['X-Many-29', 'Constructor']);
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    assert.strictEqual(res.rawHeaders[res.rawHeaders.indexOf('__proto__') + 1], 'v-__proto__');
    assert.strictEqual(res.headers.tostring, 'v-toString');
    assert.strictEqual(res.headers.constructor, 'again');
    assert.strictEqual(res.headers['x-many-3'], undefined);
    assert.strictEqual(res.headers['x-many-29'], '29');
    res.resume();
    res.on('end', () => server.close());
  });
});
