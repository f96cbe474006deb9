'use strict';
// util.inspect / console.log of Buffers: <Buffer ..> hex bytes, the INSPECT_MAX_BYTES limit, extra
// own properties, and nested buffers.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
  `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60, 1)),
  `<Buffer ${'01 '.repeat(50).trim()} ... 10 more bytes>`);
assert.strictEqual(util.inspect({ b: Buffer.from([1, 2]) }), '{ b: <Buffer 01 02> }');
assert.strictEqual(util.inspect([Buffer.from('a')]), '[ <Buffer 61> ]');
assert.strictEqual(util.format('%o', Buffer.from('a')).startsWith('<Buffer 61'), true);

const extra = Buffer.from('ab');
extra.name = 'x';
assert.strictEqual(util.inspect(extra), "<Buffer 61 62, name: 'x'>");
const emptyExtra = Buffer.alloc(0);
emptyExtra.x = 1;
assert.strictEqual(util.inspect(emptyExtra), '<Buffer x: 1>');

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { buffer.INSPECT_MAX_BYTES = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(util.inspect(new Uint8Array([1])), 'Uint8Array(1) [ 1 ]');
