// internalBinding('fs_event_wrap'): the two file watchers behind fs.watch and fs.watchFile.
// FSEvent wraps uv_fs_event_t (inotify): `onchange(status, eventType, filename)`. StatWatcher wraps
// uv_fs_poll_t (stat polling): `onchange(status, stats)` where stats holds the current then the
// previous stat (18 numbers each, the layout fs.stat uses). Both are HandleWraps (ref/unref/close).
#include <uv.h>

#include <cstring>
#include <string>

#include "bindings/fs_ops.h"
#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide::bindings::fs_event_wrap {

namespace {

v8::Local<v8::Function> GetCallback(Environment* env, v8::Local<v8::Object> object) {
  v8::Local<v8::Value> fn;
  if (!object->Get(env->context(), OneByteString(env->isolate(), "onchange")).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return {};
  }
  return fn.As<v8::Function>();
}

class FSEventWrap final : public HandleWrap {
 public:
  FSEventWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_fs_event_init(env->loop(), &handle_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new FSEvent()");
    (new FSEventWrap(Environment::From(args), args.This()))->AsyncInit("FSEVENTWRAP");
  }

  // start(path, persistent) → 0 or a negative uv error code. Recursion is lib/'s (one watcher per
  // directory): Linux's inotify has none.
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<FSEventWrap>(args.This());
    if (self == nullptr || self->IsClosing() || !args[0]->IsString()) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    std::string path = ToStdString(args.GetIsolate(), args[0]);
    int err = uv_fs_event_start(&self->handle_, OnEvent, path.c_str(), 0);
    if (err == 0) {
      self->initialized_ = true;
      if (!args[1]->IsTrue()) uv_unref(reinterpret_cast<uv_handle_t*>(&self->handle_));
    }
    args.GetReturnValue().Set(err);
  }

  static void GetInitialized(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<FSEventWrap>(args.This());
    args.GetReturnValue().Set(self != nullptr && self->initialized_);
  }

 private:
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    auto* self = static_cast<FSEventWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    Environment* env = self->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Object> object = self->object();
    v8::Local<v8::Function> fn = GetCallback(env, object);
    if (fn.IsEmpty()) return;
    const char* type = (events & UV_RENAME) ? "rename" : (events & UV_CHANGE) ? "change" : "";
    v8::Local<v8::Value> argv[3] = {
        v8::Integer::New(isolate, status),
        OneByteString(isolate, type),
        filename != nullptr ? v8::Local<v8::Value>(Utf8String(isolate, filename))
                            : v8::Local<v8::Value>(v8::Null(isolate)),
    };
    MakeCallback(env, object, fn, 3, argv);
  }

  uv_fs_event_t handle_;
  bool initialized_ = false;
};

class StatWatcher final : public HandleWrap {
 public:
  StatWatcher(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_fs_poll_init(env->loop(), &handle_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) {
      return ThrowTypeError(args.GetIsolate(), "use new StatWatcher()");
    }
    (new StatWatcher(Environment::From(args), args.This()))->AsyncInit("STATWATCHER");
  }

  // start(path, intervalMs) → 0 or a negative uv error code
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<StatWatcher>(args.This());
    if (self == nullptr || self->IsClosing() || !args[0]->IsString() || !args[1]->IsUint32()) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    std::string path = ToStdString(args.GetIsolate(), args[0]);
    int err =
        uv_fs_poll_start(&self->handle_, OnChange, path.c_str(), args[1].As<v8::Uint32>()->Value());
    args.GetReturnValue().Set(err);
  }

 private:
  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr) {
    auto* self = static_cast<StatWatcher*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    Environment* env = self->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Object> object = self->object();
    v8::Local<v8::Function> fn = GetCallback(env, object);
    if (fn.IsEmpty()) return;
    auto buffer = v8::ArrayBuffer::New(isolate, 36 * sizeof(double));
    double* data = static_cast<double*>(buffer->GetBackingStore()->Data());
    fs::FillStatValues(data, curr);
    fs::FillStatValues(data + fs::kStatFields, prev);
    v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status),
                                    v8::Float64Array::New(buffer, 0, 36)};
    MakeCallback(env, object, fn, 2, argv);
  }

  uv_fs_poll_t handle_;
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> event =
      NewConstructorTemplate(isolate, FSEventWrap::New, "FSEvent");
  HandleWrap::AddMethods(isolate, event);
  SetProtoMethod(isolate, event, "start", FSEventWrap::Start);
  SetProtoMethod(isolate, event, "getInitialized", FSEventWrap::GetInitialized);
  SetValue(context, target, "FSEvent", event->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> poll =
      NewConstructorTemplate(isolate, StatWatcher::New, "StatWatcher");
  HandleWrap::AddMethods(isolate, poll);
  SetProtoMethod(isolate, poll, "start", StatWatcher::Start);
  SetValue(context, target, "StatWatcher", poll->GetFunction(context).ToLocalChecked());
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(FSEventWrap::New);
  registry->Add(FSEventWrap::Start);
  registry->Add(FSEventWrap::GetInitialized);
  registry->Add(StatWatcher::New);
  registry->Add(StatWatcher::Start);
}

}  // namespace tide::bindings::fs_event_wrap
