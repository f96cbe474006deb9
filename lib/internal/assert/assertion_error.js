'use strict';

// assert.AssertionError and the messages it builds: Node 22's layout, where
// unequal values print as a line diff of their inspections (Myers' shortest
// edit script, internal/assert/myers_diff.js), coloured when stderr has colours.

const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { validateObject } = require('internal/validators');
const colors = require('internal/util/colors');
const { myersDiff, printLineDiff, printCharacterDiff } = require('internal/assert/myers_diff');

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// The operators whose message is a diff, with or without a custom message.
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

// Two primitives this short (quotes of strings not counted) print as `a !== b`.
const kMaxShortLength = 12;
// Longer texts are cut to this many characters.
const kMaxLongLength = 512;
// Longer inspections are cut to about this many lines, unless diff is 'full'.
const kMaxLines = 50;

// Inspects with fixed options, so that changed util.inspect defaults do not
// hide what assert compared.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A copy of an error (and of its cause) without the stack, so a message shows it briefly.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

function stderrColumns() {
  try {
    return process.stderr.isTTY ? process.stderr.columns : 80;
  } catch {
    return 80;
  }
}

// Two one-line inspections: `a !== b` when short, else both on their own
// line ("+"/"-"), with a caret under the first differing character of two
// strings that fit a terminal line. Strings get a coloured character diff
// instead when stderr has colours.
function oneLineDiff(actual, actualText, expected, expectedText) {
  let length = actualText.length + expectedText.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
    return { message: `${actualText} !== ${expectedText}`, header: '' };
  }
  const strings = typeof actual === 'string' && typeof expected === 'string';
  if (strings && colors.hasColors) {
    const script = myersDiff(actualText.split(''), expectedText.split(''));
    return {
      message: printCharacterDiff(script),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  let message = `\n${colors.green}+${colors.white} ${actualText}\n${colors.red}- ${colors.white}${expectedText}`;
  if (strings && actualText.length + expectedText.length <= stderrColumns()) {
    let i = 0;
    while (i < actualText.length && actualText[i] === expectedText[i]) i++;
    // A difference in the first characters (after the quote) needs no pointer.
    if (i < actualText.length && i >= 3) message += `\n${' '.repeat(i + 2)}^`;
  }
  return { message };
}

// The message of strictEqual, deepStrictEqual and partialDeepStrictEqual.
function createErrDiff(actual, expected, operator, customMessage, diffType) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let skipped = false;
  let message;

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    const diff = oneLineDiff(actual, actualLines[0], expected, expectedLines[0]);
    message = diff.message;
    if (diff.header !== undefined) header = diff.header;
  } else if (actualText === expectedText) {
    // Same structure, different identity ({ a: Symbol() } twice, two equal arrays…).
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > kMaxLines && diffType !== 'full') {
      message = `${actualLines.slice(0, kMaxLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualText;
    }
  } else {
    const script = myersDiff(actualLines, expectedLines, isObjectLike(actual));
    ({ text: message, skipped } = printLineDiff(script, operator));
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ` +
               `${colors.red}- expected${colors.white}`;
    }
  }
  const title = customMessage || kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// notStrictEqual/notDeepStrictEqual: the one value.
function createNotEqualMessage(actual, operator, diffType) {
  let title = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    title = kReadableOperator.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > kMaxLines && diffType !== 'full') {
    lines.length = 46;
    lines.push(`${colors.blue}...${colors.white}`);
  }
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

// Any other operator: `1 == 2`, or both values around a sentence.
function createOtherMessage(actual, expected, operator, diffType) {
  let actualText = inspectValue(actual);
  let expectedText = inspectValue(expected);
  const known = kReadableOperator[operator];
  const cut = diffType !== 'full';
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    const text = `${known}\n\n${actualText}`;
    return text.length > 1024 && cut ? `${text.slice(0, 1021)}...` : text;
  }
  if (actualText.length > kMaxLongLength && cut) actualText = `${actualText.slice(0, 509)}...`;
  if (expectedText.length > kMaxLongLength && cut) expectedText = `${expectedText.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${known}\n\n${actualText}\n\nshould loosely deep-equal\n\n${expectedText}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) {
    return `${unequal}\n\n${actualText}\n\nshould not loosely deep-equal\n\n${expectedText}`;
  }
  return `${actualText} ${operator} ${expectedText}`;
}

function buildMessage(actual, expected, operator, message, diffType) {
  if (message != null) {
    if (kDiffOperators.has(operator)) return createErrDiff(actual, expected, operator, message, diffType);
    return String(message);
  }
  // Environment variables may have changed since the last message.
  colors.refresh();
  // Errors on both sides print without their stacks.
  if (actual instanceof Error && expected instanceof Error && 'stack' in actual && 'stack' in expected) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (kDiffOperators.has(operator)) return createErrDiff(actual, expected, operator, undefined, diffType);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator, diffType);
  }
  return createOtherMessage(actual, expected, operator, diffType);
}

// Long strings are shortened when an AssertionError is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kMaxLongLength) return `${string.slice(kMaxLongLength)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    const { actual, expected } = options;

    // The stack is captured below, from stackStartFn.
    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    try {
      super(buildMessage(actual, expected, operator, message, diff));
    } finally {
      if (limitWritable) Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      details.forEach((detail, i) => {
        this[`message ${i}`] = detail.message;
        this[`actual ${i}`] = detail.actual;
        this[`expected ${i}`] = detail.expected;
        this[`operator ${i}`] = detail.operator;
        this[`stack trace ${i}`] = detail.stack;
      });
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Format the stack while the name carries the code, then drop the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // actual and expected are already in the message: show them shallowly.
  [kInspectCustom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = AssertionError;
