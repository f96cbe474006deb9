// BaseObject / HandleWrap: unwrapping, weak native objects freed by GC, and the handle methods JS
// sees (ref/unref/hasRef/close) acting on the loop.
#include "env/base_object.h"

#include "env/test_handle.h"
#include "fixture.h"

namespace tide::test {
namespace {

class HandleWrapTest : public EnvironmentTest {
 protected:
  // A member, not a local: handles still open when a test ends are closed in TearDown.
  HandleEvents events;
};

TEST_F(HandleWrapTest, RefUnrefHasRefControlTheLoop) {
  v8::Local<v8::Context> context = env_->context();
  context->Global()
      ->Set(context, OneByteString(isolate_, "h"), TestTimerWrap::Create(env_.get(), &events))
      .Check();
  EXPECT_EQ(Run("h.hasRef()"), "true");
  EXPECT_TRUE(uv_loop_alive(&loop_));
  EXPECT_EQ(Run("h.unref(); h.hasRef()"), "false");
  EXPECT_FALSE(uv_loop_alive(&loop_)) << "an unref'd handle keeps the loop alive";
  EXPECT_EQ(Run("h.ref(); h.hasRef()"), "true");
  EXPECT_TRUE(uv_loop_alive(&loop_));
  EXPECT_EQ(Run("h.close(); h.hasRef()"), "false");
  uv_run(&loop_, UV_RUN_NOWAIT);
  EXPECT_EQ(events.closed, 1);
  EXPECT_EQ(events.destroyed, 1);
  // The JS object outlives its native side: methods on it are harmless no-ops.
  EXPECT_EQ(Run("h.ref(); h.unref(); h.close(); h.hasRef()"), "false");
  EXPECT_FALSE(uv_loop_alive(&loop_));
}

TEST_F(HandleWrapTest, MethodsOnForeignReceiverThrowInsteadOfCrashing) {
  v8::Local<v8::Context> context = env_->context();
  context->Global()
      ->Set(context, OneByteString(isolate_, "h"), TestTimerWrap::Create(env_.get(), &events))
      .Check();
  EXPECT_EQ(Run("try { h.ref.call({}); 'no throw' } catch (e) { e.constructor.name }"),
            "TypeError");
}

class Counted final : public BaseObject {
 public:
  Counted(Environment* env, v8::Local<v8::Object> object, int* destroyed)
      : BaseObject(env, object), destroyed_(destroyed) {}
  ~Counted() override { (*destroyed_)++; }

 private:
  int* destroyed_;
};

TEST_F(HandleWrapTest, UnwrapFindsTheNativeObject) {
  int destroyed = 0;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate_);
  tmpl->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::Object> object = tmpl->NewInstance(env_->context()).ToLocalChecked();
  auto* native = new Counted(env_.get(), object, &destroyed);
  EXPECT_EQ(BaseObject::Unwrap<Counted>(object), native);
  EXPECT_EQ(native->object(), object);
  EXPECT_EQ(BaseObject::Unwrap<Counted>(v8::Object::New(isolate_)), nullptr);
  EXPECT_EQ(BaseObject::Unwrap<Counted>(v8::Number::New(isolate_, 1)), nullptr);
  delete native;
  EXPECT_EQ(destroyed, 1);
  EXPECT_EQ(BaseObject::Unwrap<Counted>(object), nullptr) << "a deleted native object is unlinked";
}

TEST_F(HandleWrapTest, WeakObjectIsDeletedWhenItsJsObjectIsCollected) {
  int destroyed = 0;
  {
    v8::HandleScope scope(isolate_);
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate_);
    tmpl->SetInternalFieldCount(BaseObject::kInternalFieldCount);
    auto* native =
        new Counted(env_.get(), tmpl->NewInstance(env_->context()).ToLocalChecked(), &destroyed);
    native->MakeWeak();
  }
  isolate_->LowMemoryNotification();  // full GCs
  EXPECT_EQ(destroyed, 1);
}

}  // namespace
}  // namespace tide::test
