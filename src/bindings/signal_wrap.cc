// internalBinding('signal_wrap'): Signal, a HandleWrap over uv_signal_t. process.on('SIGINT', ...)
// starts one per signal; its `onsignal(signum)` runs through MakeCallback.
#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide::bindings::signal_wrap {

namespace {

class SignalWrap final : public HandleWrap {
 public:
  SignalWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    uv_signal_init(env->loop(), &handle_);
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new Signal()");
    (new SignalWrap(Environment::From(args), args.This()))->AsyncInit("SIGNALWRAP");
  }

  // start(signum) → 0 or a negative uv error code
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<SignalWrap>(args.This());
    if (self == nullptr || self->IsClosing() || !args[0]->IsInt32()) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    int err = uv_signal_start(&self->handle_, OnSignal, args[0].As<v8::Int32>()->Value());
    args.GetReturnValue().Set(err);
  }

  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<SignalWrap>(args.This());
    if (self == nullptr || self->IsClosing()) return args.GetReturnValue().Set(UV_EINVAL);
    args.GetReturnValue().Set(uv_signal_stop(&self->handle_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* self = static_cast<SignalWrap*>(reinterpret_cast<uv_handle_t*>(handle)->data);
    Environment* env = self->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> arg = v8::Integer::New(isolate, signum);
    MakeCallback(env, self->object(), "onsignal", 1, &arg);
  }

  uv_signal_t handle_;
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, SignalWrap::New, "Signal");
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "start", SignalWrap::Start);
  SetProtoMethod(isolate, tmpl, "stop", SignalWrap::Stop);
  SetValue(context, target, "Signal", tmpl->GetFunction(context).ToLocalChecked());
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(SignalWrap::New);
  registry->Add(SignalWrap::Start);
  registry->Add(SignalWrap::Stop);
}

}  // namespace tide::bindings::signal_wrap
