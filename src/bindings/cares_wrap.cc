// internalBinding('cares_wrap'): name resolution for dns and net. getaddrinfo/getnameinfo run on
// libuv's thread pool (uv_getaddrinfo/uv_getnameinfo), as dns.lookup/lookupService in Node;
// DNS queries (resolve*, reverse) go through c-ares on the event loop (ChannelWrap).
#include <ares.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide::bindings::cares_wrap {

namespace {

// Result order of getaddrinfo, as lib/internal/dns passes it.
enum Order { kVerbatim = 0, kIpv4First = 1, kIpv6First = 2 };

struct AddrInfoRequest {
  uv_getaddrinfo_t req;
  Environment* env;
  v8::Global<v8::Object> object;  // GetAddrInfoReqWrap: oncomplete(err, addresses)
  int order = kVerbatim;
  TrackedRequest tracked;
};

struct NameInfoRequest {
  uv_getnameinfo_t req;
  Environment* env;
  v8::Global<v8::Object> object;  // GetNameInfoReqWrap: oncomplete(err, hostname, service)
  TrackedRequest tracked;
};

void Complete(Environment* env, v8::Local<v8::Object> object, int argc,
              v8::Local<v8::Value>* argv) {
  MakeCallback(env, object, "oncomplete", argc, argv);
}

void OnAddrInfo(uv_getaddrinfo_t* req, int status, addrinfo* res) {
  std::unique_ptr<AddrInfoRequest> request(static_cast<AddrInfoRequest*>(req->data));
  Environment* env = request->env;
  request->tracked.Finish(env);
  if (env->is_stopping()) {
    uv_freeaddrinfo(res);
    return;
  }
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  std::vector<v8::Local<v8::Value>> v4;
  std::vector<v8::Local<v8::Value>> v6;
  std::vector<v8::Local<v8::Value>> all;
  if (status == 0) {
    char ip[INET6_ADDRSTRLEN];
    for (addrinfo* p = res; p != nullptr; p = p->ai_next) {
      if (p->ai_socktype != SOCK_STREAM) continue;  // one entry per address
      const void* src = nullptr;
      if (p->ai_family == AF_INET) {
        src = &reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr;
      } else if (p->ai_family == AF_INET6) {
        src = &reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr;
      } else {
        continue;
      }
      if (uv_inet_ntop(p->ai_family, src, ip, sizeof(ip)) != 0) continue;
      v8::Local<v8::Value> s = OneByteString(isolate, ip);
      if (request->order == kVerbatim)
        all.push_back(s);
      else if (p->ai_family == AF_INET)
        v4.push_back(s);
      else
        v6.push_back(s);
    }
    if (request->order == kIpv4First) {
      all = v4;
      all.insert(all.end(), v6.begin(), v6.end());
    } else if (request->order == kIpv6First) {
      all = v6;
      all.insert(all.end(), v4.begin(), v4.end());
    }
    if (all.empty()) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status),
                                  v8::Array::New(isolate, all.data(), all.size())};
  (void)context;
  Complete(env, request->object.Get(isolate), 2, argv);
}

// getaddrinfo(req, hostname, family (0, 4 or 6), hints, order) → 0 or a libuv error
void GetAddrInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() || !args[1]->IsString()) {
    return ThrowTypeError(isolate, "getaddrinfo(req, hostname, family, hints, order)");
  }
  Environment* env = Environment::From(args);
  std::string host = ToStdString(isolate, args[1]);
  int family = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : 0;
  int hints_flags = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;
  auto request = std::make_unique<AddrInfoRequest>();
  request->env = env;
  request->object.Reset(isolate, args[0].As<v8::Object>());
  request->order = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : kVerbatim;
  request->req.data = request.get();
  addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = hints_flags;
  request->tracked.Start(env, "GetAddrInfoReqWrap", PoolKind::kDns);
  int err = uv_getaddrinfo(env->loop(), &request->req, OnAddrInfo, host.c_str(), nullptr, &hints);
  if (err == 0) {
    request.release();
  } else {
    request->tracked.Finish(env);
  }
  args.GetReturnValue().Set(err);
}

void OnNameInfo(uv_getnameinfo_t* req, int status, const char* hostname, const char* service) {
  std::unique_ptr<NameInfoRequest> request(static_cast<NameInfoRequest*>(req->data));
  Environment* env = request->env;
  request->tracked.Finish(env);
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> argv[3] = {v8::Integer::New(isolate, status), v8::Undefined(isolate),
                                  v8::Undefined(isolate)};
  if (status == 0) {
    argv[1] = Utf8String(isolate, hostname);
    argv[2] = Utf8String(isolate, service);
  }
  Complete(env, request->object.Get(isolate), 3, argv);
}

