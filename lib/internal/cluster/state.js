'use strict';
// Whether this process is a cluster worker, set by cluster's worker setup at start-up. net.js reads
// it on listen so that a process outside a cluster never loads cluster's modules.

module.exports = { isWorker: false };
