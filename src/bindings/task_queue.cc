// internalBinding('task_queue'): process.nextTick's native half (the shared tickInfo flags and the
// tick callback), the microtask queue, and promise-rejection tracking.
#include <algorithm>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::task_queue {

namespace {

void SetTickCallback(Environment* env, v8::Local<v8::Function> fn) {
  env->set_js_callback(JsCallback::kTickCallback, fn);
}
void SetPromiseRejectCallback(Environment* env, v8::Local<v8::Function> fn) {
  env->set_js_callback(JsCallback::kPromiseReject, fn);
}
void RunMicrotasks(Environment* env) { env->isolate()->PerformMicrotaskCheckpoint(); }
void EnqueueMicrotask(Environment* env, v8::Local<v8::Function> fn) {
  env->isolate()->EnqueueMicrotask(fn);
}

// The async context frame (lib/internal/async_context_frame.js) lives in V8's continuation-
// preserved embedder data: V8 stores it with every promise reaction and restores it when the
// reaction runs, so `await` keeps the AsyncLocalStorage stores without any hook.
void GetAsyncContextFrame(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(
      args.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}
void SetAsyncContextFrame(const v8::FunctionCallbackInfo<v8::Value>& args) {
  // A frame other than undefined exists only once async context is enabled: callback scopes skip
  // saving and restoring the frame until then (loop/callback_scope.cc).
  if (!args[0]->IsUndefined()) Environment::From(args)->enable_async_context();
  args.GetIsolate()->GetCurrentContext()->SetContinuationPreservedEmbedderData(args[0]);
}

// The first AsyncLocalStorage exists: from now on native handles and requests keep their frame.
void EnableAsyncContext(Environment* env) { env->enable_async_context(); }

}  // namespace

const MethodEntry kMethods[] = {
    {"enableAsyncContext", Bind<EnableAsyncContext>},
    {"getAsyncContextFrame", GetAsyncContextFrame},
    {"setAsyncContextFrame", SetAsyncContextFrame},
    {"setTickCallback", Bind<SetTickCallback>},
    {"setPromiseRejectCallback", Bind<SetPromiseRejectCallback>},
    {"runMicrotasks", Bind<RunMicrotasks>},
    {"enqueueMicrotask", Bind<EnqueueMicrotask>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
  TickInfo* tick = env->tick_info();
  // The fields live in a V8-owned ArrayBuffer (so the startup snapshot carries them); the
  // Environment reads and writes them through a pointer into it.
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(tick->storage));
  auto* data = static_cast<uint8_t*>(buffer->Data());
  std::copy(tick->fields, tick->fields + TickInfo::kFieldCount, data);
  tick->fields = data;
  SetValue(context, target, "tickInfo", v8::Uint8Array::New(buffer, 0, TickInfo::kFieldCount));
  v8::Local<v8::Object> events = v8::Object::New(isolate);
  SetConstant(context, events, "kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  SetConstant(context, events, "kPromiseHandlerAddedAfterReject",
              v8::kPromiseHandlerAddedAfterReject);
  SetConstant(context, events, "kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
  SetConstant(context, events, "kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  SetValue(context, target, "promiseRejectEvents", events);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::task_queue
