'use strict';
// v8.serialize writes the bytes Node writes (V8's format plus Node's host-object records for
// ArrayBufferViews), and v8.deserialize reads what Node wrote: the fixture was recorded by node v20.
const assert = require('assert');
const path = require('path');
const v8 = require('v8');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'v8');
const values = require(path.join(fixtures, 'values.js'))();
const recorded = require(path.join(fixtures, 'node-serialized.json'));

assert.strictEqual(values.length, Object.keys(recorded).length);
for (const [name, value] of values) {
  const bytes = v8.serialize(value);
  assert.ok(Buffer.isBuffer(bytes), name);
  assert.strictEqual(bytes.toString('hex'), recorded[name], `serialize(${name})`);

  const decoded = v8.deserialize(Buffer.from(recorded[name], 'hex'));
  if (name === 'error') {
    assert.ok(decoded instanceof RangeError);
    assert.strictEqual(decoded.message, 'bad');
    assert.strictEqual(decoded.stack, value.stack);
  } else {
    assert.deepStrictEqual(decoded, value, `deserialize(${name})`);
  }
}

// Types survive: a Buffer comes back as a Buffer, typed arrays as their own type.
const decoded = v8.deserialize(v8.serialize({ b: Buffer.from('x'), u: new Uint16Array([7]) }));
assert.ok(Buffer.isBuffer(decoded.b));
assert.ok(decoded.u instanceof Uint16Array);
assert.strictEqual(decoded.u[0], 7);

// Only the view's bytes are written, not its whole (pooled) ArrayBuffer.
const slice = Buffer.from('0123456789').subarray(3, 5);
assert.strictEqual(v8.serialize(slice).toString('hex'), 'ff0f5c0a023334');

// A plain Uint8Array (not a Buffer) is decoded as a Uint8Array.
const u8 = v8.deserialize(v8.serialize(new Uint8Array([1, 2])));
assert.strictEqual(Object.getPrototypeOf(u8), Uint8Array.prototype);

// Misaligned host-object payloads are copied so the typed array can be built.
const misaligned = Buffer.concat([Buffer.from([0]), v8.serialize(new Float64Array([2.5]))]);
assert.deepStrictEqual(v8.deserialize(misaligned.subarray(1)), new Float64Array([2.5]));

// Deserializing a Uint8Array view works the same as a Buffer.
assert.deepStrictEqual(v8.deserialize(new Uint8Array(v8.serialize([1, 2]))), [1, 2]);
// Circular structures.
const circ = { name: 'c' };
circ.self = circ;
const back = v8.deserialize(v8.serialize(circ));
assert.strictEqual(back.self, back);

// A host-object record with an unknown type tag. (Node fails with an incidental TypeError here;
// tide names the problem.)
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c2a0100', 'hex')),
              process.versions.tide !== undefined ? { code: 'ERR_INVALID_ARG_VALUE' } : TypeError);
