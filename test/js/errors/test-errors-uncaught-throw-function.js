'use strict';
// A thrown function is an object: it is printed as util.inspect shows it, and, as for any thrown
// object, without the trace-uncaught hint (golden stderr, .status).

throw function namedFunction() {};
