'use strict';
// `tide -e CODE` / `tide -p CODE`.
const { evalSource, printEval } = internalBinding('process').getRunOptions();
require('internal/process/preload').runWithPreloads(
  () => require('internal/process/execution').evalScript('[eval]', evalSource, printEval));
