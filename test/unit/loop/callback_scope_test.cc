// MakeCallback's contract: after the outermost callback, every nextTick runs, then every microtask,
// repeating until both are empty — including ticks queued by microtasks and microtasks by ticks.
#include "loop/callback_scope.h"

#include "fixture.h"
#include "util/args.h"

namespace tide::test {

using CallbackScopeTest = EnvironmentTest;

TEST_F(CallbackScopeTest, DrainsTicksBeforeMicrotasksAfterCallback) {
  Run("globalThis.order = [];"
      "globalThis.cb = () => {"
      "  Promise.resolve().then(() => {"
      "    order.push('micro1');"
      "    process.nextTick(() => order.push('tick-from-micro'));"
      "    Promise.resolve().then(() => order.push('micro2'));"
      "  });"
      "  process.nextTick(() => {"
      "    order.push('tick1');"
      "    Promise.resolve().then(() => order.push('micro-from-tick'));"
      "  });"
      "  order.push('cb');"
      "};");
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = env_->context();
  v8::Local<v8::Function> cb = context->Global()
                                   ->Get(context, OneByteString(isolate_, "cb"))
                                   .ToLocalChecked()
                                   .As<v8::Function>();
  MakeCallback(env_.get(), v8::Undefined(isolate_), cb, 0, nullptr);
  EXPECT_EQ(Run("order.join(',')"), "cb,tick1,micro1,micro-from-tick,micro2,tick-from-micro");
}

TEST_F(CallbackScopeTest, NestedScopesDrainOnlyWhenOutermostCloses) {
  Run("globalThis.order = [];");
  {
    CallbackScope outer(env_.get());
    {
      CallbackScope inner(env_.get());
      Run("process.nextTick(() => order.push('tick'));");
    }
    EXPECT_EQ(Run("order.length"), "0");
  }
  EXPECT_EQ(Run("order.join(',')"), "tick");
}

TEST_F(CallbackScopeTest, ExceptionGoesToUncaughtExceptionHandlers) {
  Run("globalThis.caught = null;"
      "process.on('uncaughtException', (e) => { caught = e.message; });"
      "globalThis.thrower = () => { throw new Error('boom'); };");
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = env_->context();
  v8::Local<v8::Function> fn = context->Global()
                                   ->Get(context, OneByteString(isolate_, "thrower"))
                                   .ToLocalChecked()
                                   .As<v8::Function>();
  EXPECT_TRUE(MakeCallback(env_.get(), v8::Undefined(isolate_), fn, 0, nullptr).IsEmpty());
  EXPECT_EQ(Run("caught"), "boom");
  EXPECT_FALSE(env_->is_stopping());
}

}  // namespace tide::test
