// worker_threads' Worker, native half: a thread with its own libuv loop, isolate (from the same
// startup snapshot as the main one) and Environment, running lib/internal/main/worker_thread.js.
// The parent talks to it through one internal MessagePort pair (control messages, stdio, errors);
// the public ports are ordinary MessagePorts transferred over it. terminate() is
// TerminateExecution plus a uv_async_t that stops the worker's loop; the exit code reaches the
// parent through another uv_async_t, the Worker's handle, which keeps the parent alive while ref'd.
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>
#include <mutex>
#include <string>

#include "env/base_object.h"

namespace tide {

class ExternalReferenceRegistry;
class MessagePortData;

class Worker final : public HandleWrap {
 public:
  static void Initialize(Environment* env, v8::Local<v8::Object> target);
  static void RegisterExternalReferences(ExternalReferenceRegistry* registry);
  const char* ResourceName() const override { return "Worker"; }

 private:
  Worker(Environment* env, v8::Local<v8::Object> object, EnvironmentOptions child_options,
         size_t stack_size);
  ~Worker() override;
  void OnClosing() override;

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void StartThread(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void StopThread(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void LoopIdleTime(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void LoopStartTime(const v8::FunctionCallbackInfo<v8::Value>& args);

  void Run();  // the worker thread
  void RequestStop();
  void JoinThread();
  static void OnExit(uv_async_t* handle);
  static size_t OnNearHeapLimit(void* data, size_t current, size_t initial);

  uv_async_t exit_async_;
  EnvironmentOptions child_options_;
  size_t stack_size_;
  std::string name_;  // the `name` option: the thread's name (first 15 bytes, the kernel's limit)
  uv_thread_t thread_;
  bool thread_started_ = false;
  bool thread_joined_ = false;

  std::mutex mutex_;  // guards what the two threads share below
  v8::Isolate* child_isolate_ = nullptr;
  uv_async_t* child_stop_async_ = nullptr;
  uv_loop_t* child_loop_ = nullptr;
  uint64_t loop_start_ = 0;  // uv_hrtime() when the worker's event loop started; 0 before
  bool stop_requested_ = false;
  bool out_of_memory_ = false;
  int exit_code_ = 0;
};

}  // namespace tide
