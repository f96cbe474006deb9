'use strict';
// `tide --test [patterns]`: find the test files and run each in its own process.
require('internal/test_runner/runner').runFiles(process.argv.slice(1));
