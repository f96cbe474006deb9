// internalBinding('performance'): the clocks behind performance.now() and performance.timeOrigin,
// the startup milestones of performance.nodeTiming and the loop's idle time (event-loop
// utilization).
#include "bindings/performance.h"

#include <array>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::performance {

namespace {
// 0 = not reached yet.
std::array<uint64_t, static_cast<size_t>(Milestone::kCount)> milestones{};

// Milliseconds since the Environment started, with sub-millisecond precision.
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  args.GetReturnValue().Set((uv_hrtime() - env->time_origin()) / 1e6);
}
// Wall-clock time (ms since the epoch) when this Environment started.
double GetTimeOrigin(Environment* env) { return env->time_origin_timestamp_ms(); }

// Milestone `index` in ms relative to the time origin (it may precede it: negative), or -1 if it
// has not been reached.
double GetMilestone(Environment* env, int32_t index) {
  if (index < 0 || index >= static_cast<int32_t>(Milestone::kCount)) return -1;
  uint64_t stamp = milestones[index];
  if (stamp == 0) return -1;
  return (static_cast<double>(stamp) - static_cast<double>(env->time_origin())) / 1e6;
}

// Total time the loop has spent waiting for events (ms), per uv_metrics_idle_time().
double LoopIdleTime(Environment* env) { return uv_metrics_idle_time(env->loop()) / 1e6; }

// uv_hrtime() in nanoseconds, as a double (exact below 2^53 ns, i.e. 104 days of uptime).
double HrtimeNs(Environment*) { return static_cast<double>(uv_hrtime()); }

}  // namespace

void MarkMilestone(Milestone milestone) { milestones[static_cast<size_t>(milestone)] = uv_hrtime(); }

const MethodEntry kMethods[] = {
    {"now", Now},
    {"getTimeOrigin", Bind<GetTimeOrigin>},
    {"getMilestone", Bind<GetMilestone>},
    {"loopIdleTime", Bind<LoopIdleTime>},
    {"hrtimeNs", Bind<HrtimeNs>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::performance
