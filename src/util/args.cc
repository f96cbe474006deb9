// See args.h.
#include "util/args.h"

#include <cstdio>

#include "env/base_object.h"

namespace tide {

void ThrowTypeError(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, message)));
}

void ThrowErrorWithCode(v8::Isolate* isolate, ErrorKind kind, const char* code,
                        std::string_view message) {
  v8::Local<v8::String> text = Utf8String(isolate, message);
  v8::Local<v8::Value> error = kind == ErrorKind::kTypeError    ? v8::Exception::TypeError(text)
                               : kind == ErrorKind::kRangeError ? v8::Exception::RangeError(text)
                                                                : v8::Exception::Error(text);
  SetValue(isolate->GetCurrentContext(), error.As<v8::Object>(), "code",
           OneByteString(isolate, code));
  isolate->ThrowException(error);
}

void ThrowOutOfMemory(v8::Isolate* isolate) {
  ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_MEMORY_ALLOCATION_FAILED",
                     "Failed to allocate memory");
}

void ThrowStringTooLong(v8::Isolate* isolate) {
  char message[80];
  snprintf(message, sizeof(message), "Cannot create a string longer than 0x%x characters",
           v8::String::kMaxLength);
  ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_STRING_TOO_LONG", message);
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::FunctionCallback callback) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  v8::Local<v8::Function> fn =
      v8::Function::New(context, callback, v8::Local<v8::Value>(), 0,
                        v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect)
          .ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl,
                    std::string_view name, v8::FunctionCallback callback) {
  v8::Local<v8::String> key = OneByteString(isolate, name);
  v8::Local<v8::FunctionTemplate> fn = v8::FunctionTemplate::New(
      isolate, callback, v8::Local<v8::Value>(), v8::Signature::New(isolate, tmpl), 0,
      v8::ConstructorBehavior::kThrow);
  fn->SetClassName(key);
  tmpl->PrototypeTemplate()->Set(key, fn);
}

void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                 std::string_view name, double value) {
  v8::Isolate* isolate = context->GetIsolate();
  target->Set(context, OneByteString(isolate, name), v8::Number::New(isolate, value)).Check();
}

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
              v8::Local<v8::Value> value) {
  target->Set(context, OneByteString(context->GetIsolate(), name), value).Check();
}

v8::Local<v8::FunctionTemplate> NewConstructorTemplate(v8::Isolate* isolate,
                                                       v8::FunctionCallback constructor,
                                                       std::string_view class_name) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  tmpl->SetClassName(OneByteString(isolate, class_name));
  return tmpl;
}

}  // namespace tide
