// See diagnostics.h.
#include "loop/diagnostics.h"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cinttypes>
#include <cstdlib>
#include <cstring>

#include "env/base_object.h"
#include "util/args.h"

namespace tide {

namespace {

const char* KindName(CallbackKind kind) {
  switch (kind) {
    case CallbackKind::kTimeout:
      return "timeout";
    case CallbackKind::kImmediate:
      return "immediate";
    case CallbackKind::kIO:
      return "I/O";
    case CallbackKind::kPromise:
      return "promise";
    case CallbackKind::kClose:
      return "close";
    case CallbackKind::kUnknown:
      break;
  }
  return "callback";
}

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          snprintf(buf, sizeof(buf), "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

// "name (file:line:column)" of a function, or "" for an anonymous native one.
std::string FunctionName(v8::Isolate* isolate, v8::Local<v8::Function> fn) {
  std::string name = ToStdString(isolate, fn->GetDebugName());
  return name.empty() ? "(anonymous)" : name;
}

std::string FunctionLocation(v8::Isolate* isolate, v8::Local<v8::Function> fn) {
  v8::Local<v8::Value> resource = fn->GetScriptOrigin().ResourceName();
  if (resource.IsEmpty() || !resource->IsString()) return "";
  int line = fn->GetScriptLineNumber();
  int column = fn->GetScriptColumnNumber();
  std::string where = ToStdString(isolate, resource);
  if (line >= 0) where += ":" + std::to_string(line + 1) + ":" + std::to_string(column + 1);
  return where;
}

bool IsInternalScript(const std::string& name) {
  return name.empty() || name.rfind("node:", 0) == 0;
}

// Handle classes whose instances carry a HandleWrap in internal field 0.
bool IsHandleClass(const std::string& name) {
  static const char* const kNames[] = {"TCP",     "Pipe",   "TTY",         "UDP",
                                       "Process", "Signal", "StatWatcher", "FSEvent"};
  for (const char* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

// Nanoseconds as microseconds with three decimals ("1234.567"), without printf's floating point.
void AppendMicros(std::string* out, uint64_t ns) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), ns / 1000);
  (void)ec;
  out->append(buf, end);
  unsigned frac = static_cast<unsigned>(ns % 1000);
  char digits[4] = {'.', static_cast<char>('0' + frac / 100),
                    static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10)};
  out->append(digits, 4);
}

void AtomicMax(std::atomic<uint64_t>* target, uint64_t value) {
  uint64_t seen = target->load(std::memory_order_relaxed);
  while (value > seen && !target->compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
  }
}

std::atomic<bool> g_pool_stats_enabled{false};
pool_stats::KindStats g_pool_stats[static_cast<size_t>(PoolKind::kCount)];

}  // namespace

const char* PoolKindName(PoolKind kind) {
  switch (kind) {
    case PoolKind::kFs:
      return "fs";
    case PoolKind::kDns:
      return "dns";
    case PoolKind::kCrypto:
      return "crypto";
    case PoolKind::kZlib:
      return "zlib";
    default:
      return "other";
  }
}

namespace pool_stats {
bool enabled() { return g_pool_stats_enabled.load(std::memory_order_relaxed); }
KindStats& Of(PoolKind kind) { return g_pool_stats[static_cast<size_t>(kind)]; }
int PoolSize() {
  // libuv reads UV_THREADPOOL_SIZE once, when the pool starts: 4 by default, 1..1024.
  const char* value = getenv("UV_THREADPOOL_SIZE");
  int size = value != nullptr ? atoi(value) : 4;
  if (size < 1) size = 1;
  if (size > 1024) size = 1024;
  return size;
}
void Record(PoolKind kind, uint64_t queued, uint64_t started, uint64_t done) {
  KindStats& stats = Of(kind);
  stats.completed++;
  uint64_t latency = done - queued;
  stats.latency_total_ns += latency;
  AtomicMax(&stats.latency_max_ns, latency);
  if (started != 0) {
    stats.timed++;
    stats.wait_total_ns += started - queued;
    AtomicMax(&stats.wait_max_ns, started - queued);
    stats.run_total_ns += done - started;
    AtomicMax(&stats.run_max_ns, done - started);
  }
}

uint64_t TotalInFlight() {
  uint64_t total = 0;
  for (auto& stats : g_pool_stats) total += stats.in_flight.load(std::memory_order_relaxed);
  return total;
}
}  // namespace pool_stats

