// internalBinding('module_wrap'): v8::Module records for the ES module loader
// (lib/internal/modules/esm/loader.js). A module is known to JS by a small integer id; the loader
// keeps the graph (URLs, formats, the module map) and tells this side how each module's import
// requests were resolved (link), so V8's resolve callback is a table lookup.
#include "bindings/module_wrap.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "bindings/contextify.h"
#include "engine/errors.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::module_wrap {

namespace {

struct ModuleEntry {
  v8::Global<v8::Module> module;
  // Import specifier -> id of the module it resolved to (filled by link()).
  std::unordered_map<std::string, int> resolved;
  // Synthetic modules: called with the id when V8 evaluates the module; it sets the exports.
  v8::Global<v8::Function> synthetic_evaluate;
  // vm modules made for a vm.createContext context run there; empty: the current (main) context.
  v8::Global<v8::Context> context;
};

struct ModuleWrapData : Environment::BindingData {
  std::vector<std::unique_ptr<ModuleEntry>> entries;  // index = id
  std::unordered_multimap<int, int> ids_by_hash;      // Module::GetIdentityHash -> id
  v8::Global<v8::Object> loader;                      // internal/modules/esm/loader exports
};

ModuleWrapData* GetData(Environment* env) {
  return env->binding_data_or_create<ModuleWrapData>(kBinding_module_wrap);
}

int AddEntry(Environment* env, v8::Local<v8::Module> module) {
  ModuleWrapData* data = GetData(env);
  auto entry = std::make_unique<ModuleEntry>();
  entry->module.Reset(env->isolate(), module);
  int id = static_cast<int>(data->entries.size());
  data->entries.push_back(std::move(entry));
  data->ids_by_hash.emplace(module->GetIdentityHash(), id);
  return id;
}

int FindId(Environment* env, v8::Local<v8::Module> module) {
  ModuleWrapData* data = GetData(env);
  auto range = data->ids_by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (data->entries[it->second]->module.Get(env->isolate()) == module) return it->second;
  }
  return -1;
}

// The entry for args[0] (an id), or nullptr after throwing.
ModuleEntry* EntryArg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  ModuleWrapData* data = GetData(env);
  if (!args[0]->IsInt32() || args[0].As<v8::Int32>()->Value() < 0 ||
      args[0].As<v8::Int32>()->Value() >= static_cast<int>(data->entries.size())) {
    ThrowTypeError(args.GetIsolate(), "invalid module id");
    return nullptr;
  }
  return data->entries[args[0].As<v8::Int32>()->Value()].get();
}

// The context a module is instantiated and evaluated in.
v8::Local<v8::Context> EntryContext(v8::Isolate* isolate, ModuleEntry* entry) {
  if (!entry->context.IsEmpty()) return entry->context.Get(isolate);
  return isolate->GetCurrentContext();
}

// Optional argument `index`: a contextified sandbox (vm.createContext) to *context, or nothing for
// null/undefined. False after throwing.
bool SandboxArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index,
                v8::Local<v8::Context>* context, bool* has_sandbox) {
  *has_sandbox = args.Length() > index && !args[index]->IsNullOrUndefined();
  if (*has_sandbox && !contextify::SandboxContext(args.GetIsolate(), args[index], context)) {
    ThrowTypeError(args.GetIsolate(), "not a contextified object");
    return false;
  }
  return true;
}

