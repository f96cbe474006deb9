// See worker.h.
#include "threads/worker.h"

#include <pthread.h>

#include <atomic>
#include <set>

#include "engine/cli.h"
#include "engine/errors.h"
#include "engine/isolate.h"
#include "engine/platform.h"
#include "engine/snapshot.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "loop/run_loop.h"
#include "threads/message_port.h"
#include "util/args.h"

namespace tide {

namespace {

std::atomic<uint64_t> next_thread_id{1};

// resourceLimits, in Node's order.
enum ResourceLimit {
  kMaxYoungGenerationSizeMb,
  kMaxOldGenerationSizeMb,
  kCodeRangeSizeMb,
  kStackSizeMb
};
constexpr double kMB = 1024 * 1024;
constexpr size_t kStackBufferSize = 192 * 1024;  // stack V8 must not use (native frames below)

// One allocator for every worker isolate, never freed: a transferred ArrayBuffer's memory may
// outlive the isolate that allocated it.
v8::ArrayBuffer::Allocator* WorkerAllocator() {
  static v8::ArrayBuffer::Allocator* allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  return allocator;
}

v8::ResourceConstraints ConstraintsFor(std::array<double, 4>* limits) {
  v8::ResourceConstraints constraints;
  constraints.ConfigureDefaults(uv_get_total_memory(), 0);
  auto& l = *limits;
  if (l[kMaxYoungGenerationSizeMb] > 0) {
    constraints.set_max_young_generation_size_in_bytes(
        static_cast<size_t>(l[kMaxYoungGenerationSizeMb] * kMB));
  } else {
    l[kMaxYoungGenerationSizeMb] = constraints.max_young_generation_size_in_bytes() / kMB;
  }
  if (l[kMaxOldGenerationSizeMb] > 0) {
    constraints.set_max_old_generation_size_in_bytes(
        static_cast<size_t>(l[kMaxOldGenerationSizeMb] * kMB));
  } else {
    l[kMaxOldGenerationSizeMb] = constraints.max_old_generation_size_in_bytes() / kMB;
  }
  if (l[kCodeRangeSizeMb] > 0) {
    constraints.set_code_range_size_in_bytes(static_cast<size_t>(l[kCodeRangeSizeMb] * kMB));
  } else {
    l[kCodeRangeSizeMb] = constraints.code_range_size_in_bytes() / kMB;
  }
  if (l[kStackSizeMb] <= 0) l[kStackSizeMb] = 4;
  return constraints;
}

std::vector<std::string> ToStrings(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  std::vector<std::string> out;
  if (!value->IsArray()) return out;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (array->Get(context, i).ToLocal(&item) && item->IsString()) {
      out.push_back(ToStdString(isolate, item));
    }
  }
  return out;
}

v8::Local<v8::Array> LimitsArray(v8::Isolate* isolate, const std::array<double, 4>& limits) {
  v8::Local<v8::Value> items[4];
  for (int i = 0; i < 4; i++) items[i] = v8::Number::New(isolate, limits[i]);
  return v8::Array::New(isolate, items, 4);
}

}  // namespace

Worker::Worker(Environment* env, v8::Local<v8::Object> object, EnvironmentOptions child_options,
               size_t stack_size)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&exit_async_)),
      child_options_(std::move(child_options)),
      stack_size_(stack_size) {
  uv_async_init(env->loop(), &exit_async_, OnExit);
}

Worker::~Worker() = default;

