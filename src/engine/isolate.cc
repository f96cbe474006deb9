// See isolate.h.
#include "engine/isolate.h"

#include <cstdio>
#include <cstdlib>

#include "bindings/module_wrap.h"
#include "engine/builtins.h"
#include "engine/errors.h"
#include "engine/snapshot.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide {

namespace {

void OnFatalError(const char* location, const char* message) {
  fprintf(stderr, "FATAL ERROR: %s %s\n", location, message);
  fflush(stderr);
  abort();
}

void OnOOMError(const char* location, bool is_heap_oom) {
  fprintf(stderr, "FATAL ERROR: %s %s\n", location,
          is_heap_oom ? "Reached heap limit Allocation failed - JavaScript heap out of memory"
                      : "Allocation failed - process out of memory");
  fflush(stderr);
  abort();
}

void OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env == nullptr || env->is_stopping()) return;
  v8::Local<v8::Function> handler = env->js_callback(JsCallback::kPromiseReject);
  if (handler.IsEmpty()) return;
  v8::Local<v8::Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, message.GetEvent()), promise, reason};
  handler->Call(env->context(), v8::Undefined(isolate), 3, argv).IsEmpty();
}

// Foreground tasks from V8 run like any other callback from the loop.
void RunPlatformTask(void* data, v8::Task* task) {
  auto* env = static_cast<Environment*>(data);
  if (env->is_stopping()) return;
  v8::HandleScope scope(env->isolate());
  v8::Context::Scope context_scope(env->context());
  CallbackScope callback_scope(env);
  task->Run();
}

bool CallBuiltin(Environment* env, const char* id, int argc, v8::Local<v8::Value>* argv,
                 v8::Local<v8::Value>* result) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!builtins::Compile(context, id).ToLocal(&fn) ||
      !fn->Call(context, v8::Undefined(isolate), argc, argv).ToLocal(result)) {
    if (try_catch.HasTerminated() || env->is_stopping()) return false;
    PrintExceptionRaw(isolate, context, try_catch.Exception(), try_catch.Message());
    return false;
  }
  return true;
}

}  // namespace

