// See environment.h.
#include "env/environment.h"

#include <cstring>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/diagnostics.h"

namespace tide {

namespace {
double NowMillis() {
  uv_timeval64_t tv;
  uv_gettimeofday(&tv);
  return tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
}
}  // namespace

Environment::Environment(Platform* platform, v8::Isolate* isolate, uv_loop_t* loop,
                         v8::Local<v8::Context> context, EnvironmentOptions options)
    : platform_(platform),
      isolate_(isolate),
      loop_(loop),
      context_(isolate, context),
      options_(std::move(options)),
      binding_data_(kBindingCount),
      time_origin_(uv_hrtime()),
      time_origin_timestamp_ms_(NowMillis()) {
  isolate->SetData(kIsolateSlot, this);
  loop->data = this;
  // No prototype: internalBinding('constructor') must not find Object.prototype's.
  set_realm_value(RealmValue::kBindingCache,
                  v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0));
}

namespace {
void* TypedArrayData(v8::Local<v8::Context> context, v8::Local<v8::Object> cache,
                     const char* binding, const char* property) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> target;
  v8::Local<v8::Value> array;
  if (!cache->Get(context, v8::String::NewFromUtf8(isolate, binding).ToLocalChecked())
           .ToLocal(&target) ||
      !target->IsObject() ||
      !target.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8(isolate, property).ToLocalChecked())
           .ToLocal(&array) ||
      !array->IsTypedArray()) {
    return nullptr;
  }
  auto view = array.As<v8::TypedArray>();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}
}  // namespace

void Environment::AdoptSnapshotState() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  if (void* tick = TypedArrayData(ctx, binding_cache(), "task_queue", "tickInfo")) {
    tick_info_.fields = static_cast<uint8_t*>(tick);
  }
  if (void* immediate = TypedArrayData(ctx, binding_cache(), "timers", "immediateInfo")) {
    immediate_info_.fields = static_cast<uint32_t*>(immediate);
  }
}

Environment::~Environment() {
  diagnostics_.reset();
  binding_data_.clear();
  isolate_->SetData(kIsolateSlot, nullptr);
}

void Environment::AddHandle(HandleWrap* handle) {
  handle->next_ = handles_;
  handle->prev_ = nullptr;
  if (handles_ != nullptr) handles_->prev_ = handle;
  handles_ = handle;
}

void Environment::RemoveHandle(HandleWrap* handle) {
  if (handle->prev_ != nullptr) handle->prev_->next_ = handle->next_;
  if (handle->next_ != nullptr) handle->next_->prev_ = handle->prev_;
  if (handles_ == handle) handles_ = handle->next_;
  handle->next_ = handle->prev_ = nullptr;
}

std::vector<HandleWrap*> Environment::Handles() const {
  std::vector<HandleWrap*> out;
  for (HandleWrap* h = handles_; h != nullptr; h = h->next_) out.push_back(h);
  return {out.rbegin(), out.rend()};
}

void Environment::AddRequest(const char* name) {
  for (auto& entry : request_counts_) {
    if (entry.first == name || strcmp(entry.first, name) == 0) {
      entry.second++;
      return;
    }
  }
  request_counts_.emplace_back(name, 1);
}

void Environment::RemoveRequest(const char* name) {
  for (auto& entry : request_counts_) {
    if (entry.first == name || strcmp(entry.first, name) == 0) {
      if (entry.second > 0) entry.second--;
      return;
    }
  }
}

void Environment::set_diagnostics(std::unique_ptr<Diagnostics> diagnostics) {
  diagnostics_ = std::move(diagnostics);
}

void Environment::set_binding_data(size_t slot, std::unique_ptr<BindingData> data) {
  binding_data_[slot] = std::move(data);
}

void Environment::RunCleanup() {
  set_stopping();
  v8::HandleScope scope(isolate_);
  for (HandleWrap* h = handles_; h != nullptr;) {
    HandleWrap* next = h->next_;
    h->Close();
    h = next;
  }
  while (!cleanup_hooks_.empty()) {
    auto hook = std::move(cleanup_hooks_.back());
    cleanup_hooks_.pop_back();
    hook();
  }
  // Let close callbacks run. Thread-pool work still running is not waited for here.
  uv_run(loop_, UV_RUN_NOWAIT);
  while (handles_ != nullptr) uv_run(loop_, UV_RUN_ONCE);
}

}  // namespace tide
