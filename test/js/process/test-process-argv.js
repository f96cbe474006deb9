'use strict';
// process.argv is [execPath, script path]; runtime options (test-process-argv.args) go to
// process.execArgv, not argv; argv0 is the command as invoked.

const assert = require('assert');
const path = require('path');

assert.strictEqual(process.argv.length, 2);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.execPath));
assert.deepStrictEqual(process.execArgv, ['--no-deprecation', '--stack-trace-limit=7']);
assert.strictEqual(process.noDeprecation, true);
assert.strictEqual(Error.stackTraceLimit, 7);  // V8 options reach V8
assert.strictEqual(typeof process.argv0, 'string');
assert.strictEqual(path.basename(process.argv0), path.basename(process.execPath));
