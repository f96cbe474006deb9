// Top-level await in the main module: timers and promises settle, the program goes on.
import assert from 'assert';
const order = [];
order.push('start');
const value = await new Promise((resolve) => setTimeout(() => resolve(42), 10));
order.push('after timer');
await null;
order.push('after await null');
assert.strictEqual(value, 42);
assert.deepStrictEqual(order, ['start', 'after timer', 'after await null']);
