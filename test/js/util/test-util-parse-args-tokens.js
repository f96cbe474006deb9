'use strict';
// util.parseArgs({ tokens: true }): the token list with kind, name, rawName, index, value and
// inlineValue, as Node reports them (groups share an index; a separate value takes one).

const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  flag: { type: 'boolean', short: 'f' },
  name: { type: 'string', short: 'n' },
};

const { tokens } = parseArgs({
  args: ['-fn', 'x', '--name=y', '--flag', 'pos', '-nz', '--', '--flag'],
  options,
  allowPositionals: true,
  tokens: true,
});

assert.deepStrictEqual(tokens, [
  { kind: 'option', name: 'flag', rawName: '-f', index: 0, value: undefined,
    inlineValue: undefined },
  { kind: 'option', name: 'name', rawName: '-n', index: 0, value: 'x', inlineValue: false },
  { kind: 'option', name: 'name', rawName: '--name', index: 2, value: 'y', inlineValue: true },
  { kind: 'option', name: 'flag', rawName: '--flag', index: 3, value: undefined,
    inlineValue: undefined },
  { kind: 'positional', index: 4, value: 'pos' },
  { kind: 'option', name: 'name', rawName: '-n', index: 5, value: 'z', inlineValue: true },
  { kind: 'option-terminator', index: 6 },
  { kind: 'positional', index: 7, value: '--flag' },
]);

// No tokens unless asked for.
assert.strictEqual('tokens' in parseArgs({ args: [], options }), false);

// A negated option's token carries the option's name and the raw --no- form.
{
  const result = parseArgs({ args: ['--no-flag'], options, allowNegative: true, tokens: true });
  assert.strictEqual(result.values.flag, false);
  assert.deepStrictEqual(result.tokens, [
    { kind: 'option', name: 'flag', rawName: '--no-flag', index: 0, value: undefined,
      inlineValue: undefined },
  ]);
}
