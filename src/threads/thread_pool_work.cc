// See thread_pool_work.h.
#include "threads/thread_pool_work.h"

namespace tide {

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
