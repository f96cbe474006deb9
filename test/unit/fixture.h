// A test fixture with a V8 platform (once per process), an isolate on its own libuv loop, and a
// bootstrapped Environment, so units can run JS and drive the loop by hand.
#pragma once

#include <gtest/gtest.h>
#include <uv.h>
#include <v8.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "engine/isolate.h"
#include "engine/platform.h"
#include "env/environment.h"

namespace tide::test {

Platform* TestPlatform();

// Runs `source` as a script; returns its completion value as a string ("<exception: ...>" if it
// threw).
std::string RunScript(v8::Isolate* isolate, v8::Local<v8::Context> context,
                      const std::string& source);

// The global `name` of `context` as a function (empty if it is not one).
v8::Local<v8::Function> GlobalFunction(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                       const char* name);

// A v8::Task running a std::function; `on_destroy` tells a test the platform let go of the task
// (whether it ran or was dropped).
class FunctionTask final : public v8::Task {
 public:
  explicit FunctionTask(std::function<void()> run, std::function<void()> on_destroy = nullptr)
      : run_(std::move(run)), on_destroy_(std::move(on_destroy)) {}
  ~FunctionTask() override {
    if (on_destroy_) on_destroy_();
  }
  void Run() override { run_(); }

 private:
  std::function<void()> run_;
  std::function<void()> on_destroy_;
};

// Milliseconds from uv_hrtime(), for elapsed-time assertions.
inline double NowMs() { return static_cast<double>(uv_hrtime()) / 1e6; }

// A bootstrapped Environment on its own loop and isolate, entered on the constructing thread, for
// tests that need several (or one on another thread). Construct and destroy on the same thread.
class TestEnvironment {
 public:
  TestEnvironment();
  ~TestEnvironment();
  TestEnvironment(const TestEnvironment&) = delete;
  TestEnvironment& operator=(const TestEnvironment&) = delete;

  bool bootstrapped() const { return bootstrapped_; }
  v8::Isolate* isolate() const { return isolate_; }
  Environment* env() const { return env_.get(); }
  uv_loop_t* loop() { return &loop_; }
  std::string Run(const std::string& source);

 private:
  uv_loop_t loop_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  std::unique_ptr<v8::Isolate::Scope> isolate_scope_;
  std::optional<v8::HandleScope> handle_scope_;
  std::unique_ptr<v8::Context::Scope> context_scope_;
  std::unique_ptr<Environment> env_;
  bool bootstrapped_ = false;
};

class EnvironmentTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `source` as a script; returns its completion value as a string ("<exception: ...>" if it
  // threw).
  std::string Run(const std::string& source);
  // The global function `name`.
  v8::Local<v8::Function> Global(const char* name);

  uv_loop_t loop_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  std::unique_ptr<v8::Isolate::Scope> isolate_scope_;
  std::optional<v8::HandleScope> handle_scope_;
  std::unique_ptr<v8::Context::Scope> context_scope_;
  std::unique_ptr<Environment> env_;
};

}  // namespace tide::test
