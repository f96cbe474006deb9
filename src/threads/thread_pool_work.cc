// See thread_pool_work.h.
#include "threads/thread_pool_work.h"

#include "loop/callback_scope.h"

namespace tide {

ThreadPoolWork::ThreadPoolWork(Environment* env) : env_(env) {
  work_req_.data = this;
  if (env->async_context_enabled()) {
    v8::Local<v8::Value> frame = env->context()->GetContinuationPreservedEmbedderData();
    if (!frame->IsUndefined()) async_frame_.Reset(env->isolate(), frame);
  }
}

v8::MaybeLocal<v8::Value> ThreadPoolWork::CallBack(v8::Local<v8::Function> fn, int argc,
                                                   v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = env_->isolate();
  return MakeCallback(env_, v8::Undefined(isolate), fn, argc, argv,
                      async_frame_.IsEmpty() ? v8::Local<v8::Value>() : async_frame_.Get(isolate));
}

void ThreadPoolWork::ScheduleWork() {
  env_->IncreasePendingWork();
  int err = uv_queue_work(
      env_->loop(), &work_req_,
      [](uv_work_t* req) { static_cast<ThreadPoolWork*>(req->data)->DoWork(); },
      [](uv_work_t* req, int status) {
        auto* self = static_cast<ThreadPoolWork*>(req->data);
        Environment* env = self->env_;
        env->DecreasePendingWork();
        v8::HandleScope scope(env->isolate());
        v8::Context::Scope context_scope(env->context());
        self->AfterWork(status);
      });
  // uv_queue_work fails only for a null work callback, which cannot happen here.
  if (err != 0) abort();
}

}  // namespace tide