// getnameinfo(req, address, port) → 0 or a libuv error
void GetNameInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() || !args[1]->IsString() || !args[2]->IsUint32()) {
    return ThrowTypeError(isolate, "getnameinfo(req, address, port)");
  }
  Environment* env = Environment::From(args);
  std::string ip = ToStdString(isolate, args[1]);
  int port = static_cast<int>(args[2].As<v8::Uint32>()->Value());
  sockaddr_storage addr;
  if (uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    return args.GetReturnValue().Set(UV_EINVAL);
  }
  auto request = std::make_unique<NameInfoRequest>();
  request->env = env;
  request->object.Reset(isolate, args[0].As<v8::Object>());
  request->req.data = request.get();
  request->tracked.Start(env, "GetNameInfoReqWrap", PoolKind::kDns);
  int err = uv_getnameinfo(env->loop(), &request->req, OnNameInfo,
                           reinterpret_cast<const sockaddr*>(&addr), NI_NAMEREQD);
  if (err == 0) {
    request.release();
  } else {
    request->tracked.Finish(env);
  }
  args.GetReturnValue().Set(err);
}

// canonicalizeIP(ip) → the address in canonical form, or undefined when it is no IP address.
void CanonicalizeIP(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  std::string ip = ToStdString(isolate, args[0]);
  unsigned char buf[sizeof(in6_addr)];
  char out[INET6_ADDRSTRLEN];
  int af = AF_INET;
  if (uv_inet_pton(AF_INET, ip.c_str(), buf) != 0) {
    af = AF_INET6;
    if (uv_inet_pton(AF_INET6, ip.c_str(), buf) != 0) return;
  }
  if (uv_inet_ntop(af, buf, out, sizeof(out)) != 0) return;
  args.GetReturnValue().Set(OneByteString(isolate, out));
}

// --- c-ares: DNS protocol queries (dns.resolve*, reverse, Resolver) --------------------------
// One ares_channel per Resolver. c-ares tells us which sockets to watch (sock_state_cb): each gets
// a uv_poll_t; one uv_timer_t drives c-ares's timeouts and retries. Both run only while queries
// are outstanding, so an idle Resolver never keeps the process alive.

const char* AresCode(int status) {
  switch (status) {
    case ARES_ENODATA:
      return "ENODATA";
    case ARES_EFORMERR:
      return "EFORMERR";
    case ARES_ESERVFAIL:
      return "ESERVFAIL";
    case ARES_ENOTFOUND:
      return "ENOTFOUND";
    case ARES_ENOTIMP:
      return "ENOTIMP";
    case ARES_EREFUSED:
      return "EREFUSED";
    case ARES_EBADQUERY:
      return "EBADQUERY";
    case ARES_EBADNAME:
      return "EBADNAME";
    case ARES_EBADFAMILY:
      return "EBADFAMILY";
    case ARES_EBADRESP:
      return "EBADRESP";
    case ARES_ECONNREFUSED:
      return "ECONNREFUSED";
    case ARES_ETIMEOUT:
      return "ETIMEOUT";
    case ARES_EOF:
      return "EOF";
    case ARES_EFILE:
      return "EFILE";
    case ARES_ENOMEM:
      return "ENOMEM";
    case ARES_EDESTRUCTION:
      return "EDESTRUCTION";
    case ARES_EBADSTR:
      return "EBADSTR";
    case ARES_EBADFLAGS:
      return "EBADFLAGS";
    case ARES_ENONAME:
      return "ENONAME";
    case ARES_EBADHINTS:
      return "EBADHINTS";
    case ARES_ENOTINITIALIZED:
      return "ENOTINITIALIZED";
    case ARES_ELOADIPHLPAPI:
      return "ELOADIPHLPAPI";
    case ARES_EADDRGETNETWORKPARAMS:
      return "EADDRGETNETWORKPARAMS";
    case ARES_ECANCELLED:
      return "ECANCELLED";
    default:
      return "UNKNOWN_ARES_ERROR";
  }
}

struct LibraryInit {
  LibraryInit() { ares_library_init(ARES_LIB_INIT_ALL); }
};

class ChannelWrap;

struct PollWatcher {
  uv_poll_t poll;
  ChannelWrap* channel;
  ares_socket_t sock;
};