// --- TrackedRequest ------------------------------------------------------------------------------

void TrackedRequest::Start(Environment* env, const char* name, PoolKind pool) {
  name_ = name;
  pool_ = pool;
  env->AddRequest(name);
  if (pool != PoolKind::kCount && pool_stats::enabled()) {
    saturated_ = pool_stats::TotalInFlight() >= static_cast<uint64_t>(pool_stats::PoolSize());
    queued_ns_ = uv_hrtime();
    pool_stats::Of(pool).in_flight++;
  }
  if (Diagnostics* diag = env->diagnostics()) diag->OnRequestStart(this);
}

void TrackedRequest::Finish(Environment* env) {
  if (name_ == nullptr) return;
  env->RemoveRequest(name_);
  name_ = nullptr;
  Diagnostics* diag = env->diagnostics();
  if (diag != nullptr) diag->OnRequestEnd(this);
  if (queued_ns_ != 0) {
    pool_stats::Of(pool_).in_flight--;
    uint64_t done = uv_hrtime();
    pool_stats::Record(pool_, queued_ns_, 0, done);
    if (diag != nullptr) diag->OnPoolJobDone(pool_, queued_ns_, 0, done, saturated_);
    queued_ns_ = 0;
  }
}

// --- Diagnostics ---------------------------------------------------------------------------------

Diagnostics::Diagnostics(Environment* env) : env_(env), pid_(static_cast<int>(getpid())) {
  pid_json_ = ",\"pid\":" + std::to_string(pid_) + ",\"tid\":1,\"ts\":";
  g_pool_stats_enabled = true;
}

Diagnostics::~Diagnostics() {
  StopWatchdog();
  StopTrace();
}

Diagnostics* Diagnostics::Ensure(Environment* env) {
  if (env->diagnostics() == nullptr) {
    env->set_diagnostics(std::make_unique<Diagnostics>(env));
    // The trace is finished (and its handles closed) while the loop can still close them.
    env->AddCleanupHook([env]() {
      if (Diagnostics* diag = env->diagnostics()) {
        diag->StopTrace();
        diag->SetBlockedThreshold(0);
      }
    });
  }
  return env->diagnostics();
}

void Diagnostics::OnScopeEnter() {
  current_kind_ = next_kind_ != CallbackKind::kUnknown ? next_kind_ : CallbackKind::kPromise;
  next_kind_ = CallbackKind::kUnknown;
  current_fn_.Clear();
  current_recv_.Clear();
  current_js_fn_.Reset();
  if (blocked_threshold_ms_ != 0) {
    episode_.fetch_add(1, std::memory_order_relaxed);
    busy_since_ns_.store(uv_hrtime(), std::memory_order_release);
  }
}

void Diagnostics::OnScopeExit() {
  if (blocked_threshold_ms_ != 0) {
    uint64_t since = busy_since_ns_.exchange(0, std::memory_order_acq_rel);
    uint64_t episode = episode_.load(std::memory_order_relaxed);
    if (printed_episode_ == episode && since != 0) {
      uint64_t ms = (uv_hrtime() - since) / 1000000;
      fprintf(stderr, "(tide) the event loop was blocked for %" PRIu64 " ms by %s\n", ms,
              blocked_origin_.c_str());
      fflush(stderr);
    }
  }
  current_kind_ = CallbackKind::kUnknown;
  current_fn_.Clear();
  current_recv_.Clear();
  current_js_fn_.Reset();
}

