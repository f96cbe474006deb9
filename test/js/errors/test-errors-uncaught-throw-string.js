'use strict';
// A thrown string is printed as the string itself under the caret (not quoted as util.inspect
// would), then the trace-uncaught hint (golden stderr, .status).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-uncaught`,
// where node prints `node --trace-uncaught`; the golden is written as tide prints it.

throw 'a thrown string';
