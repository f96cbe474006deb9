'use strict';
// ERR_INVALID_ARG_TYPE lists the expected types, classes and others as Node
// does ("of type", "one of type", "an instance of").
const assert = require('assert');

// One type.
assert.throws(() => assert.throws('x'), {
  message: "The \"fn\" argument must be of type function. Received type string ('x')",
});
// One class.
assert.throws(() => assert.match('x', 1), {
  message: 'The "regexp" argument must be an instance of RegExp. Received type number (1)',
});
// A type and a class.
assert.rejects(assert.rejects(1), {
  message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
           'Received type number (1)',
}).then(() => {});
// Two types and three classes: "object" joins the classes as Object.
assert.throws(() => assert.throws(() => { throw new Error(); }, true), {
  message: 'The "error" argument must be of type function or an instance of Error, RegExp, ' +
           'or Object. Received type boolean (true)',
});
// The "options" argument of AssertionError: Object reads "of type object".
assert.throws(() => new assert.AssertionError('x'), {
  message: "The \"options\" argument must be of type object. Received type string ('x')",
});
