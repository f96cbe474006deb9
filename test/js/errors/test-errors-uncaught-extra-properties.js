'use strict';
// An uncaught Error with own properties is printed with util.inspect: the stack followed by the
// properties in braces (golden stderr, .status).

const err = new RangeError('with extras');
err.code = 'E_EXTRA';
err.details = { retry: false, count: 2 };
throw err;
