// internalBinding('udp_wrap'): UDP, a handle over uv_udp_t for node:dgram — bind/connect over IPv4
// and IPv6, sends with a SendWrap request object, datagrams as onmessage(nread, handle,
// arrayBuffer, rinfo), socket options (broadcast, TTLs, multicast, memberships) and kernel buffer
// sizes.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"
#include "util/sockaddr.h"

namespace tide::bindings::udp_wrap {

namespace {

// libuv 1.44 has no UV_UDP_REUSEPORT: this flag asks bind for SO_REUSEPORT, set before binding.
constexpr unsigned kReusePort = 1u << 16;
constexpr size_t kRecvBufferSize = 64 * 1024;

template <int Family>
int ParseAddress(v8::Isolate* isolate, v8::Local<v8::Value> ip, v8::Local<v8::Value> port,
                 sockaddr_storage* addr) {
  // The port is coerced as Node's binding does (bind(fn) binds port 0, bind('53') port 53).
  uint32_t p = 0;
  if (!ip->IsString() || !port->Uint32Value(isolate->GetCurrentContext()).To(&p)) {
    return UV_EINVAL;
  }
  std::string s = ToStdString(isolate, ip);
  return Family == AF_INET6
             ? uv_ip6_addr(s.c_str(), static_cast<int>(p), reinterpret_cast<sockaddr_in6*>(addr))
             : uv_ip4_addr(s.c_str(), static_cast<int>(p), reinterpret_cast<sockaddr_in*>(addr));
}

struct SendRequest {
  uv_udp_send_t req;
  v8::Global<v8::Object> object;  // the SendWrap; its `list` keeps the bytes alive
  size_t size = 0;
  bool has_callback = false;
};

class UDPWrap final : public HandleWrap {
 public:
  UDPWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<uv_udp_t> udp)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(udp.get())), udp_(std::move(udp)) {}

  uv_udp_t* udp() const { return udp_.get(); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new UDP()");
    Environment* env = Environment::From(args);
    auto udp = std::make_unique<uv_udp_t>();
    int err = uv_udp_init(env->loop(), udp.get());
    if (err != 0) {
      args.This()->SetAlignedPointerInInternalField(0, nullptr);
      return ThrowTypeError(isolate, "uv_udp_init failed");
    }
    (new UDPWrap(env, args.This(), std::move(udp)))->AsyncInit("UDPWRAP");
  }

