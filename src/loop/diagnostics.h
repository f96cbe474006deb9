// Seeing the event loop (tide:diagnostics): the blocked-loop watchdog, the loop trace (Chrome
// trace-event JSON), thread-pool statistics, and the creation stacks behind "why is this process
// still alive". One Diagnostics per Environment, created the first time a diagnostic is switched
// on; until then every hook in the loop is a single null-pointer test.
#pragma once

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "env/environment.h"

namespace tide {

class HandleWrap;

// What made the loop call into JavaScript.
enum class CallbackKind : uint8_t { kUnknown, kTimeout, kImmediate, kIO, kPromise, kClose };

// Kinds of thread-pool work, for the per-kind statistics.
enum class PoolKind : uint8_t { kFs, kDns, kCrypto, kZlib, kOther, kCount };
const char* PoolKindName(PoolKind kind);

// A request in flight (an fs call, a dns lookup): counted by Node's resource name for
// process.getActiveResourcesInfo(), and, while diagnostics are on, timed for the thread-pool
// statistics and remembered (with its creation stack when tracking) for why-alive.
class TrackedRequest {
 public:
  // `name` is a string literal: Node's name for the request ('FSReqCallback', ...). `pool` says
  // which pool statistics it counts in (kCount: none, because a ThreadPoolWork times it itself).
  void Start(Environment* env, const char* name, PoolKind pool);
  void Finish(Environment* env);
  const char* name() const { return name_; }

 private:
  const char* name_ = nullptr;
  PoolKind pool_ = PoolKind::kCount;
  uint64_t queued_ns_ = 0;  // 0 unless timed
  bool saturated_ = false;  // the pool was full when it was queued
};

// Timing of one ThreadPoolWork job, filled in only while diagnostics are on.
struct PoolJobTiming {
  PoolKind kind = PoolKind::kOther;
  uint64_t queued_ns = 0;  // 0: not timed
  std::atomic<uint64_t> started_ns{0};
  std::atomic<uint64_t> done_ns{0};
  bool saturated = false;
};

class Diagnostics {
 public:
  explicit Diagnostics(Environment* env);
  ~Diagnostics();
  Diagnostics(const Diagnostics&) = delete;
  Diagnostics& operator=(const Diagnostics&) = delete;

  // The Environment's Diagnostics, created (and attached) on first use.
  static Diagnostics* Ensure(Environment* env);

  // --- hooks (called only when env->diagnostics() is set) ---
  // The next callback from the loop is of this kind (timers.cc says so before calling JS).
  void SetNextKind(CallbackKind kind) { next_kind_ = kind; }
  // The outermost CallbackScope opened / is closing (before / after its tick drain).
  void OnScopeEnter();
  void OnScopeExit();
  // MakeCallback is calling `fn` on `recv` / has returned.
  void OnCallbackBegin(v8::Local<v8::Value> recv, v8::Local<v8::Function> fn);
  void OnCallbackEnd();
  // A JS function run by lib/ inside a callback (a timer's or an immediate's own function).
  void OnJsCallbackBegin(CallbackKind kind, v8::Local<v8::Function> fn);
  void OnJsCallbackEnd();
  // DrainTicksAndMicrotasks is running / done.
  void OnDrainBegin();
  void OnDrainEnd();
  void OnHandleCreated(HandleWrap* handle);
  void OnHandleClosed(HandleWrap* handle);
  void OnRequestStart(const TrackedRequest* req);
  void OnRequestEnd(const TrackedRequest* req);
  // Thread-pool work finished (loop thread): statistics, trace, saturation warning.
  void OnPoolJobDone(PoolKind kind, uint64_t queued, uint64_t started, uint64_t done,
                     bool saturated);

  // Runs the loop one iteration at a time, so that the trace can mark iterations.
  bool tracing() const { return trace_fd_ >= 0; }
  void RunTracedLoop();

  // --- switches ---
  void SetBlockedThreshold(uint64_t ms);  // 0: off
  uint64_t blocked_threshold_ms() const { return blocked_threshold_ms_; }
  void SetPoolWaitThreshold(uint64_t ms) { pool_wait_threshold_ms_ = ms; }
  uint64_t pool_wait_threshold_ms() const { return pool_wait_threshold_ms_; }
  void SetTrackResources(bool on) { track_resources_ = on; }
  bool track_resources() const { return track_resources_; }
  // Starts writing a trace to `path`; false (with `error` set to a uv error code) if it cannot be
  // opened.
  bool StartTrace(const std::string& path, int* error);
  void StopTrace();

  // Creation stacks (when tracking was on at creation).
  std::string HandleStack(HandleWrap* handle) const;
  // Requests in flight since diagnostics came on: name and creation stack ("" if not tracked).
  struct RequestInfo {
    const char* name;
    std::string stack;
  };
  const std::unordered_map<const TrackedRequest*, RequestInfo>& requests() const {
    return requests_;
  }

