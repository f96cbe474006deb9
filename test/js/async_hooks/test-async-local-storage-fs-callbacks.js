'use strict';
// fs callbacks run in the AsyncLocalStorage store of the call that started them (as Node's), and
// fs.ReadStream events (driven by those callbacks) see the store of the code that opened it.
const assert = require('assert');
const fs = require('fs');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
als.run('stat', () => fs.stat(__filename, (err) => {
  assert.ifError(err);
  seen.push(['stat', als.getStore()]);
}));
als.run('read', () => fs.readFile(__filename, 'utf8', (err, text) => {
  assert.ifError(err);
  assert.ok(text.includes('AsyncLocalStorage'));
  seen.push(['readFile', als.getStore()]);
}));
als.run('missing', () => fs.open('/nonexistent/x', 'r', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  seen.push(['open error', als.getStore()]);
}));
fs.stat(__filename, () => seen.push(['outside', als.getStore()]));

process.on('exit', () => {
  const sorted = (list) => list.map((entry) => JSON.stringify(entry)).sort();
  assert.deepStrictEqual(sorted(seen), sorted([['stat', 'stat'], ['readFile', 'read'],
    ['open error', 'missing'], ['outside', undefined]]));
});