void Diagnostics::OnCallbackBegin(v8::Local<v8::Value> recv, v8::Local<v8::Function> fn) {
  if (callback_depth_++ != 0) return;
  current_recv_ = recv;
  current_fn_ = fn;
  // A native handle's or request's callback is I/O; one on `process` (beforeExit, exit, a
  // signal) is not.
  if ((current_kind_ == CallbackKind::kPromise || current_kind_ == CallbackKind::kUnknown) &&
      recv->IsObject() && recv != env_->process_object()) {
    current_kind_ = CallbackKind::kIO;
  } else if (current_kind_ == CallbackKind::kPromise) {
    current_kind_ = CallbackKind::kUnknown;
  }
  if (tracing()) callback_start_ns_ = uv_hrtime();
}

void Diagnostics::OnCallbackEnd() {
  if (--callback_depth_ != 0) return;
  if (tracing() && callback_start_ns_ != 0 && !current_fn_.IsEmpty()) {
    TraceCallback(current_kind_, current_fn_, callback_start_ns_, uv_hrtime());
  }
  callback_start_ns_ = 0;
  // The Locals die with MakeCallback's HandleScope; the tick drain that may follow is described
  // by its stack.
  current_fn_.Clear();
  current_recv_.Clear();
}

void Diagnostics::TraceCallback(CallbackKind kind, v8::Local<v8::Function> fn, uint64_t start,
                                uint64_t end) {
  v8::Isolate* isolate = env_->isolate();
  int hash = fn->GetIdentityHash();
  auto it = function_info_.find(hash);
  if (it == function_info_.end() || it->second.fn != fn) {
    if (function_info_.size() > 4096) function_info_.clear();
    FunctionInfo info;
    info.fn.Reset(isolate, fn);
    AppendJsonString(&info.name_json, FunctionName(isolate, fn));
    AppendJsonString(&info.location_json, FunctionLocation(isolate, fn));
    it = function_info_.insert_or_assign(hash, std::move(info)).first;
  }
  const FunctionInfo& info = it->second;
  std::string event;
  event.reserve(256);
  event += "{\"ph\":\"X\",\"cat\":\"callback\",\"name\":";
  event += info.name_json;
  AppendEventTimes(&event, start, end);
  event += ",\"args\":{\"kind\":\"";
  event += KindName(kind);
  event += "\",\"function\":";
  event += info.name_json;
  event += ",\"location\":";
  event += info.location_json;
  event += "}}";
  TraceRaw(event);
}

void Diagnostics::OnJsCallbackBegin(CallbackKind kind, v8::Local<v8::Function> fn) {
  current_js_fn_.Reset(env_->isolate(), fn);
  current_js_kind_ = kind;
  js_callback_start_ns_ = tracing() ? uv_hrtime() : 0;
}

void Diagnostics::OnJsCallbackEnd() {
  if (js_callback_start_ns_ != 0 && tracing() && !current_js_fn_.IsEmpty()) {
    v8::HandleScope scope(env_->isolate());
    TraceCallback(current_js_kind_, current_js_fn_.Get(env_->isolate()), js_callback_start_ns_,
                  uv_hrtime());
  }
  js_callback_start_ns_ = 0;
  current_js_fn_.Reset();
}

void Diagnostics::OnDrainBegin() {
  if (tracing()) drain_start_ns_ = uv_hrtime();
}

void Diagnostics::OnDrainEnd() {
  if (drain_start_ns_ == 0) return;
  uint64_t end = uv_hrtime();
  // An empty drain is not worth a span.
  if (tracing() && end - drain_start_ns_ > 1000) {
    TraceComplete("drain", "nextTick + microtasks", drain_start_ns_, end, "{}");
  }
  drain_start_ns_ = 0;
}

void Diagnostics::OnHandleCreated(HandleWrap* handle) {
  if (track_resources_) creation_stacks_[handle] = CaptureStack(10);
}

void Diagnostics::OnHandleClosed(HandleWrap* handle) {
  if (!creation_stacks_.empty()) creation_stacks_.erase(handle);
}

void Diagnostics::OnRequestStart(const TrackedRequest* req) {
  requests_[req] = RequestInfo{req->name(), track_resources_ ? CaptureStack(10) : std::string()};
}

void Diagnostics::OnRequestEnd(const TrackedRequest* req) { requests_.erase(req); }

