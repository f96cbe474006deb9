'use strict';

// The Console class (require('console').Console) and the methods the global console shares with
// it: util.format-style output, group indentation, counters, timers, console.table's box drawing,
// and writes that swallow stream errors unless told not to. Node v20's
// lib/internal/console/constructor.js and lib/internal/cli_table.js are the specification; the
// output is checked against Node v20.

const {
  isStackOverflowError,
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const { inspect, formatWithOptions, getStringWidth } = require('internal/util/inspect');
const {
  isMap,
  isMapIterator,
  isSet,
  isSetIterator,
  isTypedArray,
} = require('internal/util/types');

// Builtins captured before user code can replace them.
const uncurry = (fn) => Function.prototype.call.bind(fn);
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectHasOwn = primordials.ObjectHasOwn;  // see internal/per_context/harmony_shims.js
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ArrayIsArray = Array.isArray;
const MathFloor = Math.floor;
const MathMax = Math.max;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const FunctionPrototypeBind = uncurry(Function.prototype.bind);
const ArrayPrototypePush = uncurry(Array.prototype.push);
const ArrayPrototypeUnshift = uncurry(Array.prototype.unshift);
const ArrayPrototypeJoin = uncurry(Array.prototype.join);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeReplaceAll = uncurry(String.prototype.replaceAll);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const NumberPrototypeToFixed = uncurry(Number.prototype.toFixed);
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeHas = uncurry(Map.prototype.has);
const MapPrototypeDelete = uncurry(Map.prototype.delete);

let previewEntries;  // internalBinding('util').previewEntries, loaded by console.table

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIsConsole = Symbol('kIsConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');

// Shared, never handed to user code in a way that lets it be changed (dir and table copy them).
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

// `new Console(stdout[, stderr[, ignoreErrors]])` or `new Console({ stdout, stderr, ignoreErrors,
// colorMode, inspectOptions, groupIndentation })`. A function rather than a class: Node allows
// calling it without `new`.
function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return ReflectConstruct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  // Bind the methods found through the instance, so that a subclass's overrides are the ones bound,
  // and `const { log } = myConsole` works.
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const bound = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(bound, 'name', { __proto__: null, value: key });
    this[key] = bound;
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation, inspectOptions);
}

// A property descriptor: writable, configurable, not enumerable.
function hidden(value) {
  return { __proto__: null, writable: true, enumerable: false, configurable: true, value };
}

// `console instanceof Console` holds for the global console, whose prototype is not
// Console.prototype.
ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance?.[kIsConsole] === true;
  },
});

ObjectDefineProperties(Console.prototype, {
  [kBindStreamsEager]: hidden(function bindStreamsEager(stdout, stderr) {
    ObjectDefineProperties(this, { _stdout: hidden(stdout), _stderr: hidden(stderr) });
  }),
  // The global console reads `object.stdout` / `object.stderr` on first use only: creating the
  // stdio streams is not free, and a program that never logs should not pay for it.
  [kBindStreamsLazy]: hidden(function bindStreamsLazy(object) {
    let stdout;
    let stderr;
    ObjectDefineProperties(this, {
      _stdout: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() { return stdout ||= object.stdout; },
        set(value) { stdout = value; },
      },
      _stderr: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() { return stderr ||= object.stderr; },
        set(value) { stderr = value; },
      },
    });
  }),
  [kBindProperties]: hidden(function bindProperties(ignoreErrors, colorMode, groupIndentation = 2,
                                                     inspectOptions) {
    ObjectDefineProperties(this, {
      _stdoutErrorHandler: hidden(createWriteErrorHandler(this, true)),
      _stderrErrorHandler: hidden(createWriteErrorHandler(this, false)),
      _ignoreErrors: hidden(Boolean(ignoreErrors)),
      _times: hidden(new Map()),
      [kCounts]: hidden(new Map()),
      [kColorMode]: hidden(colorMode),
      [kInspectOptions]: hidden(inspectOptions),
      [kIsConsole]: hidden(true),
      [kGroupIndent]: hidden(''),
      [kGroupIndentationWidth]: hidden(groupIndentation),
      [Symbol.toStringTag]: {
        __proto__: null, writable: false, enumerable: false, configurable: true, value: 'console',
      },
    });
  }),
});

