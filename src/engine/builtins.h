// The standard library (lib/**/*.js), embedded at build time by scripts/embed-js and compiled on
// first require. Stack traces name a file as `node:<id>`, as Node's do.
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tide::builtins {

struct BuiltinSource {
  const char* id;            // path under lib/ without .js: "timers", "internal/errors"
  const char* one_byte;      // ASCII source, or nullptr
  const uint16_t* two_byte;  // UTF-16 source for files with non-ASCII text, or nullptr
  size_t length;             // in characters
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

const BuiltinSource* Find(std::string_view id);

// Compiles lib/<id>.js into a function taking the parameters that kind of file gets:
//   internal/per_context/*       (exports, primordials)
//   internal/bootstrap/realm     (process, internalBinding, primordials)
//   internal/bootstrap/*, internal/main/*   (process, require, internalBinding, primordials)
//   everything else              (exports, require, module, process, internalBinding, primordials)
v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, std::string_view id);

}  // namespace tide::builtins
