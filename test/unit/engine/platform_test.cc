// The V8 platform's contract with the loop: foreground tasks wake a sleeping loop from any thread,
// delayed tasks wait their turn without holding the loop open, DrainTasks sees tasks that worker
// tasks post, and a runner outliving its isolate drops what it is given.
#include "engine/platform.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "fixture.h"

namespace tide::test {
namespace {

using namespace std::chrono_literals;

// An isolate registered with the platform on its own loop, without an Environment: tasks run bare.
class PlatformTest : public ::testing::Test {
 protected:
  void SetUp() override {
    platform_ = TestPlatform();
    uv_loop_init(&loop_);
    allocator_.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    isolate_ = NewIsolate(platform_, &loop_, allocator_.get());
    isolate_scope_.emplace(isolate_);
    runner_ = platform_->GetForegroundTaskRunner(isolate_);
    ASSERT_NE(runner_, nullptr);
  }
  void TearDown() override {
    runner_.reset();
    isolate_scope_.reset();
    DisposeIsolate(platform_, isolate_, &loop_);
    uv_run(&loop_, UV_RUN_NOWAIT);
    EXPECT_EQ(uv_loop_close(&loop_), 0);
  }

  Platform* platform_ = nullptr;
  uv_loop_t loop_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  std::optional<v8::Isolate::Scope> isolate_scope_;
  std::shared_ptr<v8::TaskRunner> runner_;
};

void CloseTimer(uv_timer_t* timer) { uv_close(reinterpret_cast<uv_handle_t*>(timer), nullptr); }

TEST_F(PlatformTest, TaskPostedFromAnotherThreadWakesLoopSleepingInPoll) {
  // The only thing keeping the loop alive is a 5 s timer: without a wake-up, uv_run would sleep in
  // poll until it fires.
  uv_timer_t long_timer;
  uv_timer_init(&loop_, &long_timer);
  uv_timer_start(
      &long_timer, [](uv_timer_t*) {}, 5000, 0);

  bool ran = false;
  double ran_at = 0;
  std::thread::id ran_on;
  std::thread poster([&] {
    std::this_thread::sleep_for(50ms);  // the loop is asleep in poll by now
    runner_->PostTask(std::make_unique<FunctionTask>([&] {
      ran = true;
      ran_at = NowMs();
      ran_on = std::this_thread::get_id();
      uv_timer_stop(&long_timer);  // nothing left: uv_run returns
    }));
  });
  double start = NowMs();
  uv_run(&loop_, UV_RUN_DEFAULT);
  poster.join();

  EXPECT_TRUE(ran);
  EXPECT_EQ(ran_on, std::this_thread::get_id()) << "foreground tasks run on the loop's thread";
  EXPECT_GE(ran_at - start, 40);
  // Well under the 5 s timer, with room for a loaded machine.
  EXPECT_LT(ran_at - start, 4000) << "the posted task did not wake the loop";
  CloseTimer(&long_timer);
  uv_run(&loop_, UV_RUN_NOWAIT);
}

TEST_F(PlatformTest, DelayedTaskDoesNotKeepLoopAlive) {
  bool ran = false;
  runner_->PostDelayedTask(std::make_unique<FunctionTask>([&] { ran = true; }), 0.5);
  EXPECT_FALSE(uv_loop_alive(&loop_));
  double start = NowMs();
  uv_run(&loop_, UV_RUN_DEFAULT);
  EXPECT_LT(NowMs() - start, 100) << "uv_run waited for the delayed task";

  // Once the loop has seen the task (and armed its timer for it), the loop still ends when the
  // rest of its work does.
  uv_timer_t short_timer;
  uv_timer_init(&loop_, &short_timer);
  uv_timer_start(
      &short_timer, [](uv_timer_t*) {}, 10, 0);
  uv_run(&loop_, UV_RUN_DEFAULT);
  EXPECT_LT(NowMs() - start, 300) << "uv_run waited for the delayed task";
  EXPECT_FALSE(ran);
  CloseTimer(&short_timer);
  uv_run(&loop_, UV_RUN_NOWAIT);
}

TEST_F(PlatformTest, DelayedTaskRunsAfterItsDelay) {
  double ran_at = 0;
  double timer_at = 0;
  double posted = NowMs();
  runner_->PostDelayedTask(std::make_unique<FunctionTask>([&] { ran_at = NowMs(); }), 0.05);
  // Something else keeps the loop alive long enough.
  uv_timer_t keep_alive;
  uv_timer_init(&loop_, &keep_alive);
  keep_alive.data = &timer_at;
  uv_timer_start(
      &keep_alive, [](uv_timer_t* t) { *static_cast<double*>(t->data) = NowMs(); }, 150, 0);
  uv_run(&loop_, UV_RUN_DEFAULT);

  ASSERT_GT(ran_at, 0) << "the delayed task never ran";
  EXPECT_GE(ran_at - posted, 50) << "the delayed task ran early";
  EXPECT_LT(ran_at, timer_at) << "the delayed task waited for an unrelated timer";
  CloseTimer(&keep_alive);
  uv_run(&loop_, UV_RUN_NOWAIT);
}

TEST_F(PlatformTest, DrainTasksRunsForegroundTaskPostedByWorkerTask) {
  std::thread::id worker_thread;
  std::thread::id foreground_thread;
  bool foreground_ran = false;
  std::shared_ptr<v8::TaskRunner> runner = runner_;
  platform_->CallOnWorkerThread(std::make_unique<FunctionTask>([&, runner] {
    std::this_thread::sleep_for(30ms);  // DrainTasks must wait, not just look
    worker_thread = std::this_thread::get_id();
    runner->PostTask(std::make_unique<FunctionTask>([&] {
      foreground_ran = true;
      foreground_thread = std::this_thread::get_id();
    }));
  }));

  EXPECT_TRUE(platform_->DrainTasks(isolate_));
  EXPECT_TRUE(foreground_ran);
  EXPECT_NE(worker_thread, std::thread::id());
  EXPECT_NE(worker_thread, std::this_thread::get_id());
  EXPECT_EQ(foreground_thread, std::this_thread::get_id());
}

TEST_F(PlatformTest, TasksQueuedAtUnregisterAreDroppedNotRun) {
  bool ran = false;
  bool destroyed = false;
  runner_->PostTask(std::make_unique<FunctionTask>([&] { ran = true; }, [&] { destroyed = true; }));
  platform_->UnregisterIsolate(isolate_);
  EXPECT_TRUE(destroyed);
  uv_run(&loop_, UV_RUN_DEFAULT);  // the runner's handles close; nothing else runs
  EXPECT_FALSE(ran);
  EXPECT_FALSE(uv_loop_alive(&loop_));
}

TEST_F(PlatformTest, TasksPostedAfterUnregisterAreDropped) {
  platform_->UnregisterIsolate(isolate_);
  uv_run(&loop_, UV_RUN_DEFAULT);  // the runner's wake-up handles are closed and freed
  EXPECT_EQ(platform_->GetForegroundTaskRunner(isolate_), nullptr);

  std::atomic<int> ran{0};
  std::atomic<int> destroyed{0};
  auto task = [&] { return std::make_unique<FunctionTask>([&] { ran++; }, [&] { destroyed++; }); };
  // The runner V8 may still hold: posting to it must neither touch the freed handles nor keep
  // tasks.
  runner_->PostTask(task());
  runner_->PostNonNestableTask(task());
  runner_->PostDelayedTask(task(), 0.001);
  runner_->PostNonNestableDelayedTask(task(), 0.001);
  std::thread other([&] { runner_->PostTask(task()); });
  other.join();

  EXPECT_EQ(destroyed.load(), 5);
  EXPECT_FALSE(platform_->FlushForegroundTasks(isolate_));
  EXPECT_FALSE(platform_->DrainTasks(isolate_));
  uv_run(&loop_, UV_RUN_NOWAIT);
  EXPECT_EQ(ran.load(), 0);
  EXPECT_FALSE(uv_loop_alive(&loop_));
}

TEST(PlatformWorkersTest, NumberOfWorkerThreadsIsWhatItWasCreatedWith) {
  EXPECT_EQ(TestPlatform()->NumberOfWorkerThreads(), 2);
  Platform other(3);
  EXPECT_EQ(other.NumberOfWorkerThreads(), 3);
}

// A job of `total` units that worker threads take one at a time.
class CountingJob final : public v8::JobTask {
 public:
  struct State {
    std::atomic<int> remaining;
    std::atomic<int> done{0};
    std::atomic<int> runs_on_loop_thread{0};
    std::thread::id loop_thread = std::this_thread::get_id();
    std::mutex mutex;
    std::condition_variable finished;
  };
  explicit CountingJob(std::shared_ptr<State> state) : state_(std::move(state)) {}

