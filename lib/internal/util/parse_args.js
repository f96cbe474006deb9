'use strict';

// util.parseArgs(): command-line arguments → { values, positionals, tokens? } (Node 22's API).
// Two passes, as in Node: the arguments become tokens (option / positional / option-terminator),
// then the tokens are checked (strict mode) and stored, and defaults fill what is left.

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = require('internal/errors').codes;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function getOwn(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

function optionGetOwn(options, name, key) {
  return hasOwn(options, name) ? getOwn(options[name], key) : undefined;
}

// Evaluated code (-e, -p) has no script path in argv, so its arguments start one earlier.
const evalFlags = new Set(['-e', '--eval', '-p', '--print', '-pe', '-ep']);

function getMainArgs() {
  const evaluating = process.execArgv.some(
    (flag) => evalFlags.has(flag) || flag.startsWith('--eval=') || flag.startsWith('--print='));
  return process.argv.slice(evaluating ? 1 : 2);
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isStringOption = (options, name) => optionGetOwn(options, name, 'type') === 'string';

// `--port --verbose` with port a string option: probably a forgotten value.
function looksLikeOption(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Arguments expanded from a short-option group share the group's index.
  let groupCount = 0;

  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    const isShortForm = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';

    if (isShortForm && arg.length === 2) {
      // -f, maybe followed by its value
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (isStringOption(options, name) && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortForm && !isStringOption(options, longForShort(arg[1], options))) {
      // -abc → -a -b -c; a string option inside takes the rest as its value: -abfFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longForShort(arg[i], options);
        if (!isStringOption(options, name) || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortForm) {
      // -fFILE
      const name = longForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2),
                    inlineValue: true });
      continue;
    }

    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        // --foo, maybe followed by its value
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (isStringOption(options, name) && next != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        // --foo=bar
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1),
                      inlineValue: true });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // --no-foo negates the boolean option foo when allowNegative is set.
    if (config.allowNegative && name.startsWith('no-') &&
        hasOwn(config.options, name.slice(3)) &&
        optionGetOwn(config.options, name.slice(3), 'type') === 'boolean') {
      name = name.slice(3);
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }

  const short = optionGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && looksLikeOption(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;

  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }

  // Stored by the value given, not the declared type: non-strict mode keeps what the user typed.
  const newValue = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(newValue);
    else values[name] = [newValue];
  } else {
    values[name] = newValue;
  }
}

function validateConfig(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);

    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short,
                                        'must be a single character');
      }
    }

    const multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);

    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) {
      const validator = type === 'string' ?
        (multiple ? validateStringArray : validateString) :
        (multiple ? validateBooleanArray : validateBoolean);
      validator(defaultValue, `options.${name}.default`);
    }
  }
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined &&
        name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }

  return result;
}

module.exports = { parseArgs };
