// internalBinding('uv'): libuv's error names and messages, for building Node's system errors in JS.
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::uv {

namespace {

// getErrorMap() → Map(errno → [name, message])
void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define TIDE_UV_ERR(name, message)                                                            \
  {                                                                                           \
    v8::Local<v8::Value> pair[] = {OneByteString(isolate, #name),                             \
                                   OneByteString(isolate, message)};                          \
    map->Set(context, v8::Integer::New(isolate, UV_##name), v8::Array::New(isolate, pair, 2)) \
        .ToLocalChecked();                                                                    \
  }
  UV_ERRNO_MAP(TIDE_UV_ERR)
#undef TIDE_UV_ERR
  args.GetReturnValue().Set(map);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"getErrorMap", GetErrorMap},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
#define TIDE_UV_CONST(name, message) SetConstant(context, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(TIDE_UV_CONST)
#undef TIDE_UV_CONST
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::uv
