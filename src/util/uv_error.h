// System errors the way Node builds them: `ENOENT: no such file or directory, open '/x'` with
// errno (negative libuv code), code, syscall, path and dest properties.
#pragma once

#include <v8.h>

namespace tide {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);

inline void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall,
                             const char* path = nullptr, const char* dest = nullptr) {
  isolate->ThrowException(UVException(isolate, err, syscall, path, dest));
}

}  // namespace tide
