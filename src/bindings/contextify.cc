// internalBinding('contextify'): compiling user code. compileFunction is what the CommonJS loader
// uses (ScriptCompiler::CompileFunction: stack traces keep the file's own lines and columns);
// runInThisContext runs -e / stdin code as a script.
#include "engine/errors.h"
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

}  // namespace

const MethodEntry kMethods[] = {
    {"compileFunction", CompileFunction},
    {"runInThisContext", RunInThisContext},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::contextify
