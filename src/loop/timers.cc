// See timers.h.
#include "loop/timers.h"

#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"

namespace tide {

namespace {
template <typename T>
void CloseAndDelete(T* handle) {
  uv_close(reinterpret_cast<uv_handle_t*>(handle),
           [](uv_handle_t* h) { delete reinterpret_cast<T*>(h); });
}
}  // namespace

LoopTimers::LoopTimers(Environment* env)
    : env_(env), timer_(new uv_timer_t), check_(new uv_check_t), idle_(new uv_idle_t) {
  uv_timer_init(env->loop(), timer_);
  timer_->data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(timer_));
  uv_check_init(env->loop(), check_);
  check_->data = this;
  uv_check_start(check_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(check_));
  uv_idle_init(env->loop(), idle_);
}

LoopTimers::~LoopTimers() {
  CloseAndDelete(timer_);
  CloseAndDelete(check_);
  CloseAndDelete(idle_);
}

LoopTimers* LoopTimers::Get(Environment* env) {
  return env->binding_data_or_create<LoopTimers>(kBinding_timers, env);
}

void LoopTimers::ScheduleTimer(int64_t ms) {
  uv_timer_start(timer_, OnTimer, ms < 1 ? 1 : static_cast<uint64_t>(ms), 0);
}

void LoopTimers::ToggleTimerRef(bool ref) {
  if (ref) {
    uv_ref(reinterpret_cast<uv_handle_t*>(timer_));
  } else {
    uv_unref(reinterpret_cast<uv_handle_t*>(timer_));
  }
}

void LoopTimers::ToggleImmediateRef(bool ref) {
  // While referenced immediates wait, the idle handle makes poll return at once.
  if (ref) {
    uv_idle_start(idle_, [](uv_idle_t*) {});
  } else {
    uv_idle_stop(idle_);
  }
}

void LoopTimers::OnTimer(uv_timer_t* handle) {
  auto* self = static_cast<LoopTimers*>(handle->data);
  Environment* env = self->env_;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> cb = env->js_callback(JsCallback::kTimersCallback);
  if (cb.IsEmpty()) return;
  v8::Local<v8::Value> arg = v8::Number::New(isolate, self->LoopNow());
  v8::Local<v8::Value> ret;
  if (Diagnostics* diag = env->diagnostics()) diag->SetNextKind(CallbackKind::kTimeout);
  // The outer scope defers nextTicks and microtasks until processTimers' answer is applied: a
  // timer they create (a promise continuation calling setTimeout) schedules and refs the handle
  // itself, and must not be overridden by the answer computed before it existed (as Node).
  CallbackScope drain_after(env);
  // processTimers returns the next expiry: 0 none, >0 referenced, <0 unreferenced. A timer callback
  // that throws is reported as uncaught; if the program goes on, the remaining timers run at once.
  bool ok;
  do {
    ok = MakeCallback(env, env->process_object(), cb, 1, &arg).ToLocal(&ret);
    if (env->is_stopping()) return;
  } while (!ok);
  double next = ret->IsNumber() ? ret.As<v8::Number>()->Value() : 0;
  if (next == 0) {
    // No timer left: the handle must not stay referenced for an unreferenced timer (a socket's
    // idle timeout) scheduled later without going through the JS ref count.
    self->ToggleTimerRef(false);
    return;
  }
  double abs_next = next < 0 ? -next : next;
  int64_t delay = static_cast<int64_t>(abs_next - self->LoopNow());
  self->ScheduleTimer(delay);
  self->ToggleTimerRef(next > 0);
}

void LoopTimers::OnCheck(uv_check_t* handle) {
  auto* self = static_cast<LoopTimers*>(handle->data);
  Environment* env = self->env_;
  // Queued destroy hooks first, as Node runs them from a native immediate.
  if (env->async_hooks()->Has(AsyncHooksInfo::kDestroy)) env->RunQueuedDestroyHooks();
  ImmediateInfo* info = env->immediate_info();
  if (info->fields[ImmediateInfo::kCount] == 0 &&
      info->fields[ImmediateInfo::kHasOutstanding] == 0) {
    return;
  }
  v8::HandleScope scope(env->isolate());
  v8::Local<v8::Function> cb = env->js_callback(JsCallback::kImmediateCallback);
  if (cb.IsEmpty()) return;
  if (Diagnostics* diag = env->diagnostics()) diag->SetNextKind(CallbackKind::kImmediate);
  MakeCallback(env, env->process_object(), cb, 0, nullptr);
  if (env->is_stopping()) return;
  if (info->fields[ImmediateInfo::kRefCount] == 0) self->ToggleImmediateRef(false);
}

}  // namespace tide
