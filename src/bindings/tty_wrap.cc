// internalBinding('tty_wrap'): the TTY handle (uv_tty_t) behind tty.ReadStream/WriteStream, and
// what stdio needs to know about a descriptor before it picks a stream: isTTY, guessHandleType.
#include <sys/stat.h>

#include <memory>

#include "bindings/stream_wrap.h"
#include "env/binding_registry.h"
#include "util/args.h"

namespace tide::bindings::tty_wrap {

namespace {

class TTYWrap final : public LibuvStreamWrap {
 public:
  TTYWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<uv_tty_t> tty)
      : LibuvStreamWrap(env, object, reinterpret_cast<uv_stream_t*>(tty.get())),
        tty_(std::move(tty)) {}

  // new TTY(fd, ctx): on failure ctx gets errno/code/syscall (lib/ throws ERR_TTY_INIT_FAILED).
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new TTY()");
    if (!args[0]->IsInt32() || !args[1]->IsObject()) {
      return ThrowTypeError(isolate, "new TTY(fd, ctx)");
    }
    Environment* env = Environment::From(args);
    int fd = args[0].As<v8::Int32>()->Value();
    auto tty = std::make_unique<uv_tty_t>();
    int err = fd < 0 ? UV_EINVAL : uv_tty_init(env->loop(), tty.get(), fd, 0);
    if (err != 0) {
      v8::Local<v8::Context> context = env->context();
      auto ctx = args[1].As<v8::Object>();
      SetValue(context, ctx, "errno", v8::Integer::New(isolate, err));
      SetValue(context, ctx, "code", OneByteString(isolate, uv_err_name(err)));
      SetValue(context, ctx, "message", OneByteString(isolate, uv_strerror(err)));
      SetValue(context, ctx, "syscall", OneByteString(isolate, "uv_tty_init"));
      // No native object behind this one: methods find nullptr, not garbage.
      args.This()->SetAlignedPointerInInternalField(0, nullptr);
      return;
    }
    (new TTYWrap(env, args.This(), std::move(tty)))->AsyncInit("TTYWRAP");
  }

  // getWindowSize(array) → 0 (array[0] = columns, array[1] = rows) or a libuv error
  static void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<TTYWrap>(args.This());
    if (self == nullptr || self->IsClosing()) return args.GetReturnValue().Set(UV_EBADF);
    if (!args[0]->IsArray()) return ThrowTypeError(args.GetIsolate(), "getWindowSize(array)");
    int width = 0;
    int height = 0;
    int err = uv_tty_get_winsize(self->tty_.get(), &width, &height);
    if (err == 0) {
      v8::Isolate* isolate = args.GetIsolate();
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      auto array = args[0].As<v8::Array>();
      if (array->Set(context, 0, v8::Integer::New(isolate, width)).IsNothing() ||
          array->Set(context, 1, v8::Integer::New(isolate, height)).IsNothing()) {
        return;
      }
    }
    args.GetReturnValue().Set(err);
  }

  // setRawMode(flag) → 0 or a libuv error
  static void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<TTYWrap>(args.This());
    if (self == nullptr || self->IsClosing()) return args.GetReturnValue().Set(UV_EBADF);
    bool raw = args[0]->IsTrue();
    int err = uv_tty_set_mode(self->tty_.get(), raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
    if (err == 0) self->raw_ = raw;
    args.GetReturnValue().Set(err);
  }

  // A program that ends (or closes its terminal stream) in raw mode leaves the terminal as it
  // found it. Before uv_close: the descriptor must still be open.
  void OnClosing() override {
    LibuvStreamWrap::OnClosing();
    if (raw_) uv_tty_set_mode(tty_.get(), UV_TTY_MODE_NORMAL);
  }

 private:
  std::unique_ptr<uv_tty_t> tty_;
  bool raw_ = false;
};

bool IsTTY(Environment* env, int32_t fd) { return fd >= 0 && uv_guess_handle(fd) == UV_TTY; }

// guessHandleType(fd) → 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN' | 'INVALID'
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

// isStdinSocket(fd): fd is the very socket fd 0 is (inetd-style). Its blocking mode is shared
// with stdin, so stdio must not make it blocking (reads would then stall the loop).
bool IsStdinSocket(Environment* env, int32_t fd) {
  struct stat a {};
  struct stat b {};
  if (fd < 0 || fstat(fd, &a) != 0 || fstat(0, &b) != 0) return false;
  return S_ISSOCK(a.st_mode) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

const MethodEntry kMethods[] = {
    {"isTTY", Bind<IsTTY>},
    {"guessHandleType", Bind<GuessHandleType>},
    {"isStdinSocket", Bind<IsStdinSocket>},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, TTYWrap::New, "TTY");
  LibuvStreamWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "getWindowSize", TTYWrap::GetWindowSize);
  SetProtoMethod(isolate, tmpl, "setRawMode", TTYWrap::SetRawMode);
  SetValue(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(TTYWrap::New);
  registry->Add(TTYWrap::GetWindowSize);
  registry->Add(TTYWrap::SetRawMode);
}

}  // namespace tide::bindings::tty_wrap