// The loader's exports object: the host hooks call into it (loaded on first use, never in the
// startup snapshot).
v8::MaybeLocal<v8::Object> Loader(Environment* env) {
  ModuleWrapData* data = GetData(env);
  v8::Isolate* isolate = env->isolate();
  if (!data->loader.IsEmpty()) return data->loader.Get(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> require = env->realm_value(RealmValue::kRequire);
  v8::Local<v8::Value> id = OneByteString(isolate, "internal/modules/esm/loader");
  v8::Local<v8::Value> exports;
  if (!require.As<v8::Function>()->Call(context, v8::Undefined(isolate), 1, &id).ToLocal(&exports))
    return {};
  if (!exports->IsObject()) return {};
  data->loader.Reset(isolate, exports.As<v8::Object>());
  return exports.As<v8::Object>();
}

v8::MaybeLocal<v8::Value> CallLoader(Environment* env, const char* name, int argc,
                                     v8::Local<v8::Value>* argv) {
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> loader;
  v8::Local<v8::Value> fn;
  if (!Loader(env).ToLocal(&loader) ||
      !loader->Get(context, OneByteString(env->isolate(), name)).ToLocal(&fn)) {
    return {};
  }
  if (!fn->IsFunction()) {
    ThrowTypeError(env->isolate(), "the ES module loader is incomplete");
    return {};
  }
  return fn.As<v8::Function>()->Call(context, v8::Undefined(env->isolate()), argc, argv);
}

// A syntax error keeps its "url:line / source / caret" text for the uncaught-error report.
// `next_to_message`: Node prints a link error's caret line right above the message, with no blank
// line between them (it puts the source into the stack); a compile error's report has one.
void DecorateSyntaxError(v8::Isolate* isolate, v8::Local<v8::Context> context,
                         const v8::TryCatch& try_catch, bool next_to_message = false) {
  v8::Local<v8::Value> exception = try_catch.Exception();
  if (!exception->IsObject() || try_catch.Message().IsEmpty()) return;
  std::string arrow = FormatErrorSource(isolate, context, try_catch.Message());
  if (next_to_message && !arrow.empty() && arrow.back() == '\n') arrow.pop_back();
  exception.As<v8::Object>()
      ->SetPrivate(context, ArrowMessageKey(isolate), Utf8String(isolate, arrow))
      .Check();
}

// compileSourceTextModule(source, url[, sandbox, lineOffset, columnOffset, cachedData, vm]) -> id
// vm.SourceTextModule passes the rest: the module is compiled for the sandbox's context, and `vm`
// records its id in the script's host-defined options, so import() inside it reaches its own
// importModuleDynamically callback (ImportModuleDynamically below).
void CompileSourceTextModule(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  if (!args[0]->IsString() || !args[1]->IsString()) {
    return ThrowTypeError(isolate, "compileSourceTextModule(source, url)");
  }
  v8::Local<v8::Context> target = isolate->GetCurrentContext();
  bool has_sandbox = false;
  if (!SandboxArg(args, 2, &target, &has_sandbox)) return;
  int line_offset = args.Length() > 3 && args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;
  int column_offset =
      args.Length() > 4 && args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : 0;
  bool is_vm = args.Length() > 6 && args[6]->IsTrue();
  v8::Local<v8::Data> host_options;
  if (is_vm) {
    // The id AddEntry gives this module next (compiling runs no JS, so nothing else is added).
    v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(isolate, 1);
    options->Set(isolate, 0,
                 v8::Integer::New(isolate, static_cast<int>(GetData(env)->entries.size())));
    host_options = options;
  }
  v8::ScriptOrigin origin(isolate, args[1], line_offset, column_offset, false, -1,
                          v8::Local<v8::Value>(), false, false, true, host_options);
  std::vector<uint8_t> cache_bytes;
  v8::ScriptCompiler::CachedData* cached =
      args.Length() > 5 ? contextify::CachedDataArg(args[5], &cache_bytes) : nullptr;
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin, cached);
  v8::Local<v8::Module> module;
  {
    v8::TryCatch try_catch(isolate);
    v8::Context::Scope context_scope(target);
    if (!v8::ScriptCompiler::CompileModule(isolate, &source,
                                           cached != nullptr
                                               ? v8::ScriptCompiler::kConsumeCodeCache
                                               : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&module)) {
      if (try_catch.HasTerminated()) return;
      DecorateSyntaxError(isolate, context, try_catch);
      try_catch.ReThrow();
      return;
    }
  }
  if (cached != nullptr && source.GetCachedData()->rejected) {
    return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_VM_MODULE_CACHED_DATA_REJECTED",
                              "cachedData buffer was rejected");
  }
  int id = AddEntry(env, module);
  if (has_sandbox) GetData(env)->entries[id]->context.Reset(isolate, target);
  args.GetReturnValue().Set(id);
}

// createCachedData(id) -> ArrayBuffer: V8's code cache for a source text module.
void CreateCachedData(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  if (!module->IsSourceTextModule()) {
    return ThrowTypeError(isolate, "createCachedData: not a source text module");
  }
  std::unique_ptr<v8::ScriptCompiler::CachedData> produced(
      v8::ScriptCompiler::CreateCodeCache(module->GetUnboundModuleScript()));
  size_t length = produced ? static_cast<size_t>(produced->length) : 0;
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->GetBackingStore()->Data(), produced->data, length);
  args.GetReturnValue().Set(buffer);
}

