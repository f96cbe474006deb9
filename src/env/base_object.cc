// See base_object.h.
#include "env/base_object.h"

#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide {

BaseObject::BaseObject(Environment* env, v8::Local<v8::Object> object)
    : env_(env), object_(env->isolate(), object) {
  env->AddBaseObject(this);
  object->SetAlignedPointerInInternalField(0, this);
  CaptureAsyncContext(env, object);
}

BaseObject::~BaseObject() {
  env_->RemoveBaseObject(this);
  if (async_ids_.async_id > 0 && env_->async_hooks()->Has(AsyncHooksInfo::kDestroy)) {
    env_->QueueDestroyAsyncId(async_ids_.async_id);
  }
  if (!object_.IsEmpty()) {
    v8::HandleScope scope(env_->isolate());
    object()->SetAlignedPointerInInternalField(0, nullptr);
  }
}

void BaseObject::MakeWeak() {
  object_.SetWeak(
      this,
      [](const v8::WeakCallbackInfo<BaseObject>& info) {
        BaseObject* self = info.GetParameter();
        self->object_.Reset();
        self->OnCollected();
      },
      v8::WeakCallbackType::kParameter);
}

void BaseObject::ClearWeak() { object_.ClearWeak(); }

void BaseObject::AsyncInit(const char* type) {
  v8::HandleScope scope(env_->isolate());
  async_ids_ = env_->NewAsyncResource(object(), type);
}

void BaseObject::AsyncReset(const char* type) {
  if (async_ids_.async_id > 0 && env_->async_hooks()->Has(AsyncHooksInfo::kDestroy)) {
    env_->QueueDestroyAsyncId(async_ids_.async_id);
  }
  AsyncInit(type);
}

HandleWrap::HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle)
    : BaseObject(env, object), handle_(handle) {
  handle_->data = this;
  env->AddHandle(this);
  if (Diagnostics* diag = env->diagnostics()) diag->OnHandleCreated(this);
}

const char* HandleWrap::ResourceName() const {
  switch (handle_->type) {
    case UV_TCP:
      return "TCPSocketWrap";
    case UV_NAMED_PIPE:
      return "PipeWrap";
    case UV_TTY:
      return "TTYWrap";
    case UV_UDP:
      return "UDPWrap";
    case UV_PROCESS:
      return "ProcessWrap";
    case UV_SIGNAL:
      return "SignalWrap";
    case UV_FS_EVENT:
      return "FSEventWrap";
    case UV_FS_POLL:
      return "StatWatcher";
    case UV_TIMER:
      return "Timer";
    default:
      return "HandleWrap";
  }
}

HandleWrap::~HandleWrap() = default;

void HandleWrap::Close(v8::Local<v8::Value> on_close) {
  if (state_ != kOpen) return;
  state_ = kClosing;
  if (!on_close.IsEmpty() && on_close->IsFunction()) on_close_.Reset(env()->isolate(), on_close);
  OnClosing();
  uv_close(handle_, OnClosed);
}

void HandleWrap::OnClosed(uv_handle_t* handle) {
  auto* self = static_cast<HandleWrap*>(handle->data);
  Environment* env = self->env();
  self->state_ = kClosed;
  env->RemoveHandle(self);
  if (Diagnostics* diag = env->diagnostics()) diag->OnHandleClosed(self);
  self->OnClose();
  if (!self->on_close_.IsEmpty() && !env->is_stopping() && !self->collected()) {
    v8::HandleScope scope(env->isolate());
    v8::Local<v8::Function> fn = self->on_close_.Get(env->isolate()).As<v8::Function>();
    MakeCallback(env, self->object(), fn, 0, nullptr);
  }
  delete self;
}

void HandleWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  SetProtoMethod(isolate, tmpl, "close", JsClose);
  SetProtoMethod(isolate, tmpl, "ref", JsRef);
  SetProtoMethod(isolate, tmpl, "unref", JsUnref);
  SetProtoMethod(isolate, tmpl, "hasRef", JsHasRef);
  SetProtoMethod(isolate, tmpl, "getAsyncId", JsGetAsyncId);
}

void HandleWrap::RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(JsClose);
  registry->Add(JsRef);
  registry->Add(JsUnref);
  registry->Add(JsHasRef);
  registry->Add(JsGetAsyncId);
}

void HandleWrap::JsClose(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (auto* self = Unwrap<HandleWrap>(args.This())) self->Close(args[0]);
}
void HandleWrap::JsRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<HandleWrap>(args.This());
  if (self != nullptr && self->state_ == kOpen) uv_ref(self->handle_);
}
void HandleWrap::JsUnref(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<HandleWrap>(args.This());
  if (self != nullptr && self->state_ == kOpen) uv_unref(self->handle_);
}
void HandleWrap::JsGetAsyncId(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<HandleWrap>(args.This());
  args.GetReturnValue().Set(self != nullptr ? self->async_ids().async_id : -1);
}
void HandleWrap::JsHasRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<HandleWrap>(args.This());
  args.GetReturnValue().Set(self != nullptr && self->state_ == kOpen && uv_has_ref(self->handle_));
}

}  // namespace tide