std::string Diagnostics::HandleStack(HandleWrap* handle) const {
  auto it = creation_stacks_.find(handle);
  return it == creation_stacks_.end() ? "" : it->second;
}

std::string Diagnostics::CaptureStack(int frames) {
  v8::Isolate* isolate = env_->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(isolate, frames);
  std::string out;
  for (int i = 0; i < stack->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    std::string fn = ToStdString(isolate, frame->GetFunctionName());
    std::string where = ToStdString(isolate, frame->GetScriptNameOrSourceURL()) + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    out += "    at ";
    out += fn.empty() ? where : fn + " (" + where + ")";
    out += "\n";
  }
  return out;
}

// "a timeout callback (spin at /x.js:3:1)", "an I/O callback on fd 12 (TCP, onStreamRead at …)".
std::string Diagnostics::DescribeCurrent(bool with_stack) {
  v8::Isolate* isolate = env_->isolate();
  std::string out;
  switch (current_kind_) {
    case CallbackKind::kIO:
    case CallbackKind::kImmediate:
      out = std::string("an ") + KindName(current_kind_) + " callback";
      break;
    case CallbackKind::kUnknown:
      out = "a callback";
      break;
    default:
      out = std::string("a ") + KindName(current_kind_) + " callback";
  }
  // No callback from the loop at all: the main script (it runs in a CallbackScope of its own).
  if (with_stack && current_kind_ == CallbackKind::kUnknown && current_fn_.IsEmpty()) {
    v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 200);
    int count = trace->GetFrameCount();
    if (count > 0) {
      std::string script =
          ToStdString(isolate, trace->GetFrame(isolate, count - 1)->GetScriptNameOrSourceURL());
      if (script.rfind("node:internal/main/", 0) == 0) out = "the main script";
    }
  }
  if (!current_recv_.IsEmpty() && current_recv_->IsObject() && current_kind_ == CallbackKind::kIO) {
    std::string cls = ToStdString(isolate, current_recv_.As<v8::Object>()->GetConstructorName());
    if (IsHandleClass(cls)) {
      auto* handle = BaseObject::Unwrap<HandleWrap>(current_recv_);
      uv_os_fd_t fd;
      if (handle != nullptr && !handle->IsClosing() && uv_fileno(handle->handle(), &fd) == 0) {
        out += " on fd " + std::to_string(fd);
      }
      out += " (" + cls + ")";
    } else if (!cls.empty() && cls != "Object" && cls != "process") {
      out += " (" + cls + ")";
    }
  }
  v8::Local<v8::Function> fn =
      !current_js_fn_.IsEmpty() ? current_js_fn_.Get(isolate) : current_fn_;
  std::string where = fn.IsEmpty() ? std::string() : FunctionLocation(isolate, fn);
  if (!fn.IsEmpty() && !IsInternalScript(where)) {
    out += ": " + FunctionName(isolate, fn) + " at " + where;
  } else if (with_stack) {
    // tide's own dispatcher (processTimers, onStreamRead) or a promise reaction: the outermost
    // frame of user code says whose callback it is.
    v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 50);
    for (int i = trace->GetFrameCount() - 1; i >= 0; i--) {
      v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
      std::string script = ToStdString(isolate, frame->GetScriptNameOrSourceURL());
      if (IsInternalScript(script)) continue;
      std::string name = ToStdString(isolate, frame->GetFunctionName());
      out += ": " + (name.empty() ? std::string("(anonymous)") : name) + " at " + script + ":" +
             std::to_string(frame->GetLineNumber()) + ":" + std::to_string(frame->GetColumn());
      break;
    }
  } else if (!fn.IsEmpty()) {
    out += ": " + FunctionName(isolate, fn) + " at " + where;
  }
  return out;
}

// --- the watchdog --------------------------------------------------------------------------------

void Diagnostics::SetBlockedThreshold(uint64_t ms) {
  if (ms == blocked_threshold_ms_) return;
  StopWatchdog();
  blocked_threshold_ms_ = ms;
  busy_since_ns_ = 0;
  if (ms == 0) return;
  // Already inside a callback (the switch was thrown from JS): time it from now.
  if (env_->callback_scope_depth() > 0) {
    episode_++;
    busy_since_ns_ = uv_hrtime();
  }
  watchdog_stop_ = false;
  watchdog_ = std::thread([this] { WatchdogMain(); });
}

