// Calling into JavaScript from the loop. Every libuv callback that runs JS goes through
// MakeCallback (or opens a CallbackScope): when the outermost scope closes, all process.nextTick
// callbacks run, then all promise microtasks, repeating until both queues are empty — Node's order.
#pragma once

#include <v8.h>

#include <optional>

#include "env/environment.h"

namespace tide {

// Enters an async resource (async_hooks) without anything else CallbackScope does: its ids become
// the execution ids, the before hooks run, and on leaving the after hooks run (unless `failed`) and
// the interrupted ids come back. For JS that calls into native code that calls back into JS for a
// resource (the HTTP parser's execute()). Ids of -1: nothing happens.
class AsyncIdScope {
 public:
  AsyncIdScope(Environment* env, v8::Local<v8::Value> resource, AsyncIds ids,
               bool skip_hooks = false);
  ~AsyncIdScope();
  void MarkFailed() { failed_ = true; }
  // Entered from the top level: no level below it, ids 0 (what JS restores when it leaves the
  // resource itself, see CallbackScope::CallbackMayDrain).
  bool EnteredFromTopLevel() const {
    return saved_stack_length_ == 0 && saved_execution_id_ == 0 && saved_trigger_id_ == 0;
  }
  AsyncIdScope(const AsyncIdScope&) = delete;
  AsyncIdScope& operator=(const AsyncIdScope&) = delete;

 private:
  Environment* env_;
  AsyncIds ids_;
  bool skip_hooks_;
  bool failed_ = false;
  double saved_execution_id_ = 0;
  double saved_trigger_id_ = 0;
  uint32_t saved_stack_length_ = 0;
};

class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  // Also enters the async resource `resource` (async_hooks): executionAsyncId() is ids.async_id
  // inside, and the before/after hooks run around it. Ids of -1: no resource, the current ids
  // stay.
  // `skip_hooks`: the ids only (the main script's level, id 1, as Node).
  CallbackScope(Environment* env, v8::Local<v8::Value> resource, AsyncIds ids,
                bool skip_hooks = false);
  ~CallbackScope();
  // The callback threw: skip the drain (the uncaught-exception path schedules one, as Node does).
  void MarkFailed() {
    failed_ = true;
    if (async_scope_) async_scope_->MarkFailed();
  }
  // Whether the callback about to run may end by leaving its resource and draining the ticks and
  // microtasks itself, from JS (processTicksAndRejections(true),
  // lib/internal/process/task_queues.js): one call into JS instead of two. Only when the close
  // would do nothing else the callback could tell apart: this is the outermost scope, entered from
  // the top level (ids 0), with no async hook, no executionAsyncResource() user and no
  // diagnostics to see the difference.
  bool CallbackMayDrain() const;
  // The callback ran the drain itself (see above), and no JS runs before the scope closes: the
  // after hooks' moment has passed (a hook enabled by a tick must not hear of this resource), and
  // the close skips its microtask checkpoint unless a tick is queued. `threw`: a tick threw and
  // was reported; the close's drain is then the one more go the rest of the queue gets at once
  // (see DrainTicksAndMicrotasks).
  void MarkDrained(bool threw) {
    drained_ = true;
    if (threw) tick_threw_ = true;
    if (async_scope_) async_scope_->MarkFailed();
  }
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Environment* env_;
  bool failed_ = false;
  bool drained_ = false;
  bool tick_threw_ = false;
  std::optional<AsyncIdScope> async_scope_;  // the resource entered, if any
  // The async context frame (AsyncLocalStorage) of the code that was running, if any: a callback
  // from the loop starts with none, and the caller's comes back when the scope ends.
  v8::Global<v8::Value> saved_frame_;
};

// AsyncLocalStorage across the loop, as Node's async context frames: a native handle or request
// object keeps the frame that was current when it was created, and MakeCallback on that object
// runs the callback in it (a socket's 'data' in the frame it was created in, a write's or a DNS
// lookup's callback in the frame it was issued in). Nothing is stored until the first
// AsyncLocalStorage exists.
// `replace`: also when there is no current frame, forgetting one kept before (a reused object).
void CaptureAsyncContext(Environment* env, v8::Local<v8::Object> resource, bool replace = false);

// The frame `resource` kept (empty when none): for a callback into JS that is not a MakeCallback
// on that object (the HTTP parser parsing a socket's reads runs in the socket handle's frame).
v8::Local<v8::Value> AsyncContextOf(Environment* env, v8::Local<v8::Object> resource);

// The constructor of plain request objects that lib/ fills (WriteWrap, TCPConnectWrap,
// GetAddrInfoReqWrap, …): only `new` is allowed, and the object keeps the async context. Their
// template needs kRequestFieldCount internal fields (SetRequestTemplate): the object's async ids
// live there, and its provider name is its class name in capitals ('WRITEWRAP', …).
void NewRequestObject(const v8::FunctionCallbackInfo<v8::Value>& args);
constexpr int kRequestFieldCount = 3;  // [0] no BaseObject (null), [1] async id, [2] trigger id
v8::Local<v8::FunctionTemplate> NewRequestTemplate(v8::Isolate* isolate);

// The async ids MakeCallback enters for `recv`: a BaseObject's or a request object's (none for
// anything else).
AsyncIds AsyncIdsOf(v8::Local<v8::Value> recv);

// While it lives, resources made get `trigger_async_id` as their trigger (a server's id for the
// connections it accepts), as Node's DefaultTriggerAsyncIdScope.
class DefaultTriggerAsyncIdScope {
 public:
  DefaultTriggerAsyncIdScope(Environment* env, double trigger_async_id)
      : fields_(env->async_hooks()->ids), saved_(fields_[AsyncHooksInfo::kDefaultTriggerAsyncId]) {
    fields_[AsyncHooksInfo::kDefaultTriggerAsyncId] = trigger_async_id;
  }
  ~DefaultTriggerAsyncIdScope() { fields_[AsyncHooksInfo::kDefaultTriggerAsyncId] = saved_; }
  DefaultTriggerAsyncIdScope(const DefaultTriggerAsyncIdScope&) = delete;
  DefaultTriggerAsyncIdScope& operator=(const DefaultTriggerAsyncIdScope&) = delete;

 private:
  double* fields_;
  double saved_;
};

// Runs the nextTick queue and the microtask queue until both are empty. A tick that throws is
// reported as an uncaught exception; when a handler lets the process go on, the rest of the queue
// gets one more go at once (Node's order: those ticks run before the loop moves on), and if a
// tick throws again there, what is left waits for the next drain. `after_throw`: this drain is
// that one more go already.
void DrainTicksAndMicrotasks(Environment* env, bool after_throw = false);

// Calls `fn` with `recv` as this inside a CallbackScope. An exception becomes an uncaught exception
// ('uncaughtException' or the fatal report); the result is then empty.
// `async_frame`, when given, is the AsyncLocalStorage frame to run in (else recv's, if it kept
// one). `ids`, when given, are the async ids to run with (else recv's, AsyncIdsOf); a request
// object's callback is its last, so its destroy hooks follow.
v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value>* argv,
                                       v8::Local<v8::Value> async_frame = {},
                                       const AsyncIds* ids = nullptr);

// MakeCallback of `recv[name]` (the `oncomplete`/`onread`/`onexit` convention of native handles and
// requests). Nothing happens, and the result is empty, when that property is not a function.
v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Object> recv,
                                       const char* name, int argc, v8::Local<v8::Value>* argv);

}  // namespace tide
