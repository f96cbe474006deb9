// BaseObject: a native object backing one JS object (internal field 0 points back to it).
// HandleWrap: a BaseObject that owns a libuv handle; ref()/unref()/hasRef()/close() from JS, and
// the handle's memory is freed only after uv_close has called back.
#pragma once

#include <uv.h>
#include <v8.h>

#include "env/environment.h"

namespace tide {

class BaseObject {
 public:
  static constexpr int kInternalFieldCount = 1;

  BaseObject(Environment* env, v8::Local<v8::Object> object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  Environment* env() const { return env_; }
  v8::Local<v8::Object> object() const { return object_.Get(env_->isolate()); }

  // The native object behind a JS object made from a template with kInternalFieldCount fields,
  // or nullptr when the value is not one.
  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() < kInternalFieldCount) return nullptr;
    return static_cast<T*>(object->GetAlignedPointerFromInternalField(0));
  }

  // Weak: the native object is deleted when its JS object is garbage-collected.
  void MakeWeak();
  void ClearWeak();

 private:
  Environment* env_;
  v8::Global<v8::Object> object_;
};

class HandleWrap : public BaseObject {
 public:
  // Adds close/ref/unref/hasRef to a constructor template's prototype.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  static void RegisterExternalReferences(class ExternalReferenceRegistry* registry);

  // Starts closing; `on_close` (a JS function, may be empty) is called once the handle is closed.
  void Close(v8::Local<v8::Value> on_close = v8::Local<v8::Value>());
  bool IsClosing() const { return state_ != kOpen; }
  uv_handle_t* handle() const { return handle_; }
  // Node's name for this kind of resource in process.getActiveResourcesInfo() ('TCPSocketWrap',
  // 'TTYWrap', ...).
  virtual const char* ResourceName() const;
  // Open and keeping the loop alive.
  bool HasRef() const { return state_ == kOpen && uv_has_ref(handle_); }

 protected:
  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  ~HandleWrap() override;
  // Called once, just before uv_close (the descriptor is still open).
  virtual void OnClosing() {}
  virtual void OnClose() {}

 private:
  friend class Environment;
  static void OnClosed(uv_handle_t* handle);
  static void JsClose(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsRef(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsUnref(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsHasRef(const v8::FunctionCallbackInfo<v8::Value>& args);

  enum State { kOpen, kClosing, kClosed };
  uv_handle_t* handle_;
  State state_ = kOpen;
  v8::Global<v8::Value> on_close_;
  HandleWrap* next_ = nullptr;  // Environment's list of live handles
  HandleWrap* prev_ = nullptr;
};

}  // namespace tide
