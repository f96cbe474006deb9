// internalBinding('pipe_wrap'): Pipe, a stream handle over uv_pipe_t: an inherited descriptor
// (stdio pipes, open(fd)) or a Unix domain socket (bind/listen/connect) for net.
#include <memory>
#include <string>

#include "bindings/connection_wrap.h"
#include "bindings/stream_wrap.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide::bindings::pipe_wrap {

namespace {

enum PipeType { kSocket, kServer, kIPC };

class PipeWrap final : public LibuvStreamWrap {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<uv_pipe_t> pipe)
      : LibuvStreamWrap(env, object, reinterpret_cast<uv_stream_t*>(pipe.get())),
        pipe_(std::move(pipe)) {}

  // new Pipe(type): type is Pipe.constants.SOCKET, SERVER or IPC.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new Pipe()");
    int type = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : kSocket;
    Environment* env = Environment::From(args);
    auto pipe = std::make_unique<uv_pipe_t>();
    int err = uv_pipe_init(env->loop(), pipe.get(), type == kIPC ? 1 : 0);
    if (err != 0) {
      args.This()->SetAlignedPointerInInternalField(0, nullptr);
      return ThrowTypeError(isolate, "uv_pipe_init failed");
    }
    auto* wrap = new PipeWrap(env, args.This(), std::move(pipe));
    wrap->AsyncInit(type == kServer ? "PIPESERVERWRAP" : "PIPEWRAP");
  }

  // open(fd) → 0 or a libuv error
  static void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "open(fd)");
    int fd = args[0].As<v8::Int32>()->Value();
    // epoll cannot watch regular files: libuv would abort on the first read.
    if (fd < 0 || uv_guess_handle(fd) == UV_FILE) return args.GetReturnValue().Set(UV_EINVAL);
    args.GetReturnValue().Set(uv_pipe_open(self->pipe_.get(), fd));
  }

  // bind(path) → 0 or a libuv error
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsString()) return ThrowTypeError(args.GetIsolate(), "bind(path)");
    std::string path = ToStdString(args.GetIsolate(), args[0]);
    args.GetReturnValue().Set(uv_pipe_bind(self->pipe_.get(), path.c_str()));
  }

  // listen(backlog) → 0 or a libuv error; onconnection(status, clientHandle) per connection.
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int backlog = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : 511;
    args.GetReturnValue().Set(uv_listen(self->stream(), backlog, OnConnection<PipeWrap>));
  }

  // connect(req, path) → 0 or a libuv error; req.oncomplete(status, handle, req, readable,
  // writable) follows.
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsObject() || !args[1]->IsString()) {
      return ThrowTypeError(args.GetIsolate(), "connect(req, path)");
    }
    std::string path = ToStdString(args.GetIsolate(), args[1]);
    auto request = std::make_unique<ConnectRequest>();
    request->object.Reset(args.GetIsolate(), args[0].As<v8::Object>());
    request->req.data = request.get();
    uv_pipe_connect(&request->req, self->pipe_.get(), path.c_str(), OnConnect<PipeWrap>);
    request.release();
    args.GetReturnValue().Set(0);
  }

  // fchmod(mode) → 0 or a libuv error (mode: UV_READABLE | UV_WRITABLE)
  static void Fchmod(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int mode = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : 0;
    args.GetReturnValue().Set(uv_pipe_chmod(self->pipe_.get(), mode));
  }

  // IPC pipes: handles the peer sent (uv_write2) wait in libuv until accepted.
  // pendingCount() → how many; pendingType() → 'tcp', 'pipe', 'udp' or '' for the next one.
  static void PendingCount(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int n = self->pipe_->ipc ? uv_pipe_pending_count(self->pipe_.get()) : 0;
    args.GetReturnValue().Set(n);
  }

  static void PendingType(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    const char* name = "";
    if (self->pipe_->ipc && uv_pipe_pending_count(self->pipe_.get()) > 0) {
      switch (uv_pipe_pending_type(self->pipe_.get())) {
        case UV_TCP:
          name = "tcp";
          break;
        case UV_NAMED_PIPE:
          name = "pipe";
          break;
        case UV_UDP:
          name = "udp";
          break;
        default:
          break;
      }
    }
    args.GetReturnValue().Set(OneByteString(args.GetIsolate(), name));
  }

  // acceptPending(handle) → 0 or a libuv error: the next pending handle becomes `handle` (a fresh
  // TCP object for a TCP socket, a fresh Pipe for anything else).
  static void AcceptPending(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!self->pipe_->ipc || uv_pipe_pending_count(self->pipe_.get()) == 0) {
      return args.GetReturnValue().Set(UV_EAGAIN);
    }
    if (!args[0]->IsObject()) return ThrowTypeError(args.GetIsolate(), "acceptPending(handle)");
    std::string ctor =
        ToStdString(args.GetIsolate(), args[0].As<v8::Object>()->GetConstructorName());
    uv_handle_type want = uv_pipe_pending_type(self->pipe_.get());
    // A Pipe takes any kind but TCP: a descriptor this runtime has no handle for (UDP, a file)
    // is accepted into one only to be closed, so it does not block the ones behind it.
    if (!((ctor == "TCP" && want == UV_TCP) || (ctor == "Pipe" && want != UV_TCP))) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    auto* target = Unwrap<HandleWrap>(args[0]);
    if (target == nullptr || target->IsClosing()) return args.GetReturnValue().Set(UV_EBADF);
    args.GetReturnValue().Set(
        uv_accept(self->stream(), reinterpret_cast<uv_stream_t*>(target->handle())));
  }

 private:
  static PipeWrap* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<PipeWrap>(args.This());
    if (self == nullptr || self->IsClosing()) {
      args.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return self;
  }

  std::unique_ptr<uv_pipe_t> pipe_;
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, PipeWrap::New, "Pipe");
  LibuvStreamWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", PipeWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", PipeWrap::Bind);
  SetProtoMethod(isolate, tmpl, "listen", PipeWrap::Listen);
  SetProtoMethod(isolate, tmpl, "connect", PipeWrap::Connect);
  SetProtoMethod(isolate, tmpl, "fchmod", PipeWrap::Fchmod);
  SetProtoMethod(isolate, tmpl, "pendingCount", PipeWrap::PendingCount);
  SetProtoMethod(isolate, tmpl, "pendingType", PipeWrap::PendingType);
  SetProtoMethod(isolate, tmpl, "acceptPending", PipeWrap::AcceptPending);
  SetValue(context, target, "Pipe", tmpl->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "SOCKET", kSocket);
  SetConstant(context, constants, "SERVER", kServer);
  SetConstant(context, constants, "IPC", kIPC);
  SetConstant(context, constants, "UV_READABLE", UV_READABLE);
  SetConstant(context, constants, "UV_WRITABLE", UV_WRITABLE);
  SetValue(context, target, "constants", constants);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(PipeWrap::New);
  registry->Add(PipeWrap::Open);
  registry->Add(PipeWrap::Bind);
  registry->Add(PipeWrap::Listen);
  registry->Add(PipeWrap::Connect);
  registry->Add(PipeWrap::Fchmod);
  registry->Add(PipeWrap::PendingCount);
  registry->Add(PipeWrap::PendingType);
  registry->Add(PipeWrap::AcceptPending);
}

}  // namespace tide::bindings::pipe_wrap
