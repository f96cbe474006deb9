'use strict';
// Symbols shared by readline's internal modules.

module.exports = {
  kSawKeyPress: Symbol('_sawKeyPress'),
};
