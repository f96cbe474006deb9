'use strict';
// util.parseArgs errors: Node's codes and exact messages for usage errors in strict mode and for
// an invalid configuration.

const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  flag: { type: 'boolean', short: 'f' },
  name: { type: 'string', short: 'n' },
};

function throwsUsage(config, code, message) {
  assert.throws(() => parseArgs({ options, ...config }), { name: 'TypeError', code, message });
}

throwsUsage({ args: ['--other'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--other'");
throwsUsage({ args: ['-x'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '-x'");
throwsUsage({ args: ['-fx'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '-x'");
throwsUsage({ args: ['--other'], allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
            "Unknown option '--other'. To specify a positional argument starting with a '-', " +
            "place it at the end of the command after '--', as in '-- \"--other\"");
throwsUsage({ args: ['--no-name'], allowNegative: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
            "Unknown option '--no-name'");
throwsUsage({ args: ['--no-flag'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
            "Unknown option '--no-flag'");

throwsUsage({ args: ['pos'] }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
            "Unexpected argument 'pos'. This command does not take positional arguments");

throwsUsage({ args: ['--name'] }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-n, --name <value>' argument missing");
throwsUsage({ args: ['-n'] }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-n, --name <value>' argument missing");
throwsUsage({ args: ['--flag=yes'] }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-f, --flag' does not take an argument");
throwsUsage({ args: ['-fyes'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '-y'");
throwsUsage({ args: ['--name', '--flag'] }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '--name' argument is ambiguous.\n" +
            "Did you forget to specify the option argument for '--name'?\n" +
            "To specify an option argument starting with a dash use '--name=-XYZ'.");
throwsUsage({ args: ['-n', '-f'] }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-n' argument is ambiguous.\n" +
            "Did you forget to specify the option argument for '-n'?\n" +
            "To specify an option argument starting with a dash use '--name=-XYZ' or '-n-XYZ'.");

// Configuration errors.
function throwsConfig(config, code, message) {
  assert.throws(() => parseArgs(config), { code, message });
}

throwsConfig({ args: 'x' }, 'ERR_INVALID_ARG_TYPE',
             'The "args" argument must be an instance of Array. Received type string (\'x\')');
throwsConfig({ strict: 1 }, 'ERR_INVALID_ARG_TYPE',
             'The "strict" argument must be of type boolean. Received type number (1)');
throwsConfig({ args: [], tokens: 'y' }, 'ERR_INVALID_ARG_TYPE',
             'The "tokens" argument must be of type boolean. Received type string (\'y\')');
throwsConfig({ args: [], allowPositionals: 0 }, 'ERR_INVALID_ARG_TYPE',
             'The "allowPositionals" argument must be of type boolean. Received type number (0)');
throwsConfig({ args: [], options: { a: 1 } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a" property must be of type object. Received type number (1)');
throwsConfig({ args: [], options: { a: {} } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.type" property must be (\'string|boolean\'). Received undefined');
throwsConfig({ args: [], options: { a: { type: 'number' } } }, 'ERR_INVALID_ARG_TYPE',
             'The "options.a.type" property must be (\'string|boolean\'). ' +
             'Received type string (\'number\')');
throwsConfig({ args: [], options: { a: { type: 'string', short: 'ab' } } },
             'ERR_INVALID_ARG_VALUE',
             "The property 'options.a.short' must be a single character. Received 'ab'");
throwsConfig({ args: [], options: { a: { type: 'string', multiple: 1 } } },
             'ERR_INVALID_ARG_TYPE',
             'The "options.a.multiple" property must be of type boolean. Received type number (1)');
throwsConfig({ args: [], options: { a: { type: 'string', default: true } } },
             'ERR_INVALID_ARG_TYPE',
             'The "options.a.default" property must be of type string. ' +
             'Received type boolean (true)');
throwsConfig({ args: [], options: { a: { type: 'boolean', multiple: true, default: [1] } } },
             'ERR_INVALID_ARG_TYPE',
             'The "options.a.default[0]" property must be of type boolean. ' +
             'Received type number (1)');
