// The event loop: libuv runs its phases (timers → pending → idle/prepare → poll → check → close);
// around it, tide drains V8's foreground tasks and emits 'beforeExit'/'exit' as Node does.
#pragma once

#include "env/environment.h"

namespace tide {

// Runs the loop until no referenced handle or request is left and 'beforeExit' schedules nothing
// more.
void SpinEventLoop(Environment* env);

// Emits process 'beforeExit' (ticks drain after it).
void EmitBeforeExit(Environment* env);
// Emits process 'exit' and returns the exit code (process.exitCode, which listeners may change).
int EmitExit(Environment* env);

}  // namespace tide
