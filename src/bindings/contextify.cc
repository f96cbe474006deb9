// internalBinding('contextify'): compiling user code. compileFunction is what the CommonJS loader
// uses (ScriptCompiler::CompileFunction: stack traces keep the file's own lines and columns);
// runInThisContext runs -e / stdin code as a script.
#include "bindings/contextify.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "engine/builtins.h"
#include "engine/errors.h"
#include "env/base_object.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::contextify {

namespace {

// A syntax error keeps the "file:line / source / caret" text V8 gave at compile time, because the
// error may be rethrown through the loader before anyone prints it.
void DecorateSyntaxError(v8::Isolate* isolate, v8::Local<v8::Context> context,
                         const v8::TryCatch& try_catch) {
  v8::Local<v8::Value> exception = try_catch.Exception();
  if (!exception->IsObject() || try_catch.Message().IsEmpty()) return;
  std::string arrow = FormatErrorSource(isolate, context, try_catch.Message());
  exception.As<v8::Object>()
      ->SetPrivate(context, ArrowMessageKey(isolate), Utf8String(isolate, arrow))
      .Check();
}

// compileFunction(code, filename, params[]) -> function
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsString() || !args[1]->IsString() || !args[2]->IsArray()) {
    return ThrowTypeError(isolate, "compileFunction(code, filename, params)");
  }
  v8::Local<v8::Array> param_array = args[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    v8::Local<v8::Value> p = param_array->Get(context, i).ToLocalChecked();
    if (!p->IsString()) return ThrowTypeError(isolate, "params must be strings");
    params.push_back(p.As<v8::String>());
  }
  v8::ScriptOrigin origin(isolate, args[1], 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                          false);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0,
                                           nullptr)
           .ToLocal(&fn)) {
    if (try_catch.HasTerminated()) return;
    DecorateSyntaxError(isolate, context, try_catch);
    try_catch.ReThrow();
    return;
  }
  args.GetReturnValue().Set(fn);
}

// runInThisContext(code, filename) -> completion value
void RunInThisContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsString() || !args[1]->IsString()) {
    return ThrowTypeError(isolate, "runInThisContext(code, filename)");
  }
  v8::ScriptOrigin origin(isolate, args[1], 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                          false);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::Local<v8::Script> script;
  {
    v8::TryCatch try_catch(isolate);
    if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
      if (try_catch.HasTerminated()) return;
      DecorateSyntaxError(isolate, context, try_catch);
      try_catch.ReThrow();
      return;
    }
  }
  v8::Local<v8::Value> result;
  if (script->Run(context).ToLocal(&result)) args.GetReturnValue().Set(result);
}

// ---- vm: contexts made from a sandbox object -------------------------------------------------
// The sandbox keeps the new context's global proxy under a private key (so isContext() is a
// private lookup and the context lives as long as the sandbox does); the global template's
// interceptors receive the sandbox as their data, so the sandbox is alive while the context is.

v8::Local<v8::Private> ContextGlobalKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "tide:vm:contextGlobal"));
}
v8::Local<v8::Private> NoWasmKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "tide:vm:noWasm"));
}

// True while a new context's per-context scripts run: the interceptors stand aside so what those
// scripts install (Iterator, …) lands on the context's own global, not on the sandbox.
bool g_installing_builtins = false;

v8::Local<v8::Object> SandboxOf(const v8::PropertyCallbackInfo<v8::Value>& info) {
  return info.Data().As<v8::Object>();
}
template <typename T>
v8::Local<v8::Object> SandboxOfT(const v8::PropertyCallbackInfo<T>& info) {
  return info.Data().template As<v8::Object>();
}

v8::Local<v8::Context> OuterContext(v8::Local<v8::Object> sandbox) {
  return sandbox->GetCreationContextChecked();
}

bool IsReadOnlyOnGlobal(v8::Local<v8::Object> holder, v8::Local<v8::Name> key) {
  v8::Local<v8::Context> context = holder->GetCreationContextChecked();
  v8::PropertyAttribute attrs;
  if (holder->GetRealNamedPropertyAttributes(context, key).To(&attrs)) {
    return (attrs & v8::ReadOnly) != 0;
  }
  return false;
}

