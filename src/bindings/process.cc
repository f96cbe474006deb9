// internalBinding('process'): the native parts of `process` — working directory, umask, clocks,
// memory and CPU figures, signals to other processes, exit, title, the live `process.env`, and the
// options the command line gave.
#include <openssl/crypto.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <map>
#include <string>

#include "engine/errors.h"
#include "engine/runtime.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/dotenv.h"
#include "util/signals.h"
#include "util/uv_error.h"

extern char** environ;

namespace tide::bindings::process {

namespace {

std::string Cwd(Environment* env) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) {
    ThrowUVException(env->isolate(), err, "uv_cwd");
    return "";
  }
  return std::string(buf, size);
}

// Node's message names both directories: "ENOENT: no such file or directory, chdir '/cwd' ->
// 'dir'".
void Chdir(Environment* env, std::string dir) {
  int err = uv_chdir(dir.c_str());
  if (err == 0) return;
  std::string cwd = Cwd(env);
  ThrowUVException(env->isolate(), err, "chdir", cwd.c_str(), dir.c_str());
}

// umask(mask) sets and returns the old one; umask(-1) only reads it.
int32_t Umask(Environment* env, int32_t mask) {
  if (mask < 0) {
    mode_t old = umask(0);
    umask(old);
    return static_cast<int32_t>(old);
  }
  return static_cast<int32_t>(umask(static_cast<mode_t>(mask)));
}

double Uptime(Environment* env) { return (uv_hrtime() - env->time_origin()) / 1e9; }

// Fills the shared buffers: hrtime → [seconds high 32, seconds low 32, nanoseconds].
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsUint32Array()) return;
  auto array = args[0].As<v8::Uint32Array>();
  auto* fields = reinterpret_cast<uint32_t*>(static_cast<char*>(array->Buffer()->Data()) +
                                             array->ByteOffset());
  uint64_t t = uv_hrtime();
  uint64_t sec = t / 1000000000;
  fields[0] = static_cast<uint32_t>(sec >> 32);
  fields[1] = static_cast<uint32_t>(sec & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

void HrtimeBigInt(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), uv_hrtime()));
}

double* Float64Fields(v8::Local<v8::Value> value, size_t needed) {
  if (!value->IsFloat64Array()) return nullptr;
  auto array = value.As<v8::Float64Array>();
  if (array->Length() < needed) return nullptr;
  return reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) +
                                   array->ByteOffset());
}

// memoryUsage(Float64Array(5)) → rss, heapTotal, heapUsed, external, arrayBuffers
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double* f = Float64Fields(args[0], 5);
  if (f == nullptr) return ThrowTypeError(args.GetIsolate(), "memoryUsage needs a Float64Array(5)");
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_resident_set_memory");
  v8::HeapStatistics stats;
  args.GetIsolate()->GetHeapStatistics(&stats);
  f[0] = static_cast<double>(rss);
  f[1] = static_cast<double>(stats.total_heap_size());
  f[2] = static_cast<double>(stats.used_heap_size());
  f[3] = static_cast<double>(stats.external_memory());
  // V8 10.2 has no separate array-buffer figure; the external memory is mostly array buffers.
  f[4] = static_cast<double>(stats.external_memory());
}

double Rss(Environment* env) {
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  if (err != 0) ThrowUVException(env->isolate(), err, "uv_resident_set_memory");
  return static_cast<double>(rss);
}

// cpuUsage(Float64Array(2)) → user, system (microseconds)
void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double* f = Float64Fields(args[0], 2);
  if (f == nullptr) return ThrowTypeError(args.GetIsolate(), "cpuUsage needs a Float64Array(2)");
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_getrusage");
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
}

// resourceUsage(Float64Array(16)) in Node's field order.
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double* f = Float64Fields(args[0], 16);
  if (f == nullptr)
    return ThrowTypeError(args.GetIsolate(), "resourceUsage needs a Float64Array(16)");
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_getrusage");
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
  f[2] = ru.ru_maxrss;
  f[3] = ru.ru_ixrss;
  f[4] = ru.ru_idrss;
  f[5] = ru.ru_isrss;
  f[6] = ru.ru_minflt;
  f[7] = ru.ru_majflt;
  f[8] = ru.ru_nswap;
  f[9] = ru.ru_inblock;
  f[10] = ru.ru_oublock;
  f[11] = ru.ru_msgsnd;
  f[12] = ru.ru_msgrcv;
  f[13] = ru.ru_nsignals;
  f[14] = ru.ru_nvcsw;
  f[15] = ru.ru_nivcsw;
}

