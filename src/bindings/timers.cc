// internalBinding('timers'): what lib/internal/timers.js needs from the loop (see loop/timers.h).
#include "loop/timers.h"

#include "env/binding_registry.h"
#include "util/args.h"

namespace tide::bindings::timers {

namespace {

void SetupTimers(Environment* env, v8::Local<v8::Function> process_immediate,
                 v8::Local<v8::Function> process_timers) {
  env->set_js_callback(JsCallback::kImmediateCallback, process_immediate);
  env->set_js_callback(JsCallback::kTimersCallback, process_timers);
}
void ScheduleTimer(Environment* env, double ms) { LoopTimers::Get(env)->ScheduleTimer(static_cast<int64_t>(ms)); }
void ToggleTimerRef(Environment* env, bool ref) { LoopTimers::Get(env)->ToggleTimerRef(ref); }
void ToggleImmediateRef(Environment* env, bool ref) { LoopTimers::Get(env)->ToggleImmediateRef(ref); }
double GetLibuvNow(Environment* env) { return LoopTimers::Get(env)->LoopNow(); }

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  LoopTimers::Get(env);
  SetMethod(context, target, "setupTimers", Bind<SetupTimers>);
  SetMethod(context, target, "scheduleTimer", Bind<ScheduleTimer>);
  SetMethod(context, target, "toggleTimerRef", Bind<ToggleTimerRef>);
  SetMethod(context, target, "toggleImmediateRef", Bind<ToggleImmediateRef>);
  SetMethod(context, target, "getLibuvNow", Bind<GetLibuvNow>);
  // immediateInfo: a Uint32Array over Environment's ImmediateInfo, shared with JS.
  ImmediateInfo* info = env->immediate_info();
  auto store = v8::ArrayBuffer::NewBackingStore(info->fields, sizeof(info->fields),
                                                v8::BackingStore::EmptyDeleter, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  SetValue(context, target, "immediateInfo",
           v8::Uint32Array::New(buffer, 0, ImmediateInfo::kFieldCount));
}

}  // namespace tide::bindings::timers