enum QueryKind {
  kA,
  kAaaa,
  kAny,
  kCaa,
  kCname,
  kMx,
  kNs,
  kTxt,
  kSrv,
  kPtr,
  kNaptr,
  kSoa,
  kReverse
};

struct Query {
  ChannelWrap* channel;
  v8::Global<v8::Object> object;  // QueryReqWrap: oncomplete(err, result, ttls)
  QueryKind kind;
};

class ChannelWrap final : public BaseObject {
 public:
  ChannelWrap(Environment* env, v8::Local<v8::Object> object, int timeout, int tries)
      : BaseObject(env, object) {
    static LibraryInit init;
    timer_ = new uv_timer_t;
    uv_timer_init(env->loop(), timer_);
    timer_->data = this;
    ares_options options;
    memset(&options, 0, sizeof(options));
    options.flags = ARES_FLAG_NOCHECKRESP;
    options.sock_state_cb = OnSockState;
    options.sock_state_cb_data = this;
    options.timeout = timeout;
    options.tries = tries;
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
    if (timeout >= 0) mask |= ARES_OPT_TIMEOUTMS;
    init_status_ = ares_init_options(&channel_, &options, mask);
    MakeWeak();
  }

  ~ChannelWrap() override {
    if (init_status_ == ARES_SUCCESS) {
      destroying_ = true;
      ares_destroy(channel_);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(timer_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
    for (PollWatcher* w : watchers_) CloseWatcher(w);
  }

  // new ChannelWrap(timeoutMs, tries)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new ChannelWrap()");
    int timeout = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : -1;
    int tries = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : 4;
    auto* self = new ChannelWrap(Environment::From(args), args.This(), timeout, tries);
    self->AsyncInit("DNSCHANNEL");
    if (self->init_status_ != ARES_SUCCESS) {
      ThrowTypeError(isolate, "c-ares channel initialization failed");
    }
  }

  template <QueryKind K>
  static void QueryMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ChannelWrap>(args.This());
    v8::Isolate* isolate = args.GetIsolate();
    if (self == nullptr || self->init_status_ != ARES_SUCCESS) return;
    if (!args[0]->IsObject() || !args[1]->IsString()) {
      return ThrowTypeError(isolate, "query(req, name)");
    }
    std::string name = ToStdString(isolate, args[1]);
    auto* query = new Query{self, v8::Global<v8::Object>(isolate, args[0].As<v8::Object>()), K};
    if (K == kReverse) {
      unsigned char addr[sizeof(in6_addr)];
      int family = AF_INET;
      int len = 4;
      if (uv_inet_pton(AF_INET, name.c_str(), addr) != 0) {
        family = AF_INET6;
        len = 16;
        if (uv_inet_pton(AF_INET6, name.c_str(), addr) != 0) {
          delete query;
          return args.GetReturnValue().Set(UV_EINVAL);
        }
      }
      self->Started();
      ares_gethostbyaddr(self->channel_, addr, len, family, OnHostByAddr, query);
    } else {
      self->Started();
      ares_query(self->channel_, name.c_str(), 1 /* C_IN */, TypeOf(K), OnQuery, query);
    }
    self->Rearm();
    args.GetReturnValue().Set(0);
  }

  // getServers() → [[ip, port], …]
  static void GetServers(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ChannelWrap>(args.This());
    if (self == nullptr || self->init_status_ != ARES_SUCCESS) return;
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    ares_addr_port_node* servers = nullptr;
    if (ares_get_servers_ports(self->channel_, &servers) != ARES_SUCCESS) return;
    v8::Local<v8::Array> out = v8::Array::New(isolate);
    uint32_t i = 0;
    for (ares_addr_port_node* p = servers; p != nullptr; p = p->next) {
      char ip[INET6_ADDRSTRLEN];
      if (uv_inet_ntop(p->family, &p->addr, ip, sizeof(ip)) != 0) continue;
      v8::Local<v8::Value> pair[2] = {OneByteString(isolate, ip),
                                      v8::Integer::New(isolate, p->udp_port)};
      if (out->Set(context, i++, v8::Array::New(isolate, pair, 2)).IsNothing()) break;
    }
    ares_free_data(servers);
    args.GetReturnValue().Set(out);
  }

