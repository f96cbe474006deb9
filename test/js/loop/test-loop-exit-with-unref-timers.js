'use strict';
// The process exits when only unref'd timers (timeouts and intervals) remain; their callbacks
// never run and exit comes promptly.

const assert = require('assert');

const start = Date.now();
setTimeout(() => assert.fail('unref timeout ran'), 5000).unref();
setInterval(() => assert.fail('unref interval ran'), 3000).unref();
// Referenced at first, then unref'd later: no longer keeps the loop alive.
const t = setTimeout(() => assert.fail('later-unref timeout ran'), 4000);
setImmediate(() => t.unref());

process.on('exit', () => {
  assert.ok(Date.now() - start < 2000, 'exited promptly');
});
