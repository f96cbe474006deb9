// See errors.h.
#include "engine/errors.h"

#include <cstdio>

#include "util/args.h"

namespace tide {

std::string FormatErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                              v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return "";
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  if (resource.IsEmpty() || resource->IsUndefined()) return "";
  std::string filename = ToStdString(isolate, resource);
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return "";
  std::string source = ToStdString(isolate, source_line);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(0);
  if (start < 0) start = 0;
  if (end <= start) end = start + 1;

  std::string out = filename + ":" + std::to_string(line) + "\n" + source + "\n";
  // Pad under the source line (keeping tabs, so the caret lines up), then carets over the range.
  for (int i = 0; i < start && i < static_cast<int>(source.size()); i++) {
    out += source[i] == '\t' ? '\t' : ' ';
  }
  for (int i = start; i < end; i++) out += '^';
  out += '\n';
  return out;
}

std::string FormatThrowSite(v8::Isolate* isolate, v8::Local<v8::Context> context,
                            v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return "";
  v8::Local<v8::StackTrace> trace = message->GetStackTrace();
  if (trace.IsEmpty()) return "";
  std::string out;
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string where = ToStdString(isolate, frame->GetScriptNameOrSourceURL()) + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    v8::Local<v8::String> fn = frame->GetFunctionName();
    if (fn.IsEmpty() || fn->Length() == 0) {
      out += "    at " + where + "\n";
    } else {
      out += "    at " + ToStdString(isolate, fn) + " (" + where + ")\n";
    }
  }
  return out;
}

v8::Local<v8::Private> ArrowMessageKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "tide:arrowMessage"));
}

void PrintExceptionRaw(v8::Isolate* isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> error, v8::Local<v8::Message> message) {
  std::string out = FormatErrorSource(isolate, context, message);
  if (!out.empty()) out += "\n";
  v8::Local<v8::Value> stack;
  if (error->IsObject() &&
      error.As<v8::Object>()->Get(context, OneByteString(isolate, "stack")).ToLocal(&stack) &&
      stack->IsString()) {
    out += ToStdString(isolate, stack);
  } else {
    out += ToStdString(isolate, error);
  }
  fprintf(stderr, "%s\n", out.c_str());
  fflush(stderr);
}

void StopEnvironment(Environment* env, int code) {
  env->set_exit_code(code);
  env->set_stopping();
  env->isolate()->TerminateExecution();
  uv_stop(env->loop());
}

void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise) {
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(isolate, error);

  v8::Local<v8::Function> handler = env->js_callback(JsCallback::kFatalException);
  if (handler.IsEmpty()) {
    PrintExceptionRaw(isolate, context, error, message);
    StopEnvironment(env, 1);
    return;
  }
  std::string arrow;
  v8::Local<v8::Value> stored;
  if (error->IsObject() &&
      error.As<v8::Object>()->GetPrivate(context, ArrowMessageKey(isolate)).ToLocal(&stored) &&
      stored->IsString()) {
    arrow = ToStdString(isolate, stored);
  } else {
    arrow = FormatErrorSource(isolate, context, message);
  }
  v8::Local<v8::Value> argv[] = {error, v8::Boolean::New(isolate, from_promise),
                                 Utf8String(isolate, arrow),
                                 Utf8String(isolate, FormatThrowSite(isolate, context, message))};
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> handled;
  if (!handler->Call(context, env->process_object(), 4, argv).ToLocal(&handled)) {
    if (try_catch.HasTerminated() || env->is_stopping()) return;
    // The 'uncaughtException' handler itself threw: print that error and exit with 7, as Node.
    PrintExceptionRaw(isolate, context, try_catch.Exception(), try_catch.Message());
    fprintf(stderr, "\ntide v%s\n", TIDE_VERSION);
    fflush(stderr);
    StopEnvironment(env, 7);
    return;
  }
  if (handled->IsTrue()) return;
  // Not handled: JS has printed the report and emitted 'exit'; it returns the exit code to use.
  int code = handled->IsInt32() ? handled.As<v8::Int32>()->Value() : 1;
  StopEnvironment(env, code);
}

}  // namespace tide
