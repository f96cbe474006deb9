// The one list of internal bindings. `internalBinding('<name>')` in lib/ returns the object that
// src/bindings/<name>.cc's Initialize filled. Adding a binding = one line here + its file.
#pragma once

#include <v8.h>

#include <string_view>

namespace tide {

class Environment;

#define TIDE_BINDINGS(V) \
  V(builtins)            \
  V(contextify)          \
  V(encoding)            \
  V(errors)              \
  V(fs)                  \
  V(messaging)           \
  V(performance)         \
  V(process)             \
  V(signal_wrap)         \
  V(task_queue)          \
  V(timers)              \
  V(tty)                 \
  V(types)               \
  V(util)                \
  V(uv)

namespace bindings {
#define V(name)                                                          \
  namespace name {                                                       \
  void Initialize(Environment* env, v8::Local<v8::Object> target);       \
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