void Diagnostics::StopWatchdog() {
  if (!watchdog_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(watchdog_mutex_);
    watchdog_stop_ = true;
  }
  watchdog_cv_.notify_all();
  watchdog_.join();
}

void Diagnostics::WatchdogMain() {
  uint64_t threshold_ns = blocked_threshold_ms_ * 1000000;
  // Checks a few times per threshold: a report comes at most a quarter threshold late.
  auto period = std::chrono::nanoseconds(threshold_ns / 4 < 1000000 ? 1000000 : threshold_ns / 4);
  std::unique_lock<std::mutex> lock(watchdog_mutex_);
  while (!watchdog_stop_) {
    watchdog_cv_.wait_for(lock, period);
    if (watchdog_stop_) break;
    uint64_t since = busy_since_ns_.load(std::memory_order_acquire);
    if (since == 0) continue;
    uint64_t episode = episode_.load(std::memory_order_relaxed);
    if (reported_episode_.load(std::memory_order_relaxed) == episode) continue;
    if (uv_hrtime() - since < threshold_ns) continue;
    reported_episode_.store(episode, std::memory_order_relaxed);
    env_->isolate()->RequestInterrupt(OnInterrupt, this);
  }
}

void Diagnostics::OnInterrupt(v8::Isolate*, void* data) {
  static_cast<Diagnostics*>(data)->ReportBlocked();
}

// Runs on the loop thread, inside the JavaScript that is blocking it.
void Diagnostics::ReportBlocked() {
  uint64_t since = busy_since_ns_.load(std::memory_order_acquire);
  uint64_t episode = episode_.load(std::memory_order_relaxed);
  if (since == 0 || reported_episode_.load(std::memory_order_relaxed) != episode ||
      printed_episode_ == episode) {
    return;
  }
  printed_episode_ = episode;
  v8::Isolate* isolate = env_->isolate();
  v8::HandleScope scope(isolate);
  std::string stack = CaptureStack(20);
  blocked_origin_ = DescribeCurrent(true);
  uint64_t ms = (uv_hrtime() - since) / 1000000;
  fprintf(stderr,
          "(tide) the event loop has been blocked for %" PRIu64 " ms (threshold %" PRIu64
          " ms) by %s\nJavaScript stack:\n%s",
          ms, blocked_threshold_ms_, blocked_origin_.c_str(), stack.c_str());
  fflush(stderr);
}

// --- the thread pool -----------------------------------------------------------------------------

void Diagnostics::OnPoolJobDone(PoolKind kind, uint64_t queued, uint64_t started, uint64_t done,
                                bool saturated) {
  uint64_t wait = started != 0 ? started - queued : done - queued;
  if (tracing()) {
    uint64_t id = ++pool_job_ids_;
    char head[256];
    const char* name = PoolKindName(kind);
    auto async = [&](const char* ph, const char* what, uint64_t ts) {
      snprintf(head, sizeof(head),
               "{\"ph\":\"%s\",\"cat\":\"threadpool\",\"name\":\"%s\",\"id\":\"0x%" PRIx64
               "\",\"pid\":%d,\"tid\":1,\"ts\":%.3f}",
               ph, what, id, pid_, TraceTs(ts));
      TraceRaw(head);
    };
    std::string job = std::string(name) + (started != 0 ? " job" : " request");
    async("b", job.c_str(), queued);
    if (started != 0) {
      async("b", "wait", queued);
      async("e", "wait", started);
      async("b", "run", started);
      async("e", "run", done);
    }
    async("e", job.c_str(), done);
  }
  // The pool was full when this work was queued, and it waited past the threshold: the classic
  // "dns.lookup starves fs" situation.
  if (pool_wait_threshold_ms_ != 0 && saturated && wait >= pool_wait_threshold_ms_ * 1000000) {
    uint64_t now = uv_hrtime();
    if (last_pool_warning_ns_ == 0 || now - last_pool_warning_ns_ > 1000000000) {
      last_pool_warning_ns_ = now;
      std::string busy;
      for (size_t i = 0; i < static_cast<size_t>(PoolKind::kCount); i++) {
        uint64_t n = g_pool_stats[i].in_flight.load() + g_pool_stats[i].queued.load() +
                     g_pool_stats[i].running.load();
        if (n == 0) continue;
        if (!busy.empty()) busy += ", ";
        busy += std::string(PoolKindName(static_cast<PoolKind>(i))) + " " + std::to_string(n);
      }
      fprintf(
          stderr,
          "(tide) thread pool saturated: %s work waited %" PRIu64
          " ms %s (pool size %d; in flight now: %s). Set UV_THREADPOOL_SIZE to grow the pool.\n",
          PoolKindName(kind), wait / 1000000, started != 0 ? "for a thread" : "(queued and ran)",
          pool_stats::PoolSize(), busy.empty() ? "none" : busy.c_str());
      fflush(stderr);
    }
  }
}

