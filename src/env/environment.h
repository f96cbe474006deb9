// Environment: everything one isolate needs (its context, libuv loop, tick and immediate state, the
// JS callbacks the loop calls, live handles, cleanup hooks). One per isolate — the main thread's
// and, later, each worker's — and nothing mutable lives outside it, so two can run side by side on
// two threads.
#pragma once

#include <uv.h>
#include <v8.h>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tide {

class Diagnostics;
class BaseObject;
class HandleWrap;
class MessagePortData;
class Platform;

// JS functions the native side calls; installed by lib/internal/bootstrap through bindings.
enum class JsCallback {
  kTickCallback,       // internal/process/task_queues: processTicksAndRejections
  kTimersCallback,     // internal/timers: processTimers(now) -> next expiry
  kImmediateCallback,  // internal/timers: processImmediate()
  kFatalException,     // internal/process/execution: onGlobalUncaughtException(err, fromPromise,
                       // arrow)
  kPromiseReject,      // internal/process/promises: promiseRejectHandler(type, promise, reason)
  kEmitProcessEvent,   // (name, code) -> emits 'beforeExit' / 'exit' on process
  kAsyncInit,          // internal/async_hooks: emitInitNative(asyncId, type, triggerAsyncId, res)
  kAsyncBefore,        // emitBeforeNative(asyncId)
  kAsyncAfter,         // emitAfterNative(asyncId)
  kAsyncDestroy,       // emitDestroyNative(asyncId)
  kCount
};

// Flags shared with JS through a Uint8Array, so queueing a tick never crosses into C++.
// `fields` points at `storage` until the JS heap comes from the startup snapshot; then it points
// into the deserialized array's memory (Environment::AdoptSnapshotState).
struct TickInfo {
  enum Field { kHasTickScheduled, kHasRejectionToWarn, kFieldCount };
  uint8_t storage[kFieldCount] = {};
  uint8_t* fields = storage;
  bool has_tick_scheduled() const { return fields[kHasTickScheduled] != 0; }
  bool has_rejection_to_warn() const { return fields[kHasRejectionToWarn] != 0; }
};

// Counters shared with JS through a Uint32Array: queued immediates, and how many keep the loop
// alive.
struct ImmediateInfo {
  enum Field { kCount, kRefCount, kHasOutstanding, kFieldCount };
  uint32_t storage[kFieldCount] = {};
  uint32_t* fields = storage;
};

// Shared with JS through a Uint32Array (internalBinding('stream_wrap').streamInfo): how many libuv
// stream writes are queued in this environment. While none is, every stream handle's
// writeQueueSize is 0, and lib/internal/stream_base_commons.js answers it without calling into
// C++ (an HTTP response reads it once).
struct StreamInfo {
  enum Field { kWritesQueued, kFieldCount };
  uint32_t storage[kFieldCount] = {};
  uint32_t* fields = storage;
};

// async_hooks' state, shared with lib/internal/async_hooks.js as a Float64Array (ids) and a
// Uint32Array (how many enabled hooks have each callback, and the execution stack's depth), so
// giving a resource its ids and entering a callback are a few stores on either side. Same
// `storage`/`fields` arrangement as TickInfo.
struct AsyncHooksInfo {
  enum IdField {
    kExecutionAsyncId,
    kTriggerAsyncId,
    kAsyncIdCounter,
    kDefaultTriggerAsyncId,
    kIdFieldCount
  };
  enum HookField {
    kInit,
    kBefore,
    kAfter,
    kDestroy,
    kPromiseResolve,
    kTotals,
    kCheck,
    kStackLength,
    kUsesExecutionAsyncResource,
    kHookFieldCount
  };
  double id_storage[kIdFieldCount] = {0, 0, 1, -1};
  double* ids = id_storage;
  uint32_t hook_storage[kHookFieldCount] = {0, 0, 0, 0, 0, 0, 1, 0, 0};
  uint32_t* hooks = hook_storage;

  double NewAsyncId() { return ++ids[kAsyncIdCounter]; }
  // The trigger of a resource made now: the one a DefaultTriggerAsyncIdScope set, else the
  // current execution id.
  double DefaultTriggerAsyncId() const {
    double id = ids[kDefaultTriggerAsyncId];
    return id < 0 ? ids[kExecutionAsyncId] : id;
  }
  bool Has(HookField field) const { return hooks[field] > 0; }
};

// The async ids of one resource: -1 when it has none.
struct AsyncIds {
  double async_id = -1;
  double trigger_async_id = -1;
};

// What the bootstrap leaves for the main script, and what the startup snapshot must carry
// (in this order: SnapshotCreator::AddData indices).
enum class RealmValue { kProcess, kBindingCache, kRequire, kPrimordials, kInternalBinding, kCount };

