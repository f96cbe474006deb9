// internalBinding('trace_sigint'): util.setTraceSigInt() and --trace-sigint. While on, SIGINT
// prints "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`" with the JavaScript
// stack that was running, then the process dies of the signal, as Node's does. A signal handler
// may only post a semaphore, so a helper thread does the rest: it asks V8 to interrupt the running
// JavaScript (which prints the stack) and wakes the loop (which, when no JavaScript runs, prints
// the line alone). Whichever comes first ends the process. Main thread only; a JavaScript 'SIGINT'
// listener replaces the handler while it listens (libuv's) and handles the signal instead.
#include "bindings/trace_sigint.h"

#include <uv.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::trace_sigint {

namespace {

struct Watchdog {
  Environment* env = nullptr;
  uv_async_t wakeup;
  uv_sem_t signalled;
  uv_thread_t thread;
  std::atomic<bool> enabled{false};
};

Watchdog* watchdog =
    nullptr;  // created on first use, for the main thread's Environment; never freed

std::string Utf8(v8::Isolate* isolate, v8::Local<v8::String> string) {
  v8::String::Utf8Value utf8(isolate, string);
  return *utf8 != nullptr ? std::string(*utf8, utf8.length()) : std::string();
}

[[noreturn]] void PrintAndDie() {
  std::string out = "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n";
  v8::Isolate* isolate = watchdog->env->isolate();
  if (isolate->InContext()) {
    v8::HandleScope scope(isolate);
    v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(isolate, 10);
    for (int i = 0; i < stack->GetFrameCount(); i++) {
      v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
      std::string where = Utf8(isolate, frame->GetScriptNameOrSourceURL()) + ":" +
                          std::to_string(frame->GetLineNumber()) + ":" +
                          std::to_string(frame->GetColumn());
      std::string name = Utf8(isolate, frame->GetFunctionName());
      out += "    at " + (name.empty() ? where : name + " (" + where + ")") + "\n";
    }
    if (stack->GetFrameCount() > 0) out += "\n";
  }
  fputs(out.c_str(), stderr);
  fflush(stderr);
  uv_tty_reset_mode();
  signal(SIGINT, SIG_DFL);
  raise(SIGINT);
  _exit(130);  // not reached: SIGINT's default action ends the process
}

void OnInterrupt(v8::Isolate*, void*) { PrintAndDie(); }

void OnWakeup(uv_async_t*) {
  if (watchdog->enabled.load()) PrintAndDie();
}

void HelperMain(void*) {
  for (;;) {
    uv_sem_wait(&watchdog->signalled);
    if (!watchdog->enabled.load()) continue;
    watchdog->env->isolate()->RequestInterrupt(OnInterrupt, nullptr);
    uv_async_send(&watchdog->wakeup);
  }
}

// setTraceSigInt(enable): lib/util.js checked that this is the main thread.
void SetTraceSigInt(Environment* env, bool enable) {
  if (watchdog == nullptr) {
    if (!enable) return;
    watchdog = new Watchdog();
    watchdog->env = env;
    uv_async_init(env->loop(), &watchdog->wakeup, OnWakeup);
    uv_unref(reinterpret_cast<uv_handle_t*>(&watchdog->wakeup));
    uv_sem_init(&watchdog->signalled, 0);
    uv_thread_create(&watchdog->thread, HelperMain, nullptr);
  }
  watchdog->enabled.store(enable);
  // OnSigint is SIGINT's handler from start-up (runtime.cc), or again once a JavaScript listener
  // stops; only an inherited "ignore" (a background job's) is replaced here, as Node's watchdog
  // does.
  struct sigaction action {};
  sigaction(SIGINT, nullptr, &action);
  if (enable && action.sa_handler == SIG_IGN) {
    action = {};
    action.sa_handler = OnSigint;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
  }
}

}  // namespace

void OnSigint(int signo) {
  if (watchdog != nullptr && watchdog->enabled.load()) {
    uv_sem_post(&watchdog->signalled);
    return;
  }
  uv_tty_reset_mode();
  signal(signo, SIG_DFL);
  raise(signo);
}

const MethodEntry kMethods[] = {
    {"setTraceSigInt", Bind<SetTraceSigInt>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::trace_sigint
