// Binding helpers: declaring methods on binding objects and templates, and Bind<Fn>, which turns a
// plain C++ function such as `double Uptime(Environment*)` or `int Chdir(Environment*,
// std::string)` into a V8 callback with checked argument conversion. lib/ validates what users pass
// (with Node's error codes); a conversion failure here means lib/ called its binding wrongly, and
// throws a TypeError naming it.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "env/environment.h"

namespace tide {

inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate, std::string_view s) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s.data()),
                                    v8::NewStringType::kInternalized, static_cast<int>(s.size()))
      .ToLocalChecked();
}

inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate, std::string_view s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();
}

inline std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 == nullptr ? std::string() : std::string(*utf8, utf8.length());
}

void ThrowTypeError(v8::Isolate* isolate, const char* message);

// Node-style errors raised by C++: an Error/TypeError/RangeError with a `code` property.
enum class ErrorKind { kError, kTypeError, kRangeError };
void ThrowErrorWithCode(v8::Isolate* isolate, ErrorKind kind, const char* code,
                        std::string_view message);
// ERR_MEMORY_ALLOCATION_FAILED and ERR_STRING_TOO_LONG, as Node words them.
void ThrowOutOfMemory(v8::Isolate* isolate);
void ThrowStringTooLong(v8::Isolate* isolate);

// A binding's methods, declared as a table so the same list both fills the binding object and
// registers the callbacks as V8 external references (needed by the startup snapshot).
struct MethodEntry {
  const char* name;
  v8::FunctionCallback callback;
};
template <size_t N>
void SetMethods(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                const MethodEntry (&methods)[N]);

// Methods on binding objects and on templates.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::FunctionCallback callback);
void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl,
                    std::string_view name, v8::FunctionCallback callback);
void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                 std::string_view name, double value);
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
              v8::Local<v8::Value> value);
// A constructor template whose instances have BaseObject's internal field.
v8::Local<v8::FunctionTemplate> NewConstructorTemplate(v8::Isolate* isolate,
                                                       v8::FunctionCallback constructor,
                                                       std::string_view class_name);

template <size_t N>
void SetMethods(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                const MethodEntry (&methods)[N]) {
  for (const MethodEntry& m : methods) SetMethod(context, target, m.name, m.callback);
}

namespace internal {

template <typename T>
struct ArgConverter;

#define TIDE_ARG_CONVERTER(Type, check, convert)                                             \
  template <>                                                                                \
  struct ArgConverter<Type> {                                                                \
    static bool Convert(const v8::FunctionCallbackInfo<v8::Value>& args, int i, Type* out) { \
      v8::Local<v8::Value> v = args[i];                                                      \
      if (!(check)) return false;                                                            \
      *out = convert;                                                                        \
      return true;                                                                           \
    }                                                                                        \
  };
TIDE_ARG_CONVERTER(int32_t, v->IsInt32(), v.As<v8::Int32>()->Value())
TIDE_ARG_CONVERTER(uint32_t, v->IsUint32(), v.As<v8::Uint32>()->Value())
TIDE_ARG_CONVERTER(int64_t, v->IsNumber(), static_cast<int64_t>(v.As<v8::Number>()->Value()))
TIDE_ARG_CONVERTER(double, v->IsNumber(), v.As<v8::Number>()->Value())
TIDE_ARG_CONVERTER(bool, v->IsBoolean(), v->IsTrue())
TIDE_ARG_CONVERTER(std::string, v->IsString(), ToStdString(args.GetIsolate(), v))
TIDE_ARG_CONVERTER(v8::Local<v8::Value>, true, v)
TIDE_ARG_CONVERTER(v8::Local<v8::Object>, v->IsObject(), v.As<v8::Object>())
TIDE_ARG_CONVERTER(v8::Local<v8::Function>, v->IsFunction(), v.As<v8::Function>())
TIDE_ARG_CONVERTER(v8::Local<v8::String>, v->IsString(), v.As<v8::String>())
TIDE_ARG_CONVERTER(v8::Local<v8::ArrayBufferView>, v->IsArrayBufferView(),
                   v.As<v8::ArrayBufferView>())
#undef TIDE_ARG_CONVERTER

inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, bool v) {
  args.GetReturnValue().Set(v);
}
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, int32_t v) {
  args.GetReturnValue().Set(v);
}
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, uint32_t v) {
  args.GetReturnValue().Set(v);
}
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, double v) {
  args.GetReturnValue().Set(v);
}
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, int64_t v) {
  args.GetReturnValue().Set(static_cast<double>(v));
}
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, const std::string& v) {
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), v));
}
template <typename T>
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, v8::Local<T> v) {
  if (!v.IsEmpty()) args.GetReturnValue().Set(v);
}
template <typename T>
inline void SetReturn(const v8::FunctionCallbackInfo<v8::Value>& args, v8::MaybeLocal<T> v) {
  v8::Local<T> local;
  if (v.ToLocal(&local)) args.GetReturnValue().Set(local);
}

template <typename F>
struct FunctionTraits;
template <typename R, typename... A>
struct FunctionTraits<R (*)(Environment*, A...)> {
  using Return = R;
  using Args = std::tuple<std::decay_t<A>...>;
};

template <auto Fn, typename Traits, size_t... I>
void Invoke(const v8::FunctionCallbackInfo<v8::Value>& args, std::index_sequence<I...>) {
  typename Traits::Args converted;
  bool ok = (ArgConverter<std::tuple_element_t<I, typename Traits::Args>>::Convert(
                 args, static_cast<int>(I), &std::get<I>(converted)) &&
             ...);
  if (!ok) {
    ThrowTypeError(args.GetIsolate(), "tide: internal binding called with wrong argument types");
    return;
  }
  Environment* env = Environment::From(args);
  if constexpr (std::is_void_v<typename Traits::Return>) {
    Fn(env, std::get<I>(converted)...);
  } else {
    SetReturn(args, Fn(env, std::get<I>(converted)...));
  }
}

}  // namespace internal

// Bind<Fn>: a V8 callback for `R Fn(Environment*, A...)`.
template <auto Fn>
void Bind(const v8::FunctionCallbackInfo<v8::Value>& args) {
  using Traits = internal::FunctionTraits<decltype(Fn)>;
  internal::Invoke<Fn, Traits>(
      args, std::make_index_sequence<std::tuple_size_v<typename Traits::Args>>());
}

}  // namespace tide