void PropGetter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  v8::Local<v8::Value> value;
  if (sandbox->GetRealNamedProperty(outer, key).ToLocal(&value)) {
    // The sandbox itself (`global` in a REPL context) reads as the context's global proxy, so
    // `global === globalThis` holds inside, as in Node.
    if (value->StrictEquals(sandbox)) value = info.Holder()->GetCreationContextChecked()->Global();
    info.GetReturnValue().Set(value);
  }
  // Not in the sandbox: the context's own global (its built-ins) answers.
}

void PropSetter(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  if (IsReadOnlyOnGlobal(info.Holder(), key)) return;  // undefined, NaN, …: V8's own rules
  v8::PropertyAttribute attrs;
  // Read-only on the sandbox: not intercepted, so V8's own rules (silent, or a TypeError in
  // strict code) apply against the global, which got the same definition through the definer.
  bool on_sandbox = sandbox->GetRealNamedPropertyAttributes(outer, key).To(&attrs);
  if (on_sandbox && (attrs & v8::ReadOnly)) return;
  // `x = 1` in strict code with x declared nowhere: not intercepted, so V8 throws its
  // ReferenceError (a function declaration, or `this.x = 1`, still lands on the sandbox).
  if (!on_sandbox && info.ShouldThrowOnError() && !value->IsFunction()) {
    v8::Local<v8::Object> holder = info.Holder();
    bool on_global =
        holder->HasRealNamedProperty(holder->GetCreationContextChecked(), key).FromMaybe(false);
    // A plain `x = 1` reaches the interceptor with the global object as receiver; `this.x = 1`
    // with the global proxy.
    bool contextual = !info.This()->StrictEquals(holder->GetCreationContextChecked()->Global());
    if (!on_global && contextual) return;
  }
  if (sandbox->Set(outer, key, value).IsNothing()) return;
  info.GetReturnValue().Set(value);
}

void PropQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOfT(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  if (sandbox->HasRealNamedProperty(outer, key).FromMaybe(false)) {
    v8::PropertyAttribute attrs;
    if (sandbox->GetRealNamedPropertyAttributes(outer, key).To(&attrs)) {
      info.GetReturnValue().Set(static_cast<int32_t>(attrs));
    }
  }
}

void PropDescriptor(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  if (sandbox->HasOwnProperty(outer, key).FromMaybe(false)) {
    v8::Local<v8::Value> desc;
    if (sandbox->GetOwnPropertyDescriptor(outer, key).ToLocal(&desc)) {
      info.GetReturnValue().Set(desc);
    }
  }
}

void PropDefiner(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
                 const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOf(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  v8::Isolate* isolate = info.GetIsolate();
  if (IsReadOnlyOnGlobal(info.Holder(), key)) return;
  auto finish = [&](v8::PropertyDescriptor* d) {
    if (desc.has_enumerable()) d->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) d->set_configurable(desc.configurable());
    bool defined;
    if (!sandbox->DefineProperty(outer, key, *d).To(&defined)) return;
    // Intercepted: the sandbox alone holds the property (keys keep the sandbox's order).
    if (defined) info.GetReturnValue().Set(true);
  };
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor d(desc.has_get() ? desc.get() : v8::Undefined(isolate).As<v8::Value>(),
                             desc.has_set() ? desc.set() : v8::Undefined(isolate).As<v8::Value>());
    finish(&d);
  } else if (desc.has_value()) {
    if (desc.has_writable()) {
      v8::PropertyDescriptor d(desc.value(), desc.writable());
      finish(&d);
    } else {
      v8::PropertyDescriptor d(desc.value());
      finish(&d);
    }
  } else if (desc.has_writable()) {
    v8::PropertyDescriptor d(v8::Undefined(isolate), desc.writable());
    finish(&d);
  } else {
    v8::PropertyDescriptor d;
    finish(&d);
  }
}

void PropDeleter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOfT(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  bool ok;
  if (!sandbox->Delete(outer, key).To(&ok)) return;
  if (!ok) info.GetReturnValue().Set(false);
}

void PropEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOfT(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  v8::Local<v8::Array> names;
  if (sandbox
          ->GetPropertyNames(
              outer, v8::KeyCollectionMode::kIncludePrototypes,
              static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS),
              v8::IndexFilter::kSkipIndices)
          .ToLocal(&names)) {
    info.GetReturnValue().Set(names);
  }
}

// The indexed enumerator may only answer array indices, as numbers.
void IdxEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  if (g_installing_builtins) return;
  v8::Local<v8::Object> sandbox = SandboxOfT(info);
  v8::Local<v8::Context> outer = OuterContext(sandbox);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Array> names;
  if (!sandbox
           ->GetPropertyNames(
               outer, v8::KeyCollectionMode::kIncludePrototypes,
               static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS),
               v8::IndexFilter::kIncludeIndices, v8::KeyConversionMode::kKeepNumbers)
           .ToLocal(&names)) {
    return;
  }
  std::vector<v8::Local<v8::Value>> indices;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name;
    if (!names->Get(outer, i).ToLocal(&name)) return;
    if (name->IsUint32()) indices.push_back(name);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, indices.data(), indices.size()));
}

v8::Local<v8::String> IndexName(v8::Isolate* isolate, uint32_t index) {
  return Utf8String(isolate, std::to_string(index));
}
void IdxGetter(uint32_t i, const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropGetter(IndexName(info.GetIsolate(), i), info);
}
void IdxSetter(uint32_t i, v8::Local<v8::Value> v,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropSetter(IndexName(info.GetIsolate(), i), v, info);
}
void IdxQuery(uint32_t i, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  PropQuery(IndexName(info.GetIsolate(), i), info);
}
void IdxDescriptor(uint32_t i, const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropDescriptor(IndexName(info.GetIsolate(), i), info);
}
void IdxDefiner(uint32_t i, const v8::PropertyDescriptor& d,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  PropDefiner(IndexName(info.GetIsolate(), i), d, info);
}
void IdxDeleter(uint32_t i, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  PropDeleter(IndexName(info.GetIsolate(), i), info);
}

bool AllowWasmCodeGen(v8::Local<v8::Context> context, v8::Local<v8::String>) {
  v8::Local<v8::Value> flag;
  v8::Local<v8::Object> global = context->Global();
  if (global->GetPrivate(context, NoWasmKey(context->GetIsolate())).ToLocal(&flag) &&
      flag->IsTrue()) {
    return false;
  }
  return true;
}

// The per-context scripts are compiled for every new context; a code cache made after their first
// run (so it holds the functions compiled lazily then) makes the next compiles cheap.
// Shared by every thread (workers make contexts too): entries are added under the mutex and never
// removed, so a found entry stays valid after the lock is released.
std::mutex per_context_cache_mutex;
std::unordered_map<std::string, std::vector<uint8_t>>& PerContextCodeCache() {
  static auto* cache = new std::unordered_map<std::string, std::vector<uint8_t>>();
  return *cache;
}

v8::MaybeLocal<v8::Function> CompilePerContextScript(v8::Local<v8::Context> context,
                                                     const char* id) {
  std::unique_lock<std::mutex> lock(per_context_cache_mutex);
  auto it = PerContextCodeCache().find(id);
  bool cached_entry = it != PerContextCodeCache().end();
  lock.unlock();
  const tide::builtins::BuiltinSource* builtin = tide::builtins::Find(id);
  if (!cached_entry || builtin == nullptr) {
    return tide::builtins::Compile(context, id);
  }
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> text;
  v8::MaybeLocal<v8::String> maybe_text =
      builtin->one_byte != nullptr
          ? v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(builtin->one_byte),
                                       v8::NewStringType::kNormal,
                                       static_cast<int>(builtin->length))
          : v8::String::NewFromTwoByte(isolate, builtin->two_byte, v8::NewStringType::kNormal,
                                       static_cast<int>(builtin->length));
  if (!maybe_text.ToLocal(&text)) return {};
  v8::ScriptOrigin origin(isolate, Utf8String(isolate, std::string("node:") + id), 0, 0, false, -1,
                          v8::Local<v8::Value>(), false, false, false);
  auto* cached =
      new v8::ScriptCompiler::CachedData(it->second.data(), static_cast<int>(it->second.size()));
  v8::ScriptCompiler::Source source(text, origin, cached);
  v8::Local<v8::String> params[] = {OneByteString(isolate, "exports"),
                                    OneByteString(isolate, "primordials")};
  return v8::ScriptCompiler::CompileFunction(context, &source, 2, params, 0, nullptr,
                                             v8::ScriptCompiler::kConsumeCodeCache);
}

