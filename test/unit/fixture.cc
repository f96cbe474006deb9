// See fixture.h.
#include "fixture.h"

#include "util/args.h"

namespace tide::test {

Platform* TestPlatform() {
  static Platform* platform = [] {
    auto* p = new Platform(2);
    v8::V8::InitializePlatform(p);
    v8::V8::Initialize();
    return p;
  }();
  return platform;
}

void EnvironmentTest::SetUp() {
  Platform* platform = TestPlatform();
  uv_loop_init(&loop_);
  allocator_.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  isolate_ = NewIsolate(platform, &loop_, allocator_.get());
  isolate_scope_ = std::make_unique<v8::Isolate::Scope>(isolate_);
  handle_scope_.emplace(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context_scope_ = std::make_unique<v8::Context::Scope>(context);
  EnvironmentOptions options;
  options.argv = {"tide-unit"};
  env_ = std::make_unique<Environment>(platform, isolate_, &loop_, context, options);
  ASSERT_TRUE(BootstrapEnvironment(env_.get()));
}

void EnvironmentTest::TearDown() {
  env_->RunCleanup();
  env_.reset();
  context_scope_.reset();
  handle_scope_.reset();
  isolate_scope_.reset();
  DisposeIsolate(TestPlatform(), isolate_, &loop_);
  uv_run(&loop_, UV_RUN_NOWAIT);
  EXPECT_EQ(uv_loop_close(&loop_), 0);
}

std::string EnvironmentTest::Run(const std::string& source) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = env_->context();
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context, Utf8String(isolate_, source)).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    return "<exception: " + ToStdString(isolate_, try_catch.Exception()) + ">";
  }
  return ToStdString(isolate_, result);
}

}  // namespace tide::test
