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
  if (void* streams = TypedArrayData(ctx, binding_cache(), "stream_wrap", "streamInfo")) {
    stream_info_.fields = static_cast<uint32_t*>(streams);
  }
  if (void* ids = TypedArrayData(ctx, binding_cache(), "async_wrap", "async_id_fields")) {
    async_hooks_.ids = static_cast<double*>(ids);
  }
  if (void* hooks = TypedArrayData(ctx, binding_cache(), "async_wrap", "async_hook_fields")) {
    async_hooks_.hooks = static_cast<uint32_t*>(hooks);
  }
}

AsyncIds Environment::NewAsyncResource(v8::Local<v8::Object> resource, const char* type) {
  AsyncIds ids{async_hooks_.NewAsyncId(), async_hooks_.DefaultTriggerAsyncId()};
  EmitAsyncInit(resource, type, ids);
  return ids;
}

void Environment::EmitAsyncInit(v8::Local<v8::Object> resource, const char* type,
                                const AsyncIds& ids) {
  if (!async_hooks_.Has(AsyncHooksInfo::kInit) || stopping_) return;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Function> init = js_callback(JsCallback::kAsyncInit);
  if (init.IsEmpty()) return;
  v8::Local<v8::Value> argv[] = {v8::Number::New(isolate_, ids.async_id),
                                 v8::String::NewFromUtf8(isolate_, type).ToLocalChecked(),
                                 v8::Number::New(isolate_, ids.trigger_async_id), resource};
  // A hook that throws ends the process (internal/async_hooks catches it): nothing to do here.
  (void)init->Call(context(), v8::Undefined(isolate_), 4, argv);
}

void Environment::QueueDestroyAsyncId(double async_id) {
  if (stopping_ || async_id <= 0) return;
  if (destroy_async_ids_.empty()) {
    if (destroy_check_ == nullptr) {
      destroy_check_ = new uv_check_t;
      destroy_idle_ = new uv_idle_t;
      uv_check_init(loop_, destroy_check_);
      uv_idle_init(loop_, destroy_idle_);
      destroy_check_->data = this;
      uv_unref(reinterpret_cast<uv_handle_t*>(destroy_check_));
      uv_unref(reinterpret_cast<uv_handle_t*>(destroy_idle_));
    }
    uv_check_start(destroy_check_, FlushDestroyAsyncIds);
    uv_idle_start(destroy_idle_, [](uv_idle_t*) {});
  }
  destroy_async_ids_.push_back(async_id);
}

bool Environment::RunQueuedDestroyHooks() {
  if (destroy_async_ids_.empty() || destroy_check_ == nullptr) return false;
  FlushDestroyAsyncIds(destroy_check_);
  return true;
}

void Environment::FlushDestroyAsyncIds(uv_check_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  uv_check_stop(env->destroy_check_);
  uv_idle_stop(env->destroy_idle_);
  if (env->stopping_) return;
  v8::Isolate* isolate = env->isolate_;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  // Hooks may destroy more resources meanwhile: those join the next round.
  while (!env->destroy_async_ids_.empty() && !env->stopping_) {
    std::vector<double> ids;
    ids.swap(env->destroy_async_ids_);
    v8::Local<v8::Function> destroy = env->js_callback(JsCallback::kAsyncDestroy);
    if (destroy.IsEmpty() || !env->async_hooks_.Has(AsyncHooksInfo::kDestroy)) continue;
    for (double id : ids) {
      v8::Local<v8::Value> arg = v8::Number::New(isolate, id);
      if (destroy->Call(context, v8::Undefined(isolate), 1, &arg).IsEmpty()) return;
    }
  }
}

Environment::~Environment() {
  // What garbage collection would have freed (a destructor unlinks its object, and may delete
  // others).
  while (base_objects_ != nullptr) delete base_objects_;
  diagnostics_.reset();
  binding_data_.clear();
  isolate_->SetData(kIsolateSlot, nullptr);
}

void Environment::LinkFront(BaseObject** head, BaseObject* object) {
  object->env_next_ = *head;
  object->env_prev_ = nullptr;
  if (*head != nullptr) (*head)->env_prev_ = object;
  *head = object;
}

// Does nothing to an object on neither list (a closed handle's BaseObject destructor).
void Environment::Unlink(BaseObject** head, BaseObject* object) {
  if (object->env_prev_ != nullptr) object->env_prev_->env_next_ = object->env_next_;
  if (object->env_next_ != nullptr) object->env_next_->env_prev_ = object->env_prev_;
  if (*head == object) *head = object->env_next_;
  object->env_next_ = object->env_prev_ = nullptr;
}

// A new handle leaves the list BaseObject's constructor put it on.
void Environment::AddHandle(HandleWrap* handle) {
  Unlink(&base_objects_, handle);
  LinkFront(&handles_, handle);
}

void Environment::RemoveHandle(HandleWrap* handle) { Unlink(&handles_, handle); }

std::vector<HandleWrap*> Environment::Handles() const {
  std::vector<HandleWrap*> out;
  for (BaseObject* h = handles_; h != nullptr; h = h->env_next_) {
    out.push_back(static_cast<HandleWrap*>(h));
  }
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
  for (BaseObject* h = handles_; h != nullptr;) {
    BaseObject* next = h->env_next_;
    static_cast<HandleWrap*>(h)->Close();
    h = next;
  }
  if (destroy_check_ != nullptr) {
    uv_close(reinterpret_cast<uv_handle_t*>(destroy_check_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_check_t*>(h); });
    uv_close(reinterpret_cast<uv_handle_t*>(destroy_idle_),
             [](uv_handle_t* h) { delete reinterpret_cast<uv_idle_t*>(h); });
    destroy_check_ = nullptr;
    destroy_idle_ = nullptr;
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
