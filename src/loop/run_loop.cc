// See run_loop.h.
#include "loop/run_loop.h"

#include "engine/errors.h"
#include "engine/platform.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide {

void SpinEventLoop(Environment* env) {
  uv_loop_t* loop = env->loop();
  bool more;
  do {
    if (env->is_stopping()) return;
    if (Diagnostics* diag = env->diagnostics(); diag != nullptr && diag->tracing()) {
      diag->RunTracedLoop();  // one iteration at a time, each one traced
    } else {
      uv_run(loop, UV_RUN_DEFAULT);
    }
    if (env->is_stopping()) return;
    // V8 may still have foreground tasks (or worker tasks about to post some): they keep us alive,
    // and so do the tasks they post in turn (as Node's DrainTasks: e.g. vm.measureMemory's GC
    // task, then its reporting task).
    while (env->platform()->DrainTasks(env->isolate())) {
      if (env->is_stopping()) return;
    }
    // async_hooks' destroy hooks still queued (their handle does not keep the loop alive).
    if (env->RunQueuedDestroyHooks()) {
      if (env->is_stopping()) return;
      more = true;
      continue;
    }
    more = uv_loop_alive(loop);
    if (more) continue;
    EmitBeforeExit(env);
    if (env->is_stopping()) return;
    // 'beforeExit' listeners may have scheduled more work.
    more = uv_loop_alive(loop);
  } while (more);
}

namespace {
v8::MaybeLocal<v8::Value> CallProcessEvent(Environment* env, const char* name, bool drain) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Function> emit = env->js_callback(JsCallback::kEmitProcessEvent);
  if (emit.IsEmpty()) return {};
  v8::Local<v8::Value> argv[] = {OneByteString(isolate, name)};
  if (drain) return MakeCallback(env, env->process_object(), emit, 1, argv);
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Value> result = emit->Call(env->context(), env->process_object(), 1, argv);
  if (result.IsEmpty() && !try_catch.HasTerminated() && !env->is_stopping()) {
    // An exception in an 'exit' listener is reported like any other uncaught exception.
    TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
  }
  return result;
}
}  // namespace

void EmitBeforeExit(Environment* env) {
  v8::HandleScope scope(env->isolate());
  CallProcessEvent(env, "beforeExit", true);
}

int EmitExit(Environment* env) {
  v8::HandleScope scope(env->isolate());
  v8::Local<v8::Value> code;
  if (!env->is_stopping() && CallProcessEvent(env, "exit", false).ToLocal(&code) &&
      code->IsInt32()) {
    env->set_exit_code(code.As<v8::Int32>()->Value());
  }
  return env->exit_code();
}

}  // namespace tide
