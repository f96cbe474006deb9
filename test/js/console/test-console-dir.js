'use strict';
// console.dir(obj, options) is util.inspect with customInspect off, honouring depth, colors and
// the Console's inspectOptions; console.log of objects and several arguments; dirxml is log.
// Expected strings recorded from Node v20.

const assert = require('assert');
const { Console } = require('console');

// A fake stream collects what is written. once/removeListener/listenerCount are there because
// Node's Console calls them on the stream when ignoreErrors is on (the default).
function capture(options) {
  const out = { stdout: '', stderr: '' };
  const stream = (name) => ({
    write(chunk) { out[name] += chunk; return true; },
    once() {}, removeListener() {}, listenerCount() { return 0; },
  });
  out.console = new Console({ stdout: stream('stdout'), stderr: stream('stderr'), ...options });
  return out;
}

const nested = { a: { b: { c: { d: 1 } } } };
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };

{
  const o = capture();
  o.console.dir(nested, { depth: 0 });
  o.console.dir(nested);
  o.console.dir(nested, { depth: null });
  o.console.dir(custom);
  o.console.log(custom);
  o.console.dir('str');
  o.console.dir(5);
  o.console.dir({ a: 1 }, null);
  o.console.dir(new Map([[1, { a: { b: { c: {} } } }]]), { depth: null });
  o.console.dir({ a: 1 }, { colors: true });
  o.console.dirxml({ a: 1 }, [2], 'three');
  assert.strictEqual(o.stdout,
                     '{ a: [Object] }\n' +
                     '{ a: { b: { c: [Object] } } }\n' +
                     '{\n  a: { b: { c: { d: 1 } } }\n}\n' +
                     '{\n' +
                     '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n' +
                     '}\n' +
                     'CUSTOM\n' +
                     "'str'\n" +
                     '5\n' +
                     '{ a: 1 }\n' +
                     'Map(1) {\n  1 => { a: { b: { c: {} } } }\n}\n' +
                     '{ a: \x1b[33m1\x1b[39m }\n' +
                     "{ a: 1 } [ 2 ] three\n");
  assert.strictEqual(o.stderr, '');
}

// console.log of objects, several arguments, and values of every kind.
{
  const o = capture();
  const circular = { name: 'c' };
  circular.self = circular;
  o.console.log({ a: 1, s: 'x', n: null, u: undefined, f() {} }, 5, 'str');
  o.console.log('a', 1, null, undefined, [1, '2'], -0, 0n);
  o.console.log(circular);
  o.console.log(nested);
  o.console.log(new Error('boom').message, [new Set([1])]);
  o.console.log({ long: 'x'.repeat(70), more: 1 });
  o.console.info('info');
  o.console.debug('debug', { d: 1 });
  assert.strictEqual(o.stdout,
                     "{ a: 1, s: 'x', n: null, u: undefined, f: [Function: f] } 5 str\n" +
                     "a 1 null undefined [ 1, '2' ] -0 0n\n" +
                     "<ref *1> { name: 'c', self: [Circular *1] }\n" +
                     '{ a: { b: { c: [Object] } } }\n' +
                     'boom [ Set(1) { 1 } ]\n' +
                     `{\n  long: '${'x'.repeat(70)}',\n  more: 1\n}\n` +
                     'info\n' +
                     'debug { d: 1 }\n');
}

// inspectOptions apply to log, dir (where dir's own options win) and table.
{
  const o = capture({ inspectOptions: { depth: 0, breakLength: 20 } });
  o.console.log({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxx' });
  o.console.dir({ a: { b: 1 } });
  o.console.dir({ a: { b: 1 } }, { depth: 5 });
  assert.strictEqual(o.stdout,
                     "{\n  a: [Object],\n  c: 'xxxxxxxxxxxxxxxx'\n}\n" +
                     '{\n  a: [Object]\n}\n' +
                     '{\n  a: { b: 1 }\n}\n');
}
