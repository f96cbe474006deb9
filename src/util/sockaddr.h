// A socket address as JavaScript sees it: the { address, family, port } object of net and dgram.
#pragma once

#include <sys/socket.h>
#include <v8.h>

namespace tide {

// Fills `out` with address (text), family ('IPv4' / 'IPv6') and port from `addr`, as Node's
// AddressToJS; other address families leave empty strings and port 0.
void SockaddrToJs(v8::Local<v8::Context> context, const sockaddr* addr, v8::Local<v8::Object> out);

}  // namespace tide
