// internalBinding('spawn_sync'): spawn(options) runs a child to completion on a private libuv loop,
// so nothing else of the process's (timers, I/O callbacks) runs meanwhile. Each 'pipe' stdio entry
// gets a pipe: `input` is written to the ones the child reads (then they are shut down), what the
// child writes is collected. `timeout` (ms) and `maxBuffer` (bytes, all outputs together) kill the
// child with `killSignal` and report UV_ETIMEDOUT / UV_ENOBUFS as `error`, as Node does.
//
// Returns { pid, status, signal, output, error }: status is the exit code or null, signal the
// terminating signal's number or 0, output an array (null for entries without a collected pipe) or
// null when the spawn failed, error a negative libuv code or undefined.
#include <uv.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bindings/spawn_options.h"
#include "bindings/stream_wrap.h"
#include "env/binding_registry.h"
#include "util/args.h"

namespace tide::bindings::spawn_sync {

namespace {

class SyncRunner;

struct SyncPipe {
  uv_pipe_t pipe;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  SyncRunner* runner = nullptr;
  std::string input;
  std::string output;
  bool child_reads = false;   // we write `input`, then shut down
  bool child_writes = false;  // we collect what it writes
  bool closing = false;
};

class SyncRunner {
 public:
  int64_t timeout_ms = 0;
  double max_buffer = 0;  // 0 = no limit
  int kill_signal = SIGTERM;

  int exit_status = 0;
  int term_signal = 0;
  bool exited = false;
  int error = 0;
  int pid = 0;
  size_t buffered = 0;

  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  bool timer_open = false;
  bool process_open = false;
  std::vector<std::unique_ptr<SyncPipe>> pipes;  // index = stdio slot; null when not a pipe

  void SetError(int err) {
    if (error == 0) error = err;
  }

  void Kill() {
    if (process_open && !exited) {
      int err = uv_process_kill(&process, kill_signal);
      // The signal may be invalid; then the child still has to go.
      if (err != 0 && err != UV_ESRCH) {
        SetError(err);
        uv_process_kill(&process, SIGKILL);
      }
    }
    CloseTimer();
    for (auto& p : pipes) ClosePipe(p.get());
  }

  void CloseTimer() {
    if (!timer_open) return;
    timer_open = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer), nullptr);
  }

  static void ClosePipe(SyncPipe* p) {
    if (p == nullptr || p->closing) return;
    p->closing = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
  }

  static void OnExit(uv_process_t* handle, int64_t exit_status, int term_signal) {
    auto* self = static_cast<SyncRunner*>(handle->data);
    self->exited = true;
    self->exit_status = static_cast<int>(exit_status);
    self->term_signal = term_signal;
    self->CloseTimer();
    uv_close(reinterpret_cast<uv_handle_t*>(handle), nullptr);
  }

  static void OnTimeout(uv_timer_t* handle) {
    auto* self = static_cast<SyncRunner*>(handle->data);
    self->SetError(UV_ETIMEDOUT);
    self->Kill();
  }

