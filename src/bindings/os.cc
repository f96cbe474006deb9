// internalBinding('os'): what node:os reports about the machine and the user, read from libuv when
// called (the binding may be created inside the startup snapshot, so nothing per-run is kept), and
// the platform's constants (signals, errno, priorities, dlopen flags).
//
// Calls that can fail take a `ctx` object last: on failure they fill it with errno, code, message
// and syscall (what lib/os.js turns into Node's ERR_SYSTEM_ERROR) and return undefined.
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/signals.h"

namespace tide::bindings::os {

namespace {

// Fills `ctx` the way Node's CollectUVExceptionInfo does.
void CollectErrorInfo(v8::Isolate* isolate, v8::Local<v8::Value> ctx, int err,
                      const char* syscall) {
  if (!ctx->IsObject()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> obj = ctx.As<v8::Object>();
  SetValue(context, obj, "errno", v8::Integer::New(isolate, err));
  SetValue(context, obj, "code", OneByteString(isolate, uv_err_name(err)));
  SetValue(context, obj, "message", Utf8String(isolate, uv_strerror(err)));
  SetValue(context, obj, "syscall", OneByteString(isolate, syscall));
}

v8::Local<v8::Value> LastArg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (args.Length() == 0) return v8::Undefined(args.GetIsolate());
  return args[args.Length() - 1];
}

void GetHostname(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return CollectErrorInfo(isolate, LastArg(args), err, "uv_os_gethostname");
  args.GetReturnValue().Set(Utf8String(isolate, std::string_view(buf, size)));
}

// [sysname, version, release, machine]
void GetOSInformation(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0) return CollectErrorInfo(isolate, LastArg(args), err, "uv_os_uname");
  v8::Local<v8::Value> fields[] = {
      Utf8String(isolate, info.sysname),
      Utf8String(isolate, info.version),
      Utf8String(isolate, info.release),
      Utf8String(isolate, info.machine),
  };
  args.GetReturnValue().Set(v8::Array::New(isolate, fields, 4));
}

// One flat array, seven entries per CPU: model, speed, user, nice, sys, idle, irq. JS builds the
// objects (cheaper than setting properties from here).
void GetCPUs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_cpu_info_t* infos;
  int count;
  if (uv_cpu_info(&infos, &count) != 0) return;
  std::vector<v8::Local<v8::Value>> flat;
  flat.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& ci = infos[i];
    flat.push_back(Utf8String(isolate, ci.model != nullptr ? ci.model : ""));
    flat.push_back(v8::Number::New(isolate, ci.speed));
    flat.push_back(v8::Number::New(isolate, static_cast<double>(ci.cpu_times.user)));
    flat.push_back(v8::Number::New(isolate, static_cast<double>(ci.cpu_times.nice)));
    flat.push_back(v8::Number::New(isolate, static_cast<double>(ci.cpu_times.sys)));
    flat.push_back(v8::Number::New(isolate, static_cast<double>(ci.cpu_times.idle)));
    flat.push_back(v8::Number::New(isolate, static_cast<double>(ci.cpu_times.irq)));
  }
  uv_free_cpu_info(infos, count);
  args.GetReturnValue().Set(v8::Array::New(isolate, flat.data(), flat.size()));
}

double GetFreeMem(Environment* env) { return static_cast<double>(uv_get_free_memory()); }
double GetTotalMem(Environment* env) { return static_cast<double>(uv_get_total_memory()); }
uint32_t GetAvailableParallelism(Environment* env) { return uv_available_parallelism(); }

void GetUptime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return CollectErrorInfo(args.GetIsolate(), LastArg(args), err, "uv_uptime");
  args.GetReturnValue().Set(uptime);
}

// getLoadAvg(Float64Array(3)) fills the array.
void GetLoadAvg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsFloat64Array() || args[0].As<v8::Float64Array>()->Length() < 3) {
    return ThrowTypeError(args.GetIsolate(), "tide: getLoadAvg needs a Float64Array(3)");
  }
  auto array = args[0].As<v8::Float64Array>();
  double avg[3];
  uv_loadavg(avg);
  auto* out =
      reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  std::memcpy(out, avg, sizeof(avg));
}

