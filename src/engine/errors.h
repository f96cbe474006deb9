// Uncaught exceptions: the source-line-and-caret report Node prints, and the hand-off to
// lib/internal/process/execution.js, which emits 'uncaughtException' or prints and exits.
#pragma once

#include <v8.h>

#include <string>

#include "env/environment.h"

namespace tide {

// "file:line\n<source line>\n    ^\n" for where `message` points, or "" when V8 knows no location.
std::string FormatErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                              v8::Local<v8::Message> message);

// "    at fn (file:line:col)" lines for where a value was thrown, when V8 captured them
// (--trace-uncaught turns the capture on); "" otherwise.
std::string FormatThrowSite(v8::Isolate* isolate, v8::Local<v8::Context> context,
                            v8::Local<v8::Message> message);

// Reports `error` as uncaught. If JS handles it ('uncaughtException' listeners), returns and the
// program goes on; otherwise the report is printed, 'exit' is emitted and the environment stops
// with exit code process.exitCode (1 unless a listener changed it).
void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise = false);

// Private key under which a compile-time error keeps its "file:line / source / caret" text.
v8::Local<v8::Private> ArrowMessageKey(v8::Isolate* isolate);

// Last-resort printing when the JS side cannot run (bootstrap failure): message, source, stack.
void PrintExceptionRaw(v8::Isolate* isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> error, v8::Local<v8::Message> message);

// Stops the environment: no more JS runs; the loop unwinds and the runtime exits with `code`.
void StopEnvironment(Environment* env, int code);

}  // namespace tide
