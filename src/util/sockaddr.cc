// See sockaddr.h.
#include "util/sockaddr.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <uv.h>

#include "util/args.h"

namespace tide {

void SockaddrToJs(v8::Local<v8::Context> context, const sockaddr* addr, v8::Local<v8::Object> out) {
  v8::Isolate* isolate = context->GetIsolate();
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "";
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  }
  SetValue(context, out, "address", OneByteString(isolate, ip));
  SetValue(context, out, "family", OneByteString(isolate, family));
  SetValue(context, out, "port", v8::Integer::New(isolate, port));
}

}  // namespace tide
