'use strict';
// Throwing a plain object (not an Error) prints it with util.inspect after "Uncaught" (golden
// stderr, .status).
// Deliberate difference from node: the hint names tide's own command, `tide --trace-uncaught`,
// where node prints `node --trace-uncaught`; the golden is written as tide prints it.

throw { code: 'E_PLAIN', nested: { list: [1, 2, 3] }, text: 'plain object' };
