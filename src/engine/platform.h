// The V8 platform: V8's worker threads come from its default platform, but every foreground task V8
// posts for an isolate (GC finalizers, FinalizationRegistry cleanup, Atomics.waitAsync, ...) is
// delivered through that isolate's libuv loop, so it runs even while the loop sleeps in poll.
#pragma once

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8-platform.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>

namespace tide {

class ForegroundTaskRunner;

class Platform final : public v8::Platform {
 public:
  // Runs one foreground task inside whatever scope the embedder needs (for tide: a CallbackScope).
  using TaskRunHook = void (*)(void* data, v8::Task* task);

  explicit Platform(int worker_threads);
  ~Platform() override;

  // Called on the isolate's thread. The loop must outlive the registration.
  void RegisterIsolate(v8::Isolate* isolate, uv_loop_t* loop);
  void SetTaskRunHook(v8::Isolate* isolate, TaskRunHook hook, void* data);
  // Closes the isolate's wake-up handles; the caller then runs the loop until they are closed.
  void UnregisterIsolate(v8::Isolate* isolate);

  // Runs the isolate's due foreground tasks. Returns true if any ran.
  bool FlushForegroundTasks(v8::Isolate* isolate);
  // Waits for worker tasks posted so far (they may post foreground tasks), then flushes those.
  // Returns true if a foreground task ran: the loop then has to be checked again.
  bool DrainTasks(v8::Isolate* isolate);

  // v8::Platform
  v8::PageAllocator* GetPageAllocator() override;
  int NumberOfWorkerThreads() override;
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override;
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay_in_seconds) override;
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return false; }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override;
  double MonotonicallyIncreasingTime() override;
  double CurrentClockTimeMillis() override;
  v8::TracingController* GetTracingController() override;

 private:
  class CountedTask;
  std::shared_ptr<ForegroundTaskRunner> RunnerFor(v8::Isolate* isolate);

  std::unique_ptr<v8::Platform> workers_;  // V8's default platform: worker threads, jobs, tracing
  int worker_threads_;
  std::mutex runners_mutex_;
  std::map<v8::Isolate*, std::shared_ptr<ForegroundTaskRunner>> runners_;
  // Worker tasks not yet finished; DrainTasks waits for them.
  std::mutex pending_mutex_;
  std::condition_variable pending_done_;
  int pending_worker_tasks_ = 0;
};

}  // namespace tide