v8::MaybeLocal<v8::Value> EvaluateSynthetic(v8::Local<v8::Context> context,
                                            v8::Local<v8::Module> module) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  int id = FindId(env, module);
  if (id < 0) {
    ThrowTypeError(isolate, "unknown synthetic module");
    return {};
  }
  ModuleEntry* entry = GetData(env)->entries[id].get();
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, id)};
  {
    // Rethrown, so the exception is scheduled for V8 to record on the module even when a
    // v8::TryCatch with no JS frames in between (vm evaluate's) would otherwise clear it.
    v8::TryCatch try_catch(isolate);
    if (entry->synthetic_evaluate.Get(isolate)
            ->Call(context, v8::Undefined(isolate), 1, argv)
            .IsEmpty()) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
      return {};
    }
  }
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
      resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) {
    return {};
  }
  return resolver->GetPromise();
}

// createSyntheticModule(url, exportNames[], evaluate(id)[, sandbox]) -> id
void CreateSyntheticModule(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  if (!args[0]->IsString() || !args[1]->IsArray() || !args[2]->IsFunction()) {
    return ThrowTypeError(isolate, "createSyntheticModule(url, exportNames, evaluate)");
  }
  v8::Local<v8::Context> target;
  bool has_sandbox = false;
  if (!SandboxArg(args, 3, &target, &has_sandbox)) return;
  v8::Local<v8::Array> names = args[1].As<v8::Array>();
  std::vector<v8::Local<v8::String>> export_names;
  export_names.reserve(names->Length());
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name;
    if (!names->Get(context, i).ToLocal(&name)) return;
    if (!name->IsString()) return ThrowTypeError(isolate, "export names must be strings");
    export_names.push_back(name.As<v8::String>());
  }
  v8::Local<v8::Module> module = v8::Module::CreateSyntheticModule(
      isolate, args[0].As<v8::String>(), export_names, EvaluateSynthetic);
  int id = AddEntry(env, module);
  GetData(env)->entries[id]->synthetic_evaluate.Reset(isolate, args[2].As<v8::Function>());
  if (has_sandbox) GetData(env)->entries[id]->context.Reset(isolate, target);
  args.GetReturnValue().Set(id);
}

// setSyntheticExport(id, name, value)
void SetSyntheticExport(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[1]->IsString()) return ThrowTypeError(isolate, "export name must be a string");
  entry->module.Get(isolate)
      ->SetSyntheticModuleExport(isolate, args[1].As<v8::String>(), args[2])
      .IsNothing();
}

// getModuleRequests(id) -> [specifier, attributes, specifier, attributes, ...]; attributes is an
// object of the `with { }` / `assert { }` keys (null prototype).
void GetModuleRequests(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  std::vector<v8::Local<v8::Value>> out;
  out.reserve(requests->Length() * 2);
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    out.push_back(request->GetSpecifier());
    v8::Local<v8::FixedArray> assertions = request->GetImportAssertions();
    v8::Local<v8::Object> attributes =
        v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    // [key, value, source offset] triplets.
    for (int j = 0; j + 1 < assertions->Length(); j += 3) {
      v8::Local<v8::Value> key = assertions->Get(context, j).As<v8::Value>();
      v8::Local<v8::Value> value = assertions->Get(context, j + 1).As<v8::Value>();
      if (attributes->CreateDataProperty(context, key.As<v8::Name>(), value).IsNothing()) return;
    }
    out.push_back(attributes);
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// link(id, specifiers[], childIds[]): how this module's requests resolved.
void Link(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[1]->IsArray() || !args[2]->IsArray()) {
    return ThrowTypeError(isolate, "link(id, specifiers, ids)");
  }
  v8::Local<v8::Array> specifiers = args[1].As<v8::Array>();
  v8::Local<v8::Array> ids = args[2].As<v8::Array>();
  for (uint32_t i = 0; i < specifiers->Length(); i++) {
    v8::Local<v8::Value> specifier;
    v8::Local<v8::Value> id;
    if (!specifiers->Get(context, i).ToLocal(&specifier) || !ids->Get(context, i).ToLocal(&id))
      return;
    if (!id->IsInt32()) return ThrowTypeError(isolate, "invalid module id");
    entry->resolved[ToStdString(isolate, specifier)] = id.As<v8::Int32>()->Value();
  }
}

v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                         v8::Local<v8::String> specifier,
                                         v8::Local<v8::FixedArray> import_assertions,
                                         v8::Local<v8::Module> referrer) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  int referrer_id = FindId(env, referrer);
  ModuleWrapData* data = GetData(env);
  std::string key = ToStdString(isolate, specifier);
  if (referrer_id >= 0) {
    auto& resolved = data->entries[referrer_id]->resolved;
    auto it = resolved.find(key);
    if (it != resolved.end()) return data->entries[it->second]->module.Get(isolate);
  }
  std::string message = "request for '" + key + "' is not in cache";
  ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_VM_MODULE_LINK_FAILURE", message);
  return {};
}

