// ES-module packages (chalk, date-fns, yargs: string-width's `v`-flag regular expressions) and
// CommonJS packages imported from an ES module (default export; named exports where the lexer sees them).
import assert from 'node:assert';
import chalk, { Chalk } from 'chalk';
import { format, addDays } from 'date-fns';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import _ from 'lodash';
import semver from 'semver';
import { satisfies } from 'semver';
import { z } from 'zod';

const colored = new Chalk({ level: 1 }).red('x');
assert.strictEqual(colored, '\u001b[31mx\u001b[39m');
assert.strictEqual(typeof chalk.bold, 'function');
assert.strictEqual(format(addDays(new Date(2024, 0, 31), 1), 'yyyy-MM-dd'), '2024-02-01');
const argv = await yargs(hideBin(['node', 'app', '--n', '5'])).parseAsync();
assert.strictEqual(argv.n, 5);
assert.deepStrictEqual(_.uniq([1, 1, 2]), [1, 2]);
assert.ok(semver.gt('2.0.0', '1.9.9'));
assert.ok(satisfies('1.2.3', '^1'));
assert.strictEqual(z.string().email().safeParse('nope').success, false);
console.log('ok');
