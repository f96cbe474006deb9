// internalBinding('errors'): the JS side of uncaught-exception handling registers itself here, and
// lib/ can report an error as uncaught (queueMicrotask callbacks, unhandled rejections).
#include "engine/errors.h"

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::errors {

namespace {

void SetFatalExceptionHandler(Environment* env, v8::Local<v8::Function> fn) {
  env->set_js_callback(JsCallback::kFatalException, fn);
}

// triggerUncaughtException(error, fromPromise)
void TriggerUncaught(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Local<v8::Value> error = args[0];
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(args.GetIsolate(), error);
  TriggerUncaughtException(env, error, message, args[1]->IsTrue());
}

// The "file:line / source / caret" text V8 has for an error, for printing in JS.
void GetErrorSource(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> stored;
  if (args[0]->IsObject() &&
      args[0].As<v8::Object>()->GetPrivate(context, ArrowMessageKey(isolate)).ToLocal(&stored) &&
      stored->IsString()) {
    return args.GetReturnValue().Set(stored);
  }
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, args[0]);
  args.GetReturnValue().Set(Utf8String(isolate, FormatErrorSource(isolate, context, message)));
}

}  // namespace

const MethodEntry kMethods[] = {
    {"setFatalExceptionHandler", Bind<SetFatalExceptionHandler>},
    {"triggerUncaughtException", TriggerUncaught},
    {"getErrorSource", GetErrorSource},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}


void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::errors