// instantiate(id)
void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = EntryContext(isolate, entry);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  if (entry->module.Get(isolate)->InstantiateModule(context, ResolveModule).IsNothing()) {
    if (try_catch.HasTerminated()) return;
    DecorateSyntaxError(isolate, context, try_catch, true);
    try_catch.ReThrow();
  }
}

// V8 evaluates a module once it is instantiated and not in the middle of its own evaluation.
bool CanEvaluate(v8::Isolate* isolate, v8::Local<v8::Module> module) {
  v8::Module::Status status = module->GetStatus();
  if (status < v8::Module::kInstantiated) {
    ThrowTypeError(isolate, "the module is not instantiated");
    return false;
  }
  if (status == v8::Module::kEvaluating) {
    ThrowTypeError(isolate, "the module is being evaluated");
    return false;
  }
  return true;
}

// evaluate(id[, timeoutMs]) -> promise of the module's evaluation (top-level await). A timeout
// (vm modules) bounds the synchronous part, as vm.Script's does: ERR_SCRIPT_EXECUTION_TIMEOUT.
void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  if (!CanEvaluate(isolate, module)) return;
  v8::Local<v8::Context> context = EntryContext(isolate, entry);
  int64_t timeout = args.Length() > 1 && args[1]->IsNumber()
                        ? static_cast<int64_t>(args[1].As<v8::Number>()->Value())
                        : -1;
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Value> result;
  bool timed_out;
  {
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> maybe;
    {
      v8::Context::Scope context_scope(context);
      timed_out = contextify::RunWithTimeout(isolate, timeout, &maybe,
                                             [&] { return module->Evaluate(context); });
    }
    if (!timed_out && !maybe.ToLocal(&result)) {
      try_catch.ReThrow();
      return;
    }
  }
  if (timed_out) return contextify::ThrowScriptTimeout(isolate, timeout);
  args.GetReturnValue().Set(scope.Escape(result));
}

void IgnoreRejection(const v8::FunctionCallbackInfo<v8::Value>& args) {}

// evaluateSync(id) -> namespace; throws the module's error; undefined if it did not finish
// synchronously (top-level await).
void EvaluateSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  if (!CanEvaluate(isolate, module)) return;
  v8::Local<v8::Value> result;
  if (!module->Evaluate(isolate->GetCurrentContext()).ToLocal(&result)) return;
  if (!result->IsPromise()) return;
  v8::Local<v8::Promise> promise = result.As<v8::Promise>();
  switch (promise->State()) {
    case v8::Promise::kFulfilled:
      args.GetReturnValue().Set(module->GetModuleNamespace());
      return;
    case v8::Promise::kRejected: {
      // The error is thrown here, synchronously: a handler tells the rejection tracker (which
      // already saw the promise reject) that nobody is left to report it.
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      v8::Local<v8::Function> ignore;
      if (!v8::Function::New(context, IgnoreRejection).ToLocal(&ignore) ||
          promise->Catch(context, ignore).IsEmpty()) {
        return;
      }
      isolate->ThrowException(promise->Result());
      return;
    }
    case v8::Promise::kPending:
      promise->MarkAsHandled();
      return;
  }
}

void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Local<v8::Module> module = entry->module.Get(args.GetIsolate());
  if (module->GetStatus() < v8::Module::kInstantiated) {
    return ThrowTypeError(args.GetIsolate(), "the module is not instantiated");
  }
  args.GetReturnValue().Set(module->GetModuleNamespace());
}

// getStatus(id) -> v8::Module::Status (0 uninstantiated .. 5 errored)
void GetStatus(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  args.GetReturnValue().Set(
      static_cast<int32_t>(entry->module.Get(args.GetIsolate())->GetStatus()));
}

void GetError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Local<v8::Module> module = entry->module.Get(args.GetIsolate());
  if (module->GetStatus() == v8::Module::kErrored) {
    args.GetReturnValue().Set(module->GetException());
  }
}

// isGraphAsync(id): whether evaluating it needs top-level await somewhere (after instantiate).
void IsGraphAsync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ModuleEntry* entry = EntryArg(args);
  if (entry == nullptr) return;
  v8::Local<v8::Module> module = entry->module.Get(args.GetIsolate());
  if (module->GetStatus() < v8::Module::kInstantiated) {
    return ThrowTypeError(args.GetIsolate(), "the module is not instantiated");
  }
  args.GetReturnValue().Set(module->IsGraphAsync());
}