  static void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    static thread_local char storage[65536];
    (void)suggested;
    *buf = uv_buf_init(storage, sizeof(storage));
  }

  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* p = static_cast<SyncPipe*>(stream->data);
    SyncRunner* self = p->runner;
    if (nread > 0) {
      p->output.append(buf->base, static_cast<size_t>(nread));
      self->buffered += static_cast<size_t>(nread);
      if (self->max_buffer > 0 && static_cast<double>(self->buffered) > self->max_buffer) {
        self->SetError(UV_ENOBUFS);
        self->Kill();
      }
    } else if (nread < 0) {
      if (nread != UV_EOF) self->SetError(static_cast<int>(nread));
      ClosePipe(p);
    }
  }

  static void OnShutdown(uv_shutdown_t* req, int status) {
    auto* p = static_cast<SyncPipe*>(req->data);
    if (status < 0 && status != UV_ENOTCONN && status != UV_EPIPE && status != UV_ECANCELED) {
      p->runner->SetError(status);
    }
    if (!p->child_writes) ClosePipe(p);
  }

  static void OnWrite(uv_write_t* req, int status) {
    auto* p = static_cast<SyncPipe*>(req->data);
    // A child that exits without reading its input is no error (EPIPE), as in Node.
    if (status < 0 && status != UV_EPIPE && status != UV_ECANCELED && status != UV_ECONNRESET) {
      p->runner->SetError(status);
    }
    if (p->closing) return;
    p->shutdown_req.data = p;
    int err = uv_shutdown(&p->shutdown_req, reinterpret_cast<uv_stream_t*>(&p->pipe), OnShutdown);
    if (err != 0 && !p->child_writes) ClosePipe(p);
  }

  // Starts the I/O on each pipe once the child runs.
  void StartPipes() {
    for (auto& owned : pipes) {
      SyncPipe* p = owned.get();
      if (p == nullptr) continue;
      auto* stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
      if (p->child_writes) {
        int err = uv_read_start(stream, OnAlloc, OnRead);
        if (err != 0) SetError(err);
      }
      if (p->child_reads) {
        if (!p->input.empty()) {
          uv_buf_t buf = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
          p->write_req.data = p;
          int err = uv_write(&p->write_req, stream, &buf, 1, OnWrite);
          if (err != 0) {
            SetError(err);
            if (!p->child_writes) ClosePipe(p);
          }
        } else {
          p->shutdown_req.data = p;
          int err = uv_shutdown(&p->shutdown_req, stream, OnShutdown);
          if (err != 0 && !p->child_writes) ClosePipe(p);
        }
      } else if (!p->child_writes) {
        ClosePipe(p);
      }
    }
  }
};

v8::Local<v8::Value> BytesToUint8Array(v8::Isolate* isolate, std::string&& bytes) {
  size_t length = bytes.size();
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) std::memcpy(ab->GetBackingStore()->Data(), bytes.data(), length);
  return v8::Uint8Array::New(ab, 0, length);
}

