// internalBinding('performance'): the clocks behind performance.now() and performance.timeOrigin,
// the startup milestones of performance.nodeTiming and the loop's idle time (event-loop
// utilization).
#include "bindings/performance.h"

#include <array>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "loop/callback_scope.h"
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

// 'gc' performance entries: V8's GC prologue/epilogue callbacks time each collection; the
// epilogue queues {kind, flags, startTime, duration} (no JS may run inside a GC) and a zero-delay,
// unreferenced timer hands the batch to JS. Installed only while a 'gc' observer exists.
struct GcTracker {
  Environment* env;
  v8::Global<v8::Function> callback;
  uv_timer_t timer;
  uint64_t start = 0;
  std::vector<double> pending;  // kind, flags, startTime (ms), duration (ms), ...
};
// One per thread, i.e. per Environment (workers observe their own isolate's collections).
thread_local GcTracker* gc_tracker = nullptr;

// Hands the queued records to JS as one flat array.
void OnGcTimer(uv_timer_t* timer) {
  auto* tracker = static_cast<GcTracker*>(timer->data);
  Environment* env = tracker->env;
  if (tracker->pending.empty() || env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  std::vector<double> batch;
  batch.swap(tracker->pending);
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(batch.size()));
  for (size_t i = 0; i < batch.size(); i++) {
    array->Set(env->context(), static_cast<uint32_t>(i), v8::Number::New(isolate, batch[i]))
        .Check();
  }
  v8::Local<v8::Value> argv[] = {array};
  MakeCallback(env, v8::Undefined(isolate), tracker->callback.Get(isolate), 1, argv);
}

void OnGcPrologue(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
  static_cast<GcTracker*>(data)->start = uv_hrtime();
}

void OnGcEpilogue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags flags, void* data) {
  auto* tracker = static_cast<GcTracker*>(data);
  if (tracker->start == 0) return;
  uint64_t end = uv_hrtime();
  uint64_t origin = tracker->env->time_origin();
  tracker->pending.push_back(static_cast<double>(type));
  tracker->pending.push_back(static_cast<double>(flags));
  tracker->pending.push_back((static_cast<double>(tracker->start) - origin) / 1e6);
  tracker->pending.push_back((end - tracker->start) / 1e6);
  tracker->start = 0;
  if (!uv_is_active(reinterpret_cast<uv_handle_t*>(&tracker->timer))) {
    uv_timer_start(&tracker->timer, OnGcTimer, 0, 0);
  }
}

void RemoveGcTracking(GcTracker* tracker) {
  v8::Isolate* isolate = tracker->env->isolate();
  isolate->RemoveGCPrologueCallback(OnGcPrologue, tracker);
  isolate->RemoveGCEpilogueCallback(OnGcEpilogue, tracker);
  uv_close(reinterpret_cast<uv_handle_t*>(&tracker->timer),
           [](uv_handle_t* handle) { delete static_cast<GcTracker*>(handle->data); });
}

// installGarbageCollectionTracking(callback): callback(array of 4-number records) per batch.
void InstallGcTracking(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  if (gc_tracker != nullptr || !args[0]->IsFunction()) return;
  auto* tracker = new GcTracker();
  tracker->env = env;
  tracker->callback.Reset(env->isolate(), args[0].As<v8::Function>());
  uv_timer_init(env->loop(), &tracker->timer);
  tracker->timer.data = tracker;
  uv_unref(reinterpret_cast<uv_handle_t*>(&tracker->timer));
  env->isolate()->AddGCPrologueCallback(OnGcPrologue, tracker);
  env->isolate()->AddGCEpilogueCallback(OnGcEpilogue, tracker);
  gc_tracker = tracker;
  env->AddCleanupHook([tracker]() {
    if (gc_tracker != tracker) return;
    gc_tracker = nullptr;
    RemoveGcTracking(tracker);
  });
}

void RemoveGcTrackingCallback(const v8::FunctionCallbackInfo<v8::Value>&) {
  if (gc_tracker == nullptr) return;
  GcTracker* tracker = gc_tracker;
  gc_tracker = nullptr;
  RemoveGcTracking(tracker);
}

}  // namespace

void MarkMilestone(Milestone milestone) {
  milestones[static_cast<size_t>(milestone)] = uv_hrtime();
}

const MethodEntry kMethods[] = {
    {"now", Now},
    {"getTimeOrigin", Bind<GetTimeOrigin>},
    {"getMilestone", Bind<GetMilestone>},
    {"loopIdleTime", Bind<LoopIdleTime>},
    {"hrtimeNs", Bind<HrtimeNs>},
    {"installGarbageCollectionTracking", InstallGcTracking},
    {"removeGarbageCollectionTracking", RemoveGcTrackingCallback},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::performance