// One flat array, seven entries per address: name, address, netmask, family, mac, internal,
// scopeid (-1 for IPv4). undefined + ctx on failure.
void GetInterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_interface_address_t* interfaces;
  int count;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err == UV_ENOSYS) {
    args.GetReturnValue().Set(v8::Array::New(isolate, 0));
    return;
  }
  if (err != 0) return CollectErrorInfo(isolate, LastArg(args), err, "uv_interface_addresses");

  std::vector<v8::Local<v8::Value>> flat;
  flat.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& iface = interfaces[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    char mac[18];
    const char* family;
    std::snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
                  static_cast<unsigned char>(iface.phys_addr[0]),
                  static_cast<unsigned char>(iface.phys_addr[1]),
                  static_cast<unsigned char>(iface.phys_addr[2]),
                  static_cast<unsigned char>(iface.phys_addr[3]),
                  static_cast<unsigned char>(iface.phys_addr[4]),
                  static_cast<unsigned char>(iface.phys_addr[5]));
    int sa_family = iface.address.address4.sin_family;
    if (sa_family == AF_INET) {
      uv_ip4_name(&iface.address.address4, ip, sizeof(ip));
      uv_ip4_name(&iface.netmask.netmask4, netmask, sizeof(netmask));
      family = "IPv4";
    } else if (sa_family == AF_INET6) {
      uv_ip6_name(&iface.address.address6, ip, sizeof(ip));
      uv_ip6_name(&iface.netmask.netmask6, netmask, sizeof(netmask));
      family = "IPv6";
    } else {
      std::snprintf(ip, sizeof(ip), "%s", "<unknown sa family>");
      family = "unknown";
    }
    flat.push_back(Utf8String(isolate, iface.name));
    flat.push_back(OneByteString(isolate, ip));
    flat.push_back(OneByteString(isolate, netmask));
    flat.push_back(OneByteString(isolate, family));
    flat.push_back(OneByteString(isolate, mac));
    flat.push_back(v8::Boolean::New(isolate, iface.is_internal != 0));
    if (sa_family == AF_INET6) {
      flat.push_back(v8::Integer::NewFromUnsigned(isolate, iface.address.address6.sin6_scope_id));
    } else {
      flat.push_back(v8::Integer::New(isolate, -1));
    }
  }
  uv_free_interface_addresses(interfaces, count);
  args.GetReturnValue().Set(v8::Array::New(isolate, flat.data(), flat.size()));
}

void GetHomeDirectory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return CollectErrorInfo(isolate, LastArg(args), err, "uv_os_homedir");
  args.GetReturnValue().Set(Utf8String(isolate, std::string_view(buf, size)));
}

v8::Local<v8::Value> RawBytes(v8::Isolate* isolate, const char* s) {
  size_t len = std::strlen(s);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, len);
  if (len > 0) std::memcpy(ab->GetBackingStore()->Data(), s, len);
  return v8::Uint8Array::New(ab, 0, len);
}

// getUserInfo(raw, ctx) → { uid, gid, username, homedir, shell } (null prototype, as Node's);
// with `raw` the three strings are Uint8Arrays of the bytes libc gave, for lib/ to encode.
void GetUserInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  bool raw = args[0]->IsTrue();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return CollectErrorInfo(isolate, LastArg(args), err, "uv_os_get_passwd");

  auto str = [&](const char* s) -> v8::Local<v8::Value> {
    return raw ? RawBytes(isolate, s) : Utf8String(isolate, s).As<v8::Value>();
  };
  v8::Local<v8::Name> names[] = {
      OneByteString(isolate, "uid"),      OneByteString(isolate, "gid"),
      OneByteString(isolate, "username"), OneByteString(isolate, "homedir"),
      OneByteString(isolate, "shell"),
  };
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, static_cast<double>(pwd.uid)),
      v8::Number::New(isolate, static_cast<double>(pwd.gid)),
      str(pwd.username),
      str(pwd.homedir),
      pwd.shell == nullptr ? v8::Null(isolate).As<v8::Value>() : str(pwd.shell),
  };
  uv_os_free_passwd(&pwd);
  args.GetReturnValue().Set(v8::Object::New(isolate, v8::Null(isolate), names, values, 5));
}

