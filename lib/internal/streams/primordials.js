'use strict';
// readable-stream's lib/ours/primordials.js with tide's dispose symbols (lib/internal/bootstrap/realm.js
// puts this module in its place). events' addAbortListener returns a disposable keyed by
// Symbol.for('nodejs.dispose') (V8 10.2 has no Symbol.dispose); readable-stream would make private
// symbols of its own, and pipeline({ signal }) then failed to dispose. Everything else is
// readable-stream's: its small wrappers (`(self, el) => self.push(el)`) inline into optimized
// stream code, where tide's uncurried primordials (bound `call`s) measured ~2x slower on V8 10.2.

const ours = require('internal/deps/readable-stream/lib/ours/primordials');

module.exports = {
  __proto__: null,
  ...ours,
  // Node's own fallbacks for engines without explicit resource management (as lib/events.js).
  SymbolDispose: Symbol.dispose ?? Symbol.for('nodejs.dispose'),
  SymbolAsyncDispose: Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose'),
};