void RememberCodeCache(const char* id, v8::Local<v8::Function> fn) {
  {
    std::lock_guard<std::mutex> lock(per_context_cache_mutex);
    if (PerContextCodeCache().count(id) != 0) return;
  }
  std::unique_ptr<v8::ScriptCompiler::CachedData> data(
      v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
  if (!data) return;
  std::lock_guard<std::mutex> lock(per_context_cache_mutex);
  PerContextCodeCache().emplace(id, std::vector<uint8_t>(data->data, data->data + data->length));
}

// makeContext(sandbox, allowStrings, allowWasm) -> the context's global. With `sandbox`
// undefined (vm.constants.DONT_CONTEXTIFY) the context is an ordinary one and its global object
// stands for it.
void MakeContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() && !args[0]->IsUndefined()) {
    return ThrowTypeError(isolate, "makeContext(sandbox, ...)");
  }
  v8::Local<v8::ObjectTemplate> global_tmpl = v8::ObjectTemplate::New(isolate);
  if (args[0]->IsObject()) {
    v8::Local<v8::Object> sandbox = args[0].As<v8::Object>();
    v8::PropertyHandlerFlags flags = v8::PropertyHandlerFlags::kHasNoSideEffect;
    global_tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
        PropGetter, PropSetter, PropQuery, PropDeleter, PropEnumerator, PropDefiner, PropDescriptor,
        sandbox, flags));
    global_tmpl->SetHandler(v8::IndexedPropertyHandlerConfiguration(
        IdxGetter, IdxSetter, IdxQuery, IdxDeleter, IdxEnumerator, IdxDefiner, IdxDescriptor,
        sandbox, flags));
  }
  v8::Local<v8::Context> context = v8::Context::New(isolate, nullptr, global_tmpl);
  if (context.IsEmpty()) {
    return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_MEMORY_ALLOCATION_FAILED",
                              "Failed to allocate memory");
  }
  // Same security token: objects pass freely between the contexts, as in Node.
  context->SetSecurityToken(isolate->GetCurrentContext()->GetSecurityToken());
  if (!args[1]->IsTrue()) {
    context->AllowCodeGenerationFromStrings(false);
    context->SetErrorMessageForCodeGenerationFromStrings(
        OneByteString(isolate, "Code generation from strings disallowed for this context"));
  }
  v8::Local<v8::Object> global = context->Global();
  if (!args[2]->IsTrue()) {
    isolate->SetAllowWasmCodeGenerationCallback(AllowWasmCodeGen);
    global->SetPrivate(context, NoWasmKey(isolate), v8::True(isolate)).Check();
  }
  // tide's additions to V8 10.2's built-ins (internal/per_context), as in the main context.
  {
    v8::Context::Scope context_scope(context);
    g_installing_builtins = true;
    v8::Local<v8::Object> primordials = v8::Object::New(isolate);
    bool ok = true;
    for (const char* id :
         {"internal/per_context/harmony_shims", "internal/per_context/es_builtins"}) {
      v8::Local<v8::Function> fn;
      v8::Local<v8::Value> fn_args[] = {v8::Object::New(isolate), primordials};
      v8::Local<v8::Value> ignored;
      if (!CompilePerContextScript(context, id).ToLocal(&fn) ||
          !fn->Call(context, v8::Undefined(isolate), 2, fn_args).ToLocal(&ignored)) {
        ok = false;
        break;
      }
      RememberCodeCache(id, fn);
    }
    g_installing_builtins = false;
    if (!ok) return;
  }
  v8::Local<v8::Object> holder = args[0]->IsObject() ? args[0].As<v8::Object>() : global;
  holder->SetPrivate(isolate->GetCurrentContext(), ContextGlobalKey(isolate), global).Check();
  args.GetReturnValue().Set(global);
}