// setPriority(pid, priority, ctx) → 0, or the libuv error (ctx filled).
void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsInt32() || !args[1]->IsInt32()) {
    return ThrowTypeError(isolate, "tide: setPriority needs (int32, int32, ctx)");
  }
  int err = uv_os_setpriority(args[0].As<v8::Int32>()->Value(), args[1].As<v8::Int32>()->Value());
  if (err != 0) CollectErrorInfo(isolate, args[2], err, "uv_os_setpriority");
  args.GetReturnValue().Set(err);
}

// getPriority(pid, ctx) → the priority, or undefined (ctx filled).
void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsInt32()) return ThrowTypeError(isolate, "tide: getPriority needs (int32, ctx)");
  int priority;
  int err = uv_os_getpriority(args[0].As<v8::Int32>()->Value(), &priority);
  if (err != 0) return CollectErrorInfo(isolate, args[1], err, "uv_os_getpriority");
  args.GetReturnValue().Set(priority);
}

// Node's constants are read-only and non-configurable, on null-prototype objects.
void DefineConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                    double value) {
  v8::Isolate* isolate = context->GetIsolate();
  target
      ->DefineOwnProperty(context, OneByteString(isolate, name), v8::Number::New(isolate, value),
                          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))
      .Check();
}

v8::Local<v8::Object> NullProtoObject(v8::Isolate* isolate) {
  return v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
}

