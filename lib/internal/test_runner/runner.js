'use strict';
// `tide --test`: test files are found (Node's default patterns, or the globs/paths given), each
// runs in a child tide that reports its events as lines on stdout ('tide:events' reporter); the
// parent replays them, file by file in the order the files were found, into its own reporter,
// then prints the summary of all of them. Exit code 1 when any test failed or a file crashed.

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { getOptionValue } = require('internal/options');
const { createReporter, parseEventLine, kEventPrefix } = require('internal/test_runner/reporters');
const { codes: { ERR_TEST_FAILURE } } = require('internal/errors');

const kDefaultPattern = '**/{test,test/**/*,test-*,*[._-]test}.{js,cjs,mjs}';
const kCancelled = new Set(['cancelledByParent', 'testTimeoutFailure', 'testAborted']);

function excludeNodeModules(rel) {
  return rel.split(/[\\/]/).includes('node_modules');
}

function findFiles(args) {
  const cwd = process.cwd();
  const found = new Set();
  const add = (rel) => found.add(path.resolve(cwd, rel));
  const missing = [];
  const glob = (pattern, base = cwd) => {
    const before = found.size;
    for (const rel of fs.globSync(pattern, { cwd: base, exclude: excludeNodeModules })) {
      const abs = path.resolve(base, rel);
      try {
        if (fs.statSync(abs).isFile()) add(abs);
      } catch {
        // Vanished between the walk and the stat.
      }
    }
    return found.size > before;
  };
  if (args.length === 0) {
    glob(kDefaultPattern);
  } else {
    for (const arg of args) {
      let stat;
      try {
        stat = fs.statSync(arg);
      } catch {
        stat = undefined;
      }
      if (stat?.isFile()) add(arg);
      else if (stat?.isDirectory()) glob(kDefaultPattern, path.resolve(cwd, arg));
      else if (!glob(arg)) missing.push(arg);
    }
  }
  return { files: [...found].sort(), missing };
}

function childExecArgv() {
  const out = [];
  for (const arg of process.execArgv) {
    if (arg === '--test' || arg.startsWith('--test-reporter')) continue;
    out.push(arg);
  }
  return out;
}

function runFile(file) {
  return new Promise((resolve) => {
    const args = [...childExecArgv(), '--test-reporter=tide:events',
      '--test-reporter-destination=stdout', file];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const events = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const at = line.indexOf(kEventPrefix);
        if (at !== -1) {
          if (at > 0) events.push({ type: 'test:stdout', data: { message: `${line.slice(0, at)}\n`, file } });
          try {
            events.push(parseEventLine(line.slice(at)));
          } catch {
            events.push({ type: 'test:stdout', data: { message: `${line}\n`, file } });
          }
        } else {
          events.push({ type: 'test:stdout', data: { message: `${line}\n`, file } });
        }
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (err) => {
      resolve({ file, events, stderr: String(err.stack), code: 1, signal: null });
    });
    child.on('close', (code, signal) => {
      if (buffered.length > 0) events.push({ type: 'test:stdout', data: { message: buffered, file } });
      resolve({ file, events, stderr, code, signal });
    });
  });
}

async function runFiles(args) {
  const start = process.hrtime.bigint();
  const reporter = createReporter(getOptionValue('--test-reporter'),
                                  getOptionValue('--test-reporter-destination'));
  const { files, missing } = findFiles(args);
  if (missing.length > 0) {
    // As Node: a pattern that names nothing is an error of the command line.
    for (const arg of missing) process.stderr.write(`Could not find '${arg}'\n`);
    process.exitCode = 1;
    return;
  }
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  let topLevel = 0;
  let topFailed = false;
  const count = (type, data) => {
    const kind = data.details?.type;
    if (kind === 'suite') counts.suites++;
    else counts.tests++;
    const error = data.details?.error;
    if (data.nesting === 0 && type === 'test:fail' && data.todo === undefined) topFailed = true;
    if (kind === 'suite') return;
    if (data.skip !== undefined) counts.skipped++;
    else if (data.todo !== undefined) counts.todo++;
    else if (type === 'test:pass') counts.pass++;
    else if (kCancelled.has(error?.failureType)) counts.cancelled++;
    else counts.fail++;
  };
  const replay = (result) => {
    let failedSeen = false;
    for (const { type, data } of result.events) {
      if (type === 'test:plan' && data.nesting === 0) continue;
      if ((type === 'test:pass' || type === 'test:fail') && data.nesting === 0) {
        data.testNumber = ++topLevel;
      }
      if (type === 'test:pass' || type === 'test:fail') count(type, data);
      if (type === 'test:fail') failedSeen = true;
      reporter.event(type, data);
    }
    if (result.stderr.length > 0) {
      reporter.event('test:stderr', { message: result.stderr, file: result.file });
    }
    if ((result.code !== 0 || result.signal !== null) && !failedSeen) {
      // The file itself failed (a syntax error, a crash, process.exit(1) ...).
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const error = new ERR_TEST_FAILURE('test failed', 'testCodeFailure');
      Error.stackTraceLimit = limit;
      error.exitCode = result.code;
      error.signal = result.signal;
      const name = path.relative(process.cwd(), result.file);
      const data = { name, nesting: 0, testNumber: ++topLevel, file: result.file, line: 1, column: 1,
                     details: { duration_ms: result.duration, type: 'test', error } };
      reporter.event('test:start', { name, nesting: 0, file: result.file });
      count('test:fail', data);
      reporter.event('test:fail', data);
    }
  };

  const os = require('os');
  const concurrency = Math.max(os.availableParallelism() - 1, 1);
  const results = new Array(files.length);
  let next = 0;
  let replayed = 0;
  const flush = () => {
    while (replayed < files.length && results[replayed] !== undefined) replay(results[replayed++]);
  };
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      const result = await runFile(files[i]);
      result.duration = Number(process.hrtime.bigint() - t0) / 1e6;
      results[i] = result;
      flush();
    }
  };
  const workers = [];
  for (let i = 0; i < Math.min(concurrency, files.length); i++) workers.push(worker());
  await Promise.all(workers);
  flush();

  const duration = Number(process.hrtime.bigint() - start) / 1e6;
  reporter.event('test:plan', { nesting: 0, count: topLevel });
  for (const message of [`tests ${counts.tests}`, `suites ${counts.suites}`, `pass ${counts.pass}`,
    `fail ${counts.fail}`, `cancelled ${counts.cancelled}`, `skipped ${counts.skipped}`,
    `todo ${counts.todo}`, `duration_ms ${duration}`]) {
    reporter.event('test:diagnostic', { nesting: 0, message });
  }
  const success = counts.fail === 0 && counts.cancelled === 0 && !topFailed;
  reporter.event('test:summary', { success, counts, duration_ms: duration });
  reporter.end();
  if (!success) process.exitCode = 1;
}

module.exports = { runFiles, findFiles };