// new Worker(argv, execArgv, env, resourceLimits, ownExecArgv): env is an object of strings (the
// worker's own copy) or null (SHARE_ENV); resourceLimits an array of 4 numbers (-1: V8's
// default); ownExecArgv: execArgv was given (its options apply), not inherited.
void Worker::New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new Worker()");
  Environment* env = Environment::From(args);
  v8::Local<v8::Context> context = env->context();

  EnvironmentOptions options;
  options.is_main_thread = false;
  options.thread_id = next_thread_id++;
  options.argv = ToStrings(isolate, args[0]);
  options.exec_argv = ToStrings(isolate, args[1]);
  options.tide_flags = env->options().tide_flags;
  if (args[4]->IsTrue()) {
    // An execArgv of the worker's own: tide's options apply to it; V8's are per process, and
    // anything else is unknown, so both are refused, as Node does.
    std::vector<std::string> storage = {"tide"};
    storage.insert(storage.end(), options.exec_argv.begin(), options.exec_argv.end());
    std::vector<char*> argv;
    for (auto& a : storage) argv.push_back(a.data());
    CliOptions parsed;
    int exit_code;
    std::string invalid;
    if (!ParseCommandLine(static_cast<int>(argv.size()), argv.data(), &parsed, &exit_code)) {
      invalid = options.exec_argv.empty() ? "" : options.exec_argv.back();
    }
    for (const auto& flag : parsed.v8_flags) invalid += (invalid.empty() ? "" : ", ") + flag;
    if (!invalid.empty()) {
      return ThrowErrorWithCode(
          isolate, ErrorKind::kError, "ERR_WORKER_INVALID_EXEC_ARGV",
          ("Initiated Worker with invalid execArgv flags: " + invalid).c_str());
    }
    options.tide_flags = parsed.tide_flags;
  }
  if (args[2]->IsObject()) {
    auto vars = std::make_shared<std::map<std::string, std::string>>();
    v8::Local<v8::Object> object = args[2].As<v8::Object>();
    v8::Local<v8::Array> keys;
    if (!object->GetOwnPropertyNames(context).ToLocal(&keys)) return;
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> key;
      v8::Local<v8::Value> value;
      if (!keys->Get(context, i).ToLocal(&key) || !object->Get(context, key).ToLocal(&value)) {
        return;
      }
      v8::Local<v8::String> string;
      if (!value->ToString(context).ToLocal(&string)) return;
      (*vars)[ToStdString(isolate, key)] = ToStdString(isolate, string);
    }
    options.env_vars = std::move(vars);
  }
  if (args[3]->IsArray()) {
    auto limits = args[3].As<v8::Array>();
    for (uint32_t i = 0; i < 4 && i < limits->Length(); i++) {
      v8::Local<v8::Value> item;
      if (limits->Get(context, i).ToLocal(&item) && item->IsNumber()) {
        options.resource_limits[i] = item.As<v8::Number>()->Value();
      }
    }
  }
  ConstraintsFor(&options.resource_limits);
  size_t stack_size = static_cast<size_t>(options.resource_limits[kStackSizeMb] * kMB);
  if (stack_size < 2 * kStackBufferSize) stack_size = 2 * kStackBufferSize;

  auto parent_end = std::make_shared<MessagePortData>();
  auto child_end = std::make_shared<MessagePortData>();
  MessagePortData::Entangle(parent_end, child_end);
  options.worker_port = child_end;
  uint64_t thread_id = options.thread_id;
  std::array<double, 4> limits = options.resource_limits;

  auto* worker = new Worker(env, args.This(), std::move(options), stack_size);
  worker->AsyncInit("WORKER");
  if (args[5]->IsString()) worker->name_ = ToStdString(isolate, args[5]).substr(0, 15);
  MessagePort* port = MessagePort::Create(env, parent_end);
  if (port == nullptr) {
    worker->Close();
    return;
  }
  SetValue(context, args.This(), "messagePort", port->object());
  SetValue(context, args.This(), "threadId", v8::Number::New(isolate, thread_id));
  SetValue(context, args.This(), "resourceLimits", LimitsArray(isolate, limits));
}

void Worker::StartThread(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<Worker>(args.This());
  if (self == nullptr || self->thread_started_ || self->IsClosing()) return;
  uv_thread_options_t thread_options;
  thread_options.flags = UV_THREAD_HAS_STACK_SIZE;
  thread_options.stack_size = self->stack_size_;
  int err = uv_thread_create_ex(
      &self->thread_, &thread_options, [](void* arg) { static_cast<Worker*>(arg)->Run(); }, self);
  if (err != 0) {
    ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kError, "ERR_WORKER_INIT_FAILED",
                       (std::string("Worker initialization failure: ") + uv_strerror(err)).c_str());
    return;
  }
  self->thread_started_ = true;
}

void Worker::StopThread(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<Worker>(args.This());
  if (self != nullptr) self->RequestStop();
}