// --- the trace -----------------------------------------------------------------------------------

// ,"pid":P,"tid":1,"ts":T,"dur":D
void Diagnostics::AppendEventTimes(std::string* event, uint64_t start, uint64_t end) const {
  *event += pid_json_;
  AppendMicros(event, start - env_->time_origin());
  *event += ",\"dur\":";
  AppendMicros(event, end - start);
}

double Diagnostics::TraceTs(uint64_t ns) const {
  return static_cast<double>(ns - env_->time_origin()) / 1000.0;
}

void Diagnostics::TraceRaw(std::string_view event) {
  if (trace_fd_ < 0) return;
  if (!trace_first_event_) trace_buffer_ += ",\n";
  trace_first_event_ = false;
  trace_buffer_ += event;
  if (trace_buffer_.size() >= 64 * 1024) FlushTrace();
}

// Whole events only reach the file, so a process killed mid-trace leaves a file that ends
// between two events (the array format lets the closing bracket be missing).
void Diagnostics::FlushTrace() {
  size_t done = 0;
  while (done < trace_buffer_.size()) {
    ssize_t n = write(trace_fd_, trace_buffer_.data() + done, trace_buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // a full disk: the rest of the trace is lost, the program goes on
    done += static_cast<size_t>(n);
  }
  trace_buffer_.clear();
}

void Diagnostics::TraceComplete(const char* cat, const std::string& name, uint64_t start,
                                uint64_t end, const std::string& args_json) {
  std::string event = "{\"ph\":\"X\",\"cat\":\"";
  event += cat;
  event += "\",\"name\":";
  AppendJsonString(&event, name);
  AppendEventTimes(&event, start, end);
  event += ",\"args\":";
  event += args_json;
  event += "}";
  TraceRaw(event);
}

bool Diagnostics::StartTrace(const std::string& path, int* error) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    *error = -errno;
    return false;
  }
  StopTrace();  // a trace already running ends in its own file
  trace_fd_ = fd;
  trace_first_event_ = true;
  trace_buffer_ = "[\n";
  char meta[256];
  snprintf(meta, sizeof(meta),
           "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":%d,\"tid\":1,\"args\":{\"name\":"
           "\"tide\"}}",
           pid_);
  TraceRaw(meta);
  snprintf(meta, sizeof(meta),
           "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":%d,\"tid\":1,\"args\":{\"name\":"
           "\"%s\"}}",
           pid_, env_->is_main_thread() ? "event loop" : "worker event loop");
  TraceRaw(meta);

  prepare_ = new uv_prepare_t;
  uv_prepare_init(env_->loop(), prepare_);
  prepare_->data = this;
  uv_prepare_start(prepare_, OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(prepare_));
  check_ = new uv_check_t;
  uv_check_init(env_->loop(), check_);
  check_->data = this;
  uv_check_start(check_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(check_));
  env_->isolate()->AddGCPrologueCallback(OnGcPrologue, this);
  env_->isolate()->AddGCEpilogueCallback(OnGcEpilogue, this);
  // A loop running in one go (UV_RUN_DEFAULT) returns, and comes back one iteration at a time.
  uv_stop(env_->loop());
  return true;
}