  // setServers([[family, ip, port], …]) → 0 or a c-ares status
  static void SetServers(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ChannelWrap>(args.This());
    if (self == nullptr || self->init_status_ != ARES_SUCCESS) return;
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    if (!args[0]->IsArray()) return ThrowTypeError(isolate, "setServers(list)");
    if (self->active_ > 0) {
      return args.GetReturnValue().Set(OneByteString(isolate, "There are pending queries."));
    }
    auto list = args[0].As<v8::Array>();
    std::vector<ares_addr_port_node> nodes(list->Length());
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(context, i).ToLocal(&item) || !item->IsArray()) return;
      auto entry = item.As<v8::Array>();
      v8::Local<v8::Value> family, ip, port;
      if (!entry->Get(context, 0).ToLocal(&family) || !entry->Get(context, 1).ToLocal(&ip) ||
          !entry->Get(context, 2).ToLocal(&port)) {
        return;
      }
      ares_addr_port_node& node = nodes[i];
      memset(&node, 0, sizeof(node));
      std::string text = ToStdString(isolate, ip);
      int fam = family->Int32Value(context).FromMaybe(4) == 6 ? AF_INET6 : AF_INET;
      node.family = fam;
      if (uv_inet_pton(fam, text.c_str(), &node.addr) != 0) {
        return args.GetReturnValue().Set(OneByteString(isolate, "EBADSTR"));
      }
      node.udp_port = node.tcp_port = port->Int32Value(context).FromMaybe(53);
      node.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
    }
    int status = ares_set_servers_ports(self->channel_, nodes.empty() ? nullptr : nodes.data());
    if (status != ARES_SUCCESS) {
      return args.GetReturnValue().Set(OneByteString(isolate, AresCode(status)));
    }
    args.GetReturnValue().Set(0);
  }

  // setLocalAddress(ipv4OrIpv6[, ipv6])
  static void SetLocalAddress(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ChannelWrap>(args.This());
    if (self == nullptr || self->init_status_ != ARES_SUCCESS) return;
    v8::Isolate* isolate = args.GetIsolate();
    for (int i = 0; i < 2; i++) {
      if (!args[i]->IsString()) continue;
      std::string ip = ToStdString(isolate, args[i]);
      unsigned char addr[16];
      if (uv_inet_pton(AF_INET, ip.c_str(), addr) == 0) {
        unsigned int v4;
        memcpy(&v4, addr, 4);
        ares_set_local_ip4(self->channel_, ntohl(v4));
      } else if (uv_inet_pton(AF_INET6, ip.c_str(), addr) == 0) {
        ares_set_local_ip6(self->channel_, addr);
      }
    }
  }

  static void Cancel(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ChannelWrap>(args.This());
    if (self == nullptr || self->init_status_ != ARES_SUCCESS) return;
    ares_cancel(self->channel_);
  }

 private:
  static int TypeOf(QueryKind kind) {
    switch (kind) {
      case kA:
        return 1;
      case kNs:
        return 2;
      case kCname:
        return 5;
      case kSoa:
        return 6;
      case kPtr:
        return 12;
      case kMx:
        return 15;
      case kTxt:
        return 16;
      case kAaaa:
        return 28;
      case kSrv:
        return 33;
      case kNaptr:
        return 35;
      case kCaa:
        return 257;
      default:
        return 255;  // ANY
    }
  }

  void Started() {
    if (active_++ == 0) ClearWeak();
  }

  void Finished() {
    if (--active_ == 0) {
      uv_timer_stop(timer_);
      MakeWeak();
    }
  }

  // Runs the timer for c-ares's next timeout while queries are outstanding.
  void Rearm() {
    if (active_ == 0 || destroying_) {
      uv_timer_stop(timer_);
      return;
    }
    timeval tv;
    timeval* next = ares_timeout(channel_, nullptr, &tv);
    uint64_t ms = next ? static_cast<uint64_t>(tv.tv_sec) * 1000 + tv.tv_usec / 1000 : 1000;
    uv_timer_start(timer_, OnTimer, ms == 0 ? 1 : ms, 0);
  }

  static void OnTimer(uv_timer_t* timer) {
    auto* self = static_cast<ChannelWrap*>(timer->data);
    ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    self->Rearm();
  }

  static void OnPoll(uv_poll_t* poll, int status, int events) {
    auto* w = static_cast<PollWatcher*>(poll->data);
    ChannelWrap* self = w->channel;
    ares_socket_t sock = w->sock;
    if (status < 0) {
      ares_process_fd(self->channel_, sock, sock);
    } else {
      ares_process_fd(self->channel_, (events & UV_READABLE) ? sock : ARES_SOCKET_BAD,
                      (events & UV_WRITABLE) ? sock : ARES_SOCKET_BAD);
    }
    self->Rearm();
  }

  static void CloseWatcher(PollWatcher* w) {
    uv_close(reinterpret_cast<uv_handle_t*>(&w->poll),
             [](uv_handle_t* h) { delete static_cast<PollWatcher*>(h->data); });
  }

  static void OnSockState(void* data, ares_socket_t sock, int read, int write) {
    auto* self = static_cast<ChannelWrap*>(data);
    if (self->destroying_) return;
    PollWatcher* w = nullptr;
    for (PollWatcher* p : self->watchers_) {
      if (p->sock == sock) w = p;
    }
    if (read || write) {
      if (w == nullptr) {
        w = new PollWatcher{{}, self, sock};
        if (uv_poll_init_socket(self->env()->loop(), &w->poll, sock) != 0) {
          delete w;
          return;
        }
        w->poll.data = w;
        self->watchers_.push_back(w);
      }
      uv_poll_start(&w->poll, (read ? UV_READABLE : 0) | (write ? UV_WRITABLE : 0), OnPoll);
    } else if (w != nullptr) {
      self->watchers_.erase(std::find(self->watchers_.begin(), self->watchers_.end(), w));
      uv_poll_stop(&w->poll);
      CloseWatcher(w);
    }
  }

  static void Deliver(Query* query, int status, v8::Local<v8::Value> result,
                      v8::Local<v8::Value> ttls) {
    std::unique_ptr<Query> owned(query);
    ChannelWrap* self = query->channel;
    if (self->destroying_) return;
    self->Finished();
    Environment* env = self->env();
    if (env->is_stopping()) return;
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Value> argv[3] = {status == ARES_SUCCESS
                                        ? v8::Integer::New(isolate, 0).As<v8::Value>()
                                        : OneByteString(isolate, AresCode(status)).As<v8::Value>(),
                                    result, ttls};
    if (status != ARES_SUCCESS) argv[1] = argv[2] = v8::Undefined(isolate);
    Complete(env, query->object.Get(isolate), 3, argv);
  }

  static void OnHostByAddr(void* arg, int status, int, hostent* host) {
    auto* query = static_cast<Query*>(arg);
    Environment* env = query->channel->env();
    if (query->channel->destroying_ || env->is_stopping()) {
      delete query;
      return;
    }
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> result = v8::Undefined(isolate);
    if (status == ARES_SUCCESS) result = HostNames(env, host, true);
    Deliver(query, status, result, v8::Undefined(isolate));
  }

  static v8::Local<v8::Array> HostNames(Environment* env, hostent* host, bool include_name) {
    v8::Isolate* isolate = env->isolate();
    std::vector<v8::Local<v8::Value>> names;
    if (host->h_aliases != nullptr) {
      for (char** p = host->h_aliases; *p != nullptr; p++) names.push_back(Utf8String(isolate, *p));
    }
    if (names.empty() && include_name && host->h_name != nullptr) {
      names.push_back(Utf8String(isolate, host->h_name));
    }
    return v8::Array::New(isolate, names.data(), names.size());
  }

  static void OnQuery(void* arg, int status, int, unsigned char* abuf, int alen) {
    auto* query = static_cast<Query*>(arg);
    Environment* env = query->channel->env();
    if (query->channel->destroying_ || env->is_stopping()) {
      delete query;
      return;
    }
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> result = v8::Undefined(isolate);
    v8::Local<v8::Value> ttls = v8::Undefined(isolate);
    if (status == ARES_SUCCESS) {
      if (query->kind == kAny) {
        result = ParseAny(env, abuf, alen, &status);
      } else {
        v8::Local<v8::Array> records = Parse(env, query->kind, abuf, alen, &status, &ttls, false);
        result = records;
        // resolveSoa gives the one record itself.
        if (query->kind == kSoa && status == ARES_SUCCESS) {
          result = records->Get(env->context(), 0).ToLocalChecked();
        }
      }
    }
    Deliver(query, status, result, ttls);
  }

  // One record type of a reply as Node shows it; `tagged` adds `type` (resolveAny).
  static v8::Local<v8::Array> Parse(Environment* env, QueryKind kind, unsigned char* abuf, int alen,
                                    int* status, v8::Local<v8::Value>* ttls_out, bool tagged);
  static v8::Local<v8::Array> ParseAny(Environment* env, unsigned char* abuf, int alen,
                                       int* status);

  ares_channel channel_ = nullptr;
  int init_status_ = ARES_ENOTINITIALIZED;
  bool destroying_ = false;
  int active_ = 0;
  uv_timer_t* timer_ = nullptr;
  std::vector<PollWatcher*> watchers_;
};