// kill(pid, signal) → 0 or a negative uv error code.
int32_t Kill(Environment* env, int32_t pid, int32_t sig) { return uv_kill(pid, sig); }

// reallyExit(code): no JS runs after this; the runtime unwinds and exits with `code`.
void ReallyExit(Environment* env, int32_t code) {
  fflush(stdout);
  fflush(stderr);
  StopEnvironment(env, code);
}

std::string GetTitle(Environment* env) {
  char buf[1024];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) return "";
  return buf;
}
void SetTitle(Environment* env, std::string title) { uv_set_process_title(title.c_str()); }
int32_t GetPpid(Environment* env) { return static_cast<int32_t>(uv_os_getppid()); }

void SetEmitProcessEvent(Environment* env, v8::Local<v8::Function> fn) {
  env->set_js_callback(JsCallback::kEmitProcessEvent, fn);
}

[[noreturn]] void Abort(Environment* env) {
  fflush(stdout);
  fflush(stderr);
  abort();
}

void RawDebug(Environment* env, std::string text) {
  text += '\n';
  fwrite(text.data(), 1, text.size(), stderr);
  fflush(stderr);
}

// --- process.env: a live view of the environment
// ----------------------------------------------------

// A worker's own copy of the variables (null: the process's environment itself).
std::map<std::string, std::string>* WorkerEnv(v8::Isolate* isolate) {
  Environment* env = Environment::From(isolate);
  return env != nullptr ? env->options().env_vars.get() : nullptr;
}

void EnvGetter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (!property->IsString()) return;  // symbols fall through to the ordinary object
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value key(isolate, property);
  if (auto* vars = WorkerEnv(isolate)) {
    auto it = vars->find(*key);
    if (it != vars->end()) info.GetReturnValue().Set(Utf8String(isolate, it->second));
    return;
  }
  const char* value = getenv(*key);
  if (value != nullptr) info.GetReturnValue().Set(Utf8String(isolate, value));
}

void ThrowDefinePropertyError(v8::Isolate* isolate, const char* message) {
  ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_INVALID_OBJECT_DEFINE_PROPERTY", message);
}

void EnvSetter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (!property->IsString()) {
    // As in Node: the key is converted to a string, which a Symbol refuses.
    return ThrowTypeError(info.GetIsolate(), "Cannot convert a Symbol value to a string");
  }
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> string_value;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string_value)) return;  // threw
  v8::String::Utf8Value key(isolate, property);
  v8::String::Utf8Value val(isolate, string_value);
  if (*key != nullptr && **key != '\0' && strchr(*key, '=') == nullptr) {
    if (auto* vars = WorkerEnv(isolate)) {
      (*vars)[*key] = *val;
    } else {
      setenv(*key, *val, 1);
    }
  }
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (!property->IsString()) return;
  v8::String::Utf8Value key(info.GetIsolate(), property);
  if (auto* vars = WorkerEnv(info.GetIsolate())) {
    if (vars->count(*key) != 0) info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
    return;
  }
  if (getenv(*key) != nullptr) info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void EnvDeleter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (!property->IsString()) return;
  v8::String::Utf8Value key(info.GetIsolate(), property);
  if (auto* vars = WorkerEnv(info.GetIsolate())) {
    vars->erase(*key);
  } else {
    unsetenv(*key);
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> keys = v8::Array::New(isolate);
  uint32_t n = 0;
  if (auto* vars = WorkerEnv(isolate)) {
    for (const auto& [name, value] : *vars) {
      if (!name.empty()) keys->Set(context, n++, Utf8String(isolate, name)).Check();
    }
    return info.GetReturnValue().Set(keys);
  }
  for (char** e = environ; e != nullptr && *e != nullptr; e++) {
    const char* eq = strchr(*e, '=');
    size_t len = eq != nullptr ? static_cast<size_t>(eq - *e) : strlen(*e);
    if (len == 0) continue;
    keys->Set(context, n++, Utf8String(isolate, std::string_view(*e, len))).Check();
  }
  info.GetReturnValue().Set(keys);
}

void EnvDefiner(v8::Local<v8::Name> property, const v8::PropertyDescriptor& desc,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  // Only a plain, fully open data property is allowed; it stores the value as an assignment would.
  if (!property->IsString()) return;
  if (desc.has_get() || desc.has_set()) {
    return ThrowDefinePropertyError(
        info.GetIsolate(), "'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  if (!desc.has_value() || !desc.has_writable() || !desc.writable() || !desc.has_enumerable() ||
      !desc.enumerable() || !desc.has_configurable() || !desc.configurable()) {
    return ThrowDefinePropertyError(info.GetIsolate(),
                                    "'process.env' only accepts a configurable, writable, and "
                                    "enumerable data descriptor");
  }
  EnvSetter(property, desc.value(), info);
}

v8::Local<v8::Object> CreateEnvObject(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner, nullptr,
      v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  return tmpl->NewInstance(env->context()).ToLocalChecked();
}

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& items) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(items.size()));
  for (size_t i = 0; i < items.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, items[i])).Check();
  }
  return array;
}