// getErrorSource(error) -> the "url:line / source / caret" text kept for a compile or link error.
void GetErrorSource(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject()) return;
  v8::Local<v8::Value> stored;
  if (args[0]
          .As<v8::Object>()
          ->GetPrivate(isolate->GetCurrentContext(), ArrowMessageKey(isolate))
          .ToLocal(&stored) &&
      stored->IsString()) {
    args.GetReturnValue().Set(stored);
  }
}

// runWithErrorSource(fn): calls fn; an error it throws keeps the "file:line / source / caret" text
// of where it was thrown (unless it has one already), so the uncaught-error report that comes
// later, from a promise, points at the throw and not at the reporter.
void RunWithErrorSource(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsFunction()) return ThrowTypeError(isolate, "runWithErrorSource(fn)");
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  if (args[0]
          .As<v8::Function>()
          ->Call(context, v8::Undefined(isolate), 0, nullptr)
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
    return;
  }
  if (try_catch.HasTerminated()) return;
  v8::Local<v8::Value> exception = try_catch.Exception();
  v8::Local<v8::Value> stored;
  if (exception->IsObject() && (!exception.As<v8::Object>()
                                     ->GetPrivate(context, ArrowMessageKey(isolate))
                                     .ToLocal(&stored) ||
                                !stored->IsString())) {
    DecorateSyntaxError(isolate, context, try_catch);
  }
  try_catch.ReThrow();
}

const MethodEntry kMethods[] = {
    {"getErrorSource", GetErrorSource},
    {"runWithErrorSource", RunWithErrorSource},
    {"compileSourceTextModule", CompileSourceTextModule},
    {"createSyntheticModule", CreateSyntheticModule},
    {"createCachedData", CreateCachedData},
    {"setSyntheticExport", SetSyntheticExport},
    {"getModuleRequests", GetModuleRequests},
    {"link", Link},
    {"instantiate", Instantiate},
    {"evaluate", Evaluate},
    {"evaluateSync", EvaluateSync},
    {"getNamespace", GetNamespace},
    {"getStatus", GetStatus},
    {"getError", GetError},
    {"isGraphAsync", IsGraphAsync},
};

}  // namespace

v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Data> host_defined_options,
                                                    v8::Local<v8::Value> resource_name,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> import_assertions) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = context->GetIsolate();
  if (env == nullptr || env->is_stopping()) return {};
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Object> attributes =
      v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  // [key, value] pairs here (no source offsets, unlike a static import's).
  for (int i = 0; i + 1 < import_assertions->Length(); i += 2) {
    v8::Local<v8::Value> key = import_assertions->Get(context, i).As<v8::Value>();
    v8::Local<v8::Value> value = import_assertions->Get(context, i + 1).As<v8::Value>();
    if (attributes->CreateDataProperty(context, key.As<v8::Name>(), value).IsNothing()) return {};
  }
  v8::Local<v8::Value> referrer = resource_name;
  if (referrer.IsEmpty()) referrer = v8::Undefined(isolate);
  // A vm.SourceTextModule's id, from its host-defined options (CompileSourceTextModule).
  v8::Local<v8::Value> vm_id = v8::Undefined(isolate);
  if (!host_defined_options.IsEmpty()) {
    v8::Local<v8::PrimitiveArray> options = host_defined_options.As<v8::PrimitiveArray>();
    if (options->Length() == 1) {
      v8::Local<v8::Primitive> id = options->Get(isolate, 0);
      if (id->IsInt32()) vm_id = id;
    }
  }
  v8::Local<v8::Value> argv[] = {specifier, referrer, attributes, vm_id};
  v8::Local<v8::Value> result;
  if (!CallLoader(env, "importModuleDynamically", 4, argv).ToLocal(&result)) return {};
  if (!result->IsPromise()) {
    ThrowTypeError(isolate, "importModuleDynamically must return a promise");
    return {};
  }
  return scope.Escape(result.As<v8::Promise>());
}

void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  Environment* env = Environment::From(context);
  if (env == nullptr || env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  int id = FindId(env, module);
  if (id < 0) return;
  v8::Local<v8::Value> argv[] = {meta, v8::Integer::New(isolate, id)};
  // An exception here propagates to the `import.meta` expression.
  CallLoader(env, "initializeImportMeta", 2, argv).IsEmpty();
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(EvaluateSynthetic);
  registry->Add(ResolveModule);
  registry->Add(IgnoreRejection);
}

}  // namespace tide::bindings::module_wrap