  void Run(v8::JobDelegate* delegate) override {
    if (std::this_thread::get_id() == state_->loop_thread) state_->runs_on_loop_thread++;
    while (!delegate->ShouldYield()) {
      int left = state_->remaining.load();
      if (left <= 0) return;
      if (!state_->remaining.compare_exchange_weak(left, left - 1)) continue;
      if (++state_->done == kTotal) {
        std::lock_guard<std::mutex> lock(state_->mutex);
        state_->finished.notify_all();
      }
    }
  }
  size_t GetMaxConcurrency(size_t worker_count) const override {
    return static_cast<size_t>(std::max(0, state_->remaining.load()));
  }

  static constexpr int kTotal = 1000;

 private:
  std::shared_ptr<State> state_;
};

TEST(PlatformWorkersTest, PostJobRunsOnWorkerThreads) {
  auto state = std::make_shared<CountingJob::State>();
  state->remaining = CountingJob::kTotal;
  std::unique_ptr<v8::JobHandle> handle =
      TestPlatform()->PostJob(v8::TaskPriority::kUserVisible, std::make_unique<CountingJob>(state));
  ASSERT_NE(handle, nullptr);
  {
    // Not joined yet: only the workers can be doing it.
    std::unique_lock<std::mutex> lock(state->mutex);
    state->finished.wait_for(lock, 5s, [&] { return state->done.load() == CountingJob::kTotal; });
  }
  handle->Join();
  EXPECT_EQ(state->done.load(), CountingJob::kTotal);
  EXPECT_EQ(state->remaining.load(), 0);
  EXPECT_EQ(state->runs_on_loop_thread.load(), 0);
}

// With an Environment, a foreground task runs like any callback from the loop: inside a callback
// scope, so the ticks it queues drain when it returns.
using PlatformEnvironmentTest = EnvironmentTest;

TEST_F(PlatformEnvironmentTest, ForegroundTaskRunsInsideCallbackScope) {
  Run("globalThis.ticked = false;");
  auto runner = TestPlatform()->GetForegroundTaskRunner(isolate_);
  runner->PostTask(std::make_unique<FunctionTask>([this] {
    EXPECT_EQ(env_->callback_scope_depth(), 1);
    Run("process.nextTick(() => { globalThis.ticked = true; });");
  }));
  EXPECT_TRUE(TestPlatform()->FlushForegroundTasks(isolate_));
  EXPECT_EQ(Run("ticked"), "true");
}

TEST_F(PlatformEnvironmentTest, ForegroundTaskDoesNotRunOnceEnvironmentStops) {
  bool ran = false;
  bool destroyed = false;
  TestPlatform()->GetForegroundTaskRunner(isolate_)->PostTask(
      std::make_unique<FunctionTask>([&] { ran = true; }, [&] { destroyed = true; }));
  env_->set_stopping();
  TestPlatform()->FlushForegroundTasks(isolate_);
  EXPECT_FALSE(ran);
  EXPECT_TRUE(destroyed);
}

}  // namespace
}  // namespace tide::test
