// internalBinding('task_queue'): process.nextTick's native half (the shared tickInfo flags and the tick
// callback), the microtask queue, and promise-rejection tracking.
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

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "setTickCallback", Bind<SetTickCallback>);
  SetMethod(context, target, "setPromiseRejectCallback", Bind<SetPromiseRejectCallback>);
  SetMethod(context, target, "runMicrotasks", Bind<RunMicrotasks>);
  SetMethod(context, target, "enqueueMicrotask", Bind<EnqueueMicrotask>);
  TickInfo* tick = env->tick_info();
  auto store = v8::ArrayBuffer::NewBackingStore(tick->fields, sizeof(tick->fields),
                                                v8::BackingStore::EmptyDeleter, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  SetValue(context, target, "tickInfo", v8::Uint8Array::New(buffer, 0, TickInfo::kFieldCount));
  v8::Local<v8::Object> events = v8::Object::New(isolate);
  SetConstant(context, events, "kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  SetConstant(context, events, "kPromiseHandlerAddedAfterReject", v8::kPromiseHandlerAddedAfterReject);
  SetConstant(context, events, "kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
  SetConstant(context, events, "kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  SetValue(context, target, "promiseRejectEvents", events);
}

}  // namespace tide::bindings::task_queue
