// See platform.h. Foreground tasks: a mutex-protected queue per isolate plus a uv_async_t that
// wakes the loop; delayed tasks wait in a list driven by an unreferenced uv_timer_t (they never
// keep a process alive, as in Node).
#include "engine/platform.h"

#include <algorithm>
#include <deque>
#include <vector>

namespace tide {

class ForegroundTaskRunner final : public v8::TaskRunner {
 public:
  ForegroundTaskRunner(v8::Isolate* isolate, uv_loop_t* loop) : isolate_(isolate), loop_(loop) {
    wake_ = new uv_async_t;
    uv_async_init(loop, wake_, [](uv_async_t* handle) {
      static_cast<ForegroundTaskRunner*>(handle->data)->Flush();
    });
    wake_->data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(wake_));
    delay_timer_ = new uv_timer_t;
    uv_timer_init(loop, delay_timer_);
    delay_timer_->data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(delay_timer_));
  }

  void PostTask(std::unique_ptr<v8::Task> task) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return;
    tasks_.push_back(std::move(task));
    uv_async_send(wake_);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override { PostTask(std::move(task)); }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) return;
    double due = uv_hrtime() / 1e9 + delay_in_seconds;
    delayed_.push_back({due, std::move(task)});
    uv_async_send(wake_);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    PostDelayedTask(std::move(task), delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {}  // idle tasks are disabled
  bool IdleTasksEnabled() override { return false; }
  bool NonNestableTasksEnabled() const override { return true; }
  bool NonNestableDelayedTasksEnabled() const override { return true; }

  void SetHook(Platform::TaskRunHook hook, void* data) {
    hook_ = hook;
    hook_data_ = data;
  }

  // Runs every task due now (not tasks those tasks post: they wait for the next wake-up, which
  // PostTask has already requested). Returns true if any ran.
  bool Flush() {
    std::deque<std::unique_ptr<v8::Task>> ready;
    double next_due = -1;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ready.swap(tasks_);
      double now = uv_hrtime() / 1e9;
      auto due_end = std::partition(delayed_.begin(), delayed_.end(),
                                    [now](const Delayed& d) { return d.due <= now; });
      for (auto it = delayed_.begin(); it != due_end; ++it) ready.push_back(std::move(it->task));
      delayed_.erase(delayed_.begin(), due_end);
      for (const auto& d : delayed_) next_due = next_due < 0 ? d.due : std::min(next_due, d.due);
    }
    if (next_due >= 0) {
      uint64_t ms = static_cast<uint64_t>(std::max(0.0, next_due - uv_hrtime() / 1e9) * 1000) + 1;
      uv_timer_start(
          delay_timer_, [](uv_timer_t* t) { static_cast<ForegroundTaskRunner*>(t->data)->Flush(); },
          ms, 0);
    }
    for (auto& task : ready) {
      if (hook_ != nullptr) {
        hook_(hook_data_, task.get());
      } else {
        task->Run();
      }
    }
    return !ready.empty();
  }

  void Close() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
      tasks_.clear();
      delayed_.clear();
    }
    uv_close(reinterpret_cast<uv_handle_t*>(wake_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_async_t*>(h); });
    uv_close(reinterpret_cast<uv_handle_t*>(delay_timer_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
  }

 private:
  struct Delayed {
    double due;
    std::unique_ptr<v8::Task> task;
  };
  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  uv_async_t* wake_;
  uv_timer_t* delay_timer_;
  std::mutex mutex_;
  std::deque<std::unique_ptr<v8::Task>> tasks_;
  std::vector<Delayed> delayed_;
  bool closed_ = false;
  Platform::TaskRunHook hook_ = nullptr;
  void* hook_data_ = nullptr;
};

// Wraps a worker task so DrainTasks knows when every posted task has finished.
class Platform::CountedTask final : public v8::Task {
 public:
  CountedTask(Platform* platform, std::unique_ptr<v8::Task> task)
      : platform_(platform), task_(std::move(task)) {
    std::lock_guard<std::mutex> lock(platform_->pending_mutex_);
    platform_->pending_worker_tasks_++;
  }
  ~CountedTask() override {
    std::lock_guard<std::mutex> lock(platform_->pending_mutex_);
    if (--platform_->pending_worker_tasks_ == 0) platform_->pending_done_.notify_all();
  }
  void Run() override { task_->Run(); }

 private:
  Platform* platform_;
  std::unique_ptr<v8::Task> task_;
};

Platform::Platform(int worker_threads)
    : workers_(v8::platform::NewDefaultPlatform(worker_threads)), worker_threads_(worker_threads) {}

Platform::~Platform() = default;

void Platform::RegisterIsolate(v8::Isolate* isolate, uv_loop_t* loop) {
  std::lock_guard<std::mutex> lock(runners_mutex_);
  runners_[isolate] = std::make_shared<ForegroundTaskRunner>(isolate, loop);
}

void Platform::SetTaskRunHook(v8::Isolate* isolate, TaskRunHook hook, void* data) {
  if (auto runner = RunnerFor(isolate)) runner->SetHook(hook, data);
}

void Platform::UnregisterIsolate(v8::Isolate* isolate) {
  std::shared_ptr<ForegroundTaskRunner> runner;
  {
    std::lock_guard<std::mutex> lock(runners_mutex_);
    auto it = runners_.find(isolate);
    if (it == runners_.end()) return;
    runner = std::move(it->second);
    runners_.erase(it);
  }
  runner->Close();
}

std::shared_ptr<ForegroundTaskRunner> Platform::RunnerFor(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(runners_mutex_);
  auto it = runners_.find(isolate);
  return it == runners_.end() ? nullptr : it->second;
}

bool Platform::FlushForegroundTasks(v8::Isolate* isolate) {
  auto runner = RunnerFor(isolate);
  return runner != nullptr && runner->Flush();
}

bool Platform::DrainTasks(v8::Isolate* isolate) {
  {
    std::unique_lock<std::mutex> lock(pending_mutex_);
    pending_done_.wait(lock, [this] { return pending_worker_tasks_ == 0; });
  }
  return FlushForegroundTasks(isolate);
}

v8::PageAllocator* Platform::GetPageAllocator() { return workers_->GetPageAllocator(); }
int Platform::NumberOfWorkerThreads() { return worker_threads_; }

std::shared_ptr<v8::TaskRunner> Platform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  return RunnerFor(isolate);
}

void Platform::CallOnWorkerThread(std::unique_ptr<v8::Task> task) {
  workers_->CallOnWorkerThread(std::make_unique<CountedTask>(this, std::move(task)));
}

void Platform::CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) {
  // Not counted: a delayed task must not hold the process open.
  workers_->CallDelayedOnWorkerThread(std::move(task), delay);
}

std::unique_ptr<v8::JobHandle> Platform::PostJob(v8::TaskPriority priority,
                                                 std::unique_ptr<v8::JobTask> job_task) {
  return workers_->PostJob(priority, std::move(job_task));
}

double Platform::MonotonicallyIncreasingTime() { return uv_hrtime() / 1e9; }
double Platform::CurrentClockTimeMillis() { return v8::Platform::SystemClockTimeMillis(); }
v8::TracingController* Platform::GetTracingController() { return workers_->GetTracingController(); }

}  // namespace tide
