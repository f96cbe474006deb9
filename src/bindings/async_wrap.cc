// internalBinding('async_wrap'): the native half of node:async_hooks (lib/internal/async_hooks.js).
// The ids and hook counts live in two typed arrays shared with JS (AsyncHooksInfo), so native
// resources get their ids and enter their callbacks without calling into JS unless a hook is
// enabled; the JS functions that run the hooks are registered here, and V8's promise hooks are
// installed only while a hook needs them.
#include <algorithm>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::async_wrap {

namespace {

// setupHooks(init, before, after, destroy): the JS functions native resources call.
void SetupHooks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  const JsCallback which[] = {JsCallback::kAsyncInit, JsCallback::kAsyncBefore,
                              JsCallback::kAsyncAfter, JsCallback::kAsyncDestroy};
  for (int i = 0; i < 4; i++) {
    if (args[i]->IsFunction()) env->set_js_callback(which[i], args[i].As<v8::Function>());
  }
}

// setPromiseHooks(init, before, after, resolve): V8's per-context promise hooks; a missing
// function leaves that hook off (all missing: promises cost nothing again).
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Function> fns[4];
  for (int i = 0; i < 4; i++) {
    if (args[i]->IsFunction()) fns[i] = args[i].As<v8::Function>();
  }
  args.GetIsolate()->GetCurrentContext()->SetPromiseHooks(fns[0], fns[1], fns[2], fns[3]);
}

void QueueDestroyAsyncId(Environment* env, double id) { env->QueueDestroyAsyncId(id); }

// The resource of the native callback entered at execution-stack depth `index` (undefined when
// that level was entered by JS).
void GetNativeResource(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  if (!args[0]->IsUint32()) return;
  uint32_t index = args[0].As<v8::Uint32>()->Value();
  for (auto it = env->native_async_resources().rbegin(); it != env->native_async_resources().rend();
       ++it) {
    if (it->first == index) return args.GetReturnValue().Set(it->second);
    if (it->first < index) break;
  }
}

// Node's provider names, in Node's order (async_hooks.asyncWrapProviders).
const char* const kProviders[] = {"NONE",
                                  "DIRHANDLE",
                                  "DNSCHANNEL",
                                  "ELDHISTOGRAM",
                                  "FILEHANDLE",
                                  "FILEHANDLECLOSEREQ",
                                  "BLOBREADER",
                                  "FSEVENTWRAP",
                                  "FSREQCALLBACK",
                                  "FSREQPROMISE",
                                  "GETADDRINFOREQWRAP",
                                  "GETNAMEINFOREQWRAP",
                                  "HEAPSNAPSHOT",
                                  "HTTP2SESSION",
                                  "HTTP2STREAM",
                                  "HTTP2PING",
                                  "HTTP2SETTINGS",
                                  "HTTPINCOMINGMESSAGE",
                                  "HTTPCLIENTREQUEST",
                                  "JSSTREAM",
                                  "JSUDPWRAP",
                                  "MESSAGEPORT",
                                  "PIPECONNECTWRAP",
                                  "PIPESERVERWRAP",
                                  "PIPEWRAP",
                                  "PROCESSWRAP",
                                  "PROMISE",
                                  "QUERYWRAP",
                                  "QUIC_LOGSTREAM",
                                  "QUIC_PACKET",
                                  "SHUTDOWNWRAP",
                                  "SIGNALWRAP",
                                  "STATWATCHER",
                                  "STREAMPIPE",
                                  "TCPCONNECTWRAP",
                                  "TCPSERVERWRAP",
                                  "TCPWRAP",
                                  "TTYWRAP",
                                  "UDPSENDWRAP",
                                  "UDPWRAP",
                                  "SIGINTWATCHDOG",
                                  "WORKER",
                                  "WORKERHEAPSNAPSHOT",
                                  "WRITEWRAP",
                                  "ZLIB",
                                  "CHECKPRIMEREQUEST",
                                  "PBKDF2REQUEST",
                                  "KEYPAIRGENREQUEST",
                                  "KEYGENREQUEST",
                                  "KEYEXPORTREQUEST",
                                  "CIPHERREQUEST",
                                  "DERIVEBITSREQUEST",
                                  "HASHREQUEST",
                                  "RANDOMBYTESREQUEST",
                                  "RANDOMPRIMEREQUEST",
                                  "SCRYPTREQUEST",
                                  "SIGNREQUEST",
                                  "TLSWRAP",
                                  "VERIFYREQUEST"};

}  // namespace

const MethodEntry kMethods[] = {
    {"setupHooks", SetupHooks},
    {"setPromiseHooks", SetPromiseHooks},
    {"queueDestroyAsyncId", Bind<QueueDestroyAsyncId>},
    {"getNativeResource", GetNativeResource},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  AsyncHooksInfo* info = env->async_hooks();
  // V8-owned ArrayBuffers (the startup snapshot carries them), as task_queue's tickInfo.
  v8::Local<v8::ArrayBuffer> ids = v8::ArrayBuffer::New(isolate, sizeof(info->id_storage));
  auto* id_data = static_cast<double*>(ids->Data());
  std::copy(info->ids, info->ids + AsyncHooksInfo::kIdFieldCount, id_data);
  info->ids = id_data;
  SetValue(context, target, "async_id_fields",
           v8::Float64Array::New(ids, 0, AsyncHooksInfo::kIdFieldCount));
  v8::Local<v8::ArrayBuffer> hooks = v8::ArrayBuffer::New(isolate, sizeof(info->hook_storage));
  auto* hook_data = static_cast<uint32_t*>(hooks->Data());
  std::copy(info->hooks, info->hooks + AsyncHooksInfo::kHookFieldCount, hook_data);
  info->hooks = hook_data;
  SetValue(context, target, "async_hook_fields",
           v8::Uint32Array::New(hooks, 0, AsyncHooksInfo::kHookFieldCount));

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  const std::pair<const char*, int> kConstants[] = {
      {"kInit", AsyncHooksInfo::kInit},
      {"kBefore", AsyncHooksInfo::kBefore},
      {"kAfter", AsyncHooksInfo::kAfter},
      {"kDestroy", AsyncHooksInfo::kDestroy},
      {"kPromiseResolve", AsyncHooksInfo::kPromiseResolve},
      {"kTotals", AsyncHooksInfo::kTotals},
      {"kCheck", AsyncHooksInfo::kCheck},
      {"kStackLength", AsyncHooksInfo::kStackLength},
      {"kUsesExecutionAsyncResource", AsyncHooksInfo::kUsesExecutionAsyncResource},
      {"kExecutionAsyncId", AsyncHooksInfo::kExecutionAsyncId},
      {"kTriggerAsyncId", AsyncHooksInfo::kTriggerAsyncId},
      {"kAsyncIdCounter", AsyncHooksInfo::kAsyncIdCounter},
      {"kDefaultTriggerAsyncId", AsyncHooksInfo::kDefaultTriggerAsyncId},
  };
  for (const auto& [name, value] : kConstants) SetConstant(context, constants, name, value);
  SetValue(context, target, "constants", constants);

  v8::Local<v8::Object> providers =
      v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  int index = 0;
  for (const char* name : kProviders) SetConstant(context, providers, name, index++);
  SetValue(context, target, "Providers", providers);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::async_wrap