bool ContextFromSandbox(v8::Isolate* isolate, v8::Local<v8::Value> value,
                        v8::Local<v8::Context>* out) {
  if (!value->IsObject()) return false;
  v8::Local<v8::Value> global;
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  if (!value.As<v8::Object>()->GetPrivate(current, ContextGlobalKey(isolate)).ToLocal(&global) ||
      !global->IsObject()) {
    return false;
  }
  return global.As<v8::Object>()->GetCreationContext().ToLocal(out);
}

void IsContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context;
  args.GetReturnValue().Set(ContextFromSandbox(args.GetIsolate(), args[0], &context));
}

// ---- vm.Script ---------------------------------------------------------------------------------

class ContextifyScript : public BaseObject {
 public:
  ContextifyScript(Environment* env, v8::Local<v8::Object> object,
                   v8::Local<v8::UnboundScript> script)
      : BaseObject(env, object), script_(env->isolate(), script) {
    MakeWeak();
  }
  v8::Local<v8::UnboundScript> script(v8::Isolate* isolate) const { return script_.Get(isolate); }

 private:
  v8::Global<v8::UnboundScript> script_;
};

v8::Local<v8::ArrayBuffer> CachedDataToArrayBuffer(v8::Isolate* isolate,
                                                   const v8::ScriptCompiler::CachedData* data) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, data->length);
  if (data->length > 0) std::memcpy(ab->GetBackingStore()->Data(), data->data, data->length);
  return ab;
}

// A vm referrer id (an Int32 from lib/vm.js) as the script's host-defined options: import() in
// the code then reaches that referrer's importModuleDynamically callback (module_wrap.cc's host
// hook passes the id to the loader). Anything else: no options.
v8::Local<v8::Data> HostDefinedOptions(v8::Isolate* isolate, v8::Local<v8::Value> id) {
  if (!id->IsInt32()) return v8::Local<v8::Data>();
  v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(isolate, 1);
  options->Set(isolate, 0, id.As<v8::Int32>());
  return options;
}

// compileScript(code, filename, lineOffset, columnOffset, cachedData?: ArrayBufferView,
//               produceCachedData, referrerId?) -> handle with cachedDataRejected / cachedData set
void CompileScript(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsString() || !args[1]->IsString() || !args[2]->IsInt32() || !args[3]->IsInt32()) {
    return ThrowTypeError(isolate, "compileScript(code, filename, line, column, ...)");
  }
  v8::ScriptOrigin origin(isolate, args[1], args[2].As<v8::Int32>()->Value(),
                          args[3].As<v8::Int32>()->Value(), false, -1, v8::Local<v8::Value>(),
                          false, false, false, HostDefinedOptions(isolate, args[6]));
  std::vector<uint8_t> cache_bytes;
  v8::ScriptCompiler::CachedData* cached = CachedDataArg(args[4], &cache_bytes);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin, cached);
  v8::ScriptCompiler::CompileOptions options = cached != nullptr
                                                   ? v8::ScriptCompiler::kConsumeCodeCache
                                                   : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::UnboundScript> unbound;
  if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source, options).ToLocal(&unbound)) {
    if (try_catch.HasTerminated()) return;
    DecorateSyntaxError(isolate, context, try_catch);
    try_catch.ReThrow();
    return;
  }
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::Object> handle;
  if (!tmpl->NewInstance(context).ToLocal(&handle)) return;
  new ContextifyScript(env, handle, unbound);
  if (cached != nullptr) {
    handle
        ->Set(context, OneByteString(isolate, "cachedDataRejected"),
              v8::Boolean::New(isolate, source.GetCachedData()->rejected))
        .Check();
  }
  if (args[5]->IsTrue()) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> produced(
        v8::ScriptCompiler::CreateCodeCache(unbound));
    if (produced) {
      handle
          ->Set(context, OneByteString(isolate, "cachedData"),
                CachedDataToArrayBuffer(isolate, produced.get()))
          .Check();
    }
    handle
        ->Set(context, OneByteString(isolate, "cachedDataProduced"),
              v8::Boolean::New(isolate, produced != nullptr))
        .Check();
  }
  args.GetReturnValue().Set(handle);
}