 private:
  void WatchdogMain();
  void StopWatchdog();
  static void OnInterrupt(v8::Isolate* isolate, void* data);
  void ReportBlocked();
  std::string DescribeCurrent(bool with_stack);
  std::string CaptureStack(int frames);
  double TraceTs(uint64_t ns) const;
  void AppendEventTimes(std::string* event, uint64_t start, uint64_t end) const;
  void TraceComplete(const char* cat, const std::string& name, uint64_t start, uint64_t end,
                     const std::string& args_json);
  void TraceRaw(std::string_view event);
  void FlushTrace();
  // A callback span, with the function's name and location (cached per function).
  void TraceCallback(CallbackKind kind, v8::Local<v8::Function> fn, uint64_t start, uint64_t end);
  static void OnPrepare(uv_prepare_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnGcPrologue(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data);
  static void OnGcEpilogue(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data);

  Environment* env_;
  CallbackKind next_kind_ = CallbackKind::kUnknown;

  // What is running now (loop thread only). The Locals stay valid while the call they describe
  // runs: they belong to MakeCallback's HandleScope.
  CallbackKind current_kind_ = CallbackKind::kUnknown;
  v8::Local<v8::Value> current_recv_;
  v8::Local<v8::Function> current_fn_;
  v8::Global<v8::Function> current_js_fn_;  // from a JS call into the binding: kept as a Global
  CallbackKind current_js_kind_ = CallbackKind::kUnknown;
  uint64_t callback_start_ns_ = 0;
  uint64_t js_callback_start_ns_ = 0;
  uint64_t drain_start_ns_ = 0;
  int callback_depth_ = 0;

  // Watchdog: the loop thread publishes when it entered JS; the watchdog thread compares.
  uint64_t blocked_threshold_ms_ = 0;
  std::atomic<uint64_t> busy_since_ns_{0};
  std::atomic<uint64_t> episode_{0};
  std::atomic<uint64_t> reported_episode_{0};
  uint64_t printed_episode_ = 0;  // loop thread: the episode whose stack was printed
  std::string blocked_origin_;    // loop thread: what started the episode that was reported
  std::thread watchdog_;
  std::mutex watchdog_mutex_;
  std::condition_variable watchdog_cv_;
  bool watchdog_stop_ = false;

  uint64_t pool_wait_threshold_ms_ = 0;
  uint64_t last_pool_warning_ns_ = 0;

  bool track_resources_ = false;
  std::unordered_map<const HandleWrap*, std::string> creation_stacks_;
  std::unordered_map<const TrackedRequest*, RequestInfo> requests_;

  // Trace.
  int trace_fd_ = -1;
  std::string trace_buffer_;  // written out whenever it holds 64 KiB: memory stays bounded
  bool trace_first_event_ = true;
  struct FunctionInfo {
    v8::Global<v8::Function> fn;
    std::string name_json;      // "name"
    std::string location_json;  // "file:line:column"
  };
  std::unordered_map<int, FunctionInfo> function_info_;  // by V8 identity hash
  uv_prepare_t* prepare_ = nullptr;
  uv_check_t* check_ = nullptr;
  uint64_t iteration_ = 0;
  uint64_t iteration_start_ns_ = 0;
  uint64_t prepare_ns_ = 0;
  uint64_t idle_at_prepare_ns_ = 0;
  uint64_t check_ns_ = 0;
  uint64_t gc_start_ns_ = 0;
  uint64_t pool_job_ids_ = 0;
  int pid_ = 0;
  std::string pid_json_;  // ,"pid":N,"tid":1,"ts":
};

// Thread-pool statistics are process-wide (libuv has one pool); collected once any Environment
// has switched diagnostics on.
namespace pool_stats {
struct KindStats {
  std::atomic<uint64_t> queued{0};   // waiting for a thread (ThreadPoolWork only)
  std::atomic<uint64_t> running{0};  // on a thread (ThreadPoolWork only)
  std::atomic<uint64_t> in_flight{0};
  std::atomic<uint64_t> completed{0};
  std::atomic<uint64_t> timed{0};  // completed with wait/run times (ThreadPoolWork)
  std::atomic<uint64_t> wait_total_ns{0};
  std::atomic<uint64_t> wait_max_ns{0};
  std::atomic<uint64_t> run_total_ns{0};
  std::atomic<uint64_t> run_max_ns{0};
  std::atomic<uint64_t> latency_total_ns{0};
  std::atomic<uint64_t> latency_max_ns{0};
};
bool enabled();
KindStats& Of(PoolKind kind);
int PoolSize();
uint64_t TotalInFlight();
// One finished piece of work: `started` is 0 when only the whole latency is known (an fs or dns
// request libuv queues itself).
void Record(PoolKind kind, uint64_t queued, uint64_t started, uint64_t done);
}  // namespace pool_stats

}  // namespace tide
