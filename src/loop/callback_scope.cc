// See callback_scope.h.
#include "loop/callback_scope.h"

#include "engine/errors.h"
#include "env/base_object.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide {

CallbackScope::CallbackScope(Environment* env) : env_(env) {
  env->PushCallbackScope();
  if (Diagnostics* diag = env->diagnostics(); diag != nullptr && env->callback_scope_depth() == 1) {
    diag->OnScopeEnter();
  }
  // AsyncLocalStorage keeps its frame in V8's continuation-preserved embedder data, which promise
  // reactions carry; a callback from the loop must not see the frame the last JavaScript left.
  // Until the first AsyncLocalStorage the frame is always undefined (nothing sets another one:
  // see SetAsyncContextFrame), so there is nothing to save or clear — two API calls and their
  // handles less per callback.
  if (!env->async_context_enabled()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> frame = context->GetContinuationPreservedEmbedderData();
  if (!frame->IsUndefined()) {
    saved_frame_.Reset(isolate, frame);
    context->SetContinuationPreservedEmbedderData(v8::Undefined(isolate));
  }
}

AsyncIdScope::AsyncIdScope(Environment* env, v8::Local<v8::Value> resource, AsyncIds ids,
                           bool skip_hooks)
    : env_(env), ids_(ids), skip_hooks_(skip_hooks) {
  if (ids.async_id < 0) return;
  AsyncHooksInfo* hooks = env->async_hooks();
  saved_execution_id_ = hooks->ids[AsyncHooksInfo::kExecutionAsyncId];
  saved_trigger_id_ = hooks->ids[AsyncHooksInfo::kTriggerAsyncId];
  saved_stack_length_ = hooks->hooks[AsyncHooksInfo::kStackLength];
  hooks->ids[AsyncHooksInfo::kExecutionAsyncId] = ids.async_id;
  hooks->ids[AsyncHooksInfo::kTriggerAsyncId] = ids.trigger_async_id;
  hooks->hooks[AsyncHooksInfo::kStackLength] = saved_stack_length_ + 1;
  env->native_async_resources().emplace_back(saved_stack_length_, resource);
  if (!skip_hooks && hooks->Has(AsyncHooksInfo::kBefore) && !env->is_stopping()) {
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Function> before = env->js_callback(JsCallback::kAsyncBefore);
    v8::Local<v8::Value> arg = v8::Number::New(isolate, ids.async_id);
    if (!before.IsEmpty()) (void)before->Call(env->context(), v8::Undefined(isolate), 1, &arg);
  }
}

AsyncIdScope::~AsyncIdScope() {
  if (ids_.async_id < 0) return;
  AsyncHooksInfo* hooks = env_->async_hooks();
  if (!failed_ && !skip_hooks_ && hooks->Has(AsyncHooksInfo::kAfter) && !env_->is_stopping()) {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Function> after = env_->js_callback(JsCallback::kAsyncAfter);
    v8::Local<v8::Value> arg = v8::Number::New(isolate, ids_.async_id);
    if (!after.IsEmpty()) (void)after->Call(env_->context(), v8::Undefined(isolate), 1, &arg);
  }
  hooks->ids[AsyncHooksInfo::kExecutionAsyncId] = saved_execution_id_;
  hooks->ids[AsyncHooksInfo::kTriggerAsyncId] = saved_trigger_id_;
  hooks->hooks[AsyncHooksInfo::kStackLength] = saved_stack_length_;
  auto& resources = env_->native_async_resources();
  while (!resources.empty() && resources.back().first >= saved_stack_length_) resources.pop_back();
}

CallbackScope::CallbackScope(Environment* env, v8::Local<v8::Value> resource, AsyncIds ids,
                             bool skip_hooks)
    : CallbackScope(env) {
  if (ids.async_id >= 0) async_scope_.emplace(env, resource, ids, skip_hooks);
}

CallbackScope::~CallbackScope() {
  bool outermost = env_->callback_scope_depth() == 1;
  // Node's order: the after hooks and leaving the resource, then the ticks and microtasks.
  async_scope_.reset();
  if (outermost && !failed_) {
    TickInfo* tick = env_->tick_info();
    if (!drained_ || tick->has_tick_scheduled() || tick->has_rejection_to_warn()) {
      DrainTicksAndMicrotasks(env_, tick_threw_);
    }
  }
  if (Diagnostics* diag = env_->diagnostics(); diag != nullptr && outermost) diag->OnScopeExit();
  env_->PopCallbackScope();
  // Not enabled: the frame is undefined, as it was on entry (see the constructor). Enabled since:
  // the callback may have entered a store, and the frame from before comes back (or undefined).
  if (!env_->async_context_enabled()) return;
  v8::Isolate* isolate = env_->isolate();
  v8::HandleScope handle_scope(isolate);
  env_->context()->SetContinuationPreservedEmbedderData(
      saved_frame_.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>() : saved_frame_.Get(isolate));
}

bool CallbackScope::CallbackMayDrain() const {
  if (env_->callback_scope_depth() != 1 || env_->diagnostics() != nullptr || env_->is_stopping()) {
    return false;
  }
  const uint32_t* hooks = env_->async_hooks()->hooks;
  if (hooks[AsyncHooksInfo::kTotals] != 0 ||
      hooks[AsyncHooksInfo::kUsesExecutionAsyncResource] != 0) {
    return false;
  }
  return !async_scope_ || async_scope_->EnteredFromTopLevel();
}

namespace {
void DrainTicksAndMicrotasksImpl(Environment* env, v8::Isolate* isolate, TickInfo* tick,
                                 bool after_throw);
}  // namespace

void DrainTicksAndMicrotasks(Environment* env, bool after_throw) {
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  TickInfo* tick = env->tick_info();
  if (Diagnostics* diag = env->diagnostics()) {
    diag->OnDrainBegin();
    DrainTicksAndMicrotasksImpl(env, isolate, tick, after_throw);
    diag->OnDrainEnd();
    return;
  }
  DrainTicksAndMicrotasksImpl(env, isolate, tick, after_throw);
}

namespace {
void DrainTicksAndMicrotasksImpl(Environment* env, v8::Isolate* isolate, TickInfo* tick,
                                 bool after_throw) {
  // Fast path: no tick queued, so microtasks alone (which may queue ticks).
  if (!tick->has_tick_scheduled() && !tick->has_rejection_to_warn()) {
    isolate->PerformMicrotaskCheckpoint();
    if (env->is_stopping()) return;
  }
  if (!tick->has_tick_scheduled() && !tick->has_rejection_to_warn()) return;

  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> tick_callback = env->js_callback(JsCallback::kTickCallback);
  if (tick_callback.IsEmpty()) return;
  v8::Local<v8::Context> context = env->context();
  // A tick that throws is an uncaught exception; when a handler lets the process go on, the rest
  // of the queue gets one more go at once (see the header).
  v8::TryCatch try_catch(isolate);
  while (tick_callback->Call(context, env->process_object(), 0, nullptr).IsEmpty()) {
    if (try_catch.HasTerminated() || env->is_stopping()) return;
    TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    try_catch.Reset();
    if (after_throw || env->is_stopping()) return;
    after_throw = true;
    if (!tick->has_tick_scheduled() && !tick->has_rejection_to_warn()) return;
  }
}

}  // namespace

void CaptureAsyncContext(Environment* env, v8::Local<v8::Object> resource, bool replace) {
  if (!env->async_context_enabled()) return;
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> frame = context->GetContinuationPreservedEmbedderData();
  if (frame->IsUndefined() && !replace) return;
  resource->SetPrivate(context, env->async_context_key(), frame).Check();
}

v8::Local<v8::Value> AsyncContextOf(Environment* env, v8::Local<v8::Object> resource) {
  if (!env->async_context_enabled()) return {};
  v8::Local<v8::Value> frame;
  if (!resource->GetPrivate(env->context(), env->async_context_key()).ToLocal(&frame) ||
      frame->IsUndefined()) {
    return {};
  }
  return frame;
}

namespace {
// Node's provider name for a request class: its name in capitals, but for two.
std::string RequestProviderName(v8::Isolate* isolate, v8::Local<v8::Object> object) {
  std::string name = ToStdString(isolate, object->GetConstructorName());
  if (name == "QueryReqWrap") return "QUERYWRAP";
  if (name == "SendWrap") return "UDPSENDWRAP";
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return name;
}
}  // namespace

void NewRequestObject(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new");
  Environment* env = Environment::From(args);
  v8::Local<v8::Object> self = args.This();
  CaptureAsyncContext(env, self);
  if (self->InternalFieldCount() != kRequestFieldCount) return;
  self->SetAlignedPointerInInternalField(0, nullptr);
  AsyncIds ids;
  if (env->async_hooks()->Has(AsyncHooksInfo::kInit)) {
    ids = env->NewAsyncResource(self, RequestProviderName(isolate, self).c_str());
  } else {
    AsyncHooksInfo* hooks = env->async_hooks();
    ids = {hooks->NewAsyncId(), hooks->DefaultTriggerAsyncId()};
  }
  self->SetInternalField(1, v8::Number::New(isolate, ids.async_id));
  self->SetInternalField(2, v8::Number::New(isolate, ids.trigger_async_id));
}

v8::Local<v8::FunctionTemplate> NewRequestTemplate(v8::Isolate* isolate) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequestObject);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kRequestFieldCount);
  return tmpl;
}

