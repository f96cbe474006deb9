// Runtime: one per process. Parses the command line, initialises V8 once, runs the main Environment
// and returns the process's exit code.
#pragma once

namespace tide {

int RuntimeMain(int argc, char** argv);

// The Node.js release whose API tide implements ("v22.12.0"): process.version.
const char* NodeApiVersion();

}  // namespace tide
