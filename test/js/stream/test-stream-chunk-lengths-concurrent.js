'use strict';
// test-stream-chunk-lengths.js with TurboFan compiling off the main thread (V8's default, which
// tide turns off; see src/engine/runtime.cc): the hot paths' length reads take the kShapeProbe route.
require('./test-stream-chunk-lengths.js');
