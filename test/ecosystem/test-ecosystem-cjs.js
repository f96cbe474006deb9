'use strict';
// CommonJS packages, loaded and used the way applications use them.
const assert = require('assert');

const _ = require('lodash');
assert.deepStrictEqual(_.chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
assert.deepStrictEqual(_.groupBy(['one', 'two', 'three'], 'length'), { 3: ['one', 'two'], 5: ['three'] });
assert.strictEqual(_.template('hi <%= name %>')({ name: 'tide' }), 'hi tide');
assert.strictEqual(typeof _.debounce(() => {}, 10).cancel, 'function');

const semver = require('semver');
assert.ok(semver.satisfies('22.12.0', '>=22'));
assert.strictEqual(semver.inc('1.2.3', 'minor'), '1.3.0');
assert.strictEqual(semver.valid('nope'), null);

const minimist = require('minimist');
assert.deepStrictEqual(minimist(['-a', '1', '--b=x', 'rest']), { _: ['rest'], a: 1, b: 'x' });

const { Command } = require('commander');
const program = new Command();
program.exitOverride().option('-p, --port <n>', 'port', Number).argument('<file>');
program.parse(['node', 'app', '-p', '8080', 'server.js']);
assert.strictEqual(program.opts().port, 8080);
assert.deepStrictEqual(program.args, ['server.js']);

const createDebug = require('debug');
assert.strictEqual(createDebug.enabled('tide:test'), false);
createDebug.enable('tide:*');
assert.strictEqual(createDebug.enabled('tide:other'), true);

const { z } = require('zod');
const User = z.object({ name: z.string(), age: z.number().int().min(0) });
assert.deepStrictEqual(User.parse({ name: 'a', age: 3 }), { name: 'a', age: 3 });
assert.strictEqual(User.safeParse({ name: 'a', age: -1 }).success, false);

// yargs 18 is ES-module only: require() of an ES module graph (Node 22.12+); its
// `export { Yargs as 'module.exports' }` is what require() returns.
const yargs = require('yargs');
const argv = yargs(['--size', '3', 'build']).parse();
assert.strictEqual(argv.size, 3);
assert.deepStrictEqual(argv._, ['build']);
console.log('ok');