  // open(fd) → 0 or a libuv error
  static void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return args.GetReturnValue().Set(UV_EINVAL);
    args.GetReturnValue().Set(uv_udp_open(self->udp(), args[0].As<v8::Int32>()->Value()));
  }

  // bind(ip, port, flags) / bind6(…) → 0 or a libuv error. flags: UV_UDP_IPV6ONLY,
  // UV_UDP_REUSEADDR, kReusePort.
  template <int Family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress<Family>(args.GetIsolate(), args[0], args[1], &addr);
    unsigned flags = args[2]->IsUint32() ? args[2].As<v8::Uint32>()->Value() : 0;
    if (err == 0 && (flags & kReusePort) != 0) {
      uv_os_fd_t fd = -1;
      if (uv_fileno(self->handle(), &fd) != 0) {
        int s = socket(Family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (s < 0) {
          err = -errno;
        } else {
          err = uv_udp_open(self->udp(), s);
          if (err != 0) close(s);
          fd = s;
        }
      }
      int one = 1;
      if (err == 0 && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) != 0) {
        err = -errno;
      }
    }
    if (err == 0) {
      err = uv_udp_bind(self->udp(), reinterpret_cast<const sockaddr*>(&addr),
                        flags & (UV_UDP_IPV6ONLY | UV_UDP_REUSEADDR));
    }
    args.GetReturnValue().Set(err);
  }

  // connect(ip, port) / connect6(…) → 0 or a libuv error; disconnect() → 0 or a libuv error.
  template <int Family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress<Family>(args.GetIsolate(), args[0], args[1], &addr);
    if (err == 0) err = uv_udp_connect(self->udp(), reinterpret_cast<const sockaddr*>(&addr));
    args.GetReturnValue().Set(err);
  }

  static void Disconnect(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(uv_udp_connect(self->udp(), nullptr));
  }

  // send(req, list, count, port, ip, hasCallback) / send6(…) on an unconnected socket,
  // send(req, list, count, hasCallback) on a connected one. Returns size + 1 when the datagram
  // went out at once, 0 when it was queued (req.oncomplete(status, size) follows if hasCallback),
  // or a negative libuv error.
  template <int Family>
  static void Send(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = self->env()->context();
    if (!args[0]->IsObject() || !args[1]->IsArray() || !args[2]->IsUint32()) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    bool connected = args.Length() <= 4;
    v8::Local<v8::Array> list = args[1].As<v8::Array>();
    uint32_t count = args[2].As<v8::Uint32>()->Value();
    std::vector<uv_buf_t> bufs;
    bufs.reserve(count);
    size_t size = 0;
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::Value> chunk;
      if (!list->Get(context, i).ToLocal(&chunk)) return;
      if (!chunk->IsArrayBufferView()) return args.GetReturnValue().Set(UV_EINVAL);
      v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
      bufs.push_back(uv_buf_init(data, static_cast<unsigned>(view->ByteLength())));
      size += view->ByteLength();
    }
    sockaddr_storage storage;
    const sockaddr* addr = nullptr;
    bool has_callback;
    if (connected) {
      has_callback = args[3]->BooleanValue(isolate);
    } else {
      int err = ParseAddress<Family>(isolate, args[4], args[3], &storage);
      if (err != 0) return args.GetReturnValue().Set(err);
      addr = reinterpret_cast<const sockaddr*>(&storage);
      has_callback = args[5]->BooleanValue(isolate);
    }
    int err = uv_udp_try_send(self->udp(), bufs.data(), count, addr);
    if (err >= 0) return args.GetReturnValue().Set(static_cast<double>(size) + 1);
    if (err != UV_EAGAIN && err != UV_ENOSYS) return args.GetReturnValue().Set(err);
    auto request = std::make_unique<SendRequest>();
    request->object.Reset(isolate, args[0].As<v8::Object>());
    request->size = size;
    request->has_callback = has_callback;
    request->req.data = request.get();
    err = uv_udp_send(&request->req, self->udp(), bufs.data(), count, addr, OnSend);
    if (err == 0) request.release();
    args.GetReturnValue().Set(err);
  }

  // recvStart() / recvStop() → 0 or a libuv error; datagrams arrive as handle.onmessage.
  static void RecvStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int err = uv_udp_recv_start(self->udp(), OnAlloc, OnRecv);
    if (err == UV_EALREADY) err = 0;
    args.GetReturnValue().Set(err);
  }

  static void RecvStop(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(uv_udp_recv_stop(self->udp()));
  }

  // getsockname(out) / getpeername(out) → 0 or a libuv error
  template <bool Peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsObject()) return args.GetReturnValue().Set(UV_EINVAL);
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = Peer ? uv_udp_getpeername(self->udp(), reinterpret_cast<sockaddr*>(&addr), &len)
                   : uv_udp_getsockname(self->udp(), reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) {
      SockaddrToJs(self->env()->context(), reinterpret_cast<sockaddr*>(&addr),
                   args[0].As<v8::Object>());
    }
    args.GetReturnValue().Set(err);
  }

  // setBroadcast(on) / setTTL(n) / setMulticastTTL(n) / setMulticastLoopback(on) → 0 or an error
  template <int (*Fn)(uv_udp_t*, int)>
  static void SetInt(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int value = 0;
    if (!args[0]->Int32Value(self->env()->context()).To(&value)) return;
    args.GetReturnValue().Set(Fn(self->udp(), value));
  }

  // setMulticastInterface(address) → 0 or a libuv error
  static void SetMulticastInterface(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsString()) return args.GetReturnValue().Set(UV_EINVAL);
    std::string iface = ToStdString(args.GetIsolate(), args[0]);
    args.GetReturnValue().Set(uv_udp_set_multicast_interface(self->udp(), iface.c_str()));
  }

  // addMembership(group[, iface]) / dropMembership(…) → 0 or a libuv error
  template <uv_membership Membership>
  static void SetMembership(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsString()) return args.GetReturnValue().Set(UV_EINVAL);
    std::string group = ToStdString(args.GetIsolate(), args[0]);
    std::string iface;
    bool has_iface = args[1]->IsString();
    if (has_iface) iface = ToStdString(args.GetIsolate(), args[1]);
    args.GetReturnValue().Set(uv_udp_set_membership(
        self->udp(), group.c_str(), has_iface ? iface.c_str() : nullptr, Membership));
  }

  // addSourceSpecificMembership(source, group[, iface]) / drop… → 0 or a libuv error
  template <uv_membership Membership>
  static void SetSourceMembership(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsString() || !args[1]->IsString()) return args.GetReturnValue().Set(UV_EINVAL);
    std::string source = ToStdString(args.GetIsolate(), args[0]);
    std::string group = ToStdString(args.GetIsolate(), args[1]);
    std::string iface;
    bool has_iface = args[2]->IsString();
    if (has_iface) iface = ToStdString(args.GetIsolate(), args[2]);
    args.GetReturnValue().Set(uv_udp_set_source_membership(self->udp(), group.c_str(),
                                                           has_iface ? iface.c_str() : nullptr,
                                                           source.c_str(), Membership));
  }

  // bufferSize(size, isRecv) → the size (set when size > 0, read when 0) or a negative libuv error
  static void BufferSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsUint32()) return args.GetReturnValue().Set(UV_EINVAL);
    int size = static_cast<int>(args[0].As<v8::Uint32>()->Value());
    if (size < 0) return args.GetReturnValue().Set(UV_EINVAL);
    int err = args[1]->IsTrue() ? uv_recv_buffer_size(self->handle(), &size)
                                : uv_send_buffer_size(self->handle(), &size);
    args.GetReturnValue().Set(err != 0 ? err : size);
  }

  static void GetSendQueueSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(0);
    args.GetReturnValue().Set(static_cast<double>(uv_udp_get_send_queue_size(self->udp())));
  }

  static void GetSendQueueCount(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(0);
    args.GetReturnValue().Set(static_cast<double>(uv_udp_get_send_queue_count(self->udp())));
  }

  // The descriptor, or -1 (the `fd` getter).
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = BaseObject::Unwrap<UDPWrap>(args.This());
    uv_os_fd_t fd = -1;
    if (self == nullptr || self->IsClosing() || uv_fileno(self->handle(), &fd) != 0) fd = -1;
    args.GetReturnValue().Set(fd);
  }

 private:
  static UDPWrap* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = BaseObject::Unwrap<UDPWrap>(args.This());
    if (self == nullptr || self->IsClosing()) {
      args.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return self;
  }

  static void OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
    static std::unique_ptr<char[]> recv_buffer;
    if (!recv_buffer) recv_buffer = std::make_unique<char[]>(kRecvBufferSize);
    *buf = uv_buf_init(recv_buffer.get(), kRecvBufferSize);
  }

  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned flags) {
    if (nread == 0 && addr == nullptr) return;  // nothing more to read this time
    auto* self = static_cast<UDPWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    Environment* env = self->env();
    if (env->is_stopping() || self->IsClosing()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = self->object();
    v8::Local<v8::Value> argv[4] = {v8::Number::New(isolate, static_cast<double>(nread)), object,
                                    v8::Undefined(isolate), v8::Undefined(isolate)};
    if (nread >= 0) {
      v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, static_cast<size_t>(nread));
      if (nread > 0) memcpy(ab->Data(), buf->base, static_cast<size_t>(nread));
      argv[2] = ab;
      v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
      SockaddrToJs(env->context(), addr, rinfo);
      argv[3] = rinfo;
    }
    MakeCallback(env, object, "onmessage", 4, argv);
  }

  static void OnSend(uv_udp_send_t* req, int status) {
    std::unique_ptr<SendRequest> request(static_cast<SendRequest*>(req->data));
    auto* self = static_cast<UDPWrap*>(reinterpret_cast<uv_handle_t*>(req->handle)->data);
    Environment* env = self->env();
    if (env->is_stopping() || !request->has_callback) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = request->object.Get(isolate);
    v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status),
                                    v8::Number::New(isolate, static_cast<double>(request->size))};
    MakeCallback(env, object, "oncomplete", 2, argv);
  }

  std::unique_ptr<uv_udp_t> udp_;
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, UDPWrap::New, "UDP");
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", UDPWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", UDPWrap::Bind<AF_INET>);
  SetProtoMethod(isolate, tmpl, "bind6", UDPWrap::Bind<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "connect", UDPWrap::Connect<AF_INET>);
  SetProtoMethod(isolate, tmpl, "connect6", UDPWrap::Connect<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "disconnect", UDPWrap::Disconnect);
  SetProtoMethod(isolate, tmpl, "send", UDPWrap::Send<AF_INET>);
  SetProtoMethod(isolate, tmpl, "send6", UDPWrap::Send<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "recvStart", UDPWrap::RecvStart);
  SetProtoMethod(isolate, tmpl, "recvStop", UDPWrap::RecvStop);
  SetProtoMethod(isolate, tmpl, "getsockname", UDPWrap::GetName<false>);
  SetProtoMethod(isolate, tmpl, "getpeername", UDPWrap::GetName<true>);
  SetProtoMethod(isolate, tmpl, "setBroadcast", UDPWrap::SetInt<uv_udp_set_broadcast>);
  SetProtoMethod(isolate, tmpl, "setTTL", UDPWrap::SetInt<uv_udp_set_ttl>);
  SetProtoMethod(isolate, tmpl, "setMulticastTTL", UDPWrap::SetInt<uv_udp_set_multicast_ttl>);
  SetProtoMethod(isolate, tmpl, "setMulticastLoopback", UDPWrap::SetInt<uv_udp_set_multicast_loop>);
  SetProtoMethod(isolate, tmpl, "setMulticastInterface", UDPWrap::SetMulticastInterface);
  SetProtoMethod(isolate, tmpl, "addMembership", UDPWrap::SetMembership<UV_JOIN_GROUP>);
  SetProtoMethod(isolate, tmpl, "dropMembership", UDPWrap::SetMembership<UV_LEAVE_GROUP>);
  SetProtoMethod(isolate, tmpl, "addSourceSpecificMembership",
                 UDPWrap::SetSourceMembership<UV_JOIN_GROUP>);
  SetProtoMethod(isolate, tmpl, "dropSourceSpecificMembership",
                 UDPWrap::SetSourceMembership<UV_LEAVE_GROUP>);
  SetProtoMethod(isolate, tmpl, "bufferSize", UDPWrap::BufferSize);
  SetProtoMethod(isolate, tmpl, "getSendQueueSize", UDPWrap::GetSendQueueSize);
  SetProtoMethod(isolate, tmpl, "getSendQueueCount", UDPWrap::GetSendQueueCount);
  v8::Local<v8::FunctionTemplate> fd_getter = v8::FunctionTemplate::New(isolate, UDPWrap::GetFd);
  tmpl->PrototypeTemplate()->SetAccessorProperty(OneByteString(isolate, "fd"), fd_getter);
  SetValue(context, target, "UDP", tmpl->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> req = NewRequestTemplate(isolate);
  req->SetClassName(OneByteString(isolate, "SendWrap"));
  SetValue(context, target, "SendWrap", req->GetFunction(context).ToLocalChecked());

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  SetConstant(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetConstant(context, constants, "UV_UDP_REUSEPORT", static_cast<int>(kReusePort));
  SetValue(context, target, "constants", constants);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(UDPWrap::New);
  registry->Add(UDPWrap::Open);
  registry->Add(UDPWrap::Bind<AF_INET>);
  registry->Add(UDPWrap::Bind<AF_INET6>);
  registry->Add(UDPWrap::Connect<AF_INET>);
  registry->Add(UDPWrap::Connect<AF_INET6>);
  registry->Add(UDPWrap::Disconnect);
  registry->Add(UDPWrap::Send<AF_INET>);
  registry->Add(UDPWrap::Send<AF_INET6>);
  registry->Add(UDPWrap::RecvStart);
  registry->Add(UDPWrap::RecvStop);
  registry->Add(UDPWrap::GetName<false>);
  registry->Add(UDPWrap::GetName<true>);
  registry->Add(UDPWrap::SetInt<uv_udp_set_broadcast>);
  registry->Add(UDPWrap::SetInt<uv_udp_set_ttl>);
  registry->Add(UDPWrap::SetInt<uv_udp_set_multicast_ttl>);
  registry->Add(UDPWrap::SetInt<uv_udp_set_multicast_loop>);
  registry->Add(UDPWrap::SetMulticastInterface);
  registry->Add(UDPWrap::SetMembership<UV_JOIN_GROUP>);
  registry->Add(UDPWrap::SetMembership<UV_LEAVE_GROUP>);
  registry->Add(UDPWrap::SetSourceMembership<UV_JOIN_GROUP>);
  registry->Add(UDPWrap::SetSourceMembership<UV_LEAVE_GROUP>);
  registry->Add(UDPWrap::BufferSize);
  registry->Add(UDPWrap::GetSendQueueSize);
  registry->Add(UDPWrap::GetSendQueueCount);
  registry->Add(UDPWrap::GetFd);
  registry->Add(NewRequestObject);
}

}  // namespace tide::bindings::udp_wrap
