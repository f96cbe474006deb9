// What the stream handles that listen and connect (TCP, Pipe) report to JavaScript, shared by
// tcp_wrap.cc and pipe_wrap.cc: `handle.onconnection(status, client)` for each accepted connection
// and `req.oncomplete(status, handle, req, readable, writable)` when a connect finishes.
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>

#include "env/base_object.h"
#include "env/environment.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide {

struct ConnectRequest {
  uv_connect_t req;
  v8::Global<v8::Object> object;
};

// uv_listen's callback. The client is a new handle made by the server's own constructor, with
// type 0 (both TCP and Pipe number their plain socket type 0).
template <typename Wrap>
void OnConnection(uv_stream_t* server, int status) {
  auto* self = static_cast<Wrap*>(reinterpret_cast<uv_handle_t*>(server)->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> object = self->object();
  v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    v8::Local<v8::Value> ctor;
    v8::Local<v8::Value> type = v8::Integer::New(isolate, 0);
    v8::Local<v8::Object> client;
    DefaultTriggerAsyncIdScope trigger_scope(env, self->async_ids().async_id);
    if (!object->Get(context, OneByteString(isolate, "constructor")).ToLocal(&ctor) ||
        !ctor->IsFunction() ||
        !ctor.As<v8::Function>()->NewInstance(context, 1, &type).ToLocal(&client)) {
      return;
    }
    auto* wrap = BaseObject::Unwrap<Wrap>(client);
    if (wrap == nullptr) return;
    int err = uv_accept(server, wrap->stream());
    if (err != 0) {
      argv[0] = v8::Integer::New(isolate, err);
      wrap->Close();
    } else {
      argv[1] = client;
    }
  }
  MakeCallback(env, object, "onconnection", 2, argv);
}

// uv_tcp_connect's / uv_pipe_connect's callback; `req->data` is the ConnectRequest.
template <typename Wrap>
void OnConnect(uv_connect_t* req, int status) {
  std::unique_ptr<ConnectRequest> request(static_cast<ConnectRequest*>(req->data));
  auto* self = static_cast<Wrap*>(reinterpret_cast<uv_handle_t*>(req->handle)->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = request->object.Get(isolate);
  bool readable = status == 0 && uv_is_readable(req->handle);
  bool writable = status == 0 && uv_is_writable(req->handle);
  v8::Local<v8::Value> argv[5] = {v8::Integer::New(isolate, status), self->object(), object,
                                  v8::Boolean::New(isolate, readable),
                                  v8::Boolean::New(isolate, writable)};
  MakeCallback(env, object, "oncomplete", 5, argv);
}

}  // namespace tide
