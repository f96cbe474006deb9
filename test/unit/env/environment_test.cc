// Environment: one per isolate with nothing shared between them, found from its isolate, and torn
// down completely (handles closed, cleanup hooks in reverse order); the internalBinding() cache.
#include "env/environment.h"

#include <barrier>
#include <string>
#include <thread>
#include <vector>

#include "env/binding_registry.h"
#include "env/test_handle.h"
#include "fixture.h"
#include "loop/run_loop.h"
#include "util/args.h"

namespace tide::test {
namespace {

struct ThreadOutcome {
  bool bootstrapped = false;
  Environment* env = nullptr;
  bool from_isolate_is_own = false;
  std::string log;
  std::string id;
  std::string other_threads_global;
  double elapsed_ms = 0;
};

// Bootstraps an Environment on this thread and runs timers through its own loop. Both threads are
// inside V8 at the same time: they meet at `sync` after bootstrapping and before spinning.
void RunEnvironmentOnThread(int id, std::barrier<>* sync, ThreadOutcome* out) {
  TestEnvironment te;
  out->bootstrapped = te.bootstrapped();
  if (!out->bootstrapped) {
    sync->arrive_and_drop();
    return;
  }
  out->env = te.env();
  out->from_isolate_is_own = Environment::From(te.isolate()) == te.env();
  std::string n = std::to_string(id);
  double start = NowMs();
  te.Run("globalThis.id = " + n +
         "; globalThis.log = [];"
         "globalThis['only' + id] = true;"
         "setTimeout(() => {"
         "  log.push('a' + id);"
         "  setImmediate(() => log.push('i' + id));"
         "  setTimeout(() => log.push('b' + id), " +
         std::to_string(5 * id) +
         ");"
         "}, " +
         std::to_string(10 * id) + ");");
  sync->arrive_and_wait();
  SpinEventLoop(te.env());
  out->elapsed_ms = NowMs() - start;
  out->log = te.Run("log.join(',')");
  out->id = te.Run("String(globalThis.id)");
  out->other_threads_global = te.Run("typeof globalThis['only' + (3 - id)]");
}

TEST(EnvironmentThreadsTest, TwoEnvironmentsRunSideBySideOnTwoThreads) {
  TestPlatform();  // initialised once, before any thread needs it
  std::barrier sync(2);
  ThreadOutcome one, two;
  std::thread t1(RunEnvironmentOnThread, 1, &sync, &one);
  std::thread t2(RunEnvironmentOnThread, 2, &sync, &two);
  t1.join();
  t2.join();

  ASSERT_TRUE(one.bootstrapped);
  ASSERT_TRUE(two.bootstrapped);
  EXPECT_NE(one.env, two.env);
  EXPECT_TRUE(one.from_isolate_is_own);
  EXPECT_TRUE(two.from_isolate_is_own);
  EXPECT_EQ(one.log, "a1,i1,b1");
  EXPECT_EQ(two.log, "a2,i2,b2");
  EXPECT_EQ(one.id, "1");
  EXPECT_EQ(two.id, "2");
  EXPECT_EQ(one.other_threads_global, "undefined");
  EXPECT_EQ(two.other_threads_global, "undefined");
  // Each loop waited for its own timers (10+5 ms, 20+10 ms, less libuv's millisecond rounding), not
  // the other's or forever.
  EXPECT_GE(one.elapsed_ms, 12);
  EXPECT_GE(two.elapsed_ms, 27);
  EXPECT_LT(one.elapsed_ms, 2000);
  EXPECT_LT(two.elapsed_ms, 2000);
}

// Environment::From finds the Environment through the isolate, and forgets it once it is gone.
TEST(EnvironmentLifetimeTest, FromIsolateFollowsTheEnvironmentsLifetime) {
  Platform* platform = TestPlatform();
  uv_loop_t loop;
  uv_loop_init(&loop);
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate* isolate = NewIsolate(platform, &loop, allocator.get());
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    EXPECT_EQ(Environment::From(isolate), nullptr);
    auto env =
        std::make_unique<Environment>(platform, isolate, &loop, context, EnvironmentOptions{});
    EXPECT_EQ(Environment::From(isolate), env.get());
    EXPECT_EQ(Environment::From(context), env.get());
    EXPECT_EQ(env->isolate(), isolate);
    EXPECT_EQ(env->loop(), &loop);
    EXPECT_TRUE(env->context() == context);
    env->RunCleanup();
    env.reset();
    EXPECT_EQ(Environment::From(isolate), nullptr);
  }
  DisposeIsolate(platform, isolate, &loop);
  uv_run(&loop, UV_RUN_NOWAIT);
  EXPECT_EQ(uv_loop_close(&loop), 0);
}

TEST_F(EnvironmentTest, FromFunctionCallbackInfo) {
  Environment* seen = nullptr;
  v8::Local<v8::Context> context = env_->context();
  v8::Local<v8::Function> fn =
      v8::Function::New(
          context,
          [](const v8::FunctionCallbackInfo<v8::Value>& args) {
            auto** out = static_cast<Environment**>(args.Data().As<v8::External>()->Value());
            *out = Environment::From(args);
          },
          v8::External::New(isolate_, &seen))
          .ToLocalChecked();
  context->Global()->Set(context, OneByteString(isolate_, "probe"), fn).Check();
  Run("probe()");
  EXPECT_EQ(seen, env_.get());
}

TEST_F(EnvironmentTest, RunCleanupClosesEveryRegisteredHandle) {
  HandleEvents events;
  for (int i = 0; i < 3; i++) TestTimerWrap::Create(env_.get(), &events);
  EXPECT_TRUE(uv_loop_alive(&loop_));
  env_->RunCleanup();
  EXPECT_EQ(events.closed, 3);
  EXPECT_EQ(events.destroyed, 3);
  EXPECT_FALSE(uv_loop_alive(&loop_)) << "a handle is still open after RunCleanup";
  EXPECT_TRUE(env_->is_stopping());
}

TEST_F(EnvironmentTest, RunCleanupSkipsHandlesAlreadyClosed) {
  HandleEvents events;
  v8::Local<v8::Object> kept = TestTimerWrap::Create(env_.get(), &events);
  v8::Local<v8::Context> context = env_->context();
  context->Global()
      ->Set(context, OneByteString(isolate_, "closed"), TestTimerWrap::Create(env_.get(), &events))
      .Check();
  Run("globalThis.closeCalled = false; closed.close(() => { closeCalled = true; });");
  uv_run(&loop_, UV_RUN_NOWAIT);  // the close callback
  EXPECT_EQ(Run("closeCalled"), "true");
  EXPECT_EQ(events.destroyed, 1);
  // The closed one left the Environment's list: cleanup touches only the live one (ASan would flag
  // a freed handle).
  env_->RunCleanup();
  EXPECT_EQ(events.closed, 2);
  EXPECT_EQ(events.destroyed, 2);
  (void)kept;
}

TEST_F(EnvironmentTest, CleanupHooksRunInReverseOrderOfRegistration) {
  std::vector<int> order;
  for (int i = 1; i <= 4; i++) env_->AddCleanupHook([&order, i] { order.push_back(i); });
  EXPECT_TRUE(order.empty());
  env_->RunCleanup();
  EXPECT_EQ(order, (std::vector<int>{4, 3, 2, 1}));
  env_->RunCleanup();  // hooks run once
  EXPECT_EQ(order.size(), 4u);
}

// The name of a binding that bootstrap has not loaded yet (so the first lookup creates it), or
// "timers" if every one is loaded.
std::string UncachedBindingName(Environment* env) {
  static const char* const kNames[] = {
#define V(name) #name,
      TIDE_BINDINGS(V)
#undef V
  };
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  for (const char* name : kNames) {
    if (!env->binding_cache()->HasOwnProperty(context, OneByteString(isolate, name)).FromJust()) {
      return name;
    }
  }
  return "timers";
}

using BindingCacheTest = EnvironmentTest;

TEST_F(BindingCacheTest, ReturnsTheSameObjectTwice) {
  std::string name = UncachedBindingName(env_.get());
  SCOPED_TRACE("binding " + name);
  v8::Local<v8::Object> first, second, other;
  ASSERT_TRUE(GetInternalBinding(env_.get(), name).ToLocal(&first));
  ASSERT_TRUE(GetInternalBinding(env_.get(), name).ToLocal(&second));
  EXPECT_TRUE(first->StrictEquals(second));
  ASSERT_TRUE(GetInternalBinding(env_.get(), name == "util" ? "uv" : "util").ToLocal(&other));
  EXPECT_FALSE(first->StrictEquals(other));

  // internalBinding() from JS reads the same cache.
  v8::Local<v8::Context> context = env_->context();
  context->Global()
      ->Set(context, OneByteString(isolate_, "internalBinding"),
            v8::Function::New(context, InternalBindingCallback).ToLocalChecked())
      .Check();
  context->Global()->Set(context, OneByteString(isolate_, "fromCpp"), first).Check();
  EXPECT_EQ(Run("internalBinding('" + name + "') === fromCpp"), "true");
}

TEST_F(BindingCacheTest, ThrowsForAnUnknownName) {
  v8::TryCatch try_catch(isolate_);
  EXPECT_TRUE(GetInternalBinding(env_.get(), "no_such_binding").IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  EXPECT_EQ(ToStdString(isolate_, try_catch.Exception()),
            "Error: No such binding: no_such_binding");
}

TEST_F(BindingCacheTest, InternalBindingFromJsThrowsForUnknownNameOrNonString) {
  v8::Local<v8::Context> context = env_->context();
  context->Global()
      ->Set(context, OneByteString(isolate_, "internalBinding"),
            v8::Function::New(context, InternalBindingCallback).ToLocalChecked())
      .Check();
  EXPECT_EQ(Run("try { internalBinding('nope'); 'no throw' } catch (e) { e.message }"),
            "No such binding: nope");
  EXPECT_EQ(Run("try { internalBinding(42); 'no throw' } catch (e) { e.constructor.name }"),
            "TypeError");
}

// Names that an ordinary object inherits from Object.prototype are unknown bindings too (the cache
// has a null prototype for this; an ordinary object once returned Object for "constructor").
TEST_F(BindingCacheTest, ThrowsForNamesInheritedFromObjectPrototype) {
  for (const char* name : {"constructor", "toString", "__proto__", "hasOwnProperty"}) {
    SCOPED_TRACE(name);
    v8::TryCatch try_catch(isolate_);
    EXPECT_TRUE(GetInternalBinding(env_.get(), name).IsEmpty());
    EXPECT_TRUE(try_catch.HasCaught());
  }
}

}  // namespace
}  // namespace tide::test