std::string ExecPath() {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) return "";
  return std::string(buf, size);
}

// getRunOptions() → what this run was started with. A function, not values on the binding, because
// the binding object itself may come from the startup snapshot.
// parseEnv(content) → { KEY: value } in the dotenv format (util.parseEnv, process.loadEnvFile);
// the same parser as --env-file's. JS has validated the string.
void ParseEnv(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsString()) return;
  v8::String::Utf8Value content(isolate, args[0]);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  for (const auto& [key, value] : ParseDotenv(std::string_view(*content, content.length()))) {
    v8::Local<v8::String> name;
    v8::Local<v8::String> text;
    if (!v8::String::NewFromUtf8(isolate, key.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(key.size()))
             .ToLocal(&name) ||
        !v8::String::NewFromUtf8(isolate, value.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(value.size()))
             .ToLocal(&text) ||
        result->Set(context, name, text).IsNothing()) {
      return;
    }
  }
  args.GetReturnValue().Set(result);
}

void GetRunOptions(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  const EnvironmentOptions& options = env->options();
  v8::Local<v8::Object> run = v8::Object::New(isolate);
  SetValue(context, run, "argv", ToArray(isolate, options.argv));
  SetValue(context, run, "execArgv", ToArray(isolate, options.exec_argv));
  SetValue(context, run, "tideFlags", ToArray(isolate, options.tide_flags));
  SetValue(context, run, "execPath", Utf8String(isolate, ExecPath()));
  SetValue(context, run, "pid", v8::Integer::New(isolate, static_cast<int32_t>(uv_os_getpid())));
  SetValue(context, run, "isMainThread", v8::Boolean::New(isolate, env->is_main_thread()));
  if (options.has_eval) {
    SetValue(context, run, "evalSource", Utf8String(isolate, options.eval_source));
    SetValue(context, run, "printEval", v8::Boolean::New(isolate, options.print_eval));
  }
  args.GetReturnValue().Set(run);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"cwd", Bind<Cwd>},
    {"chdir", Bind<Chdir>},
    {"umask", Bind<Umask>},
    {"uptime", Bind<Uptime>},
    {"hrtime", Hrtime},
    {"hrtimeBigInt", HrtimeBigInt},
    {"memoryUsage", MemoryUsage},
    {"rss", Bind<Rss>},
    {"cpuUsage", CpuUsage},
    {"resourceUsage", ResourceUsage},
    {"kill", Bind<Kill>},
    {"reallyExit", Bind<ReallyExit>},
    {"getTitle", Bind<GetTitle>},
    {"setTitle", Bind<SetTitle>},
    {"getPpid", Bind<GetPpid>},
    {"setEmitProcessEvent", Bind<SetEmitProcessEvent>},
    {"rawDebug", Bind<RawDebug>},
    {"abort", Bind<Abort>},
    {"getRunOptions", GetRunOptions},
    {"parseEnv", ParseEnv},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);

  SetValue(context, target, "env", CreateEnvObject(env));

  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  SetValue(context, versions, "node", OneByteString(isolate, NodeApiVersion() + 1));
  SetValue(context, versions, "tide", OneByteString(isolate, TIDE_VERSION));
  SetValue(context, versions, "v8", OneByteString(isolate, v8::V8::GetVersion()));
  SetValue(context, versions, "uv", OneByteString(isolate, uv_version_string()));
  SetValue(context, versions, "openssl",
           OneByteString(isolate, OpenSSL_version(OPENSSL_VERSION_STRING)));
  SetValue(context, target, "versions", versions);
  SetValue(context, target, "version", OneByteString(isolate, NodeApiVersion()));

  v8::Local<v8::Object> signals = v8::Object::New(isolate);
#define TIDE_SIGNAL(name) SetConstant(context, signals, #name, name);
  TIDE_SIGNALS(TIDE_SIGNAL)
#undef TIDE_SIGNAL
  SetValue(context, target, "signals", signals);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(EnvGetter);
  registry->Add(EnvSetter);
  registry->Add(EnvQuery);
  registry->Add(EnvDeleter);
  registry->Add(EnvEnumerator);
  registry->Add(EnvDefiner);
}
}  // namespace tide::bindings::process
