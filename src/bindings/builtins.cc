// internalBinding('builtins'): the embedded lib/ sources, for lib/internal/bootstrap/realm.js's
// loader.
#include "engine/builtins.h"

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::builtins {

namespace {

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsString()) return ThrowTypeError(args.GetIsolate(), "id must be a string");
  std::string id = ToStdString(args.GetIsolate(), args[0]);
  v8::Local<v8::Function> fn;
  if (tide::builtins::Compile(args.GetIsolate()->GetCurrentContext(), id).ToLocal(&fn)) {
    args.GetReturnValue().Set(fn);
  }
}

}  // namespace

const MethodEntry kMethods[] = {
    {"compileFunction", CompileFunction},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
  v8::Local<v8::Array> ids =
      v8::Array::New(isolate, static_cast<int>(tide::builtins::kBuiltinSourceCount));
  for (size_t i = 0; i < tide::builtins::kBuiltinSourceCount; i++) {
    ids->Set(context, static_cast<uint32_t>(i),
             OneByteString(isolate, tide::builtins::kBuiltinSources[i].id))
        .Check();
  }
  SetValue(context, target, "builtinIds", ids);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::builtins
