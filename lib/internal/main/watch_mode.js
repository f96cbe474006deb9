'use strict';
// `tide --watch file.js` / `--watch-path=p`: runs the script in a child process and runs it again
// when a file changes: with --watch, the files the child reported loading
// (internal/watch_mode/report.js, over IPC); with --watch-path, everything under those paths.
// Messages as Node 22 prints them on stdout ("Restarting 'x'", "Completed running 'x'. Waiting
// for file changes before restarting...", "Failed running 'x'. ..."); the screen is cleared
// before a restart (a terminal with colours, unless --watch-preserve-output).

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const { inspect } = require('internal/util/inspect');
const { getOptionValue } = require('internal/options');
const colors = require('internal/util/colors');

colors.refresh();
const { green, blue, red, white, clear } = colors;

const kWatchPaths = (getOptionValue('--watch-path') || []).map((p) => path.resolve(p));
const kFilter = kWatchPaths.length === 0;
const kPreserveOutput = getOptionValue('--watch-preserve-output') === true;
const kCommand = process.argv.slice(1);
const kCommandStr = inspect(kCommand.join(' '));
const kDebounceMs = 200;

// The child's options: the same, less the watch ones.
const childArgs = [];
for (let i = 0; i < process.execArgv.length; i++) {
  const arg = process.execArgv[i];
  if (arg === '--watch' || arg === '--watch-preserve-output') continue;
  if (arg === '--watch-path') {
    i++;
    continue;
  }
  if (arg.startsWith('--watch-path=')) continue;
  childArgs.push(arg);
}
childArgs.push(...kCommand);

// --- watching ---------------------------------------------------------------------------------
// With --watch: one fs.watch per directory holding a reported file, events filtered by name (an
// editor that replaces a file renames over it, which a watcher on the file itself would miss).
const dirWatchers = new Map();  // directory → { watcher, names: Set }
const pathWatchers = [];
let debounceTimer = null;

function onChange() {
  if (debounceTimer !== null) return;
  debounceTimer = setTimeout(() => {
    debounceTimer = null;
    restart();
  }, kDebounceMs);
}

function watchFile(filename) {
  const dir = path.dirname(filename);
  let entry = dirWatchers.get(dir);
  if (entry === undefined) {
    let watcher;
    try {
      watcher = fs.watch(dir, { persistent: true });
    } catch {
      return;  // gone already
    }
    entry = { watcher, names: new Set() };
    watcher.on('change', (type, name) => {
      if (name === null || entry.names.has(String(name))) onChange();
    });
    watcher.on('error', () => {});
    dirWatchers.set(dir, entry);
  }
  entry.names.add(path.basename(filename));
}

function clearFileWatchers() {
  for (const { watcher } of dirWatchers.values()) watcher.close();
  dirWatchers.clear();
}

for (const p of kWatchPaths) {
  let recursive = false;
  try {
    recursive = fs.statSync(p).isDirectory();
  } catch {
    // A path that does not exist yet: fs.watch reports the error below.
  }
  const watcher = fs.watch(p, { persistent: true, recursive });
  watcher.on('change', onChange);
  pathWatchers.push(watcher);
}

function onChildMessage(message) {
  if (message === null || typeof message !== 'object') return;
  for (const file of message['watch:require'] ?? []) {
    if (typeof file === 'string' && path.isAbsolute(file)) watchFile(file);
  }
  for (const url of message['watch:import'] ?? []) {
    if (typeof url === 'string' && url.startsWith('file:')) {
      watchFile(require('internal/url').fileURLToPath(url));
    }
  }
}

// --- the child ---------------------------------------------------------------------------------
let child = null;
let exitPromise = null;
let exited = false;
let stopping = false;
let restarting = false;

function start() {
  exited = false;
  stopping = false;
  const stdio = kFilter ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit';
  child = spawn(process.execPath, childArgs, {
    stdio,
    env: { ...process.env, WATCH_REPORT_DEPENDENCIES: '1' },
  });
  if (kFilter) child.on('message', onChildMessage);
  exitPromise = new Promise((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      if (!stopping) {
        const waiting = 'Waiting for file changes before restarting...';
        const [color, what] = code === 0 ? [blue, 'Completed'] : [red, 'Failed'];
        process.stdout.write(`${color}${what} running ${kCommandStr}. ${waiting}${white}\n`);
      }
      resolve(code);
    });
  });
}

async function stop(signal = 'SIGTERM') {
  if (child === null) return undefined;
  stopping = true;
  if (kFilter && child.connected) child.disconnect();
  if (!exited) child.kill(signal);
  return exitPromise;
}

async function restart() {
  if (restarting) return;
  restarting = true;
  try {
    if (!kPreserveOutput) process.stdout.write(clear);
    process.stdout.write(`${green}Restarting ${kCommandStr}${white}\n`);
    await stop();
    clearFileWatchers();
    start();
    watchEnvFiles();
  } finally {
    restarting = false;
  }
}

start();
// The env files are watched too (the child reads them again when it starts).
function watchEnvFiles() {
  for (const file of [...(getOptionValue('--env-file') || []),
                      ...(getOptionValue('--env-file-if-exists') || [])]) {
    watchFile(path.resolve(file));
  }
}
watchEnvFiles();
// Watch mode waits for changes until it is killed, even with nothing (yet) to watch.
const keepAlive = setInterval(() => {}, 1 << 30);

// Killed: the child goes too, and watch mode exits with its code.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    clearInterval(keepAlive);
    clearFileWatchers();
    for (const watcher of pathWatchers) watcher.close();
    const code = await stop(signal);
    process.exit(code ?? 0);
  });
}