void Diagnostics::StopTrace() {
  if (trace_fd_ < 0) return;
  trace_buffer_ += "\n]\n";
  FlushTrace();
  close(trace_fd_);
  trace_fd_ = -1;
  function_info_.clear();
  env_->isolate()->RemoveGCPrologueCallback(OnGcPrologue, this);
  env_->isolate()->RemoveGCEpilogueCallback(OnGcEpilogue, this);
  uv_close(reinterpret_cast<uv_handle_t*>(prepare_),
           [](uv_handle_t* h) { delete reinterpret_cast<uv_prepare_t*>(h); });
  uv_close(reinterpret_cast<uv_handle_t*>(check_),
           [](uv_handle_t* h) { delete reinterpret_cast<uv_check_t*>(h); });
  prepare_ = nullptr;
  check_ = nullptr;
}

void Diagnostics::OnPrepare(uv_prepare_t* handle) {
  auto* self = static_cast<Diagnostics*>(handle->data);
  self->prepare_ns_ = uv_hrtime();
  self->idle_at_prepare_ns_ = uv_metrics_idle_time(self->env_->loop());
}

void Diagnostics::OnCheck(uv_check_t* handle) {
  auto* self = static_cast<Diagnostics*>(handle->data);
  self->check_ns_ = uv_hrtime();
}

void Diagnostics::RunTracedLoop() {
  uv_loop_t* loop = env_->loop();
  while (tracing() && !env_->is_stopping()) {
    uint64_t start = uv_hrtime();
    prepare_ns_ = check_ns_ = 0;
    iteration_start_ns_ = start;
    int alive = uv_run(loop, UV_RUN_ONCE);
    uint64_t end = uv_hrtime();
    if (!tracing()) break;
    // uv_stop() (from StartTrace) ends an iteration before it starts: nothing to show.
    if (prepare_ns_ == 0 && check_ns_ == 0) {
      if (alive == 0) break;
      continue;
    }
    uint64_t n = ++iteration_;
    TraceComplete("loop", "iteration", start, end, "{\"n\":" + std::to_string(n) + "}");
    // libuv's phases: timers, pending and idle run before the prepare handles; poll (with its I/O
    // callbacks and the wait for events) between prepare and check; then check and close.
    if (prepare_ns_ != 0) {
      TraceComplete("phase", "timers + pending", start, prepare_ns_, "{}");
      if (check_ns_ != 0) {
        uint64_t idle = uv_metrics_idle_time(loop) - idle_at_prepare_ns_;
        char args[64];
        snprintf(args, sizeof(args), "{\"idle_ms\":%.3f}", idle / 1e6);
        TraceComplete("phase", "poll", prepare_ns_, check_ns_, args);
        TraceComplete("phase", "check + close + timers", check_ns_, end, "{}");
      }
    }
    if (alive == 0) break;
  }
}

void Diagnostics::OnGcPrologue(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
  static_cast<Diagnostics*>(data)->gc_start_ns_ = uv_hrtime();
}

void Diagnostics::OnGcEpilogue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
  auto* self = static_cast<Diagnostics*>(data);
  if (self->gc_start_ns_ == 0) return;
  const char* name = "GC";
  switch (type) {
    case v8::kGCTypeScavenge:
      name = "GC (scavenge)";
      break;
    case v8::kGCTypeMinorMarkCompact:
      name = "GC (minor mark-compact)";
      break;
    case v8::kGCTypeMarkSweepCompact:
      name = "GC (mark-sweep-compact)";
      break;
    case v8::kGCTypeIncrementalMarking:
      name = "GC (incremental marking)";
      break;
    case v8::kGCTypeProcessWeakCallbacks:
      name = "GC (weak callbacks)";
      break;
    default:
      break;
  }
  self->TraceComplete("gc", name, self->gc_start_ns_, uv_hrtime(), "{}");
  self->gc_start_ns_ = 0;
}

}  // namespace tide
