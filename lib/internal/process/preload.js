'use strict';
// -r / --require and --import: the modules loaded before the main script (file, -e/-p, stdin or
// a worker's script). --require modules load synchronously, resolved from the working directory
// (the parent is 'internal/preload', as in Node); then the --import specifiers are imported one
// after the other, each awaited, and only then does the main script run.

const { getOptionValue } = require('internal/options');

// Loads the --require preloads; with --import, returns a promise of whether every import
// succeeded (a failure has been reported as an uncaught error), else undefined.
function loadPreloads() {
  const requires = getOptionValue('--require');
  if (requires?.length) require('internal/modules/cjs/loader').Module._preloadModules(requires);
  const imports = getOptionValue('--import');
  if (!imports?.length) return undefined;
  const esm = require('internal/modules/esm/loader');
  let chain = Promise.resolve();
  for (const specifier of imports) {
    // Resolved against the working directory (a URL ending in '/').
    chain = chain.then(() => esm.importModuleDynamically(specifier, undefined, undefined));
  }
  return chain.then(() => true, (err) => {
    internalBinding('errors').triggerUncaughtException(err, true);
    return false;
  });
}

// Runs main() once the preloads are in (right away without --import).
function runWithPreloads(main) {
  const pending = loadPreloads();
  if (pending === undefined) return main();
  return pending.then((ok) => (ok ? main() : undefined));
}

module.exports = { runWithPreloads };
