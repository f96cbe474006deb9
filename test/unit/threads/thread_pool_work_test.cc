// ThreadPoolWork: DoWork on a pool thread, AfterWork back on the loop thread with its own
// HandleScope and the context entered, pending_work() tracking what is in flight, and cancellation
// of work that has not started.
#include "threads/thread_pool_work.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#include "fixture.h"
#include "util/args.h"

namespace tide::test {
namespace {

using namespace std::chrono_literals;

// Sums 1..n on the pool, then publishes the result as a JS global from AfterWork.
class SumWork final : public ThreadPoolWork {
 public:
  SumWork(Environment* env, int n) : ThreadPoolWork(env), n_(n) {}

  std::thread::id work_thread;
  std::thread::id after_thread;
  int status = 1;
  bool after_ran = false;
  bool in_context = false;
  int pending_seen_in_after = -1;
  long long sum = 0;

 protected:
  void DoWork() override {
    work_thread = std::this_thread::get_id();
    for (int i = 1; i <= n_; i++) sum += i;
  }
  void AfterWork(int status_in) override {
    after_ran = true;
    status = status_in;
    after_thread = std::this_thread::get_id();
    pending_seen_in_after = env()->pending_work();
    v8::Isolate* isolate = env()->isolate();
    in_context = isolate->InContext() && isolate->GetCurrentContext() == env()->context();
    if (!in_context) return;  // V8 would crash below; the test reports it instead
    // Locals made here belong to AfterWork's own HandleScope.
    v8::Local<v8::Context> context = env()->context();
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    for (int i = 0; i < 100; i++) {
      result->Set(context, v8::Integer::New(isolate, i), v8::Number::New(isolate, sum)).Check();
    }
    context->Global()
        ->Set(context, OneByteString(isolate, "workResult"),
              Utf8String(isolate, "sum=" + std::to_string(sum)))
        .Check();
  }

 private:
  int n_;
};

using ThreadPoolWorkTest = EnvironmentTest;

TEST_F(ThreadPoolWorkTest, DoWorkRunsOffThreadAndAfterWorkOnTheLoopThread) {
  SumWork work(env_.get(), 1000);
  work.ScheduleWork();
  EXPECT_TRUE(uv_loop_alive(&loop_)) << "queued work must keep the loop alive";
  // Leave the fixture's context, so only AfterWork's own Context::Scope can enter it; count the
  // handles in the fixture's scope, which AfterWork's locals must not land in.
  context_scope_.reset();
  int handles_before = v8::HandleScope::NumberOfHandles(isolate_);
  uv_run(&loop_, UV_RUN_DEFAULT);
  int handles_after = v8::HandleScope::NumberOfHandles(isolate_);
  context_scope_ = std::make_unique<v8::Context::Scope>(env_->context());

  ASSERT_TRUE(work.after_ran);
  EXPECT_EQ(work.status, 0);
  EXPECT_NE(work.work_thread, std::thread::id());
  EXPECT_NE(work.work_thread, std::this_thread::get_id()) << "DoWork ran on the loop thread";
  EXPECT_EQ(work.after_thread, std::this_thread::get_id()) << "AfterWork ran off the loop thread";
  EXPECT_TRUE(work.in_context) << "AfterWork runs without the Environment's context entered";
  EXPECT_EQ(handles_after, handles_before) << "AfterWork has no HandleScope of its own";
  EXPECT_EQ(Run("workResult"), "sum=500500");
}

TEST_F(ThreadPoolWorkTest, PendingWorkCountsUpAndDown) {
  EXPECT_EQ(env_->pending_work(), 0);
  std::vector<std::unique_ptr<SumWork>> works;
  for (int i = 0; i < 3; i++) {
    works.push_back(std::make_unique<SumWork>(env_.get(), 10));
    works.back()->ScheduleWork();
    EXPECT_EQ(env_->pending_work(), i + 1);
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
  EXPECT_EQ(env_->pending_work(), 0);
  // Each AfterWork sees itself already counted out.
  std::vector<int> seen;
  for (auto& w : works) seen.push_back(w->pending_seen_in_after);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2}));
}

// Holds a pool thread until released.
class BlockingWork final : public ThreadPoolWork {
 public:
  struct Gate {
    std::mutex mutex;
    std::condition_variable changed;
    int started = 0;
    bool open = false;
  };
  BlockingWork(Environment* env, Gate* gate) : ThreadPoolWork(env), gate_(gate) {}
  int status = 1;

 protected:
  void DoWork() override {
    std::unique_lock<std::mutex> lock(gate_->mutex);
    gate_->started++;
    gate_->changed.notify_all();
    // Bounded, so a broken test cannot hang the suite.
    gate_->changed.wait_for(lock, 10s, [this] { return gate_->open; });
  }
  void AfterWork(int s) override { status = s; }

 private:
  Gate* gate_;
};

// libuv's pool size: UV_THREADPOOL_SIZE as libuv reads it (once per process), else 4.
int ThreadPoolSize() {
  const char* value = getenv("UV_THREADPOOL_SIZE");
  if (value == nullptr) return 4;
  int n = atoi(value);
  if (n <= 0) return 1;
  return n > 1024 ? 1024 : n;
}

TEST_F(ThreadPoolWorkTest, CancelWorkBeforeItStartsGivesECANCELED) {
  BlockingWork::Gate gate;
  const int pool_size = ThreadPoolSize();
  std::vector<std::unique_ptr<BlockingWork>> blockers;
  for (int i = 0; i < pool_size; i++) {
    blockers.push_back(std::make_unique<BlockingWork>(env_.get(), &gate));
    blockers.back()->ScheduleWork();
  }
  bool all_busy;
  {
    std::unique_lock<std::mutex> lock(gate.mutex);
    all_busy = gate.changed.wait_for(lock, 5s, [&] { return gate.started == pool_size; });
  }
  SumWork queued(env_.get(), 10);
  if (all_busy) queued.ScheduleWork();
  // Every pool thread is ours and blocked: `queued` waits in the queue and can be cancelled, while
  // a running one cannot.
  int cancel_queued = all_busy ? queued.CancelWork() : 0;
  int cancel_running = blockers[0]->CancelWork();
  {
    std::lock_guard<std::mutex> lock(gate.mutex);
    gate.open = true;
  }
  gate.changed.notify_all();
  uv_run(&loop_, UV_RUN_DEFAULT);

  ASSERT_TRUE(all_busy) << "the pool has more than " << pool_size << " threads";
  EXPECT_EQ(cancel_queued, 0);
  EXPECT_EQ(cancel_running, UV_EBUSY);
  EXPECT_TRUE(queued.after_ran);
  EXPECT_EQ(queued.status, UV_ECANCELED);
  EXPECT_EQ(queued.work_thread, std::thread::id()) << "cancelled work ran";
  for (auto& b : blockers) EXPECT_EQ(b->status, 0);
  EXPECT_EQ(env_->pending_work(), 0);
}

}  // namespace
}  // namespace tide::test
