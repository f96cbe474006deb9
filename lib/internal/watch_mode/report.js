'use strict';
// The child side of --watch: a process started by watch mode (WATCH_REPORT_DEPENDENCIES set, an
// IPC channel open) tells the watcher each file it loads: { 'watch:require': [path] } from the
// CommonJS loader, { 'watch:import': [url] } from the ES module loader, as Node's child does.

let enabled = false;

// Called per run by internal/bootstrap/prepare.js.
function initWatchReport() {
  enabled = process.env.WATCH_REPORT_DEPENDENCIES !== undefined &&
    typeof process.send === 'function';
}

function reportDependency(kind, name) {
  if (!enabled) return;
  try {
    process.send({ [`watch:${kind}`]: [name] });
  } catch {
    // The watcher went away: nothing to tell.
  }
}

module.exports = {
  initWatchReport,
  get enabled() { return enabled; },
  reportDependency,
};
