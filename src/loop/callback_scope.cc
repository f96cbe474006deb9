// See callback_scope.h.
#include "loop/callback_scope.h"

#include "engine/errors.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide {

CallbackScope::CallbackScope(Environment* env) : env_(env) {
  env->PushCallbackScope();
  if (Diagnostics* diag = env->diagnostics(); diag != nullptr && env->callback_scope_depth() == 1) {
    diag->OnScopeEnter();
  }
  // AsyncLocalStorage keeps its frame in V8's continuation-preserved embedder data, which promise
  // reactions carry; a callback from the loop must not see the frame the last JavaScript left.
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> frame = context->GetContinuationPreservedEmbedderData();
  if (!frame->IsUndefined()) {
    saved_frame_.Reset(isolate, frame);
    context->SetContinuationPreservedEmbedderData(v8::Undefined(isolate));
  }
}

CallbackScope::~CallbackScope() {
  bool outermost = env_->callback_scope_depth() == 1;
  if (outermost && !failed_) DrainTicksAndMicrotasks(env_);
  if (Diagnostics* diag = env_->diagnostics(); diag != nullptr && outermost) diag->OnScopeExit();
  env_->PopCallbackScope();
  v8::Isolate* isolate = env_->isolate();
  v8::HandleScope handle_scope(isolate);
  env_->context()->SetContinuationPreservedEmbedderData(
      saved_frame_.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>() : saved_frame_.Get(isolate));
}

namespace {
void DrainTicksAndMicrotasksImpl(Environment* env, v8::Isolate* isolate, TickInfo* tick);
}  // namespace

void DrainTicksAndMicrotasks(Environment* env) {
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  TickInfo* tick = env->tick_info();
  if (Diagnostics* diag = env->diagnostics()) {
    diag->OnDrainBegin();
    DrainTicksAndMicrotasksImpl(env, isolate, tick);
    diag->OnDrainEnd();
    return;
  }
  DrainTicksAndMicrotasksImpl(env, isolate, tick);
}

namespace {
void DrainTicksAndMicrotasksImpl(Environment* env, v8::Isolate* isolate, TickInfo* tick) {
  // Fast path: no tick queued, so microtasks alone (which may queue ticks).
  if (!tick->has_tick_scheduled() && !tick->has_rejection_to_warn()) {
    isolate->PerformMicrotaskCheckpoint();
    if (env->is_stopping()) return;
  }
  if (!tick->has_tick_scheduled() && !tick->has_rejection_to_warn()) return;

  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> tick_callback = env->js_callback(JsCallback::kTickCallback);
  if (tick_callback.IsEmpty()) return;
  v8::Local<v8::Context> context = env->context();
  // A tick callback that throws leaves the rest of the queue for the next drain; the uncaught
  // exception handler schedules one (as Node does) when it lets the process go on.
  v8::TryCatch try_catch(isolate);
  if (tick_callback->Call(context, env->process_object(), 0, nullptr).IsEmpty()) {
    if (try_catch.HasTerminated() || env->is_stopping()) return;
    TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
  }
}

}  // namespace

void CaptureAsyncContext(Environment* env, v8::Local<v8::Object> resource, bool replace) {
  if (!env->async_context_enabled()) return;
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> frame = context->GetContinuationPreservedEmbedderData();
  if (frame->IsUndefined() && !replace) return;
  resource->SetPrivate(context, env->async_context_key(), frame).Check();
}

v8::Local<v8::Value> AsyncContextOf(Environment* env, v8::Local<v8::Object> resource) {
  if (!env->async_context_enabled()) return {};
  v8::Local<v8::Value> frame;
  if (!resource->GetPrivate(env->context(), env->async_context_key()).ToLocal(&frame) ||
      frame->IsUndefined()) {
    return {};
  }
  return frame;
}

void NewRequestObject(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new");
  CaptureAsyncContext(Environment::From(args), args.This());
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value>* argv,
                                       v8::Local<v8::Value> async_frame) {
  if (env->is_stopping()) return {};
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  CallbackScope callback_scope(env);
  if (!async_frame.IsEmpty()) {
    context->SetContinuationPreservedEmbedderData(async_frame);
  } else if (env->async_context_enabled() && recv->IsObject()) {
    v8::Local<v8::Value> frame = AsyncContextOf(env, recv.As<v8::Object>());
    if (!frame.IsEmpty()) context->SetContinuationPreservedEmbedderData(frame);
  }
  v8::Local<v8::Value> result;
  {
    v8::TryCatch try_catch(isolate);
    Diagnostics* diag = env->diagnostics();
    if (diag != nullptr) diag->OnCallbackBegin(recv, fn);
    bool ok = fn->Call(context, recv, argc, argv).ToLocal(&result);
    // The callback may have switched diagnostics on: only a begun callback ends.
    if (diag != nullptr) diag->OnCallbackEnd();
    if (!ok) {
      callback_scope.MarkFailed();
      if (!try_catch.HasTerminated() && !env->is_stopping()) {
        TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
      }
      return {};
    }
  }
  return handle_scope.Escape(result);
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Object> recv,
                                       const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> fn;
  if (!recv->Get(env->context(), OneByteString(env->isolate(), name)).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return {};
  }
  return MakeCallback(env, recv, fn.As<v8::Function>(), argc, argv);
}

}  // namespace tide
