// A HandleWrap over a long uv_timer_t, for tests of the handle life cycle: it keeps the loop alive
// until closed, and counts its close and its destruction.
#pragma once

#include <uv.h>
#include <v8.h>

#include "env/base_object.h"
#include "util/args.h"

namespace tide::test {

struct HandleEvents {
  int closed = 0;     // OnClose calls
  int destroyed = 0;  // destructor calls
};

class TestTimerWrap final : public HandleWrap {
 public:
  // A JS object with close/ref/unref/hasRef, backed by a new TestTimerWrap (owned by its close
  // path).
  static v8::Local<v8::Object> Create(Environment* env, HandleEvents* events) {
    v8::Isolate* isolate = env->isolate();
    v8::EscapableHandleScope scope(isolate);
    v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, nullptr, "TestTimer");
    HandleWrap::AddMethods(isolate, tmpl);
    v8::Local<v8::Object> object =
        tmpl->InstanceTemplate()->NewInstance(env->context()).ToLocalChecked();
    new TestTimerWrap(env, object, events);
    return scope.Escape(object);
  }

 private:
  TestTimerWrap(Environment* env, v8::Local<v8::Object> object, HandleEvents* events)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&timer_)), events_(events) {
    uv_timer_init(env->loop(), &timer_);
    uv_timer_start(
        &timer_, [](uv_timer_t*) {}, 60 * 1000, 0);
  }
  ~TestTimerWrap() override { events_->destroyed++; }
  void OnClose() override { events_->closed++; }

  uv_timer_t timer_;
  HandleEvents* events_;
};

}  // namespace tide::test