v8::Local<v8::Object> CreateConstants(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> constants = NullProtoObject(isolate);
  DefineConstant(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);

  v8::Local<v8::Object> dlopen = NullProtoObject(isolate);
  DefineConstant(context, dlopen, "RTLD_LAZY", RTLD_LAZY);
  DefineConstant(context, dlopen, "RTLD_NOW", RTLD_NOW);
  DefineConstant(context, dlopen, "RTLD_GLOBAL", RTLD_GLOBAL);
  DefineConstant(context, dlopen, "RTLD_LOCAL", RTLD_LOCAL);
#ifdef RTLD_DEEPBIND
  DefineConstant(context, dlopen, "RTLD_DEEPBIND", RTLD_DEEPBIND);
#endif
  SetValue(context, constants, "dlopen", dlopen);

  // Node's list and order for Linux.
  v8::Local<v8::Object> errnos = NullProtoObject(isolate);
#define TIDE_ERRNO(name) DefineConstant(context, errnos, #name, name);
  TIDE_ERRNO(E2BIG)
  TIDE_ERRNO(EACCES)
  TIDE_ERRNO(EADDRINUSE)
  TIDE_ERRNO(EADDRNOTAVAIL)
  TIDE_ERRNO(EAFNOSUPPORT)
  TIDE_ERRNO(EAGAIN)
  TIDE_ERRNO(EALREADY)
  TIDE_ERRNO(EBADF)
  TIDE_ERRNO(EBADMSG)
  TIDE_ERRNO(EBUSY)
  TIDE_ERRNO(ECANCELED)
  TIDE_ERRNO(ECHILD)
  TIDE_ERRNO(ECONNABORTED)
  TIDE_ERRNO(ECONNREFUSED)
  TIDE_ERRNO(ECONNRESET)
  TIDE_ERRNO(EDEADLK)
  TIDE_ERRNO(EDESTADDRREQ)
  TIDE_ERRNO(EDOM)
  TIDE_ERRNO(EDQUOT)
  TIDE_ERRNO(EEXIST)
  TIDE_ERRNO(EFAULT)
  TIDE_ERRNO(EFBIG)
  TIDE_ERRNO(EHOSTUNREACH)
  TIDE_ERRNO(EIDRM)
  TIDE_ERRNO(EILSEQ)
  TIDE_ERRNO(EINPROGRESS)
  TIDE_ERRNO(EINTR)
  TIDE_ERRNO(EINVAL)
  TIDE_ERRNO(EIO)
  TIDE_ERRNO(EISCONN)
  TIDE_ERRNO(EISDIR)
  TIDE_ERRNO(ELOOP)
  TIDE_ERRNO(EMFILE)
  TIDE_ERRNO(EMLINK)
  TIDE_ERRNO(EMSGSIZE)
  TIDE_ERRNO(EMULTIHOP)
  TIDE_ERRNO(ENAMETOOLONG)
  TIDE_ERRNO(ENETDOWN)
  TIDE_ERRNO(ENETRESET)
  TIDE_ERRNO(ENETUNREACH)
  TIDE_ERRNO(ENFILE)
  TIDE_ERRNO(ENOBUFS)
  TIDE_ERRNO(ENODATA)
  TIDE_ERRNO(ENODEV)
  TIDE_ERRNO(ENOENT)
  TIDE_ERRNO(ENOEXEC)
  TIDE_ERRNO(ENOLCK)
  TIDE_ERRNO(ENOLINK)
  TIDE_ERRNO(ENOMEM)
  TIDE_ERRNO(ENOMSG)
  TIDE_ERRNO(ENOPROTOOPT)
  TIDE_ERRNO(ENOSPC)
  TIDE_ERRNO(ENOSR)
  TIDE_ERRNO(ENOSTR)
  TIDE_ERRNO(ENOSYS)
  TIDE_ERRNO(ENOTCONN)
  TIDE_ERRNO(ENOTDIR)
  TIDE_ERRNO(ENOTEMPTY)
  TIDE_ERRNO(ENOTSOCK)
  TIDE_ERRNO(ENOTSUP)
  TIDE_ERRNO(ENOTTY)
  TIDE_ERRNO(ENXIO)
  TIDE_ERRNO(EOPNOTSUPP)
  TIDE_ERRNO(EOVERFLOW)
  TIDE_ERRNO(EPERM)
  TIDE_ERRNO(EPIPE)
  TIDE_ERRNO(EPROTO)
  TIDE_ERRNO(EPROTONOSUPPORT)
  TIDE_ERRNO(EPROTOTYPE)
  TIDE_ERRNO(ERANGE)
  TIDE_ERRNO(EROFS)
  TIDE_ERRNO(ESPIPE)
  TIDE_ERRNO(ESRCH)
  TIDE_ERRNO(ESTALE)
  TIDE_ERRNO(ETIME)
  TIDE_ERRNO(ETIMEDOUT)
  TIDE_ERRNO(ETXTBSY)
  TIDE_ERRNO(EWOULDBLOCK)
  TIDE_ERRNO(EXDEV)
#undef TIDE_ERRNO
  SetValue(context, constants, "errno", errnos);

  v8::Local<v8::Object> signals = NullProtoObject(isolate);
#define TIDE_SIGNAL(name) DefineConstant(context, signals, #name, name);
  TIDE_SIGNALS(TIDE_SIGNAL)
#undef TIDE_SIGNAL
  SetValue(context, constants, "signals", signals);

  v8::Local<v8::Object> priority = NullProtoObject(isolate);
  DefineConstant(context, priority, "PRIORITY_LOW", UV_PRIORITY_LOW);
  DefineConstant(context, priority, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  DefineConstant(context, priority, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  DefineConstant(context, priority, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  DefineConstant(context, priority, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  DefineConstant(context, priority, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  SetValue(context, constants, "priority", priority);
  return constants;
}

bool IsBigEndian() {
  const uint16_t probe = 1;
  return *reinterpret_cast<const uint8_t*>(&probe) == 0;
}

}  // namespace

const MethodEntry kMethods[] = {
    {"getHostname", GetHostname},
    {"getOSInformation", GetOSInformation},
    {"getCPUs", GetCPUs},
    {"getFreeMem", Bind<GetFreeMem>},
    {"getTotalMem", Bind<GetTotalMem>},
    {"getAvailableParallelism", Bind<GetAvailableParallelism>},
    {"getUptime", GetUptime},
    {"getLoadAvg", GetLoadAvg},
    {"getInterfaceAddresses", GetInterfaceAddresses},
    {"getHomeDirectory", GetHomeDirectory},
    {"getUserInfo", GetUserInfo},
    {"setPriority", SetPriority},
    {"getPriority", GetPriority},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  SetValue(context, target, "isBigEndian", v8::Boolean::New(env->isolate(), IsBigEndian()));
  SetValue(context, target, "constants", CreateConstants(context));
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::os
