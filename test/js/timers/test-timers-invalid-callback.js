'use strict';
// A callback that is not a function is an ERR_INVALID_ARG_TYPE TypeError with Node's message.

const assert = require('assert');

const check = (fn, received) => assert.throws(fn, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "callback" argument must be of type function. Received ${received}`,
});
check(() => setTimeout(), 'undefined');
check(() => setTimeout(null, 1), 'null');
check(() => setInterval('code', 1), "type string ('code')");
check(() => setImmediate({}), 'an instance of Object');
check(() => setTimeout(42), 'type number (42)');
check(() => require('timers').setInterval([1]), 'an instance of Array');
