'use strict';
// `throw null` is reported as `Uncaught null` with the trace-uncaught hint (golden stderr, .status).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-uncaught`,
// where node prints `node --trace-uncaught`; the golden is written as tide prints it.

throw null;
