// See uv_error.h.
#include "util/uv_error.h"

#include <uv.h>

#include <string>

#include "util/args.h"

namespace tide {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path, const char* dest) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const char* code = uv_err_name(err);
  std::string message = std::string(code) + ": " + uv_strerror(err) + ", " + syscall;
  if (path != nullptr) message += std::string(" '") + path + "'";
  if (dest != nullptr) message += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> error =
      v8::Exception::Error(Utf8String(isolate, message))->ToObject(context).ToLocalChecked();
  SetValue(context, error, "errno", v8::Integer::New(isolate, err));
  SetValue(context, error, "code", OneByteString(isolate, code));
  SetValue(context, error, "syscall", OneByteString(isolate, syscall));
  if (path != nullptr) SetValue(context, error, "path", Utf8String(isolate, path));
  if (dest != nullptr) SetValue(context, error, "dest", Utf8String(isolate, dest));
  return error;
}

}  // namespace tide
