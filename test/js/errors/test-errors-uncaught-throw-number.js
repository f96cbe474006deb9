'use strict';
// `throw 1` (a primitive, no stack) prints the source line, caret, and the inspected value with
// Node's "(Use `node --trace-uncaught ...`" hint (golden stderr, .status).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-uncaught`,
// where node prints `node --trace-uncaught`; the golden is written as tide prints it.

throw 1;
