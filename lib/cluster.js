'use strict';
// node:cluster — one primary process forks workers (child_process.fork with an IPC channel);
// servers the workers listen on are shared through the primary (lib/internal/cluster/). Which
// half this process is comes from NODE_UNIQUE_ID, which the primary sets for each worker.

module.exports = 'NODE_UNIQUE_ID' in process.env ?
  require('internal/cluster/child') : require('internal/cluster/primary');