void ConfigureIsolate(v8::Isolate* isolate) {
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetFatalErrorHandler(OnFatalError);
  isolate->SetOOMErrorHandler(OnOOMError);
  isolate->SetPromiseRejectCallback(OnPromiseReject);
  isolate->SetHostImportModuleDynamicallyCallback(bindings::module_wrap::ImportModuleDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(bindings::module_wrap::InitializeImportMeta);
}

v8::Isolate* NewIsolate(Platform* platform, uv_loop_t* loop, v8::ArrayBuffer::Allocator* allocator,
                        const v8::ResourceConstraints* constraints) {
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator;
  if (constraints != nullptr) params.constraints = *constraints;
  params.external_references = ExternalReferences();
  // nullptr: V8's own snapshot, and the bootstrap runs from source.
  params.snapshot_blob = const_cast<v8::StartupData*>(EmbeddedSnapshot());
  v8::Isolate* isolate = v8::Isolate::Allocate();
  // Registered before Initialize: V8 asks for the foreground task runner while it sets up.
  platform->RegisterIsolate(isolate, loop);
  v8::Isolate::Initialize(isolate, params);
  ConfigureIsolate(isolate);
  return isolate;
}

bool BootstrapEnvironment(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  env->platform()->SetTaskRunHook(isolate, RunPlatformTask, env);

  if (EmbeddedSnapshot() != nullptr) {
    // The context came from the snapshot: take back what the bootstrap left (AddData order).
    for (int i = 0; i < static_cast<int>(RealmValue::kCount); i++) {
      v8::Local<v8::Value> value;
      if (!context->GetDataFromSnapshotOnce<v8::Value>(i).ToLocal(&value)) {
        fprintf(stderr, "tide: the embedded startup snapshot is incomplete\n");
        return false;
      }
      env->set_realm_value(static_cast<RealmValue>(i), value);
    }
    env->AdoptSnapshotState();
    return true;
  }

  // `process`: an instance of a constructor named 'process', so it prints as Node's does.
  v8::Local<v8::FunctionTemplate> process_tmpl = v8::FunctionTemplate::New(isolate);
  process_tmpl->SetClassName(OneByteString(isolate, "process"));
  v8::Local<v8::Object> process =
      process_tmpl->GetFunction(context).ToLocalChecked()->NewInstance(context).ToLocalChecked();
  env->set_process_object(process);

  v8::Local<v8::Function> internal_binding =
      v8::Function::New(context, InternalBindingCallback).ToLocalChecked();
  env->set_realm_value(RealmValue::kInternalBinding, internal_binding);

  v8::Local<v8::Object> primordials = v8::Object::New(isolate);
  env->set_realm_value(RealmValue::kPrimordials, primordials);
  v8::Local<v8::Value> result;
  // Stand-ins, in primordials, for the built-ins V8 leaves out while a snapshot is made.
  v8::Local<v8::Value> shims_args[] = {v8::Object::New(isolate), primordials};
  if (!CallBuiltin(env, "internal/per_context/harmony_shims", 2, shims_args, &result)) return false;
  // Built-ins newer than V8 10.2, installed before primordials so lib/ can capture them too.
  v8::Local<v8::Value> builtins_args[] = {v8::Object::New(isolate), primordials};
  if (!CallBuiltin(env, "internal/per_context/es_builtins", 2, builtins_args, &result))
    return false;
  v8::Local<v8::Value> primordials_args[] = {v8::Object::New(isolate), primordials};
  if (!CallBuiltin(env, "internal/per_context/primordials", 2, primordials_args, &result)) {
    return false;
  }
  v8::Local<v8::Value> realm_args[] = {process, internal_binding, primordials};
  v8::Local<v8::Value> require;
  if (!CallBuiltin(env, "internal/bootstrap/realm", 3, realm_args, &require) ||
      !require->IsFunction()) {
    return false;
  }
  env->set_realm_value(RealmValue::kRequire, require);
  v8::Local<v8::Value> node_args[] = {process, require, internal_binding, primordials};
  if (!CallBuiltin(env, "internal/bootstrap/node", 4, node_args, &result)) return false;
  // Whatever the bootstrap queued runs now, not in the first callback of the program.
  isolate->PerformMicrotaskCheckpoint();
  return true;
}

void RunMain(Environment* env, const char* main_id) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> args[] = {env->process_object(), env->realm_value(RealmValue::kRequire),
                                 env->realm_value(RealmValue::kInternalBinding),
                                 env->realm_value(RealmValue::kPrimordials)};

  // The main script runs as async id 1 (triggered by 0), as in Node.
  CallbackScope callback_scope(env, v8::Object::New(isolate), AsyncIds{1, 0}, true);
  v8::TryCatch try_catch(isolate);
  // First what depends on this run (argv, options, native callbacks), then the main script.
  for (const char* id : {"internal/bootstrap/prepare", main_id}) {
    v8::Local<v8::Function> fn;
    if (!builtins::Compile(context, id).ToLocal(&fn) ||
        fn->Call(context, v8::Undefined(isolate), 4, args).IsEmpty()) {
      if (try_catch.HasTerminated() || env->is_stopping()) return;
      callback_scope.MarkFailed();
      v8::Local<v8::Value> exception = try_catch.Exception();
      v8::Local<v8::Message> message = try_catch.Message();
      try_catch.Reset();
      TriggerUncaughtException(env, exception, message);
      return;
    }
  }
}

void DisposeIsolate(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop) {
  platform->UnregisterIsolate(isolate);
  uv_run(loop, UV_RUN_NOWAIT);  // lets the platform's handles close
  isolate->Dispose();
}

}  // namespace tide
