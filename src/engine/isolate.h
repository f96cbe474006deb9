// Creating isolates and contexts the way every tide Environment needs them (main thread and
// workers).
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>

#include "engine/platform.h"
#include "env/environment.h"

namespace tide {

// An isolate registered with the platform (its foreground tasks go through `loop`), with tide's
// settings: explicit microtasks, promise-reject tracking, error handlers.
// `constraints` (may be null): heap limits, as a worker's resourceLimits ask.
v8::Isolate* NewIsolate(Platform* platform, uv_loop_t* loop, v8::ArrayBuffer::Allocator* allocator,
                        const v8::ResourceConstraints* constraints = nullptr);

// tide's isolate settings (explicit microtasks, promise-reject tracking, error handlers), for an
// isolate made elsewhere (the snapshot builder's).
void ConfigureIsolate(v8::Isolate* isolate);

// Builds the process object and runs lib/'s bootstrap in a new context. On failure the exception
// has been printed and the result is false.
bool BootstrapEnvironment(Environment* env);

// Runs lib/internal/bootstrap/prepare.js (what depends on this run), then
// lib/internal/main/<main_id> (the main script, -e code, stdin), in a CallbackScope.
void RunMain(Environment* env, const char* main_id);

// Tears down: closes handles, runs cleanup hooks, unregisters from the platform, disposes the
// isolate.
void DisposeIsolate(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop);

}  // namespace tide
