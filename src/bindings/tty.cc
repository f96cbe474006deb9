// internalBinding('tty'): what stdio needs to know about its descriptors. The streams issue adds
// the TTY handle (uv_tty_t) itself.
#include <sys/ioctl.h>
#include <unistd.h>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::tty {

namespace {

bool IsTTY(Environment* env, int32_t fd) { return fd >= 0 && uv_guess_handle(fd) == UV_TTY; }

// guessHandleType(fd) → 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN'
std::string GuessHandleType(Environment* env, int32_t fd) {
  if (fd < 0) return "INVALID";
  switch (uv_guess_handle(fd)) {
    case UV_TTY:
      return "TTY";
    case UV_FILE:
      return "FILE";
    case UV_NAMED_PIPE:
      return "PIPE";
    case UV_TCP:
      return "TCP";
    case UV_UDP:
      return "UDP";
    default:
      return "UNKNOWN";
  }
}

// getWindowSize(fd) → [columns, rows] or undefined when fd is not a terminal.
void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsInt32()) return;
  winsize ws{};
  if (ioctl(args[0].As<v8::Int32>()->Value(), TIOCGWINSZ, &ws) != 0) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> pair[] = {v8::Integer::New(isolate, ws.ws_col),
                                 v8::Integer::New(isolate, ws.ws_row)};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

}  // namespace

const MethodEntry kMethods[] = {
    {"isTTY", Bind<IsTTY>},
    {"guessHandleType", Bind<GuessHandleType>},
    {"getWindowSize", GetWindowSize},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::tty
