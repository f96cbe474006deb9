// An ES module main that throws: Node's uncaught report (file URL and line, source, caret,
// stack) and exit code 1, after the modules it imported have run.
import './syntax-ok-dependency.mjs';

throw new Error('boom from the main module');
