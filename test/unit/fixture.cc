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

std::string RunScript(v8::Isolate* isolate, v8::Local<v8::Context> context,
                      const std::string& source) {
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context, Utf8String(isolate, source)).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    return "<exception: " + ToStdString(isolate, try_catch.Exception()) + ">";
  }
  return ToStdString(isolate, result);
}

v8::Local<v8::Function> GlobalFunction(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                       const char* name) {
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Value> value;
  if (!context->Global()->Get(context, OneByteString(isolate, name)).ToLocal(&value) ||
      !value->IsFunction()) {
    return {};
  }
  return scope.Escape(value.As<v8::Function>());
}

TestEnvironment::TestEnvironment() {
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
  bootstrapped_ = BootstrapEnvironment(env_.get());
}

TestEnvironment::~TestEnvironment() {
  env_->RunCleanup();
  env_.reset();
  context_scope_.reset();
  handle_scope_.reset();
  isolate_scope_.reset();
  DisposeIsolate(TestPlatform(), isolate_, &loop_);
  uv_run(&loop_, UV_RUN_NOWAIT);
  int err = uv_loop_close(&loop_);
  EXPECT_EQ(err, 0) << "loop still has handles after teardown";
}

std::string TestEnvironment::Run(const std::string& source) {
  return RunScript(isolate_, env_->context(), source);
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
  return RunScript(isolate_, env_->context(), source);
}

v8::Local<v8::Function> EnvironmentTest::Global(const char* name) {
  return GlobalFunction(isolate_, env_->context(), name);
}

}  // namespace tide::test
