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
// Wall-clock time (ms since the epoch) when this Environment started.
double GetTimeOrigin(Environment* env) { return env->time_origin_timestamp_ms(); }

}  // namespace

const MethodEntry kMethods[] = {
    {"now", Now},
    {"getTimeOrigin", Bind<GetTimeOrigin>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::performance
