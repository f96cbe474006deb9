'use strict';

// The global `console` (and node:console). As in Node, it is a namespace object, not a Console
// instance: its prototype is an empty object, its methods are Console.prototype's bound to it (so
// `const { log } = console` works), and it reaches process.stdout / process.stderr on first
// write only.

const { Console, kBindStreamsLazy, kBindProperties } = require('internal/console/constructor');

const FunctionPrototypeBind = Function.prototype.call.bind(Function.prototype.bind);

const globalConsole = { __proto__: {} };

for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    const name = typeof key === 'string' ? key : desc.value.name;
    desc.value = FunctionPrototypeBind(desc.value, globalConsole);
    Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: name });
    // Node's global console methods are wrapped by its inspector and report length 0.
    if (typeof key === 'string') {
      Reflect.defineProperty(desc.value, 'length', { __proto__: null, value: 0 });
    }
  }
  Reflect.defineProperty(globalConsole, key, desc);
}

globalConsole[kBindProperties](true, 'auto');
globalConsole[kBindStreamsLazy](process);

// Legacy: the constructor hangs off the global console.
globalConsole.Console = Console;

// Node's console also carries the methods of V8's inspector console. Without an inspector session
// they have no visible effect, so tide provides them as such.
const kContextMethods = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
  'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
  'time', 'timeEnd', 'timeStamp',
];

Object.assign(globalConsole, {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    const contextConsole = {};
    for (const key of kContextMethods) contextConsole[key] = { [key]() {} }[key];
    return contextConsole;
  },
  createTask(...args) {
    const name = args[0];
    if (typeof name !== 'string' || name.length === 0) {
      throw new Error('First argument must be a non-empty string.');  // V8's wording and class
    }
    return {
      run(fn) {
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
  },
});

module.exports = globalConsole;