v8::Local<v8::Object> Record(
    Environment* env, std::initializer_list<std::pair<const char*, v8::Local<v8::Value>>> fields) {
  v8::Local<v8::Object> o = v8::Object::New(env->isolate());
  for (const auto& [name, value] : fields) SetValue(env->context(), o, name, value);
  return o;
}

v8::Local<v8::Array> ChannelWrap::Parse(Environment* env, QueryKind kind, unsigned char* abuf,
                                        int alen, int* status, v8::Local<v8::Value>* ttls_out,
                                        bool tagged) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  std::vector<v8::Local<v8::Value>> out;
  auto str = [&](const char* s) { return Utf8String(isolate, s ? s : ""); };
  auto num = [&](double v) { return v8::Number::New(isolate, v); };
  auto tag = [&](v8::Local<v8::Value> v, const char* type) {
    if (tagged) SetValue(context, v.As<v8::Object>(), "type", OneByteString(isolate, type));
    return v;
  };
  switch (kind) {
    case kA: {
      ares_addrttl addrs[256];
      int n = 256;
      *status = ares_parse_a_reply(abuf, alen, nullptr, addrs, &n);
      if (*status != ARES_SUCCESS) break;
      std::vector<v8::Local<v8::Value>> ttls;
      for (int i = 0; i < n; i++) {
        char ip[INET6_ADDRSTRLEN];
        uv_inet_ntop(AF_INET, &addrs[i].ipaddr, ip, sizeof(ip));
        if (tagged) {
          out.push_back(tag(Record(env, {{"address", str(ip)}, {"ttl", num(addrs[i].ttl)}}), "A"));
        } else {
          out.push_back(str(ip));
          ttls.push_back(num(addrs[i].ttl));
        }
      }
      if (ttls_out) *ttls_out = v8::Array::New(isolate, ttls.data(), ttls.size());
      break;
    }
    case kAaaa: {
      ares_addr6ttl addrs[256];
      int n = 256;
      *status = ares_parse_aaaa_reply(abuf, alen, nullptr, addrs, &n);
      if (*status != ARES_SUCCESS) break;
      std::vector<v8::Local<v8::Value>> ttls;
      for (int i = 0; i < n; i++) {
        char ip[INET6_ADDRSTRLEN];
        uv_inet_ntop(AF_INET6, &addrs[i].ip6addr, ip, sizeof(ip));
        if (tagged) {
          out.push_back(
              tag(Record(env, {{"address", str(ip)}, {"ttl", num(addrs[i].ttl)}}), "AAAA"));
        } else {
          out.push_back(str(ip));
          ttls.push_back(num(addrs[i].ttl));
        }
      }
      if (ttls_out) *ttls_out = v8::Array::New(isolate, ttls.data(), ttls.size());
      break;
    }
    case kCname: {
      hostent* host = nullptr;
      *status = ares_parse_a_reply(abuf, alen, &host, nullptr, nullptr);
      if (*status != ARES_SUCCESS) break;
      // Only a reply that really carries a CNAME answers this query.
      if (host->h_aliases == nullptr || host->h_aliases[0] == nullptr) {
        *status = ARES_ENODATA;
      } else if (tagged) {
        out.push_back(tag(Record(env, {{"value", str(host->h_name)}}), "CNAME"));
      } else {
        out.push_back(str(host->h_name));
      }
      ares_free_hostent(host);
      break;
    }
    case kNs:
    case kPtr: {
      // Both answers are names, which c-ares returns as a hostent's aliases.
      hostent* host = nullptr;
      *status = kind == kNs ? ares_parse_ns_reply(abuf, alen, &host)
                            : ares_parse_ptr_reply(abuf, alen, nullptr, 0, AF_INET, &host);
      if (*status != ARES_SUCCESS) break;
      for (char** p = host->h_aliases; p && *p; p++) {
        out.push_back(tagged ? tag(Record(env, {{"value", str(*p)}}), kind == kNs ? "NS" : "PTR")
                             : str(*p).As<v8::Value>());
      }
      ares_free_hostent(host);
      break;
    }
    case kMx: {
      ares_mx_reply* mx = nullptr;
      *status = ares_parse_mx_reply(abuf, alen, &mx);
      if (*status != ARES_SUCCESS) break;
      for (ares_mx_reply* p = mx; p; p = p->next) {
        out.push_back(
            tag(Record(env, {{"exchange", str(p->host)}, {"priority", num(p->priority)}}), "MX"));
      }
      ares_free_data(mx);
      break;
    }
    case kTxt: {
      ares_txt_ext* txt = nullptr;
      *status = ares_parse_txt_reply_ext(abuf, alen, &txt);
      if (*status != ARES_SUCCESS) break;
      std::vector<std::vector<v8::Local<v8::Value>>> records;
      for (ares_txt_ext* p = txt; p; p = p->next) {
        if (p->record_start || records.empty()) records.emplace_back();
        records.back().push_back(
            v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(p->txt),
                                    v8::NewStringType::kNormal, static_cast<int>(p->length))
                .ToLocalChecked());
      }
      for (auto& r : records) {
        v8::Local<v8::Array> entries = v8::Array::New(isolate, r.data(), r.size());
        out.push_back(tagged ? tag(Record(env, {{"entries", entries}}), "TXT")
                             : entries.As<v8::Value>());
      }
      ares_free_data(txt);
      break;
    }
    case kSrv: {
      ares_srv_reply* srv = nullptr;
      *status = ares_parse_srv_reply(abuf, alen, &srv);
      if (*status != ARES_SUCCESS) break;
      for (ares_srv_reply* p = srv; p; p = p->next) {
        out.push_back(tag(Record(env, {{"name", str(p->host)},
                                       {"port", num(p->port)},
                                       {"priority", num(p->priority)},
                                       {"weight", num(p->weight)}}),
                          "SRV"));
      }
      ares_free_data(srv);
      break;
    }
    case kNaptr: {
      ares_naptr_reply* naptr = nullptr;
      *status = ares_parse_naptr_reply(abuf, alen, &naptr);
      if (*status != ARES_SUCCESS) break;
      for (ares_naptr_reply* p = naptr; p; p = p->next) {
        auto s = [&](const unsigned char* u) { return str(reinterpret_cast<const char*>(u)); };
        out.push_back(tag(Record(env, {{"flags", s(p->flags)},
                                       {"service", s(p->service)},
                                       {"regexp", s(p->regexp)},
                                       {"replacement", str(p->replacement)},
                                       {"order", num(p->order)},
                                       {"preference", num(p->preference)}}),
                          "NAPTR"));
      }
      ares_free_data(naptr);
      break;
    }
    case kSoa: {
      ares_soa_reply* soa = nullptr;
      *status = ares_parse_soa_reply(abuf, alen, &soa);
      if (*status != ARES_SUCCESS) break;
      out.push_back(tag(Record(env, {{"nsname", str(soa->nsname)},
                                     {"hostmaster", str(soa->hostmaster)},
                                     {"serial", num(soa->serial)},
                                     {"refresh", num(soa->refresh)},
                                     {"retry", num(soa->retry)},
                                     {"expire", num(soa->expire)},
                                     {"minttl", num(soa->minttl)}}),
                        "SOA"));
      ares_free_data(soa);
      break;
    }
    case kCaa: {
      ares_caa_reply* caa = nullptr;
      *status = ares_parse_caa_reply(abuf, alen, &caa);
      if (*status != ARES_SUCCESS) break;
      for (ares_caa_reply* p = caa; p; p = p->next) {
        v8::Local<v8::Object> o = Record(env, {{"critical", num(p->critical)}});
        std::string property(reinterpret_cast<const char*>(p->property), p->plength);
        SetValue(context, o, property,
                 v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(p->value),
                                         v8::NewStringType::kNormal, static_cast<int>(p->length))
                     .ToLocalChecked());
        out.push_back(tag(o, "CAA"));
      }
      ares_free_data(caa);
      break;
    }
    default:
      *status = ARES_ENOTIMP;
  }
  if (*status == ARES_SUCCESS && out.empty() && !tagged) *status = ARES_ENODATA;
  return v8::Array::New(isolate, out.data(), out.size());
}