void CreateCachedData(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ContextifyScript* script = BaseObject::Unwrap<ContextifyScript>(args[0]);
  if (script == nullptr) return ThrowTypeError(isolate, "createCachedData(script)");
  std::unique_ptr<v8::ScriptCompiler::CachedData> produced(
      v8::ScriptCompiler::CreateCodeCache(script->script(isolate)));
  if (!produced) {
    args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  args.GetReturnValue().Set(CachedDataToArrayBuffer(isolate, produced.get()));
}

// runScript(handle, sandbox|null, timeoutMs (-1: none), displayErrors) -> completion value
void RunScript(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ContextifyScript* wrap = BaseObject::Unwrap<ContextifyScript>(args[0]);
  if (wrap == nullptr) return ThrowTypeError(isolate, "runScript(script, ...)");
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[1]->IsNullOrUndefined()) {
    if (!ContextFromSandbox(isolate, args[1], &context)) {
      return ThrowTypeError(isolate, "runScript: not a contextified object");
    }
  }
  int64_t timeout =
      args[2]->IsNumber() ? static_cast<int64_t>(args[2].As<v8::Number>()->Value()) : -1;
  bool display_errors = args[3]->IsTrue();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Value> result;
  bool timed_out;
  {
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> maybe;
    {
      v8::Context::Scope context_scope(context);
      v8::Local<v8::Script> script = wrap->script(isolate)->BindToCurrentContext();
      timed_out = RunWithTimeout(isolate, timeout, &maybe, [&] { return script->Run(context); });
    }
    if (!timed_out && !maybe.ToLocal(&result)) {
      if (try_catch.HasTerminated()) {
        try_catch.ReThrow();
        return;
      }
      if (display_errors) DecorateSyntaxError(isolate, context, try_catch);
      try_catch.ReThrow();
      return;
    }
  }
  if (timed_out) return ThrowScriptTimeout(isolate, timeout);
  args.GetReturnValue().Set(scope.Escape(result));
}

// compileFunctionIn(code, filename, lineOffset, columnOffset, params[], sandbox|null,
//                   extensions[], cachedData?, produceCachedData, referrerId?) -> function
void CompileFunctionIn(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> outer = isolate->GetCurrentContext();
  if (!args[0]->IsString() || !args[1]->IsString() || !args[2]->IsInt32() || !args[3]->IsInt32() ||
      !args[4]->IsArray() || !args[6]->IsArray()) {
    return ThrowTypeError(isolate, "compileFunctionIn(code, filename, line, column, ...)");
  }
  v8::Local<v8::Context> context = outer;
  if (!args[5]->IsNullOrUndefined() && !ContextFromSandbox(isolate, args[5], &context)) {
    return ThrowTypeError(isolate, "compileFunctionIn: not a contextified object");
  }
  v8::Local<v8::Array> param_array = args[4].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    v8::Local<v8::Value> p;
    if (!param_array->Get(outer, i).ToLocal(&p)) return;
    if (!p->IsString()) return ThrowTypeError(isolate, "params must be strings");
    params.push_back(p.As<v8::String>());
  }
  v8::Local<v8::Array> ext_array = args[6].As<v8::Array>();
  std::vector<v8::Local<v8::Object>> extensions;
  for (uint32_t i = 0; i < ext_array->Length(); i++) {
    v8::Local<v8::Value> e;
    if (!ext_array->Get(outer, i).ToLocal(&e)) return;
    if (!e->IsObject()) return ThrowTypeError(isolate, "extensions must be objects");
    extensions.push_back(e.As<v8::Object>());
  }
  v8::ScriptOrigin origin(isolate, args[1], args[2].As<v8::Int32>()->Value(),
                          args[3].As<v8::Int32>()->Value(), false, -1, v8::Local<v8::Value>(),
                          false, false, false, HostDefinedOptions(isolate, args[9]));
  std::vector<uint8_t> cache_bytes;
  v8::ScriptCompiler::CachedData* cached = CachedDataArg(args[7], &cache_bytes);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin, cached);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  {
    v8::Context::Scope context_scope(context);
    if (!v8::ScriptCompiler::CompileFunction(
             context, &source, params.size(), params.data(), extensions.size(), extensions.data(),
             cached != nullptr ? v8::ScriptCompiler::kConsumeCodeCache
                               : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&fn)) {
      if (try_catch.HasTerminated()) return;
      DecorateSyntaxError(isolate, context, try_catch);
      try_catch.ReThrow();
      return;
    }
  }
  // As vm.Script: cachedDataRejected / cachedDataProduced / cachedData on the function.
  if (cached != nullptr && fn->Set(outer, OneByteString(isolate, "cachedDataRejected"),
                                   v8::Boolean::New(isolate, source.GetCachedData()->rejected))
                               .IsNothing()) {
    return;
  }
  if (args[8]->IsTrue()) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> produced(
        v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    if (fn->Set(outer, OneByteString(isolate, "cachedDataProduced"),
                v8::Boolean::New(isolate, produced != nullptr))
            .IsNothing()) {
      return;
    }
    if (produced && fn->Set(outer, OneByteString(isolate, "cachedData"),
                            CachedDataToArrayBuffer(isolate, produced.get()))
                        .IsNothing()) {
      return;
    }
  }
  args.GetReturnValue().Set(fn);
}

