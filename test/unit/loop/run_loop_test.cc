// The run loop's contract: 'beforeExit' may schedule more work (which runs, then 'beforeExit' fires
// again), 'exit' reports process.exitCode, unreferenced timers do not hold the loop, an immediate
// set from an I/O callback runs before a 0 ms timeout, and pending V8 tasks keep the loop going.
#include "loop/run_loop.h"

#include <chrono>
#include <thread>

#include "fixture.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide::test {
namespace {

using namespace std::chrono_literals;
using RunLoopTest = EnvironmentTest;

TEST_F(RunLoopTest, BeforeExitRunsTimerItSchedulesThenFiresAgain) {
  Run("globalThis.log = []; globalThis.n = 0;"
      "process.on('beforeExit', (code) => {"
      "  log.push('beforeExit:' + code);"
      "  if (n++ === 0) setTimeout(() => log.push('timeout'), 1);"
      "});");
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "beforeExit:0,timeout,beforeExit:0");
  EXPECT_FALSE(uv_loop_alive(&loop_));
}

TEST_F(RunLoopTest, BeforeExitRunsImmediateItSchedules) {
  Run("globalThis.log = []; globalThis.n = 0;"
      "process.on('beforeExit', () => {"
      "  log.push('beforeExit');"
      "  if (n++ === 0) setImmediate(() => log.push('immediate'));"
      "});");
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "beforeExit,immediate,beforeExit");
}

TEST_F(RunLoopTest, BeforeExitThatSchedulesOnlyTicksFiresOnce) {
  Run("globalThis.log = [];"
      "process.on('beforeExit', () => {"
      "  log.push('beforeExit');"
      "  process.nextTick(() => log.push('tick'));"
      "  Promise.resolve().then(() => log.push('micro'));"
      "});");
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "beforeExit,tick,micro");
}

TEST_F(RunLoopTest, EmitExitReturnsProcessExitCode) {
  Run("globalThis.log = []; process.exitCode = 42;"
      "process.on('exit', (code) => log.push('exit:' + code));");
  EXPECT_EQ(EmitExit(env_.get()), 42);
  EXPECT_EQ(env_->exit_code(), 42);
  EXPECT_EQ(Run("log.join(',')"), "exit:42");
  // 'exit' is emitted once.
  EXPECT_EQ(EmitExit(env_.get()), 42);
  EXPECT_EQ(Run("log.join(',')"), "exit:42");
}

TEST_F(RunLoopTest, EmitExitWithoutExitCodeIsZero) {
  Run("globalThis.seen = null; process.on('exit', (code) => { seen = code; });");
  EXPECT_EQ(EmitExit(env_.get()), 0);
  EXPECT_EQ(Run("seen"), "0");
}

TEST_F(RunLoopTest, ExitListenerMayChangeTheExitCode) {
  Run("process.exitCode = 1; process.on('exit', () => { process.exitCode = 7; });");
  EXPECT_EQ(EmitExit(env_.get()), 7);
}

TEST_F(RunLoopTest, ProcessExitInATimerStopsTheLoop) {
  Run("globalThis.log = [];"
      "process.on('exit', (code) => log.push('exit:' + code));"
      "setTimeout(() => { process.exit(3); log.push('after exit'); }, 1);"
      "setTimeout(() => log.push('late'), 1000);");
  double start = NowMs();
  SpinEventLoop(env_.get());
  EXPECT_LT(NowMs() - start, 800) << "the loop went on after process.exit()";
  EXPECT_TRUE(env_->is_stopping());
  EXPECT_EQ(env_->exit_code(), 3);
  isolate_->CancelTerminateExecution();
  EXPECT_EQ(Run("log.join(',')"), "exit:3");
}

TEST_F(RunLoopTest, UnrefdTimerDoesNotKeepLoopAlive) {
  Run("globalThis.fired = false; globalThis.refFired = false;"
      "const t = setTimeout(() => { fired = true; }, 10000);"
      "globalThis.hadRef = t.hasRef(); t.unref(); globalThis.hasRefAfter = t.hasRef();"
      "setTimeout(() => { refFired = true; }, 5);");
  double start = NowMs();
  SpinEventLoop(env_.get());
  EXPECT_LT(NowMs() - start, 2000) << "waited for the unref'd timer";
  EXPECT_EQ(Run("refFired"), "true");
  EXPECT_EQ(Run("fired"), "false");
  EXPECT_EQ(Run("hadRef + ',' + hasRefAfter"), "true,false");
}

