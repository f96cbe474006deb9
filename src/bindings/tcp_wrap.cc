// internalBinding('tcp_wrap'): TCP, a stream handle over uv_tcp_t for net: bind/listen/connect over
// IPv4 and IPv6, accepted connections as new TCP objects, socket options and addresses.
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <memory>
#include <string>

#include "bindings/connection_wrap.h"
#include "bindings/stream_wrap.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"
#include "util/sockaddr.h"

namespace tide::bindings::tcp_wrap {

namespace {

enum TCPType { kSocket, kServer };

class TCPWrap final : public LibuvStreamWrap {
 public:
  TCPWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<uv_tcp_t> tcp)
      : LibuvStreamWrap(env, object, reinterpret_cast<uv_stream_t*>(tcp.get())),
        tcp_(std::move(tcp)) {}

  uv_tcp_t* tcp() const { return tcp_.get(); }
  const char* ResourceName() const override { return server_ ? "TCPServerWrap" : "TCPSocketWrap"; }

  // new TCP(type): type is TCP.constants.SOCKET or SERVER.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new TCP()");
    Environment* env = Environment::From(args);
    auto tcp = std::make_unique<uv_tcp_t>();
    int err = uv_tcp_init(env->loop(), tcp.get());
    if (err != 0) {
      args.This()->SetAlignedPointerInInternalField(0, nullptr);
      return ThrowTypeError(isolate, "uv_tcp_init failed");
    }
    auto* wrap = new TCPWrap(env, args.This(), std::move(tcp));
    wrap->server_ = args[0]->IsInt32() && args[0].As<v8::Int32>()->Value() == kServer;
    wrap->AsyncInit(wrap->server_ ? "TCPSERVERWRAP" : "TCPWRAP");
  }

