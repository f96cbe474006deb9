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
  // The JS object was garbage-collected (weak objects only).
  bool collected() const { return object_.IsEmpty(); }

  // The native object behind a JS object made from a template with kInternalFieldCount fields,
  // or nullptr when the value is not one.
  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() < kInternalFieldCount) return nullptr;
    return static_cast<T*>(object->GetAlignedPointerFromInternalField(0));
  }

  // Weak: when its JS object is garbage-collected, OnCollected() runs (by default: delete).
  void MakeWeak();
  void ClearWeak();

  // async_hooks: a BaseObject that is an async resource (a handle, a DNS channel, a zlib stream,
  // …) calls AsyncInit once it is constructed, with Node's provider name; it then has an async id
  // and a trigger id, MakeCallback on its object runs with them, and its destroy hooks run when it
  // goes away. Other BaseObjects (hashes, keys, scripts) have neither (-1).
  void AsyncInit(const char* type);
  // A new async life for a reused object (the HTTP parser): destroy for the old ids, init anew.
  void AsyncReset(const char* type);
  const AsyncIds& async_ids() const { return async_ids_; }

 protected:
  // The JS object is gone (its handle already reset). Runs inside V8's first-pass weak callback:
  // no V8 calls. A HandleWrap starts its close here instead of deleting itself.
  virtual void OnCollected() { delete this; }

 private:
  friend class Environment;
  Environment* env_;
  v8::Global<v8::Object> object_;
  // The Environment's list this object is on: its handles, or its other live objects.
  BaseObject* env_next_ = nullptr;
  BaseObject* env_prev_ = nullptr;

 protected:
  AsyncIds async_ids_;
};

class HandleWrap : public BaseObject {
 public:
  // Adds close/ref/unref/hasRef to a constructor template's prototype.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  static void RegisterExternalReferences(class ExternalReferenceRegistry* registry);

  // Starts closing; `on_close` (a JS function, may be empty) is called once the handle is closed.
  void Close(v8::Local<v8::Value> on_close = v8::Local<v8::Value>());
  void OnCollected() override { Close(); }
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
  static void OnClosed(uv_handle_t* handle);
  static void JsClose(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsRef(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsUnref(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsHasRef(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsGetAsyncId(const v8::FunctionCallbackInfo<v8::Value>& args);

  enum State { kOpen, kClosing, kClosed };
  uv_handle_t* handle_;
  State state_ = kOpen;
  v8::Global<v8::Value> on_close_;
};

}  // namespace tide
