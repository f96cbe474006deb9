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

}  // namespace

const MethodEntry kMethods[] = {
    {"setFatalExceptionHandler", Bind<SetFatalExceptionHandler>},
    {"triggerUncaughtException", TriggerUncaught},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::errors
