// internalBinding('process_wrap'): Process, a HandleWrap over uv_process_t. spawn(options) starts
// the child (file, args, cwd, envPairs, stdio, detached, uid, gid); `onexit(exitStatus,
// termSignal)` runs through MakeCallback when libuv has reaped it; kill(signal) sends a signal.
// lib/ validates every option (internal/child_process.js); a malformed options object here is a
// TypeError.
#include <memory>
#include <string>
#include <vector>

#include "bindings/spawn_options.h"
#include "bindings/stream_wrap.h"
#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide::bindings::process_wrap {

namespace {

class ProcessWrap final : public HandleWrap {
 public:
  ProcessWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {}

  // The native side is made by spawn(): uv_spawn is what initialises a uv_process_t (also when it
  // fails), so a Process that never spawned has no libuv handle to close.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new Process()");
    args.This()->SetAlignedPointerInInternalField(0, nullptr);
  }

  // spawn(options) → 0 or a negative libuv error; sets this.pid on success.
  static void Spawn(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (Unwrap<ProcessWrap>(args.This()) != nullptr) return args.GetReturnValue().Set(UV_EINVAL);
    if (!args[0]->IsObject()) return ThrowTypeError(isolate, "spawn(options)");
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Object> js_options = args[0].As<v8::Object>();

    SpawnOptions spawn_options;
    if (!spawn_options.Read(context, js_options, OnExit)) return;
    uv_process_options_t& options = spawn_options.options();
    v8::Local<v8::Value> value;

    std::vector<uv_stdio_container_t> stdio;
    if (!GetProp(context, js_options, "stdio").ToLocal(&value)) return;
    if (value->IsArray()) {
      v8::Local<v8::Array> list = value.As<v8::Array>();
      stdio.resize(list->Length());
      for (uint32_t i = 0; i < list->Length(); ++i) {
        v8::Local<v8::Value> item;
        if (!list->Get(context, i).ToLocal(&item)) return;
        if (!item->IsObject()) return ThrowTypeError(isolate, "options.stdio entries are objects");
        v8::Local<v8::Object> entry = item.As<v8::Object>();
        v8::Local<v8::Value> type_value;
        if (!GetProp(context, entry, "type").ToLocal(&type_value)) return;
        std::string type = ToStdString(isolate, type_value);
        uv_stdio_container_t& c = stdio[i];
        if (type == "ignore") {
          c.flags = UV_IGNORE;
        } else if (type == "pipe" || type == "wrap") {
          v8::Local<v8::Value> handle;
          if (!GetProp(context, entry, "handle").ToLocal(&handle)) return;
          auto* stream = Unwrap<LibuvStreamWrap>(handle);
          if (stream == nullptr || stream->IsClosing()) {
            return ThrowTypeError(isolate, "options.stdio handle is not an open stream handle");
          }
          c.data.stream = stream->stream();
          c.flags = type == "pipe" ? static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE |
                                                                 UV_WRITABLE_PIPE)
                                   : UV_INHERIT_STREAM;
        } else {  // 'fd' and 'inherit': the child gets descriptor `fd` of ours
          v8::Local<v8::Value> fd;
          if (!GetProp(context, entry, "fd").ToLocal(&fd)) return;
          if (!fd->IsInt32()) return ThrowTypeError(isolate, "options.stdio fd must be an integer");
          c.flags = UV_INHERIT_FD;
          c.data.fd = fd.As<v8::Int32>()->Value();
        }
      }
    }
    options.stdio = stdio.data();
    options.stdio_count = static_cast<int>(stdio.size());

    auto* self = new ProcessWrap(Environment::From(args), args.This());
    self->AsyncInit("PROCESSWRAP");
    int err = uv_spawn(self->env()->loop(), &self->process_, &options);
    if (err == 0) {
      self->running_ = true;
      self->object()
          ->Set(context, OneByteString(isolate, "pid"),
                v8::Integer::New(isolate, self->process_.pid))
          .Check();
    }
    args.GetReturnValue().Set(err);
  }

  // kill(signal) → 0 or a negative libuv error
  static void Kill(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ProcessWrap>(args.This());
    if (self == nullptr || self->IsClosing() || !self->running_) {
      return args.GetReturnValue().Set(UV_ESRCH);
    }
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "kill(signal)");
    args.GetReturnValue().Set(uv_process_kill(&self->process_, args[0].As<v8::Int32>()->Value()));
  }

 private:
  static void OnExit(uv_process_t* handle, int64_t exit_status, int term_signal) {
    auto* self = static_cast<ProcessWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    self->running_ = false;
    Environment* env = self->env();
    if (env->is_stopping()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[2] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                    v8::Integer::New(isolate, term_signal)};
    MakeCallback(env, self->object(), "onexit", 2, argv);
  }

  uv_process_t process_;
  bool running_ = false;
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl =
      NewConstructorTemplate(isolate, ProcessWrap::New, "Process");
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "spawn", ProcessWrap::Spawn);
  SetProtoMethod(isolate, tmpl, "kill", ProcessWrap::Kill);
  SetValue(context, target, "Process", tmpl->GetFunction(context).ToLocalChecked());
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(ProcessWrap::New);
  registry->Add(ProcessWrap::Spawn);
  registry->Add(ProcessWrap::Kill);
}

}  // namespace tide::bindings::process_wrap
