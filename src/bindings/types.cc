// internalBinding('types'): V8's own type checks, for util.types and util.inspect.
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::types {

namespace {
// clang-format off
#define TIDE_TYPE_CHECKS(V)                           \
  V(isExternal, IsExternal)                           \
  V(isDate, IsDate)                                   \
  V(isArgumentsObject, IsArgumentsObject)             \
  V(isBigIntObject, IsBigIntObject)                   \
  V(isBooleanObject, IsBooleanObject)                 \
  V(isNumberObject, IsNumberObject)                   \
  V(isStringObject, IsStringObject)                   \
  V(isSymbolObject, IsSymbolObject)                   \
  V(isNativeError, IsNativeError)                     \
  V(isRegExp, IsRegExp)                               \
  V(isAsyncFunction, IsAsyncFunction)                 \
  V(isGeneratorFunction, IsGeneratorFunction)         \
  V(isGeneratorObject, IsGeneratorObject)             \
  V(isPromise, IsPromise)                             \
  V(isMap, IsMap)                                     \
  V(isSet, IsSet)                                     \
  V(isMapIterator, IsMapIterator)                     \
  V(isSetIterator, IsSetIterator)                     \
  V(isWeakMap, IsWeakMap)                             \
  V(isWeakSet, IsWeakSet)                             \
  V(isArrayBuffer, IsArrayBuffer)                     \
  V(isDataView, IsDataView)                           \
  V(isSharedArrayBuffer, IsSharedArrayBuffer)         \
  V(isProxy, IsProxy)                                 \
  V(isModuleNamespaceObject, IsModuleNamespaceObject)
// clang-format on

#define V(js, cc)                                            \
  void js(const v8::FunctionCallbackInfo<v8::Value>& args) { \
    args.GetReturnValue().Set(args[0]->cc());                \
  }
TIDE_TYPE_CHECKS(V)
#undef V

void isAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
}
void isBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> v = args[0];
  args.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                            v->IsBigIntObject() || v->IsSymbolObject());
}
const MethodEntry kMethods[] = {
#define V(js, cc) {#js, js},
    TIDE_TYPE_CHECKS(V)
#undef V
        {"isAnyArrayBuffer", isAnyArrayBuffer},
    {"isBoxedPrimitive", isBoxedPrimitive},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::types