TEST_F(RunLoopTest, OnlyAnUnrefdTimerLetsTheLoopEndAtOnce) {
  Run("globalThis.fired = false; setTimeout(() => { fired = true; }, 10000).unref();");
  double start = NowMs();
  SpinEventLoop(env_.get());
  EXPECT_LT(NowMs() - start, 1000);
  EXPECT_EQ(Run("fired"), "false");
}

// The unref'd timer comes first; the ref'd one after it must still hold the loop.
TEST_F(RunLoopTest, UnrefdTimerFiresWhileARefdOneKeepsTheLoopAlive) {
  Run("globalThis.log = [];"
      "setTimeout(() => log.push('unref'), 5).unref();"
      "setTimeout(() => log.push('ref'), 40);");
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "unref,ref");
}

// Calls a JS function through MakeCallback from a libuv callback, as a binding's I/O callback does.
struct IoCall {
  Environment* env;
  v8::Global<v8::Function> fn;
};

void CallJs(IoCall* call) {
  v8::Isolate* isolate = call->env->isolate();
  v8::HandleScope scope(isolate);
  MakeCallback(call->env, v8::Undefined(isolate), call->fn.Get(isolate), 0, nullptr);
}

constexpr const char* kImmediateVsTimeout =
    "globalThis.log = [];"
    "globalThis.io = () => {"
    "  setTimeout(() => log.push('timeout'), 0);"
    "  setImmediate(() => log.push('immediate'));"
    // Long enough that the 1 ms timeout has expired when the callback returns.
    "  const end = Date.now() + 5; while (Date.now() < end);"
    "};";

TEST_F(RunLoopTest, ImmediateRunsBeforeTimeoutZeroInsideAsyncCallback) {
  Run(kImmediateVsTimeout);
  IoCall call{env_.get(), v8::Global<v8::Function>(isolate_, Global("io"))};
  uv_async_t async;
  async.data = &call;
  uv_async_init(&loop_, &async, [](uv_async_t* handle) {
    CallJs(static_cast<IoCall*>(handle->data));
    uv_close(reinterpret_cast<uv_handle_t*>(handle), nullptr);
  });
  uv_async_send(&async);
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "immediate,timeout");
}

TEST_F(RunLoopTest, ImmediateRunsBeforeTimeoutZeroInsideTimerCallback) {
  Run(kImmediateVsTimeout);
  IoCall call{env_.get(), v8::Global<v8::Function>(isolate_, Global("io"))};
  uv_timer_t timer;
  timer.data = &call;
  uv_timer_init(&loop_, &timer);
  uv_timer_start(
      &timer,
      [](uv_timer_t* handle) {
        CallJs(static_cast<IoCall*>(handle->data));
        uv_close(reinterpret_cast<uv_handle_t*>(handle), nullptr);
      },
      1, 0);
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "immediate,timeout");
}

// A worker task that posts a foreground task keeps the loop going until that task has run, and the
// work it schedules runs too (no 'beforeExit' in between).
TEST_F(RunLoopTest, SpinEventLoopWaitsForForegroundTaskPostedByWorkerTask) {
  Run("globalThis.log = []; process.on('beforeExit', () => log.push('beforeExit'));");
  std::shared_ptr<v8::TaskRunner> runner = TestPlatform()->GetForegroundTaskRunner(isolate_);
  TestPlatform()->CallOnWorkerThread(std::make_unique<FunctionTask>([this, runner] {
    std::this_thread::sleep_for(30ms);
    runner->PostTask(std::make_unique<FunctionTask>(
        [this] { Run("log.push('task'); setTimeout(() => log.push('timer'), 1);"); }));
  }));
  SpinEventLoop(env_.get());
  EXPECT_EQ(Run("log.join(',')"), "task,timer,beforeExit");
}

}  // namespace
}  // namespace tide::test
