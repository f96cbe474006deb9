// The one list of internal bindings. `internalBinding('<name>')` in lib/ returns the object that
// src/bindings/<name>.cc's Initialize filled. Adding a binding = one line here + its file.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "util/args.h"

namespace tide {

class Environment;

// Every C++ function V8 may call back (methods, constructors, interceptors) must be listed before
// an isolate is created from the startup snapshot, in the same order in every build of tide.
class ExternalReferenceRegistry {
 public:
  template <typename Fn>
  void Add(Fn* fn) {
    refs_.push_back(reinterpret_cast<intptr_t>(fn));
  }
  template <size_t N>
  void AddMethods(const MethodEntry (&methods)[N]) {
    for (const MethodEntry& m : methods) Add(m.callback);
  }
  // The null-terminated list V8 takes (CreateParams::external_references).
  const intptr_t* Finish() {
    if (refs_.empty() || refs_.back() != 0) refs_.push_back(0);
    return refs_.data();
  }

 private:
  std::vector<intptr_t> refs_;
};

// The external references of the whole runtime, built once per process.
const intptr_t* ExternalReferences();

#define TIDE_BINDINGS(V) \
  V(async_wrap)          \
  V(buffer)              \
  V(builtins)            \
  V(cares_wrap)          \
  V(contextify)          \
  V(crypto)              \
  V(diagnostics)         \
  V(encoding)            \
  V(errors)              \
  V(fs)                  \
  V(fs_event_wrap)       \
  V(http_parser)         \
  V(messaging)           \
  V(modules)             \
  V(module_wrap)         \
  V(os)                  \
  V(performance)         \
  V(pipe_wrap)           \
  V(process)             \
  V(process_wrap)        \
  V(signal_wrap)         \
  V(spawn_sync)          \
  V(stream_wrap)         \
  V(task_queue)          \
  V(tcp_wrap)            \
  V(tls_wrap)            \
  V(trace_sigint)        \
  V(timers)              \
  V(tty_wrap)            \
  V(types)               \
  V(udp_wrap)            \
  V(url)                 \
  V(util)                \
  V(uv)                  \
  V(v8_utils)            \
  V(worker)              \
  V(zlib)

namespace bindings {
#define V(name)                                                         \
  namespace name {                                                      \
  void Initialize(Environment* env, v8::Local<v8::Object> target);      \
  void RegisterExternalReferences(ExternalReferenceRegistry* registry); \
  }
TIDE_BINDINGS(V)
#undef V
}  // namespace bindings

enum BindingSlot : size_t {
#define V(name) kBinding_##name,
  TIDE_BINDINGS(V)
#undef V
      kBindingCount
};

// The binding object for `name`, created on first use and cached per Environment. Throws a JS Error
// (and returns empty) for an unknown name.
v8::MaybeLocal<v8::Object> GetInternalBinding(Environment* env, std::string_view name);

// internalBinding as a JS function, handed to lib/'s bootstrap.
void InternalBindingCallback(const v8::FunctionCallbackInfo<v8::Value>& args);

}  // namespace tide
