// A test fixture with a V8 platform (once per process), an isolate on its own libuv loop, and a
// bootstrapped Environment, so units can run JS and drive the loop by hand.
#pragma once

#include <gtest/gtest.h>
#include <uv.h>
#include <v8.h>

#include <memory>
#include <optional>
#include <string>

#include "engine/isolate.h"
#include "engine/platform.h"
#include "env/environment.h"

namespace tide::test {

Platform* TestPlatform();

class EnvironmentTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `source` as a script; returns its completion value as a string ("<exception: ...>" if it threw).
  std::string Run(const std::string& source);

  uv_loop_t loop_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  std::unique_ptr<v8::Isolate::Scope> isolate_scope_;
  std::optional<v8::HandleScope> handle_scope_;
  std::unique_ptr<v8::Context::Scope> context_scope_;
  std::unique_ptr<Environment> env_;
};

}  // namespace tide::test
