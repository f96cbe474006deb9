// internalBinding('diagnostics'): the native half of tide:diagnostics (loop/diagnostics.h) and of
// process.getActiveResourcesInfo() — the live handles and requests the Environment tracks.
#include "loop/diagnostics.h"

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/uv_error.h"

namespace tide::bindings::diagnostics {

namespace {

// Names of the referenced handles, in creation order (Node's _getActiveHandlesInfo()).
void GetActiveHandlesInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  std::vector<v8::Local<v8::Value>> names;
  for (HandleWrap* handle : env->Handles()) {
    if (handle->HasRef()) names.push_back(OneByteString(isolate, handle->ResourceName()));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

// Names of the requests in flight, one per request (Node's _getActiveRequestsInfo()).
void GetActiveRequestsInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  std::vector<v8::Local<v8::Value>> names;
  for (const auto& [name, count] : env->request_counts()) {
    for (int i = 0; i < count; i++) names.push_back(OneByteString(isolate, name));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

// Switches diagnostics on for this Environment (thread-pool statistics start counting).
void Enable(Environment* env) { Diagnostics::Ensure(env); }

void SetWarnBlocked(Environment* env, double ms) {
  Diagnostics::Ensure(env)->SetBlockedThreshold(static_cast<uint64_t>(ms));
}

void SetWarnPoolWait(Environment* env, double ms) {
  Diagnostics::Ensure(env)->SetPoolWaitThreshold(static_cast<uint64_t>(ms));
}

void SetTrackResources(Environment* env, bool on) {
  Diagnostics::Ensure(env)->SetTrackResources(on);
}

// startTrace(path) → 0, or a libuv error code when the file cannot be opened.
int32_t StartTrace(Environment* env, std::string path) {
  int err = 0;
  if (!Diagnostics::Ensure(env)->StartTrace(path, &err)) return err;
  return 0;
}

void StopTrace(Environment* env) {
  if (Diagnostics* diag = env->diagnostics()) diag->StopTrace();
}

bool IsTracing(Environment* env) {
  Diagnostics* diag = env->diagnostics();
  return diag != nullptr && diag->tracing();
}

// jsCallbackBegin(kind, fn): lib/internal/timers is about to run a timer's (0) or an immediate's
// (1) own function.
void JsCallbackBegin(Environment* env, int32_t kind, v8::Local<v8::Function> fn) {
  if (Diagnostics* diag = env->diagnostics()) {
    diag->OnJsCallbackBegin(kind == 0 ? CallbackKind::kTimeout : CallbackKind::kImmediate, fn);
  }
}

void JsCallbackEnd(Environment* env) {
  if (Diagnostics* diag = env->diagnostics()) diag->OnJsCallbackEnd();
}

// getHandles() → [{ type, fd, ref, active, stack }] for every open handle, in creation order.
void GetHandles(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  Diagnostics* diag = env->diagnostics();
  std::vector<v8::Local<v8::Value>> out;
  for (HandleWrap* handle : env->Handles()) {
    if (handle->IsClosing()) continue;
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetValue(context, entry, "type", OneByteString(isolate, handle->ResourceName()));
    uv_os_fd_t fd;
    if (uv_fileno(handle->handle(), &fd) == 0) {
      SetValue(context, entry, "fd", v8::Integer::New(isolate, fd));
    }
    SetValue(context, entry, "ref", v8::Boolean::New(isolate, handle->HasRef()));
    SetValue(context, entry, "active",
             v8::Boolean::New(isolate, uv_is_active(handle->handle()) != 0));
    std::string stack = diag != nullptr ? diag->HandleStack(handle) : std::string();
    if (!stack.empty()) SetValue(context, entry, "stack", Utf8String(isolate, stack));
    SetValue(context, entry, "object", handle->object());
    out.push_back(entry);
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// getRequests() → [{ type, stack }]: requests in flight. Those started before diagnostics came on
// are known by name only.
void GetRequests(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  Diagnostics* diag = env->diagnostics();
  std::vector<v8::Local<v8::Value>> out;
  std::vector<std::pair<const char*, int>> unknown = env->request_counts();
  auto add = [&](const char* name, const std::string& stack) {
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetValue(context, entry, "type", OneByteString(isolate, name));
    if (!stack.empty()) SetValue(context, entry, "stack", Utf8String(isolate, stack));
    out.push_back(entry);
  };
  if (diag != nullptr) {
    for (const auto& [req, info] : diag->requests()) {
      add(info.name, info.stack);
      for (auto& entry : unknown) {
        if (strcmp(entry.first, info.name) == 0 && entry.second > 0) entry.second--;
      }
    }
  }
  for (const auto& [name, count] : unknown) {
    for (int i = 0; i < count; i++) add(name, "");
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// threadPoolStats() → { size, kinds: { fs: [queued, running, inFlight, completed, timed,
// waitTotal, waitMax, runTotal, runMax, latencyTotal, latencyMax], ... } } (times in ms).
void ThreadPoolStats(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(context, result, "size", v8::Integer::New(isolate, pool_stats::PoolSize()));
  v8::Local<v8::Object> kinds = v8::Object::New(isolate);
  for (size_t i = 0; i < static_cast<size_t>(PoolKind::kCount); i++) {
    auto kind = static_cast<PoolKind>(i);
    pool_stats::KindStats& s = pool_stats::Of(kind);
    double values[] = {static_cast<double>(s.queued.load()),
                       static_cast<double>(s.running.load()),
                       static_cast<double>(s.in_flight.load()),
                       static_cast<double>(s.completed.load()),
                       static_cast<double>(s.timed.load()),
                       s.wait_total_ns.load() / 1e6,
                       s.wait_max_ns.load() / 1e6,
                       s.run_total_ns.load() / 1e6,
                       s.run_max_ns.load() / 1e6,
                       s.latency_total_ns.load() / 1e6,
                       s.latency_max_ns.load() / 1e6};
    std::vector<v8::Local<v8::Value>> numbers;
    for (double v : values) numbers.push_back(v8::Number::New(isolate, v));
    SetValue(context, kinds, PoolKindName(kind),
             v8::Array::New(isolate, numbers.data(), numbers.size()));
  }
  SetValue(context, result, "kinds", kinds);
  args.GetReturnValue().Set(result);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"getActiveHandlesInfo", GetActiveHandlesInfo},
    {"getActiveRequestsInfo", GetActiveRequestsInfo},
    {"enable", Bind<Enable>},
    {"setWarnBlocked", Bind<SetWarnBlocked>},
    {"setWarnPoolWait", Bind<SetWarnPoolWait>},
    {"setTrackResources", Bind<SetTrackResources>},
    {"startTrace", Bind<StartTrace>},
    {"stopTrace", Bind<StopTrace>},
    {"isTracing", Bind<IsTracing>},
    {"jsCallbackBegin", Bind<JsCallbackBegin>},
    {"jsCallbackEnd", Bind<JsCallbackEnd>},
    {"getHandles", GetHandles},
    {"getRequests", GetRequests},
    {"threadPoolStats", ThreadPoolStats},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::diagnostics