void Spawn(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject()) return ThrowTypeError(isolate, "spawn(options)");
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> js_options = args[0].As<v8::Object>();
  // The thread blocks until the child is done, and the child may be talking to a peer of ours.
  SendHeldWrites(Environment::From(args));

  SyncRunner runner;
  SpawnOptions spawn_options;
  if (!spawn_options.Read(context, js_options, SyncRunner::OnExit)) return;
  uv_process_options_t& options = spawn_options.options();
  v8::Local<v8::Value> value;
  if (!GetProp(context, js_options, "timeout").ToLocal(&value)) return;
  if (value->IsNumber() && value.As<v8::Number>()->Value() > 0) {
    runner.timeout_ms = static_cast<int64_t>(value.As<v8::Number>()->Value());
  }
  if (!GetProp(context, js_options, "maxBuffer").ToLocal(&value)) return;
  if (value->IsNumber() && value.As<v8::Number>()->Value() > 0) {
    runner.max_buffer = value.As<v8::Number>()->Value();
  }
  if (!GetProp(context, js_options, "killSignal").ToLocal(&value)) return;
  if (value->IsInt32()) runner.kill_signal = value.As<v8::Int32>()->Value();

  int err = uv_loop_init(&runner.loop);
  if (err != 0) return ThrowTypeError(isolate, "uv_loop_init failed");

  std::vector<uv_stdio_container_t> stdio;
  bool ok = true;
  if (!GetProp(context, js_options, "stdio").ToLocal(&value)) ok = false;
  if (ok && value->IsArray()) {
    v8::Local<v8::Array> list = value.As<v8::Array>();
    stdio.resize(list->Length());
    runner.pipes.resize(list->Length());
    for (uint32_t i = 0; ok && i < list->Length(); ++i) {
      v8::Local<v8::Value> item;
      v8::Local<v8::Value> type_value;
      if (!list->Get(context, i).ToLocal(&item) || !item->IsObject() ||
          !GetProp(context, item.As<v8::Object>(), "type").ToLocal(&type_value)) {
        ok = false;
        break;
      }
      v8::Local<v8::Object> entry = item.As<v8::Object>();
      std::string type = ToStdString(isolate, type_value);
      uv_stdio_container_t& c = stdio[i];
      if (type == "ignore") {
        c.flags = UV_IGNORE;
      } else if (type == "pipe") {
        auto p = std::make_unique<SyncPipe>();
        p->runner = &runner;
        v8::Local<v8::Value> flag;
        if (!GetProp(context, entry, "readable").ToLocal(&flag)) {
          ok = false;
          break;
        }
        p->child_reads = flag->IsTrue();
        if (!GetProp(context, entry, "writable").ToLocal(&flag)) {
          ok = false;
          break;
        }
        p->child_writes = flag->IsTrue();
        v8::Local<v8::Value> input;
        if (!GetProp(context, entry, "input").ToLocal(&input)) {
          ok = false;
          break;
        }
        if (input->IsArrayBufferView()) {
          auto view = input.As<v8::ArrayBufferView>();
          p->input.resize(view->ByteLength());
          view->CopyContents(p->input.data(), p->input.size());
        }
        uv_pipe_init(&runner.loop, &p->pipe, 0);
        p->pipe.data = p.get();
        c.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
        c.data.stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
        runner.pipes[i] = std::move(p);
      } else {  // 'inherit' / 'fd'
        v8::Local<v8::Value> fd;
        if (!GetProp(context, entry, "fd").ToLocal(&fd) || !fd->IsInt32()) {
          ok = false;
          break;
        }
        c.flags = UV_INHERIT_FD;
        c.data.fd = fd.As<v8::Int32>()->Value();
      }
    }
  }

  if (ok) {
    options.stdio = stdio.data();
    options.stdio_count = static_cast<int>(stdio.size());
    runner.process.data = &runner;
    err = uv_spawn(&runner.loop, &runner.process, &options);
    if (err != 0) {
      runner.SetError(err);
      uv_close(reinterpret_cast<uv_handle_t*>(&runner.process), nullptr);
      for (auto& p : runner.pipes) SyncRunner::ClosePipe(p.get());
    } else {
      runner.process_open = true;
      runner.pid = runner.process.pid;
      if (runner.timeout_ms > 0) {
        uv_timer_init(&runner.loop, &runner.timer);
        runner.timer.data = &runner;
        runner.timer_open = true;
        uv_timer_start(&runner.timer, SyncRunner::OnTimeout,
                       static_cast<uint64_t>(runner.timeout_ms), 0);
      }
      runner.StartPipes();
    }
  } else {
    for (auto& p : runner.pipes) SyncRunner::ClosePipe(p.get());
  }
  uv_run(&runner.loop, UV_RUN_DEFAULT);
  uv_loop_close(&runner.loop);
  if (!ok) {
    if (!isolate->IsExecutionTerminating()) {
      ThrowTypeError(isolate, "options.stdio entries must be {type, fd} objects");
    }
    return;
  }

  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* name, v8::Local<v8::Value> v) {
    result->Set(context, OneByteString(isolate, name), v).Check();
  };
  set("pid", v8::Integer::New(isolate, runner.pid));
  if (runner.exited && runner.term_signal == 0) {
    set("status", v8::Integer::New(isolate, runner.exit_status));
  } else {
    set("status", v8::Null(isolate));
  }
  set("signal", v8::Integer::New(isolate, runner.exited ? runner.term_signal : 0));
  if (runner.process_open) {
    v8::Local<v8::Array> output = v8::Array::New(isolate, static_cast<int>(runner.pipes.size()));
    for (size_t i = 0; i < runner.pipes.size(); ++i) {
      SyncPipe* p = runner.pipes[i].get();
      v8::Local<v8::Value> item = v8::Null(isolate);
      if (p != nullptr && p->child_writes) item = BytesToUint8Array(isolate, std::move(p->output));
      output->Set(context, static_cast<uint32_t>(i), item).Check();
    }
    set("output", output);
  } else {
    set("output", v8::Null(isolate));
  }
  if (runner.error != 0) set("error", v8::Integer::New(isolate, runner.error));
  args.GetReturnValue().Set(result);
}

const MethodEntry kMethods[] = {{"spawn", Spawn}};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::spawn_sync
