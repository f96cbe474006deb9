'use strict';
// Tab completion through REPLServer#complete: globals, properties, dot commands, require ids.
const assert = require('assert');
const { run } = require('../../fixtures/repl/harness');

let server;
const complete = (line) => new Promise((resolve, reject) => {
  server.complete(line, (err, result) => (err ? reject(err) : resolve(result)));
});

(async () => {
  ({ server } = await run(['let myLexical = 1', 'const myConst = 2; class MyClass {}']));
  // Names declared with let/const/class, which the global object does not hold.
  assert.deepStrictEqual(await complete('myL'), [['myLexical'], 'myL']);
  assert.deepStrictEqual(await complete('MyCl'), [['MyClass'], 'MyCl']);

  server.context.myObject = { alpha: 1, alpine: 2, beta: 3 };

  assert.deepStrictEqual(await complete('myObj'), [['myObject'], 'myObj']);
  assert.deepStrictEqual(await complete('myObject.al'),
                         [['myObject.alpha', 'myObject.alpine'], 'myObject.al']);
  // A group per prototype, separated by '', the object's own names last.
  const [all] = await complete('myObject.');
  assert.deepStrictEqual(all.slice(-4), ['', 'myObject.alpha', 'myObject.alpine', 'myObject.beta']);
  assert.ok(all.includes('myObject.hasOwnProperty'));
  assert.ok(!all.includes('myObject.__defineGetter__'));
  class A { m() {} }
  class B extends A { n() {} }
  server.context.b = new B();
  server.context.b.own = 1;
  const [chain] = await complete('b.');
  assert.deepStrictEqual(chain.slice(chain.indexOf('b.m') - 1),
                         ['', 'b.m', '', 'b.constructor', 'b.n', '', 'b.own']);

  assert.deepStrictEqual(await complete('process.ver'),
                         [['process.version', 'process.versions'], 'process.ver']);
  assert.deepStrictEqual(await complete('Math.ma'), [['Math.max'], 'Math.ma']);
  // Built-in modules are globals of the REPL.
  const [fsNames] = await complete('fs.readFileS');
  assert.deepStrictEqual(fsNames, ['fs.readFileSync']);
  // Keywords.
  const [kw] = await complete('instanceo');
  assert.deepStrictEqual(kw, ['instanceof']);

  // Nothing for an unknown object.
  const [none] = await complete('nosuchthing.x');
  assert.deepStrictEqual(none, []);

  // Dot commands.
  assert.deepStrictEqual(await complete('.ex'), [['exit'], 'ex']);
  assert.deepStrictEqual(await complete('.b'), [['break'], 'b']);

  // require() ids.
  const [ids, on] = await complete("require('child_");
  assert.deepStrictEqual(ids, ['child_process']);
  assert.strictEqual(on, 'child_');
  const [fsIds] = await complete('require("fs');
  assert.ok(fsIds.includes('fs') && fsIds.includes('fs/promises'));

  server.close();
})().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
