'use strict';
// An uncaught SyntaxError from a required file is reported with that file's line and a caret
// (golden test-module-syntax-error-report.stderr recorded from node v20).
require('../../fixtures/modules/cjs/files/syntax-error.js');
