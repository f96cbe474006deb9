'use strict';
// node:test's reporters. Each turns the runner's events (test:start, test:pass, test:fail,
// test:plan, test:diagnostic, test:stdout, test:stderr, test:summary) into text, written to the
// destination as it comes: spec (the default on a terminal), tap (the default otherwise), dot,
// junit, and a custom module's async generator or Transform stream. 'tide:events' is the line
// protocol a `--test` child speaks to its parent.

const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kEventPrefix = '\u0000tide-test-event:';

const kSymbols = {
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

function makeColors(on) {
  const c = (code) => (on ? code : '');
  return {
    on,
    green: c('\u001b[32m'), red: c('\u001b[31m'), blue: c('\u001b[34m'),
    gray: c('\u001b[90m'), yellow: c('\u001b[33m'), white: c('\u001b[39m'), reset: c('\u001b[0m'),
  };
}

function indentSpec(n) {
  return '  '.repeat(Math.max(n, 0));
}

function unwrap(error) {
  return error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
}

function formatError(error, indent, colors) {
  if (!error) return '';
  const text = inspect(unwrap(error), { colors: colors.on, breakLength: Infinity });
  return `\n${indent}  ${text.split(/\r?\n/).join(`\n${indent}  `)}\n`;
}

function formatTestReport(type, data, colors, prefix = '', indent = '', hasChildren = false,
                          showError = true) {
  let color = type === 'test:fail' ? colors.red : type === 'test:pass' ? colors.green : colors.white;
  let symbol = kSymbols[type] ?? ' ';
  const { skip, todo } = data;
  const ms = data.details?.duration_ms;
  let title = `${data.name}${ms ? ` ${colors.gray}(${ms}ms)${colors.white}` : ''}`;
  if (skip !== undefined) title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
  else if (todo !== undefined) title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  const error = showError ? formatError(data.details?.error, indent, colors) : '';
  const err = hasChildren ?
    (!error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`) : error;
  if (skip !== undefined) {
    color = colors.gray;
    symbol = kSymbols['hyphen:minus'];
  }
  return `${prefix}${indent}${color}${symbol}${title}${colors.white}${err}`;
}

class SpecReporter {
  constructor(colors) {
    this.colors = colors;
    this.stack = [];
    this.reportedParents = [];
    this.failed = [];
    this.cwd = process.cwd();
  }

  event(type, data) {
    const colors = this.colors;
    switch (type) {
      case 'test:start':
        this.stack.unshift(data);
        return '';
      case 'test:fail':
        if (data.details?.error?.failureType !== 'subtestsFailed') this.failed.push(data);
        return this.testReport(type, data);
      case 'test:pass':
        return this.testReport(type, data);
      case 'test:stdout':
      case 'test:stderr':
        return data.message;
      case 'test:diagnostic': {
        const color = data.level === 'error' ? colors.red : data.level === 'warn' ? colors.yellow :
          colors.blue;
        return `${color}${indentSpec(data.nesting)}${kSymbols['test:diagnostic']}${data.message}` +
          `${colors.white}\n`;
      }
      case 'test:summary':
        return this.failedSummary();
      default:
        return '';
    }
  }

  testReport(type, data) {
    this.stack.shift();  // the matching test:start
    let prefix = '';
    while (this.stack.length > 0) {
      const parent = this.stack.pop();
      this.reportedParents.unshift(parent);
      prefix += `${indentSpec(parent.nesting)}${kSymbols['arrow:right']}${parent.name}\n`;
    }
    let hasChildren = false;
    const top = this.reportedParents[0];
    if (top && top.nesting === data.nesting && top.name === data.name) {
      this.reportedParents.shift();
      hasChildren = true;
    }
    return `${formatTestReport(type, data, this.colors, prefix, indentSpec(data.nesting),
                               hasChildren, false)}\n`;
  }

  failedSummary() {
    if (this.failed.length === 0) return '';
    const { relative } = require('path');
    const colors = this.colors;
    const out = [`\n${colors.red}${kSymbols['test:fail']}failing tests:${colors.white}\n`];
    for (const data of this.failed) {
      if (data.file) {
        out.push(`test at ${relative(this.cwd, data.file)}:${data.line}:${data.column}`);
      }
      out.push(formatTestReport('test:fail', data, colors));
    }
    this.failed = [];
    return out.join('\n');
  }

  end() {
    return this.failedSummary();
  }
}

class DotReporter {
  constructor(colors, stream) {
    this.colors = colors;
    this.stream = stream;
    this.count = 0;
    this.failed = [];
    this.columns = this.lineLength();
  }

  lineLength() {
    return Math.max(this.stream?.columns ?? 20, 20);
  }

  event(type, data) {
    const c = this.colors;
    let out = '';
    if (type === 'test:pass') out = `${c.green}.${c.reset}`;
    if (type === 'test:fail') {
      out = `${c.red}X${c.reset}`;
      this.failed.push(data);
    }
    if ((type === 'test:pass' || type === 'test:fail') && ++this.count === this.columns) {
      out += '\n';
      this.columns = this.lineLength();
      this.count = 0;
    }
    return out;
  }

  end() {
    let out = '\n';
    if (this.failed.length > 0) {
      const c = this.colors;
      out += `\n${c.red}Failed tests:${c.white}\n\n`;
      for (const data of this.failed) out += formatTestReport('test:fail', data, c);
    }
    return out;
  }
}

// ----- TAP -----

function tapIndent(n) {
  return '    '.repeat(Math.max(n, 0));
}

function tapEscape(input) {
  return String(input).replaceAll('\b', '\\b').replaceAll('\f', '\\f').replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\').replaceAll('#', '\\#');
}

const kTapInspect = { colors: false, breakLength: Infinity };
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException',
  'unhandledRejection']);

function isErrorLike(value) {
  return value instanceof Error ||
    (value !== null && typeof value === 'object' && value[kDeserializedError] === true);
}

function isAssertionLike(value) {
  return value !== null && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

function toYaml(indent, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${inspect(value, kTapInspect)}\n`;
    const lines = value.split(/\n|\r\n/);
    if (lines.length === 1) return `${prefix} ${inspect(value, kTapInspect)}\n`;
    let str = `${prefix} |-\n`;
    for (const line of lines) str += `${indent}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const isErr = isErrorLike(value);
  let propsIndent = indent;
  let result = '';
  if (name != null) {
    result += prefix;
    if (value instanceof Date) result += ` ${value.toISOString()}`;
    result += '\n';
    propsIndent += '  ';
  }
  for (const [key, v] of Object.entries(value)) {
    if (isErr && (key === 'cause' || key === 'code')) continue;
    if (seen.has(v)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += toYaml(propsIndent, key, v, seen);
  }
  if (isErr) {
    const { cause, code, failureType } = value;
    let msg = value.message ?? '<unknown error>';
    let errName = value.name;
    let stack = value.stack;
    let errCode = code;
    let expected = value.expected;
    let actual = value.actual;
    let operator = value.operator;
    let assertion = isAssertionLike(value);
    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      stack = cause?.stack ?? stack;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      msg = cause?.message ?? msg;
      if (isAssertionLike(cause)) {
        expected = cause.expected;
        actual = cause.actual;
        operator = cause.operator ?? operator;
        assertion = true;
      }
    }
    result += toYaml(indent, 'error', msg, seen);
    if (errCode) result += toYaml(indent, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += toYaml(indent, 'name', errName, seen);
    if (assertion) {
      result += toYaml(indent, 'expected', expected, new Set(seen));
      result += toYaml(indent, 'actual', actual, new Set(seen));
      if (operator) result += toYaml(indent, 'operator', operator, seen);
    }
    if (typeof stack === 'string') {
      const frames = [];
      for (const frame of stack.split(/\n|\r\n/)) {
        const processed = frame.replace(/^ {4}at /, '');
        if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
      }
      if (frames.length > 0) {
        const sep = `\n${indent}    `;
        result += `${indent}  stack: |-${sep}${frames.join(sep)}\n`;
      }
    }
  }
  return result;
}

class TapReporter {
  constructor() {
    this.started = false;
  }

  header() {
    if (this.started) return '';
    this.started = true;
    return 'TAP version 13\n';
  }

  event(type, data) {
    let out = this.header();
    switch (type) {
      case 'test:fail':
      case 'test:pass': {
        const status = type === 'test:fail' ? 'not ok' : 'ok';
        let line = `${tapIndent(data.nesting)}${status} ${data.testNumber}`;
        if (data.name) line += ` ${tapEscape(`- ${data.name}`)}`;
        if (data.skip !== undefined) {
          line += ` # SKIP${typeof data.skip === 'string' && data.skip.length ?
            ` ${tapEscape(data.skip)}` : ''}`;
        } else if (data.todo !== undefined) {
          line += ` # TODO${typeof data.todo === 'string' && data.todo.length ?
            ` ${tapEscape(data.todo)}` : ''}`;
        }
        out += `${line}\n`;
        const location = type === 'test:fail' && data.file ?
          `${data.file}:${data.line}:${data.column}` : null;
        const details = data.details ?? {};
        const ind = tapIndent(data.nesting);
        out += `${ind}  ---\n`;
        out += toYaml(ind, 'duration_ms', details.duration_ms ?? 0);
        out += toYaml(ind, 'type', details.type);
        if (location) out += toYaml(ind, 'location', location);
        out += toYaml(ind, null, details.error, new Set());
        out += `${ind}  ...\n`;
        break;
      }
      case 'test:plan':
        out += `${tapIndent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        out += `${tapIndent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:stdout':
      case 'test:stderr':
        for (const line of data.message.split(/\n|\r\n/)) {
          if (line.length > 0) out += `# ${tapEscape(line)}\n`;
        }
        break;
      case 'test:diagnostic':
        out += `${tapIndent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
    }
    return out;
  }

  end() {
    return this.header();
  }
}

// ----- JUnit -----

function xmlEscape(s) {
  return String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
}

class JunitReporter {
  constructor() {
    this.stack = [{ children: [] }];
  }

  event(type, data) {
    if (type === 'test:start') {
      const node = { data, children: [] };
      this.stack[this.stack.length - 1].children.push(node);
      this.stack.push(node);
    } else if (type === 'test:pass' || type === 'test:fail') {
      const node = this.stack.pop();
      node.data = data;
      node.fail = type === 'test:fail';
    } else if (type === 'test:diagnostic') {
      this.stack[this.stack.length - 1].children.push({ comment: data.message });
    }
    return '';
  }

  render(node, depth) {
    const ind = '\t'.repeat(depth);
    if (node.comment !== undefined) return `${ind}<!-- ${xmlEscape(node.comment)} -->\n`;
    const d = node.data;
    const time = ((d.details?.duration_ms ?? 0) / 1000).toFixed(6);
    const isSuite = node.children.some((c) => c.comment === undefined);
    if (isSuite) {
      const tests = node.children.filter((c) => c.comment === undefined);
      const failures = tests.filter((c) => c.fail).length;
      const skipped = tests.filter((c) => c.data.skip !== undefined || c.data.todo !== undefined);
      let out = `${ind}<testsuite name="${xmlEscape(d.name)}" time="${time}" disabled="0" ` +
        `errors="0" tests="${tests.length}" failures="${failures}" ` +
        `skipped="${skipped.length}" hostname="${xmlEscape(require('os').hostname())}">\n`;
      for (const c of node.children) out += this.render(c, depth + 1);
      return `${out}${ind}</testsuite>\n`;
    }
    let out = `${ind}<testcase name="${xmlEscape(d.name)}" time="${time}" classname="test"`;
    const err = d.details?.error;
    const flatMessage = (e) => String(unwrap(e)?.message ?? unwrap(e)).replace(/[\r\n]/g, '');
    if (node.fail && d.skip === undefined && d.todo === undefined) {
      out += ` failure="${xmlEscape(flatMessage(err))}"`;
    }
    if (d.skip !== undefined || d.todo !== undefined) {
      const msg = (d.skip ?? d.todo) === '' ? 'true' : (d.skip ?? d.todo);
      out += `>\n${ind}\t<skipped type="${d.skip !== undefined ? 'skipped' : 'todo'}" ` +
        `message="${xmlEscape(msg)}"/>\n${ind}</testcase>\n`;
    } else if (node.fail) {
      const text = inspect(err, { colors: false, breakLength: Infinity });
      out += `>\n${ind}\t<failure type="${xmlEscape(err?.failureType ?? '')}" ` +
        `message="${xmlEscape(flatMessage(err))}">\n` +
        `${xmlEscape(text)}\n${ind}\t</failure>\n${ind}</testcase>\n`;
    } else {
      out += '/>\n';
    }
    return out;
  }

  end() {
    let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
    for (const c of this.stack[0].children) out += this.render(c, 1);
    return `${out}</testsuites>\n`;
  }
}

// ----- the --test child's event protocol -----

const kDeserializedError = Symbol('kDeserializedError');

function serializeValue(value, depth = 0) {
  if (value instanceof Error || (value !== null && typeof value === 'object' && depth === 0 &&
                                 typeof value.stack === 'string' && 'message' in value)) {
    const props = {};
    for (const key of Object.keys(value)) {
      if (key === 'cause') continue;
      props[key] = serializeValue(value[key], depth + 1);
    }
    return {
      $error: true,
      name: value.name,
      message: value.message,
      stack: value.stack,
      props,
      cause: 'cause' in value ? serializeValue(value.cause, depth + 1) : undefined,
      hasCause: 'cause' in value,
    };
  }
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function' ||
      (typeof value === 'number' && !Number.isFinite(value))) {
    return { $inspected: inspect(value) };
  }
  if (value !== null && typeof value === 'object') {
    try {
      const v8 = require('v8');
      return { $v8: v8.serialize(value).toString('base64') };
    } catch {
      return { $inspected: inspect(value) };
    }
  }
  return value;
}

class Inspected {
  constructor(text) {
    this.text = text;
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.text;
  }
}

function deserializeValue(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value.$undefined) return undefined;
  if (value.$inspected !== undefined) return new Inspected(value.$inspected);
  if (value.$v8 !== undefined) {
    try {
      return require('v8').deserialize(Buffer.from(value.$v8, 'base64'));
    } catch {
      return undefined;
    }
  }
  if (value.$error) {
    const err = Object.create(Error.prototype);
    Object.defineProperty(err, 'stack', { value: value.stack, writable: true, configurable: true });
    Object.defineProperty(err, 'message', { value: value.message, writable: true,
                                            configurable: true });
    if (value.name !== 'Error') {
      Object.defineProperty(err, 'name', { value: value.name, writable: true, configurable: true });
    }
    Object.defineProperty(err, kDeserializedError, { value: true });
    for (const [k, v] of Object.entries(value.props)) err[k] = deserializeValue(v);
    if (value.hasCause) {
      Object.defineProperty(err, 'cause', { value: deserializeValue(value.cause), writable: true,
                                            configurable: true, enumerable: false });
    }
    return err;
  }
  return value;
}

class EventsReporter {
  constructor() {
    this.internal = true;
  }

  event(type, data) {
    if (type === 'test:summary') return '';
    const copy = { ...data };
    if (data.details?.error !== undefined) {
      copy.details = { ...data.details, error: serializeValue(data.details.error) };
    }
    return `${kEventPrefix}${JSON.stringify({ type, data: copy })}\n`;
  }

  end() {
    return '';
  }
}

function parseEventLine(line) {
  const { type, data } = JSON.parse(line.slice(kEventPrefix.length));
  if (data.details?.error !== undefined) data.details.error = deserializeValue(data.details.error);
  return { type, data };
}

// ----- custom reporters (a module's async generator function or stream) -----

class CustomReporter {
  constructor(specifier, write) {
    const { Readable } = require('stream');
    const path = require('path');
    // Resolved from the working directory, as a CommonJS module (an ES module reporter is not
    // supported yet).
    const { createRequire } = require('module');
    const userRequire = createRequire(path.join(process.cwd(), 'noop.js'));
    const target = specifier.startsWith('.') ? path.resolve(specifier) : specifier;
    let mod = userRequire(target);
    if (mod?.default !== undefined && typeof mod !== 'function') mod = mod.default;
    this.source = new Readable({ objectMode: true, read() {} });
    this.done = null;
    if (typeof mod === 'function' && mod.prototype?.pipe === undefined) {
      const result = mod(this.source);
      if (result && typeof result[Symbol.asyncIterator] === 'function') {
        this.done = (async () => {
          for await (const chunk of result) write(String(chunk));
        })();
      } else if (result && typeof result.pipe === 'function') {
        this.source.pipe(result).on('data', (chunk) => write(String(chunk)));
      } else {
        throw new ERR_INVALID_ARG_VALUE('--test-reporter', specifier, 'is not a reporter');
      }
    } else if (mod && typeof mod.pipe === 'function') {
      this.source.pipe(mod).on('data', (chunk) => write(String(chunk)));
    } else if (typeof mod === 'function') {
      this.source.pipe(new mod()).on('data', (chunk) => write(String(chunk)));
    } else {
      throw new ERR_INVALID_ARG_VALUE('--test-reporter', specifier, 'is not a reporter');
    }
  }

  event(type, data) {
    this.source.push({ type, data });
    return '';
  }

  end() {
    this.source.push(null);
    return '';
  }
}

function createReporter(name, destination) {
  const fs = require('fs');
  let write;
  let stream = null;
  if (destination === undefined || destination === 'stdout' || destination === 'stderr') {
    stream = destination === 'stderr' ? process.stderr : process.stdout;
    // A reader that went away (`| head`) ends the report, not the run: exit code 1, no crash.
    let broken = false;
    stream.on('error', (err) => {
      if (err?.code !== 'EPIPE') throw err;
      broken = true;
      process.exitCode = 1;
    });
    write = (s) => {
      if (s.length > 0 && !broken) stream.write(s);
    };
  } else {
    const fd = fs.openSync(destination, 'w');
    write = (s) => {
      if (s.length > 0) fs.writeSync(fd, s);
    };
  }
  const tty = stream !== null && stream.isTTY === true;
  const colors = makeColors(tty && typeof stream.hasColors === 'function' && stream.hasColors());
  if (name === undefined) name = tty ? 'spec' : 'tap';
  let impl;
  switch (name) {
    case 'spec': impl = new SpecReporter(colors); break;
    case 'tap': impl = new TapReporter(); break;
    case 'dot': impl = new DotReporter(colors, stream); break;
    case 'junit': impl = new JunitReporter(); break;
    case 'tide:events': impl = new EventsReporter(); break;
    default: impl = new CustomReporter(name, write);
  }
  return {
    internal: impl.internal === true,
    event(type, data) {
      write(impl.event(type, data) ?? '');
    },
    end() {
      write(impl.end() ?? '');
    },
  };
}

module.exports = { createReporter, parseEventLine, kEventPrefix };