// The callback given to stream.write(). An error reported there is emitted as 'error' on the
// stream afterwards; a one-time no-op listener keeps it from becoming an uncaught exception, and
// leaves later writes by others unaffected.
function createWriteErrorHandler(console, useStdout) {
  return (err) => {
    if (err == null) return;
    const stream = useStdout ? console._stdout : console._stderr;
    if (stream._writableState?.errorEmitted) return;
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// Node's rule for colorMode 'auto': FORCE_COLOR decides if set; otherwise colors iff the stream is
// a TTY that has more than two colors (getColorDepth(), or hasColors() for a stream that only has
// that). Like Node, it may return a falsy non-boolean (`isTTY` itself), which is what lands in a
// user's inspectOptions.colors.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  const isTTY = stream?.isTTY;
  if (!isTTY) return isTTY;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (typeof stream.hasColors === 'function') return stream.hasColors() === true;
  return true;
}

function getInspectOptions(console, stream) {
  let color = console[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = console[kInspectOptions];
  if (options !== undefined) {
    // As Node does: the first use fixes the colors of user inspectOptions that did not set them.
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

// util.format over the arguments of a console method; `args` is the method's own rest array.
function formatArgs(console, stream, args) {
  if (args.length === 1) {
    const first = args[0];
    // One string prints as is: the common console.log('text') does no formatting work.
    if (typeof first === 'string') return first;
    return formatWithOptions(getInspectOptions(console, stream), first);
  }
  ArrayPrototypeUnshift(args, getInspectOptions(console, stream));
  return ReflectApply(formatWithOptions, undefined, args);
}

function writeToConsole(console, useStdout, string) {
  const stream = useStdout ? console._stdout : console._stderr;
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) {
      string = StringPrototypeReplaceAll(string, '\n', `\n${indent}`);
    }
    string = indent + string;
  }
  string += '\n';

  if (console._ignoreErrors === false) return stream.write(string);

  // A synchronous failure (a throwing write, or an 'error' emitted during the write with nobody
  // listening) is dropped here; an asynchronous one goes through the error handler above.
  try {
    stream.write(string, useStdout ? console._stdoutErrorHandler : console._stderrErrorHandler);
  } catch (err) {
    // Swallowing errors is wrong for a debugging aid even when the stack is nearly exhausted.
    if (isStackOverflowError(err)) throw err;
  }
}

// timeEnd and timeLog; returns whether the label was found.
function timeLogImpl(console, name, label, data) {
  const start = MapPrototypeGet(console._times, label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(start);
  const formatted = formatTime(duration[0] * 1000 + duration[1] / 1e6);
  if (data === undefined || data.length === 0) {
    console.log('%s: %s', label, formatted);
  } else {
    const args = ['%s: %s', label, formatted];
    for (let i = 0; i < data.length; i++) ArrayPrototypePush(args, data[i]);
    ReflectApply(console.log, console, args);
  }
  return true;
}

function pad2(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

// `1.234ms`, `1.002s`, `1:02.003 (m:ss.mmm)`, `1:00:02.003 (h:mm:ss.mmm)`.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms %= kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${pad2(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

// --- console.table -----------------------------------------------------------------------------

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

// Lays out `head` (column titles) over `columns` (arrays of cell strings, possibly sparse), left
// aligned, with Unicode box drawing, as Node v20 does.
function renderTable(head, columns) {
  const widths = [];
  let rowCount = 0;
  for (let i = 0; i < head.length; i++) {
    ArrayPrototypePush(widths, getStringWidth(head[i]));
    if (columns[i].length > rowCount) rowCount = columns[i].length;
  }
  const rows = [];
  for (let j = 0; j < rowCount; j++) ArrayPrototypePush(rows, []);
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      const value = ObjectHasOwn(column, j) ? column[j] : '';
      rows[j][i] = value;
      widths[i] = MathMax(widths[i], getStringWidth(value));
    }
  }

  const dividers = [];
  for (let i = 0; i < widths.length; i++) {
    ArrayPrototypePush(dividers, StringPrototypeRepeat('─', widths[i] + 2));
  }

  let result = `┌${ArrayPrototypeJoin(dividers, '┬')}┐\n` +
               `${renderRow(head, widths)}\n` +
               `├${ArrayPrototypeJoin(dividers, '┼')}┤\n`;
  for (let j = 0; j < rows.length; j++) result += `${renderRow(rows[j], widths)}\n`;
  result += `└${ArrayPrototypeJoin(dividers, '┴')}┘`;
  return result;
}

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + StringPrototypeRepeat(' ', widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

// Arrays, typed arrays and Buffers print their first items in a cell; other objects with more than
// two keys print as [Object].
function isArrayLike(value) {
  return ArrayIsArray(value) || isTypedArray(value);
}

function buildTable(console, tabularData, properties) {
  const inspectOptions = getInspectOptions(console, console._stdout);
  const cell = (value) => inspect(value, {
    depth: value !== null && typeof value === 'object' && !isArrayLike(value) &&
           ObjectKeys(value).length > 2 ? -1 : 0,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...inspectOptions,
  });
  const indexColumn = (length) => {
    const column = [];
    for (let i = 0; i < length; i++) ArrayPrototypePush(column, cell(i));
    return column;
  };

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    previewEntries ??= internalBinding('util').previewEntries;
    const preview = previewEntries(tabularData, true);
    tabularData = preview[0];
    isKeyValue = preview[1];
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      // The preview of a map iterator is a flat [key, value, key, value, ...] array.
      for (let i = 0; i + 1 < tabularData.length; i += 2) {
        ArrayPrototypePush(keys, cell(tabularData[i]));
        ArrayPrototypePush(values, cell(tabularData[i + 1]));
      }
    } else {
      for (const { 0: key, 1: value } of tabularData) {
        ArrayPrototypePush(keys, cell(key));
        ArrayPrototypePush(values, cell(value));
      }
    }
    return renderTable([kIterKey, kKeyKey, kValuesKey], [indexColumn(keys.length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) {
    previewEntries ??= internalBinding('util').previewEntries;
    tabularData = previewEntries(tabularData);
  }
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    for (const value of tabularData) ArrayPrototypePush(values, cell(value));
    return renderTable([kIterKey, kValuesKey], [indexColumn(values.length), values]);
  }

  // Rows are the object's own enumerable keys; columns the union of the rows' keys (or
  // `properties`), in order of first appearance, then 'Values' for rows that are primitives.
  const columnsByKey = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = ObjectKeys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        columnsByKey[key] ??= [];
        columnsByKey[key][i] = (primitive && properties) || !ObjectHasOwn(item, key) ?
          '' : cell(item[key]);
      }
    }
  }

  const head = ObjectKeys(columnsByKey);
  const columns = ObjectValues(columnsByKey);
  if (hasPrimitives) {
    ArrayPrototypePush(head, kValuesKey);
    ArrayPrototypePush(columns, primitiveValues);
  }
  ArrayPrototypeUnshift(head, kIndexKey);
  ArrayPrototypeUnshift(columns, indexKeys);
  return renderTable(head, columns);
}