// measureMemory(detailed, eager) -> promise, settled by V8's default delegate (Node's result shape:
// total / current / other with jsMemoryEstimate and jsMemoryRange).
void MeasureMemory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  v8::MeasureMemoryMode mode =
      args[0]->IsTrue() ? v8::MeasureMemoryMode::kDetailed : v8::MeasureMemoryMode::kSummary;
  v8::MeasureMemoryExecution execution =
      args[1]->IsTrue() ? v8::MeasureMemoryExecution::kEager : v8::MeasureMemoryExecution::kDefault;
  isolate->MeasureMemory(v8::MeasureMemoryDelegate::Default(isolate, context, resolver, mode),
                         execution);
  args.GetReturnValue().Set(resolver->GetPromise());
}

}  // namespace

v8::ScriptCompiler::CachedData* CachedDataArg(v8::Local<v8::Value> value,
                                              std::vector<uint8_t>* bytes) {
  if (!value->IsArrayBufferView()) return nullptr;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  bytes->resize(view->ByteLength());
  view->CopyContents(bytes->data(), bytes->size());
  return new v8::ScriptCompiler::CachedData(bytes->data(), static_cast<int>(bytes->size()));
}

void ThrowScriptTimeout(v8::Isolate* isolate, int64_t timeout) {
  std::string msg = "Script execution timed out after " + std::to_string(timeout) + "ms";
  ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_SCRIPT_EXECUTION_TIMEOUT", msg);
}

bool SandboxContext(v8::Isolate* isolate, v8::Local<v8::Value> sandbox,
                    v8::Local<v8::Context>* out) {
  return ContextFromSandbox(isolate, sandbox, out);
}

const MethodEntry kMethods[] = {
    {"measureMemory", MeasureMemory},
    {"compileFunction", CompileFunction},
    {"runInThisContext", RunInThisContext},
    {"makeContext", MakeContext},
    {"isContext", IsContext},
    {"compileScript", CompileScript},
    {"createCachedData", CreateCachedData},
    {"runScript", RunScript},
    {"compileFunctionIn", CompileFunctionIn},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  // Interceptors and the wasm callback are reachable from V8 too.
  registry->Add(PropGetter);
  registry->Add(PropSetter);
  registry->Add(PropQuery);
  registry->Add(PropDeleter);
  registry->Add(PropEnumerator);
  registry->Add(PropDefiner);
  registry->Add(PropDescriptor);
  registry->Add(IdxGetter);
  registry->Add(IdxSetter);
  registry->Add(IdxQuery);
  registry->Add(IdxDeleter);
  registry->Add(IdxEnumerator);
  registry->Add(IdxDefiner);
  registry->Add(IdxDescriptor);
  registry->Add(AllowWasmCodeGen);
}
}  // namespace tide::bindings::contextify