  // open(fd) → 0 or a libuv error
  static void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "open(fd)");
    args.GetReturnValue().Set(uv_tcp_open(self->tcp(), args[0].As<v8::Int32>()->Value()));
  }

  // bind(address, port, flags) / bind6(address, port, flags) → 0 or a libuv error.
  // flags: UV_TCP_IPV6ONLY, and kReusePort (set as SO_REUSEPORT before bind).
  template <int Family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsString() || !args[1]->IsInt32()) {
      return ThrowTypeError(args.GetIsolate(), "bind(address, port, flags)");
    }
    std::string ip = ToStdString(args.GetIsolate(), args[0]);
    int port = args[1].As<v8::Int32>()->Value();
    unsigned flags = args[2]->IsUint32() ? args[2].As<v8::Uint32>()->Value() : 0;
    sockaddr_storage addr;
    int err = Family == AF_INET6
                  ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr))
                  : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr));
    if (err == 0 && (flags & kReusePort) != 0) {
      // libuv 1.44 has no UV_TCP_REUSEPORT: create the socket for this family and set the option.
      uv_os_fd_t fd = -1;
      if (uv_fileno(reinterpret_cast<uv_handle_t*>(self->tcp()), &fd) != 0) {
        int s = socket(Family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (s < 0) {
          err = -errno;
        } else {
          err = uv_tcp_open(self->tcp(), s);
          fd = s;
        }
      }
      int one = 1;
      if (err == 0 && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) != 0) {
        err = -errno;
      }
    }
    if (err == 0) {
      err = uv_tcp_bind(self->tcp(), reinterpret_cast<const sockaddr*>(&addr),
                        flags & UV_TCP_IPV6ONLY);
    }
    args.GetReturnValue().Set(err);
  }

  // listen(backlog) → 0 or a libuv error; onconnection(status, clientHandle) per connection.
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int backlog = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : 511;
    args.GetReturnValue().Set(uv_listen(self->stream(), backlog, OnConnection<TCPWrap>));
  }

  // connect(req, address, port) / connect6(…) → 0 or a libuv error; req.oncomplete(status,
  // handle, req, readable, writable) follows.
  template <int Family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsObject() || !args[1]->IsString() || !args[2]->IsInt32()) {
      return ThrowTypeError(args.GetIsolate(), "connect(req, address, port)");
    }
    std::string ip = ToStdString(args.GetIsolate(), args[1]);
    int port = args[2].As<v8::Int32>()->Value();
    sockaddr_storage addr;
    int err = Family == AF_INET6
                  ? uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr))
                  : uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr));
    if (err != 0) return args.GetReturnValue().Set(err);
    auto request = std::make_unique<ConnectRequest>();
    request->object.Reset(args.GetIsolate(), args[0].As<v8::Object>());
    request->req.data = request.get();
    err = uv_tcp_connect(&request->req, self->tcp(), reinterpret_cast<const sockaddr*>(&addr),
                         OnConnect<TCPWrap>);
    if (err == 0) request.release();
    args.GetReturnValue().Set(err);
  }

  // getsockname(out) / getpeername(out) → 0 (out gets address, family, port) or a libuv error
  template <bool Peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsObject()) return ThrowTypeError(args.GetIsolate(), "getsockname(out)");
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = Peer ? uv_tcp_getpeername(self->tcp(), reinterpret_cast<sockaddr*>(&addr), &len)
                   : uv_tcp_getsockname(self->tcp(), reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) {
      SockaddrToJs(self->env()->context(), reinterpret_cast<sockaddr*>(&addr),
                   args[0].As<v8::Object>());
    }
    args.GetReturnValue().Set(err);
  }

  // setNoDelay(enable) → 0 or a libuv error
  static void SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(
        uv_tcp_nodelay(self->tcp(), args[0]->BooleanValue(args.GetIsolate())));
  }

  // setKeepAlive(enable, delaySeconds) → 0 or a libuv error
  static void SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    unsigned delay = args[1]->IsUint32() ? args[1].As<v8::Uint32>()->Value() : 0;
    args.GetReturnValue().Set(
        uv_tcp_keepalive(self->tcp(), args[0]->BooleanValue(args.GetIsolate()), delay));
  }

  // reset(onClose) → 0 or a libuv error: closes with an RST (SO_LINGER 0) instead of a FIN.
  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    // uv_tcp_close_reset closes the handle itself; HandleWrap's Close path must own closing, so
    // set the linger option the same way and close normally.
    uv_os_fd_t fd = -1;
    int err = uv_fileno(self->handle(), &fd);
    if (err == 0) {
      linger l = {1, 0};
      if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) != 0) err = -errno;
    }
    if (err == 0) self->Close(args[0]);
    args.GetReturnValue().Set(err);
  }

  static constexpr unsigned kReusePort = 1u << 16;

 private:
  static TCPWrap* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<TCPWrap>(args.This());
    if (self == nullptr || self->IsClosing()) {
      args.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return self;
  }

  std::unique_ptr<uv_tcp_t> tcp_;
  bool server_ = false;  // made as TCP.constants.SERVER
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, TCPWrap::New, "TCP");
  LibuvStreamWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", TCPWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", TCPWrap::Bind<AF_INET>);
  SetProtoMethod(isolate, tmpl, "bind6", TCPWrap::Bind<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "listen", TCPWrap::Listen);
  SetProtoMethod(isolate, tmpl, "connect", TCPWrap::Connect<AF_INET>);
  SetProtoMethod(isolate, tmpl, "connect6", TCPWrap::Connect<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "getsockname", TCPWrap::GetName<false>);
  SetProtoMethod(isolate, tmpl, "getpeername", TCPWrap::GetName<true>);
  SetProtoMethod(isolate, tmpl, "setNoDelay", TCPWrap::SetNoDelay);
  SetProtoMethod(isolate, tmpl, "setKeepAlive", TCPWrap::SetKeepAlive);
  SetProtoMethod(isolate, tmpl, "reset", TCPWrap::Reset);
  SetValue(context, target, "TCP", tmpl->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> req = NewRequestTemplate(isolate);
  req->SetClassName(OneByteString(isolate, "TCPConnectWrap"));
  SetValue(context, target, "TCPConnectWrap", req->GetFunction(context).ToLocalChecked());

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "SOCKET", kSocket);
  SetConstant(context, constants, "SERVER", kServer);
  SetConstant(context, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  SetConstant(context, constants, "UV_TCP_REUSEPORT", static_cast<int>(TCPWrap::kReusePort));
  SetValue(context, target, "constants", constants);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(TCPWrap::New);
  registry->Add(TCPWrap::Open);
  registry->Add(TCPWrap::Bind<AF_INET>);
  registry->Add(TCPWrap::Bind<AF_INET6>);
  registry->Add(TCPWrap::Listen);
  registry->Add(TCPWrap::Connect<AF_INET>);
  registry->Add(TCPWrap::Connect<AF_INET6>);
  registry->Add(TCPWrap::GetName<false>);
  registry->Add(TCPWrap::GetName<true>);
  registry->Add(TCPWrap::SetNoDelay);
  registry->Add(TCPWrap::SetKeepAlive);
  registry->Add(TCPWrap::Reset);
  registry->Add(NewRequestObject);
}

}  // namespace tide::bindings::tcp_wrap
