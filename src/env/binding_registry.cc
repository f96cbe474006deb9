// See binding_registry.h.
#include "env/binding_registry.h"

#include "env/base_object.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide {

namespace {
using InitializeFn = void (*)(Environment*, v8::Local<v8::Object>);
struct BindingEntry {
  std::string_view name;
  InitializeFn initialize;
};
constexpr BindingEntry kBindings[] = {
#define V(name) {#name, bindings::name::Initialize},
    TIDE_BINDINGS(V)
#undef V
};
}  // namespace

v8::MaybeLocal<v8::Object> GetInternalBinding(Environment* env, std::string_view name) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> cache = env->binding_cache();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  v8::Local<v8::Value> cached;
  if (cache->Get(context, key).ToLocal(&cached) && cached->IsObject()) {
    return cached.As<v8::Object>();
  }
  for (const auto& entry : kBindings) {
    if (entry.name != name) continue;
    v8::Local<v8::Object> target = v8::Object::New(isolate);
    entry.initialize(env, target);
    cache->Set(context, key, target).Check();
    return target;
  }
  std::string message = "No such binding: " + std::string(name);
  isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, message)));
  return {};
}

const intptr_t* ExternalReferences() {
  static const intptr_t* refs = [] {
    static ExternalReferenceRegistry registry;  // V8 keeps the pointer for the process's life
    registry.Add(InternalBindingCallback);
    HandleWrap::RegisterExternalReferences(&registry);
#define V(name) bindings::name::RegisterExternalReferences(&registry);
    TIDE_BINDINGS(V)
#undef V
    return registry.Finish();
  }();
  return refs;
}

void InternalBindingCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsString())
    return ThrowTypeError(args.GetIsolate(), "binding name must be a string");
  Environment* env = Environment::From(args);
  std::string name = ToStdString(args.GetIsolate(), args[0]);
  v8::Local<v8::Object> binding;
  if (GetInternalBinding(env, name).ToLocal(&binding)) args.GetReturnValue().Set(binding);
}

}  // namespace tide