struct EnvironmentOptions {
  std::vector<std::string> argv;       // process.argv as given (argv[0] = execPath)
  std::vector<std::string> exec_argv;  // runtime options before the script
  std::vector<std::string>
      tide_flags;         // options lib/ reads: --no-warnings, --unhandled-rejections=...
  bool has_eval = false;  // -e / -p
  std::string eval_source;
  bool print_eval = false;
  bool is_main_thread = true;
  // Workers (threads/worker.h): the thread's id (0 on the main thread), its end of the internal
  // channel to the parent, its private copy of the environment variables (null: the process's
  // own, as on the main thread and with SHARE_ENV), and its resourceLimits.
  uint64_t thread_id = 0;
  std::shared_ptr<MessagePortData> worker_port;
  std::shared_ptr<std::map<std::string, std::string>> env_vars;
  std::array<double, 4> resource_limits = {-1, -1, -1, -1};
};

class Environment {
 public:
  Environment(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop,
              v8::Local<v8::Context> context, EnvironmentOptions options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* From(v8::Isolate* isolate) {
    return static_cast<Environment*>(isolate->GetData(kIsolateSlot));
  }
  static Environment* From(v8::Local<v8::Context> context) { return From(context->GetIsolate()); }
  static Environment* From(const v8::FunctionCallbackInfo<v8::Value>& args) {
    return From(args.GetIsolate());
  }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() const { return loop_; }
  Platform* platform() const { return platform_; }
  const EnvironmentOptions& options() const { return options_; }
  bool is_main_thread() const { return options_.is_main_thread; }

  TickInfo* tick_info() { return &tick_info_; }
  ImmediateInfo* immediate_info() { return &immediate_info_; }
  StreamInfo* stream_info() { return &stream_info_; }
  AsyncHooksInfo* async_hooks() { return &async_hooks_; }
  // The resources of the native callbacks running now (for executionAsyncResource()): each with
  // the execution-stack depth it was entered at. Locals of the MakeCallback frames that pushed
  // them.
  std::vector<std::pair<uint32_t, v8::Local<v8::Value>>>& native_async_resources() {
    return native_async_resources_;
  }
  // Gives `resource` new ids (trigger: the default one) and runs the init hooks when any is
  // enabled. `type` is Node's provider name ('TCPWRAP', 'FSREQCALLBACK', ...).
  AsyncIds NewAsyncResource(v8::Local<v8::Object> resource, const char* type);
  // The init hooks for a resource whose ids were given already.
  void EmitAsyncInit(v8::Local<v8::Object> resource, const char* type, const AsyncIds& ids);
  // destroy hooks run for `async_id` soon, from the loop (never from inside a GC callback).
  void QueueDestroyAsyncId(double async_id);
  // Runs the queued destroy hooks now (the loop ran dry first); false when none were queued.
  bool RunQueuedDestroyHooks();

  v8::Local<v8::Function> js_callback(JsCallback which) const {
    return js_callbacks_[static_cast<size_t>(which)].Get(isolate_);
  }
  void set_js_callback(JsCallback which, v8::Local<v8::Function> fn) {
    js_callbacks_[static_cast<size_t>(which)].Reset(isolate_, fn);
  }

  // The `process` object, the internalBinding() cache, lib/'s require, primordials,
  // internalBinding.
  v8::Local<v8::Value> realm_value(RealmValue which) const {
    return realm_values_[static_cast<size_t>(which)].Get(isolate_);
  }
  void set_realm_value(RealmValue which, v8::Local<v8::Value> value) {
    realm_values_[static_cast<size_t>(which)].Reset(isolate_, value);
  }
  v8::Local<v8::Object> process_object() const {
    return realm_value(RealmValue::kProcess).As<v8::Object>();
  }
  void set_process_object(v8::Local<v8::Object> process) {
    set_realm_value(RealmValue::kProcess, process);
  }
  v8::Local<v8::Object> binding_cache() const {
    return realm_value(RealmValue::kBindingCache).As<v8::Object>();
  }
  // After the context came from the snapshot: point the shared tick/immediate fields at the
  // deserialized arrays.
  void AdoptSnapshotState();

  // Nesting depth of CallbackScopes: ticks and microtasks drain only when the outermost one closes.
  int callback_scope_depth() const { return callback_scope_depth_; }
  void PushCallbackScope() { callback_scope_depth_++; }
  void PopCallbackScope() { callback_scope_depth_--; }

  // Every live BaseObject is on one of two lists. Objects that are not handles and that garbage
  // collection has not freed by the end (JS-owned: parsers, keys, hashes, TLS connections, ...)
  // are deleted with the Environment, so that nothing native outlives it (LeakSanitizer,
  // embedders). Handles move to the list of live handles, closed on teardown, and live until
  // libuv has closed them.
  void AddBaseObject(BaseObject* object) { LinkFront(&base_objects_, object); }
  void RemoveBaseObject(BaseObject* object) { Unlink(&base_objects_, object); }
  void AddHandle(HandleWrap* handle);
  void RemoveHandle(HandleWrap* handle);
  // Live handles in creation order (process.getActiveResourcesInfo(), why-alive).
  std::vector<HandleWrap*> Handles() const;
  // Requests in flight by Node's resource name ('FSReqCallback', ...; string literals), for
  // process.getActiveResourcesInfo(). See TrackedRequest (loop/diagnostics.h).
  void AddRequest(const char* name);
  void RemoveRequest(const char* name);
  const std::vector<std::pair<const char*, int>>& request_counts() const { return request_counts_; }
  // tide:diagnostics' state (loop/diagnostics.h); null until a diagnostic is switched on, so every
  // hook costs one test while they are all off.
  Diagnostics* diagnostics() const { return diagnostics_.get(); }
  void set_diagnostics(std::unique_ptr<Diagnostics> diagnostics);
  // Thread-pool work in flight (ThreadPoolWork); teardown waits for it.
  void IncreasePendingWork() { pending_work_++; }
  void DecreasePendingWork() { pending_work_--; }
  int pending_work() const { return pending_work_; }

  // Cleanup hooks run in reverse order of registration on teardown.
  void AddCleanupHook(std::function<void()> hook) { cleanup_hooks_.push_back(std::move(hook)); }
  // Closes every handle and runs the hooks; leaves the loop empty.
  void RunCleanup();

  // Exit state. `stopping` is set by process.exit() and worker termination: no more JS runs after
  // it.
  bool is_stopping() const { return stopping_; }
  // AsyncLocalStorage is in use (lib/internal/async_context_frame.js enabled it): native handles
  // and requests keep the frame they were created in (loop/callback_scope.h).
  bool async_context_enabled() const { return async_context_enabled_; }
  void enable_async_context() {
    if (async_context_enabled_) return;
    async_context_enabled_ = true;
    async_context_key_.Reset(isolate_, v8::Private::New(isolate_));
  }
  // The private property that holds a native object's frame (valid once enabled).
  v8::Local<v8::Private> async_context_key() const { return async_context_key_.Get(isolate_); }
  void set_stopping() { stopping_ = true; }
  int exit_code() const { return exit_code_; }
  void set_exit_code(int code) { exit_code_ = code; }

  // Time origin for performance.now() and process.uptime(), in uv_hrtime() nanoseconds.
  uint64_t time_origin() const { return time_origin_; }
  double time_origin_timestamp_ms() const { return time_origin_timestamp_ms_; }

  // Per-binding native state, indexed by the binding registry (slot of each binding name).
  struct BindingData {
    virtual ~BindingData() = default;
  };
  template <typename T>
  T* binding_data(size_t slot) {
    return static_cast<T*>(binding_data_[slot].get());
  }
  void set_binding_data(size_t slot, std::unique_ptr<BindingData> data);
  // The binding's data, made with `args` the first time it is asked for.
  template <typename T, typename... Args>
  T* binding_data_or_create(size_t slot, Args&&... args) {
    T* data = binding_data<T>(slot);
    if (data == nullptr) {
      auto created = std::make_unique<T>(std::forward<Args>(args)...);
      data = created.get();
      set_binding_data(slot, std::move(created));
    }
    return data;
  }

  static constexpr int kIsolateSlot = 0;

 private:
  Platform* platform_;
  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  v8::Global<v8::Context> context_;
  EnvironmentOptions options_;
  TickInfo tick_info_;
  ImmediateInfo immediate_info_;
  StreamInfo stream_info_;
  AsyncHooksInfo async_hooks_;
  std::vector<std::pair<uint32_t, v8::Local<v8::Value>>> native_async_resources_;
  std::vector<double> destroy_async_ids_;
  uv_check_t* destroy_check_ = nullptr;  // runs the destroy hooks; made on first use
  uv_idle_t* destroy_idle_ = nullptr;    // keeps the poll phase from blocking meanwhile
  static void FlushDestroyAsyncIds(uv_check_t* handle);
  std::array<v8::Global<v8::Function>, static_cast<size_t>(JsCallback::kCount)> js_callbacks_;
  std::array<v8::Global<v8::Value>, static_cast<size_t>(RealmValue::kCount)> realm_values_;
  int callback_scope_depth_ = 0;
  // Intrusive lists through BaseObject::env_next_/env_prev_ (an object is on one at a time).
  static void LinkFront(BaseObject** head, BaseObject* object);
  static void Unlink(BaseObject** head, BaseObject* object);
  BaseObject* handles_ = nullptr;       // HandleWraps
  BaseObject* base_objects_ = nullptr;  // the other BaseObjects
  int pending_work_ = 0;
  std::vector<std::pair<const char*, int>> request_counts_;
  std::unique_ptr<Diagnostics> diagnostics_;
  std::vector<std::function<void()>> cleanup_hooks_;
  std::vector<std::unique_ptr<BindingData>> binding_data_;
  bool stopping_ = false;
  bool async_context_enabled_ = false;
  v8::Global<v8::Private> async_context_key_;
  int exit_code_ = 0;
  uint64_t time_origin_;
  double time_origin_timestamp_ms_;
};

}  // namespace tide