// --- the methods -------------------------------------------------------------------------------

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatArgs(this, this._stdout, args));
  },

  warn(...args) {
    writeToConsole(this, false, formatArgs(this, this._stderr, args));
  },

  dir(object, options) {
    writeToConsole(this, true, inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;  // a Symbol throws, as in Node
    if (MapPrototypeHas(this._times, label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    MapPrototypeSet(this._times, label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) MapPrototypeDelete(this._times, label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this, this._stderr, args) };
    ErrorCaptureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);  // formats the remaining arguments
    }
  },

  clear() {
    // Only a terminal can be cleared: cursor to the top left, then erase the screen below it.
    const stdout = this._stdout;
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\x1b[1;1H');
      stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (MapPrototypeGet(counts, label) ?? 0) + 1;
    MapPrototypeSet(counts, label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    // Node looks the label up before converting it to a string: countReset(1) after count(1)
    // warns.
    if (!MapPrototypeHas(counts, label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    MapPrototypeDelete(counts, `${label}`);
  },

  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[kGroupIndent] += StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    const width = this[kGroupIndentationWidth];
    this[kGroupIndent] = StringPrototypeSlice(indent, 0, indent.length - width);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    return this.log(buildTable(this, tabularData, properties));
  },
};

for (const key of ObjectKeys(consoleMethods)) Console.prototype[key] = consoleMethods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  formatTime,  // for tests
};
