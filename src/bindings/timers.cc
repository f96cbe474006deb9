// internalBinding('timers'): what lib/internal/timers.js needs from the loop (see loop/timers.h).
#include "loop/timers.h"

#include <algorithm>

#include "env/binding_registry.h"
#include "util/args.h"

namespace tide::bindings::timers {

namespace {

void SetupTimers(Environment* env, v8::Local<v8::Function> process_immediate,
                 v8::Local<v8::Function> process_timers) {
  env->set_js_callback(JsCallback::kImmediateCallback, process_immediate);
  env->set_js_callback(JsCallback::kTimersCallback, process_timers);
}
void ScheduleTimer(Environment* env, double ms) {
  LoopTimers::Get(env)->ScheduleTimer(static_cast<int64_t>(ms));
}
void ToggleTimerRef(Environment* env, bool ref) { LoopTimers::Get(env)->ToggleTimerRef(ref); }
void ToggleImmediateRef(Environment* env, bool ref) {
  LoopTimers::Get(env)->ToggleImmediateRef(ref);
}
// The loop time in ms, as a small integer while it fits: ReturnValue::Set(double) goes through
// Number::New (a handle) even for integral values. Called at every timer (re)arm, which an HTTP
// server's keep-alive connection does per request.
// The loop is read straight from the Environment (LoopTimers::Get, a binding-data lookup, would
// cost ~25 instructions a call).
void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double now = LoopTimers::FreshNow(Environment::From(args)->loop());
  if (now <= 2147483647.0) {
    args.GetReturnValue().Set(static_cast<int32_t>(now));
  } else {
    args.GetReturnValue().Set(now);
  }
}

}  // namespace

const MethodEntry kMethods[] = {
    {"setupTimers", Bind<SetupTimers>},
    {"scheduleTimer", Bind<ScheduleTimer>},
    {"toggleTimerRef", Bind<ToggleTimerRef>},
    {"toggleImmediateRef", Bind<ToggleImmediateRef>},
    {"getLibuvNow", GetLibuvNow},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
  ImmediateInfo* info = env->immediate_info();
  // The fields live in a V8-owned ArrayBuffer (so the startup snapshot carries them); the
  // Environment reads and writes them through a pointer into it.
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(info->storage));
  auto* data = static_cast<uint32_t*>(buffer->Data());
  std::copy(info->fields, info->fields + ImmediateInfo::kFieldCount, data);
  info->fields = data;
  SetValue(context, target, "immediateInfo",
           v8::Uint32Array::New(buffer, 0, ImmediateInfo::kFieldCount));
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::timers