// loopIdleTime() → ms the worker's loop has spent waiting for events (for
// worker.performance.eventLoopUtilization()). Read from this thread while the worker runs, as
// Node does: a racy but harmless read of a counter.
void Worker::LoopIdleTime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<Worker>(args.This());
  if (self == nullptr) return;
  std::lock_guard<std::mutex> lock(self->mutex_);
  double idle = self->child_loop_ != nullptr && self->loop_start_ != 0
                    ? uv_metrics_idle_time(self->child_loop_) / 1e6
                    : 0;
  args.GetReturnValue().Set(idle);
}

// loopStartTime() → when the worker's loop started, in ms of this thread's performance timeline;
// -1 before it started.
void Worker::LoopStartTime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<Worker>(args.This());
  if (self == nullptr) return;
  std::lock_guard<std::mutex> lock(self->mutex_);
  if (self->loop_start_ == 0) return args.GetReturnValue().Set(-1);
  double start = (static_cast<double>(self->loop_start_) - self->env()->time_origin()) / 1e6;
  args.GetReturnValue().Set(start);
}

void Worker::RequestStop() {
  std::lock_guard<std::mutex> lock(mutex_);
  stop_requested_ = true;
  if (child_isolate_ != nullptr) {
    child_isolate_->TerminateExecution();
    uv_async_send(child_stop_async_);
  }
}

size_t Worker::OnNearHeapLimit(void* data, size_t current, size_t initial) {
  auto* self = static_cast<Worker*>(data);
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    self->out_of_memory_ = true;
  }
  self->RequestStop();
  // Room to unwind: the termination takes effect at the next interrupt check.
  return current * 2;
}

void Worker::Run() {
  if (!name_.empty()) pthread_setname_np(pthread_self(), name_.c_str());
  uv_loop_t loop;
  uv_loop_init(&loop);
  uv_loop_configure(&loop, UV_METRICS_IDLE_TIME);
  Platform* platform = env()->platform();
  v8::ResourceConstraints constraints = ConstraintsFor(&child_options_.resource_limits);
  // The stack V8 may use: this thread's, less a margin for native frames.
  uintptr_t stack_top = reinterpret_cast<uintptr_t>(&loop);
  constraints.set_stack_limit(
      reinterpret_cast<uint32_t*>(stack_top - (stack_size_ - kStackBufferSize)));
  v8::Isolate* isolate = NewIsolate(platform, &loop, WorkerAllocator(), &constraints);
  isolate->AddNearHeapLimitCallback(OnNearHeapLimit, this);
  int exit_code = 1;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context =
        EmbeddedSnapshot() != nullptr
            ? v8::Context::FromSnapshot(isolate, kMainContextIndex).ToLocalChecked()
            : v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    auto env = std::make_unique<Environment>(platform, isolate, &loop, context, child_options_);
    ReleaseSnapshotPages();  // read again for this isolate

    uv_async_t stop_async;
    uv_async_init(&loop, &stop_async, [](uv_async_t* handle) {
      StopEnvironment(static_cast<Environment*>(handle->data), 1);
    });
    stop_async.data = env.get();
    uv_unref(reinterpret_cast<uv_handle_t*>(&stop_async));
    bool stopped;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      child_isolate_ = isolate;
      child_stop_async_ = &stop_async;
      child_loop_ = &loop;
      stopped = stop_requested_;
    }
    // Stopped before it started: exit code 0, as Node.
    if (stopped) exit_code = 0;
    if (!stopped && BootstrapEnvironment(env.get())) {
      RunMain(env.get(), "internal/main/worker_thread");
      {
        std::lock_guard<std::mutex> lock(mutex_);
        loop_start_ = uv_hrtime();
      }
      SpinEventLoop(env.get());
      exit_code = env->is_stopping() ? env->exit_code() : EmitExit(env.get());
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      child_isolate_ = nullptr;
      child_stop_async_ = nullptr;
      child_loop_ = nullptr;
      if (stop_requested_ && !stopped) exit_code = 1;
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&stop_async), nullptr);
    env->RunCleanup();
    // Requests still in flight (fs, dns, crypto and zlib work on libuv's pool) would complete
    // into a freed Environment and loop: wait for all of them, as Node does for a worker. Their
    // callbacks find the Environment stopping and call no JavaScript.
    while (loop.active_reqs.count > 0) uv_run(&loop, UV_RUN_ONCE);
    env.reset();
  }
  isolate->RemoveNearHeapLimitCallback(OnNearHeapLimit, 0);
  DisposeIsolate(platform, isolate, &loop);
  uv_walk(
      &loop,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  while (uv_loop_close(&loop) == UV_EBUSY) uv_run(&loop, UV_RUN_ONCE);
  exit_code_ = exit_code;
  uv_async_send(&exit_async_);
}

