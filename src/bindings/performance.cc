// internalBinding('performance'): the clocks behind performance.now() and performance.timeOrigin.
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::performance {

namespace {
// Milliseconds since the Environment started, with sub-millisecond precision.
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  args.GetReturnValue().Set((uv_hrtime() - env->time_origin()) / 1e6);
}
}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "now", Now);
  SetConstant(context, target, "timeOrigin", env->time_origin_timestamp_ms());
}

}  // namespace tide::bindings::performance
