'use strict';
// util.parseArgs: options of each type, short forms and groups, multiple, defaults, positionals,
// the option terminator, negation, non-strict mode, and the values object's null prototype.

const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  output: { type: 'string', short: 'o' },
  include: { type: 'string', short: 'I', multiple: true },
  level: { type: 'string', default: 'info' },
  tag: { type: 'string', multiple: true, default: ['none'] },
};

function parse(args, extra) {
  return parseArgs({ args, options, ...extra });
}

{
  const { values, positionals } = parse(['--verbose', '--output', 'out.txt']);
  assert.strictEqual(Object.getPrototypeOf(values), null);
  assert.deepStrictEqual({ ...values },
                         { verbose: true, output: 'out.txt', level: 'info', tag: ['none'] });
  assert.deepStrictEqual(positionals, []);
}

// Short options, an inline value, a value that starts with a dash after '='.
assert.deepStrictEqual({ ...parse(['-v', '-oout']).values },
                       { verbose: true, output: 'out', level: 'info', tag: ['none'] });
assert.strictEqual(parse(['--output=-x']).values.output, '-x');
assert.strictEqual(parse(['-o', '-']).values.output, '-');
assert.strictEqual(parse(['--level', 'debug']).values.level, 'debug');

// A group of shorts; a string option inside takes the rest of the group as its value.
assert.deepStrictEqual({ ...parse(['-vo', 'file']).values }.output, 'file');
assert.deepStrictEqual({ ...parse(['-voFILE']).values }.output, 'FILE');

// multiple: every occurrence in order; a given value replaces the default.
assert.deepStrictEqual(parse(['-Ia', '--include', 'b', '--include=c']).values.include,
                       ['a', 'b', 'c']);
assert.deepStrictEqual(parse(['--tag', 'x']).values.tag, ['x']);

// Positionals and the terminator.
{
  const { values, positionals } = parse(['a', '-v', 'b', '--', '-o', '--x'],
                                        { allowPositionals: true });
  assert.strictEqual(values.verbose, true);
  assert.strictEqual(values.output, undefined);
  assert.deepStrictEqual(positionals, ['a', 'b', '-o', '--x']);
}

// allowNegative: --no-<boolean> stores false; the last one wins.
assert.strictEqual(parse(['--no-verbose'], { allowNegative: true }).values.verbose, false);
assert.strictEqual(parse(['--no-verbose', '-v'], { allowNegative: true }).values.verbose, true);

// Non-strict: anything goes, stored by what was given; positionals allowed by default.
{
  const { values, positionals } = parseArgs({ args: ['--foo', '--bar=1', '-xy', 'p', '--no-z'],
                                              strict: false });
  assert.deepStrictEqual({ ...values }, { foo: true, bar: '1', x: true, y: true, 'no-z': true });
  assert.deepStrictEqual(positionals, ['p']);
}
assert.deepStrictEqual(parseArgs({ args: ['--output'], options, strict: false }).values.output,
                       true);

// __proto__ is never stored.
assert.strictEqual(Object.getPrototypeOf(parseArgs({ args: ['--__proto__'], strict: false }).values),
                   null);

// No args: process.argv after the script.
{
  const saved = process.argv;
  process.argv = [saved[0], saved[1], '--from-argv', 'pos'];
  try {
    const { values, positionals } = parseArgs({ strict: false });
    assert.deepStrictEqual({ ...values }, { 'from-argv': true });
    assert.deepStrictEqual(positionals, ['pos']);
  } finally {
    process.argv = saved;
  }
}
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, []);