AsyncIds AsyncIdsOf(v8::Local<v8::Value> recv) {
  if (!recv->IsObject()) return {};
  v8::Local<v8::Object> object = recv.As<v8::Object>();
  int fields = object->InternalFieldCount();
  if (fields == kRequestFieldCount) {
    v8::Local<v8::Value> id = object->GetInternalField(1);
    v8::Local<v8::Value> trigger = object->GetInternalField(2);
    if (id->IsNumber() && trigger->IsNumber()) {
      return {id.As<v8::Number>()->Value(), trigger.As<v8::Number>()->Value()};
    }
    return {};
  }
  if (fields < 1) return {};
  auto* base = static_cast<BaseObject*>(object->GetAlignedPointerFromInternalField(0));
  return base != nullptr ? base->async_ids() : AsyncIds{};
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value>* argv, v8::Local<v8::Value> async_frame,
                                       const AsyncIds* given_ids) {
  if (env->is_stopping()) return {};
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  AsyncIds ids = given_ids != nullptr ? *given_ids : AsyncIdsOf(recv);
  // A request's callback is its last: its destroy hooks follow (after the callback scope).
  struct DestroyAfter {
    Environment* env;
    double id;
    ~DestroyAfter() {
      if (id > 0 && env->async_hooks()->Has(AsyncHooksInfo::kDestroy)) env->QueueDestroyAsyncId(id);
    }
  } destroy_after{env, given_ids == nullptr && recv->IsObject() &&
                               recv.As<v8::Object>()->InternalFieldCount() == kRequestFieldCount
                           ? ids.async_id
                           : -1};
  CallbackScope callback_scope(env, recv, ids);
  if (!async_frame.IsEmpty()) {
    context->SetContinuationPreservedEmbedderData(async_frame);
  } else if (env->async_context_enabled() && recv->IsObject()) {
    v8::Local<v8::Value> frame = AsyncContextOf(env, recv.As<v8::Object>());
    if (!frame.IsEmpty()) context->SetContinuationPreservedEmbedderData(frame);
  }
  v8::Local<v8::Value> result;
  {
    v8::TryCatch try_catch(isolate);
    Diagnostics* diag = env->diagnostics();
    if (diag != nullptr) diag->OnCallbackBegin(recv, fn);
    bool ok = fn->Call(context, recv, argc, argv).ToLocal(&result);
    // The callback may have switched diagnostics on: only a begun callback ends.
    if (diag != nullptr) diag->OnCallbackEnd();
    if (!ok) {
      callback_scope.MarkFailed();
      if (!try_catch.HasTerminated() && !env->is_stopping()) {
        TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
      }
      return {};
    }
  }
  return handle_scope.Escape(result);
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Object> recv,
                                       const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> fn;
  if (!recv->Get(env->context(), OneByteString(env->isolate(), name)).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return {};
  }
  return MakeCallback(env, recv, fn.As<v8::Function>(), argc, argv);
}

}  // namespace tide
