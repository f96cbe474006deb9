// See thread_pool_work.h.
#include "threads/thread_pool_work.h"

#include "loop/callback_scope.h"

namespace tide {

ThreadPoolWork::ThreadPoolWork(Environment* env)
    : env_(env),
      async_ids_{env->async_hooks()->NewAsyncId(), env->async_hooks()->DefaultTriggerAsyncId()} {
  work_req_.data = this;
  if (env->async_context_enabled()) {
    v8::Local<v8::Value> frame = env->context()->GetContinuationPreservedEmbedderData();
    if (!frame->IsUndefined()) async_frame_.Reset(env->isolate(), frame);
  }
}

const char* ThreadPoolWork::async_type() const {
  switch (pool_kind()) {
    case PoolKind::kFs:
      return "FSREQCALLBACK";
    case PoolKind::kCrypto:
      return "CRYPTOJOB";
    default:
      return nullptr;
  }
}

v8::MaybeLocal<v8::Value> ThreadPoolWork::CallBack(v8::Local<v8::Function> fn, int argc,
                                                   v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Value> recv = v8::Undefined(isolate);
  if (!resource_.IsEmpty()) recv = resource_.Get(isolate);
  v8::MaybeLocal<v8::Value> result = MakeCallback(
      env_, recv, fn, argc, argv,
      async_frame_.IsEmpty() ? v8::Local<v8::Value>() : async_frame_.Get(isolate), &async_ids_);
  if (env_->async_hooks()->Has(AsyncHooksInfo::kDestroy)) {
    env_->QueueDestroyAsyncId(async_ids_.async_id);
  }
  return result;
}

void ThreadPoolWork::ScheduleWork() {
  if (env_->async_hooks()->Has(AsyncHooksInfo::kInit)) {
    if (const char* type = async_type()) {
      v8::HandleScope scope(env_->isolate());
      v8::Local<v8::Object> resource = v8::Object::New(env_->isolate());
      resource_.Reset(env_->isolate(), resource);
      env_->EmitAsyncInit(resource, type, async_ids_);
    }
  }
  env_->IncreasePendingWork();
  if (pool_stats::enabled()) {
    timing_ = std::make_unique<PoolJobTiming>();
    timing_->kind = pool_kind();
    timing_->saturated =
        pool_stats::TotalInFlight() >= static_cast<uint64_t>(pool_stats::PoolSize());
    timing_->queued_ns = uv_hrtime();
    auto& stats = pool_stats::Of(timing_->kind);
    stats.queued++;
    stats.in_flight++;
  }
  int err = uv_queue_work(
      env_->loop(), &work_req_,
      [](uv_work_t* req) {
        auto* self = static_cast<ThreadPoolWork*>(req->data);
        PoolJobTiming* timing = self->timing_.get();
        if (timing == nullptr) return self->DoWork();
        auto& stats = pool_stats::Of(timing->kind);
        timing->started_ns = uv_hrtime();
        stats.queued--;
        stats.running++;
        self->DoWork();
        timing->done_ns = uv_hrtime();
        stats.running--;
      },
      [](uv_work_t* req, int status) {
        auto* self = static_cast<ThreadPoolWork*>(req->data);
        Environment* env = self->env_;
        env->DecreasePendingWork();
        if (PoolJobTiming* timing = self->timing_.get()) {
          auto& stats = pool_stats::Of(timing->kind);
          stats.in_flight--;
          uint64_t started = timing->started_ns.load();
          if (started == 0) stats.queued--;  // cancelled before it ran
          if (started != 0) {
            pool_stats::Record(timing->kind, timing->queued_ns, started, timing->done_ns.load());
          }
          Diagnostics* diag = env->diagnostics();
          if (diag != nullptr && started != 0) {
            diag->OnPoolJobDone(timing->kind, timing->queued_ns, started, timing->done_ns.load(),
                                timing->saturated);
          }
        }
        v8::HandleScope scope(env->isolate());
        v8::Context::Scope context_scope(env->context());
        self->AfterWork(status);
      });
  // uv_queue_work fails only for a null work callback, which cannot happen here.
  if (err != 0) abort();
}

}  // namespace tide
