// What other bindings share with internalBinding('contextify'): finding the v8::Context of a
// contextified sandbox, and the watchdog behind vm's `timeout` option (module_wrap.cc uses both
// for vm.SourceTextModule).
#pragma once

#include <v8.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace tide::bindings::contextify {

// The context made for `sandbox` by vm.createContext (false if it is not a contextified object).
bool SandboxContext(v8::Isolate* isolate, v8::Local<v8::Value> sandbox,
                    v8::Local<v8::Context>* out);

// A thread that terminates JS execution once `ms` have passed, unless stopped first.
class Watchdog {
 public:
  Watchdog(v8::Isolate* isolate, int64_t ms) : isolate_(isolate) {
    thread_ = std::thread([this, ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return done_; })) {
        fired_ = true;
        isolate_->TerminateExecution();
      }
    });
  }
  ~Watchdog() { Stop(); }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  // Stops the thread; true if it terminated execution. Read only after the thread is joined, so a
  // termination requested at the last moment is never left pending.
  bool Stop() {
    if (thread_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(mutex_);
        done_ = true;
      }
      cv_.notify_all();
      thread_.join();
    }
    return fired_;
  }

 private:
  v8::Isolate* isolate_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  std::atomic<bool> fired_{false};
};

// Runs `run()` (a v8::MaybeLocal<v8::Value>) under a Watchdog when timeout >= 0 (-1: none). A run
// stopped by the watchdog has the termination cancelled: returns true, and the caller throws
// ThrowScriptTimeout once out of its TryCatch.
template <typename Run>
bool RunWithTimeout(v8::Isolate* isolate, int64_t timeout, v8::MaybeLocal<v8::Value>* result,
                    Run run) {
  if (timeout < 0) {
    *result = run();
    return false;
  }
  Watchdog watchdog(isolate, timeout);
  *result = run();
  if (!watchdog.Stop()) return false;
  isolate->CancelTerminateExecution();
  return true;
}

// The cachedData a caller passed (a Buffer/TypedArray/DataView), copied into `bytes` (which must
// outlive the compile), as a CachedData for a ScriptCompiler::Source (which takes ownership of
// it); nullptr when `value` is not a view.
v8::ScriptCompiler::CachedData* CachedDataArg(v8::Local<v8::Value> value,
                                              std::vector<uint8_t>* bytes);

// ERR_SCRIPT_EXECUTION_TIMEOUT, Node's message.
void ThrowScriptTimeout(v8::Isolate* isolate, int64_t timeout);

}  // namespace tide::bindings::contextify