// resolveAny: every record type c-ares can parse out of one ANY reply.
v8::Local<v8::Array> ChannelWrap::ParseAny(Environment* env, unsigned char* abuf, int alen,
                                           int* status) {
  v8::Isolate* isolate = env->isolate();
  std::vector<v8::Local<v8::Value>> all;
  for (QueryKind kind : {kA, kAaaa, kCname, kMx, kNs, kTxt, kSrv, kPtr, kNaptr, kSoa, kCaa}) {
    int st = ARES_SUCCESS;
    v8::Local<v8::Array> part = Parse(env, kind, abuf, alen, &st, nullptr, true);
    if (st != ARES_SUCCESS) continue;
    for (uint32_t i = 0; i < part->Length(); i++) {
      all.push_back(part->Get(env->context(), i).ToLocalChecked());
    }
  }
  *status = all.empty() ? ARES_ENODATA : ARES_SUCCESS;
  return v8::Array::New(isolate, all.data(), all.size());
}

const MethodEntry kMethods[] = {
    {"getaddrinfo", GetAddrInfo},
    {"getnameinfo", GetNameInfo},
    {"canonicalizeIP", CanonicalizeIP},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> channel =
      NewConstructorTemplate(isolate, ChannelWrap::New, "ChannelWrap");
  SetProtoMethod(isolate, channel, "queryA", ChannelWrap::QueryMethod<kA>);
  SetProtoMethod(isolate, channel, "queryAaaa", ChannelWrap::QueryMethod<kAaaa>);
  SetProtoMethod(isolate, channel, "queryAny", ChannelWrap::QueryMethod<kAny>);
  SetProtoMethod(isolate, channel, "queryCaa", ChannelWrap::QueryMethod<kCaa>);
  SetProtoMethod(isolate, channel, "queryCname", ChannelWrap::QueryMethod<kCname>);
  SetProtoMethod(isolate, channel, "queryMx", ChannelWrap::QueryMethod<kMx>);
  SetProtoMethod(isolate, channel, "queryNs", ChannelWrap::QueryMethod<kNs>);
  SetProtoMethod(isolate, channel, "queryTxt", ChannelWrap::QueryMethod<kTxt>);
  SetProtoMethod(isolate, channel, "querySrv", ChannelWrap::QueryMethod<kSrv>);
  SetProtoMethod(isolate, channel, "queryPtr", ChannelWrap::QueryMethod<kPtr>);
  SetProtoMethod(isolate, channel, "queryNaptr", ChannelWrap::QueryMethod<kNaptr>);
  SetProtoMethod(isolate, channel, "querySoa", ChannelWrap::QueryMethod<kSoa>);
  SetProtoMethod(isolate, channel, "getHostByAddr", ChannelWrap::QueryMethod<kReverse>);
  SetProtoMethod(isolate, channel, "getServers", ChannelWrap::GetServers);
  SetProtoMethod(isolate, channel, "setServers", ChannelWrap::SetServers);
  SetProtoMethod(isolate, channel, "setLocalAddress", ChannelWrap::SetLocalAddress);
  SetProtoMethod(isolate, channel, "cancel", ChannelWrap::Cancel);
  SetValue(context, target, "ChannelWrap", channel->GetFunction(context).ToLocalChecked());
  for (const char* name : {"GetAddrInfoReqWrap", "GetNameInfoReqWrap", "QueryReqWrap"}) {
    v8::Local<v8::FunctionTemplate> tmpl = NewRequestTemplate(isolate);
    tmpl->SetClassName(OneByteString(isolate, name));
    SetValue(context, target, name, tmpl->GetFunction(context).ToLocalChecked());
  }
  SetConstant(context, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  SetConstant(context, target, "AI_ALL", AI_ALL);
  SetConstant(context, target, "AI_V4MAPPED", AI_V4MAPPED);
  SetConstant(context, target, "DNS_ORDER_VERBATIM", kVerbatim);
  SetConstant(context, target, "DNS_ORDER_IPV4_FIRST", kIpv4First);
  SetConstant(context, target, "DNS_ORDER_IPV6_FIRST", kIpv6First);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(NewRequestObject);
  registry->Add(ChannelWrap::New);
  registry->Add(ChannelWrap::QueryMethod<kA>);
  registry->Add(ChannelWrap::QueryMethod<kAaaa>);
  registry->Add(ChannelWrap::QueryMethod<kAny>);
  registry->Add(ChannelWrap::QueryMethod<kCaa>);
  registry->Add(ChannelWrap::QueryMethod<kCname>);
  registry->Add(ChannelWrap::QueryMethod<kMx>);
  registry->Add(ChannelWrap::QueryMethod<kNs>);
  registry->Add(ChannelWrap::QueryMethod<kTxt>);
  registry->Add(ChannelWrap::QueryMethod<kSrv>);
  registry->Add(ChannelWrap::QueryMethod<kPtr>);
  registry->Add(ChannelWrap::QueryMethod<kNaptr>);
  registry->Add(ChannelWrap::QueryMethod<kSoa>);
  registry->Add(ChannelWrap::QueryMethod<kReverse>);
  registry->Add(ChannelWrap::GetServers);
  registry->Add(ChannelWrap::SetServers);
  registry->Add(ChannelWrap::SetLocalAddress);
  registry->Add(ChannelWrap::Cancel);
}

}  // namespace tide::bindings::cares_wrap
