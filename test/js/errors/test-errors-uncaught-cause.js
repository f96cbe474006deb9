'use strict';
// An uncaught Error with a cause prints the cause nested under `[cause]`, and the run of frames
// the outer error shares with it is folded into "... N lines matching cause stack trace ..."
// (golden stderr, .status). The stack is limited to this file's frames: the runtime's own frames
// below them differ between node and tide.

Error.stackTraceLimit = 6;
function make() {
  const cause = new Error('inner cause');
  return new Error('outer', { cause });
}
function level4() { return make(); }
function level3() { return level4(); }
function level2() { return level3(); }
function level1() { return level2(); }
throw level1();