void Worker::JoinThread() {
  if (!thread_started_ || thread_joined_) return;
  uv_thread_join(&thread_);
  thread_joined_ = true;
}

void Worker::OnExit(uv_async_t* handle) {
  auto* self = static_cast<Worker*>(reinterpret_cast<uv_handle_t*>(handle)->data);
  self->JoinThread();
  Environment* env = self->env();
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  bool oom;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    oom = self->out_of_memory_;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, self->exit_code_),
                                 v8::Boolean::New(isolate, oom)};
  v8::Local<v8::Object> object = self->object();
  self->Close();
  MakeCallback(env, object, "onexit", 2, argv);
}

// The parent is going away (or JS closed the handle): the worker is stopped and waited for.
void Worker::OnClosing() {
  if (thread_started_ && !thread_joined_) {
    RequestStop();
    JoinThread();
  }
}

// --- the binding: internalBinding('worker') -----------------------------------------------------

namespace {

// getWorkerInfo() → { isMainThread, threadId, resourceLimits }
void GetWorkerInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  SetValue(context, info, "isMainThread", v8::Boolean::New(isolate, env->is_main_thread()));
  SetValue(context, info, "threadId",
           v8::Number::New(isolate, static_cast<double>(env->options().thread_id)));
  SetValue(context, info, "resourceLimits", LimitsArray(isolate, env->options().resource_limits));
  args.GetReturnValue().Set(info);
}

// getParentPort() → this worker's end of the internal channel, as a MessagePort (once).
void GetParentPort(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  if (env->options().worker_port == nullptr) return;
  MessagePort* port = MessagePort::Create(env, env->options().worker_port);
  if (port != nullptr) args.GetReturnValue().Set(port->object());
}

// The descriptors a worker with trackUnmanagedFds opened through fs.open() and has not closed:
// closed when its Environment ends.
struct UnmanagedFds : Environment::BindingData {
  std::set<int> fds;
};

UnmanagedFds* GetUnmanagedFds(Environment* env) {
  auto* data = env->binding_data<UnmanagedFds>(kBinding_worker);
  if (data == nullptr) {
    auto owned = std::make_unique<UnmanagedFds>();
    data = owned.get();
    env->set_binding_data(kBinding_worker, std::move(owned));
    env->AddCleanupHook([data]() {
      for (int fd : data->fds) {
        uv_fs_t req;
        uv_fs_close(nullptr, &req, fd, nullptr);
        uv_fs_req_cleanup(&req);
      }
      data->fds.clear();
    });
  }
  return data;
}

void TrackFd(Environment* env, int32_t fd) { GetUnmanagedFds(env)->fds.insert(fd); }
void UntrackFd(Environment* env, int32_t fd) { GetUnmanagedFds(env)->fds.erase(fd); }

const MethodEntry kMethods[] = {
    {"getWorkerInfo", GetWorkerInfo},
    {"getParentPort", GetParentPort},
    {"trackFd", Bind<TrackFd>},
    {"untrackFd", Bind<UntrackFd>},
};

}  // namespace

void Worker::Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, New, "Worker");
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "startThread", StartThread);
  SetProtoMethod(isolate, tmpl, "stopThread", StopThread);
  SetProtoMethod(isolate, tmpl, "loopIdleTime", LoopIdleTime);
  SetProtoMethod(isolate, tmpl, "loopStartTime", LoopStartTime);
  SetValue(context, target, "Worker", tmpl->GetFunction(context).ToLocalChecked());
}

void Worker::RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(New);
  registry->Add(StartThread);
  registry->Add(StopThread);
  registry->Add(LoopIdleTime);
  registry->Add(LoopStartTime);
}

}  // namespace tide
