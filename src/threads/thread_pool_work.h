// ThreadPoolWork: the one way tide runs heavy built-in work (fs, crypto, zlib, dns) on libuv's
// thread pool. DoWork runs on a pool thread and must not touch V8; AfterWork runs on the loop
// thread with a HandleScope and the context entered, and usually ends in MakeCallback.
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>

#include "env/environment.h"
#include "loop/diagnostics.h"

namespace tide {

class ThreadPoolWork {
 public:
  explicit ThreadPoolWork(Environment* env);
  virtual ~ThreadPoolWork() = default;
  ThreadPoolWork(const ThreadPoolWork&) = delete;
  ThreadPoolWork& operator=(const ThreadPoolWork&) = delete;

  // Queues DoWork; AfterWork follows on the loop. The request keeps the loop alive until then.
  void ScheduleWork();
  // Cancels work that has not started; AfterWork then runs with UV_ECANCELED. Returns a uv error
  // code.
  int CancelWork() { return uv_cancel(reinterpret_cast<uv_req_t*>(&work_req_)); }

  Environment* env() const { return env_; }
  const AsyncIds& async_ids() const { return async_ids_; }

 protected:
  // Which thread-pool statistics this work counts in (tide:diagnostics).
  virtual PoolKind pool_kind() const { return PoolKind::kOther; }
  // Node's provider name when the work is an async resource of its own, whose callback CallBack()
  // runs (nullptr: the work belongs to another resource, e.g. a zlib stream's writes).
  virtual const char* async_type() const;
  virtual void DoWork() = 0;
  // `status` is 0, or UV_ECANCELED if the work was cancelled before it ran.
  virtual void AfterWork(int status) = 0;
  // MakeCallback of a JS callback in the AsyncLocalStorage frame the work was created in.
  v8::MaybeLocal<v8::Value> CallBack(v8::Local<v8::Function> fn, int argc,
                                     v8::Local<v8::Value>* argv);

 private:
  Environment* env_;
  v8::Global<v8::Value> async_frame_;  // empty unless AsyncLocalStorage is in use
  AsyncIds async_ids_;
  v8::Global<v8::Object> resource_;  // what the init hooks saw (only made when one is enabled)
  uv_work_t work_req_;
  std::unique_ptr<PoolJobTiming> timing_;  // only while diagnostics are on
};

}  // namespace tide
