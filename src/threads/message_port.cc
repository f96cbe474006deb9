// See message_port.h.
#include "threads/message_port.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <map>

#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide {

// --- PortGroup --------------------------------------------------------------------------------

namespace {
// BroadcastChannel names → their groups, process-wide (every thread's channels of a name meet).
std::mutex broadcast_mutex;
std::map<std::string, std::weak_ptr<PortGroup>>* broadcast_groups = nullptr;
}  // namespace

std::shared_ptr<PortGroup> PortGroup::ForBroadcast(const std::string& name) {
  std::lock_guard<std::mutex> lock(broadcast_mutex);
  if (broadcast_groups == nullptr)
    broadcast_groups = new std::map<std::string, std::weak_ptr<PortGroup>>();
  auto& slot = (*broadcast_groups)[name];
  std::shared_ptr<PortGroup> group = slot.lock();
  if (group == nullptr) {
    group = std::make_shared<PortGroup>(true);
    slot = group;
  }
  return group;
}

void PortGroup::Add(MessagePortData* member) {
  std::lock_guard<std::mutex> lock(mutex_);
  members_.push_back(member);
}

void PortGroup::Remove(MessagePortData* member, bool quietly) {
  std::lock_guard<std::mutex> lock(mutex_);
  members_.erase(std::remove(members_.begin(), members_.end(), member), members_.end());
  if (broadcast_ || quietly) return;
  // A channel is closed as a whole: the other end hears of it after the messages already queued.
  auto close = std::make_shared<PortMessage>();
  close->is_close = true;
  for (MessagePortData* other : members_) other->Enqueue(close);
}

bool PortGroup::Send(MessagePortData* sender, const std::shared_ptr<PortMessage>& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  bool sent = false;
  for (MessagePortData* member : members_) {
    if (member == sender) continue;
    member->Enqueue(message);
    sent = true;
  }
  return sent;
}

// --- MessagePortData --------------------------------------------------------------------------

MessagePortData::~MessagePortData() { LeaveGroup(); }

void MessagePortData::Entangle(const std::shared_ptr<MessagePortData>& a,
                               const std::shared_ptr<MessagePortData>& b) {
  auto group = std::make_shared<PortGroup>(false);
  a->JoinGroup(group);
  b->JoinGroup(group);
}

void MessagePortData::JoinGroup(std::shared_ptr<PortGroup> group) {
  group->Add(this);
  std::lock_guard<std::mutex> lock(mutex_);
  group_ = std::move(group);
}

void MessagePortData::LeaveGroup(bool quietly) {
  std::shared_ptr<PortGroup> group;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    group = std::move(group_);
  }
  if (group != nullptr) group->Remove(this, quietly);
}

bool MessagePortData::Post(const std::shared_ptr<PortMessage>& message) {
  std::shared_ptr<PortGroup> group;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    group = group_;
  }
  return group != nullptr && group->Send(this, message);
}

void MessagePortData::Enqueue(const std::shared_ptr<PortMessage>& message) {
  std::shared_ptr<PortWaker> wake;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(message);
    if (waker_ != nullptr && waker_->Schedule(port_)) wake = waker_;
  }
  // The wake-up write happens outside every lock: the woken thread takes them at once.
  if (wake != nullptr) wake->Wake();
}

std::shared_ptr<PortMessage> MessagePortData::Dequeue() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (queue_.empty()) return nullptr;
  std::shared_ptr<PortMessage> message = std::move(queue_.front());
  queue_.pop_front();
  return message;
}

bool MessagePortData::HasCloseMessage() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::any_of(queue_.begin(), queue_.end(), [](const auto& m) { return m->is_close; });
}

size_t MessagePortData::QueueSize() {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

void MessagePortData::Attach(MessagePort* port, std::shared_ptr<PortWaker> waker) {
  std::shared_ptr<PortWaker> wake;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    port_ = port;
    waker_ = std::move(waker);
    if (!queue_.empty() && waker_->Schedule(port_)) wake = waker_;
  }
  if (wake != nullptr) wake->Wake();
}

void MessagePortData::Detach() {
  std::lock_guard<std::mutex> lock(mutex_);
  port_ = nullptr;
  waker_ = nullptr;
}

// --- PortWaker --------------------------------------------------------------------------------

PortWaker::PortWaker(Environment* env) {
  fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  poll_ = new uv_poll_t;
  uv_poll_init(env->loop(), poll_, fd_);
  poll_->data = this;
  uv_poll_start(poll_, UV_READABLE, OnReadable);
  uv_unref(reinterpret_cast<uv_handle_t*>(poll_));
}

PortWaker::~PortWaker() {
  if (fd_ >= 0) close(fd_);
}

void PortWaker::Close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    ready_.clear();
  }
  uv_close(reinterpret_cast<uv_handle_t*>(poll_),
           [](uv_handle_t* handle) { delete reinterpret_cast<uv_poll_t*>(handle); });
  poll_ = nullptr;
}

bool PortWaker::Schedule(MessagePort* port) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (closed_ || port->scheduled_) return false;
  port->scheduled_ = true;
  bool was_empty = ready_.empty();
  ready_.push_back(port);
  return was_empty;
}

void PortWaker::Wake() {
  uint64_t one = 1;
  // The descriptor lives as long as this object; after Close() the write is simply not watched.
  ssize_t ignored = write(fd_, &one, sizeof(one));
  (void)ignored;  // EAGAIN: the counter is already non-zero, the loop wakes anyway
}

void PortWaker::Cancel(MessagePort* port) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!port->scheduled_) return;
  port->scheduled_ = false;
  ready_.erase(std::remove(ready_.begin(), ready_.end(), port), ready_.end());
}

void PortWaker::OnReadable(uv_poll_t* handle, int status, int events) {
  auto* self = static_cast<PortWaker*>(handle->data);
  uint64_t count;
  ssize_t ignored = read(self->fd_, &count, sizeof(count));
  (void)ignored;
  std::vector<MessagePort*> ready;
  {
    std::lock_guard<std::mutex> lock(self->mutex_);
    ready.swap(self->ready_);
    for (MessagePort* port : ready) port->scheduled_ = false;
  }
  // A port in the list cannot be freed before this runs: it cancels itself when it closes, on
  // this thread. One closed by an earlier port's callback here is still alive (the free waits for
  // the close callback) and IsClosing() stops it.
  for (MessagePort* port : ready) port->OnWake();
}

// --- MessagePort ------------------------------------------------------------------------------

namespace {

// Per Environment: the JS functions that receive messages, made on first use (never in the
// startup snapshot).
struct MessagingData : Environment::BindingData {
  std::shared_ptr<PortWaker> waker;
  v8::Global<v8::Function> emit_message;  // (port, value, ports, type)
  v8::Global<v8::Function> on_init;       // (port): a new port object was made
  v8::Global<v8::Function> on_close;      // called with the port as `this` once it closed
};

MessagingData* GetMessagingData(Environment* env) {
  return env->binding_data_or_create<MessagingData>(kBinding_messaging);
}

}  // namespace

std::shared_ptr<PortWaker> PortWaker::For(Environment* env) {
  MessagingData* data = GetMessagingData(env);
  if (data->waker == nullptr) {
    data->waker.reset(new PortWaker(env));
    std::weak_ptr<PortWaker> weak = data->waker;
    env->AddCleanupHook([weak]() {
      if (auto waker = weak.lock()) waker->Close();
    });
  }
  return data->waker;
}

namespace {

void ThrowConstructInvalid(v8::Isolate* isolate) {
  ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CONSTRUCT_CALL_INVALID",
                     "Constructor cannot be called");
}

}  // namespace

MessagePort::MessagePort(Environment* env, v8::Local<v8::Object> object,
                         std::shared_ptr<MessagePortData> data)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), data_(std::move(data)) {
  uv_async_init(env->loop(), &async_, nullptr);
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  waker_ = PortWaker::For(env);
  data_->Attach(this, waker_);
  // Until it is started, nothing can reach a port its program dropped: it is then closed by the
  // garbage collector (quietly, see OnClosing). Started, it lives until closed.
  MakeWeak();
}

MessagePort::~MessagePort() = default;

MessagePort* MessagePort::FromObject(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  v8::Isolate* isolate = object->GetIsolate();
  v8::String::Utf8Value name(isolate, object->GetConstructorName());
  if (*name == nullptr || std::string_view(*name) != "MessagePort") return nullptr;
  return Unwrap<MessagePort>(object);
}

void MessagePort::New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  // Only native code makes ports: it passes the data as an External, which JS cannot make.
  if (!args.IsConstructCall() || !args[0]->IsExternal()) {
    return ThrowConstructInvalid(args.GetIsolate());
  }
  auto* data = static_cast<std::shared_ptr<MessagePortData>*>(args[0].As<v8::External>()->Value());
  (new MessagePort(Environment::From(args), args.This(), std::move(*data)))
      ->AsyncInit("MESSAGEPORT");
}

MessagePort* MessagePort::Create(Environment* env, std::shared_ptr<MessagePortData> data) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> binding;
  v8::Local<v8::Value> ctor;
  if (!GetInternalBinding(env, "messaging").ToLocal(&binding) ||
      !binding->Get(context, OneByteString(isolate, "MessagePort")).ToLocal(&ctor) ||
      !ctor->IsFunction()) {
    return nullptr;
  }
  v8::Local<v8::Value> arg = v8::External::New(isolate, &data);
  v8::Local<v8::Object> object;
  if (!ctor.As<v8::Function>()->NewInstance(context, 1, &arg).ToLocal(&object)) return nullptr;
  MessagePort* port = Unwrap<MessagePort>(object);
  MessagingData* messaging = GetMessagingData(env);
  if (!messaging->on_init.IsEmpty()) {
    v8::Local<v8::Value> argv[] = {object};
    if (messaging->on_init.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty())
      return nullptr;
  }
  return port;
}

std::shared_ptr<MessagePortData> MessagePort::Detach() {
  if (data_ == nullptr) return nullptr;
  data_->Detach();
  std::shared_ptr<MessagePortData> data = std::move(data_);
  Close();
  waker_->Cancel(this);
  return data;
}

void MessagePort::OnClosing() {
  if (data_ != nullptr) {
    data_->Detach();
    // Collected: leave without a word. As in Node, the other end sees no 'close' (what it sends
    // is simply never read), but the memory is given back.
    data_->LeaveGroup(collected_);
    data_.reset();
  }
  waker_->Cancel(this);
}

void MessagePort::OnCollected() {
  collected_ = true;
  Close();
}

void MessagePort::CloseWithEvent() {
  MessagingData* messaging = GetMessagingData(env());
  v8::HandleScope scope(env()->isolate());
  if (messaging->on_close.IsEmpty()) return Close();
  Close(messaging->on_close.Get(env()->isolate()));
}

void MessagePort::OnWake() {
  MessagePort* self = this;
  if (self->IsClosing() || self->data_ == nullptr || self->env()->is_stopping()) return;
  if (!self->receiving_) {
    // Not started: messages wait, but the other end closing still closes this one.
    if (self->data_->HasCloseMessage()) self->CloseWithEvent();
    return;
  }
  // A bounded batch per wake-up, so a sender that never stops cannot starve the loop.
  size_t batch = std::max<size_t>(1000, self->data_->QueueSize());
  self->Drain(static_cast<int>(std::min<size_t>(batch, INT_MAX)), false);
}

int MessagePort::Drain(int limit, bool even_if_stopped) {
  int delivered = 0;
  int max = limit < 0 ? INT_MAX : limit;
  while (delivered < max && !IsClosing() && data_ != nullptr && (receiving_ || even_if_stopped) &&
         !env()->is_stopping()) {
    std::shared_ptr<PortMessage> message = data_->Dequeue();
    if (message == nullptr) break;
    if (message->is_close) {
      CloseWithEvent();
      break;
    }
    delivered++;
    if (!Deliver(message)) break;
  }
  // What is left goes in the next batch.
  if (delivered == max && !IsClosing() && data_ != nullptr && data_->QueueSize() > 0) {
    if (waker_->Schedule(this)) waker_->Wake();
  }
  return delivered;
}

bool MessagePort::Deliver(const std::shared_ptr<PortMessage>& message) {
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Context::Scope context_scope(context);
  MessagingData* messaging = GetMessagingData(env);
  if (messaging->emit_message.IsEmpty()) return false;

  v8::Local<v8::Value> value;
  v8::Local<v8::Value> type = OneByteString(isolate, "message");
  std::vector<v8::Local<v8::Object>> ports;
  // Most messages carry no ports: JS gets undefined then, not an empty array.
  v8::Local<v8::Value> port_array = v8::Undefined(isolate);
  if (!message->ports.empty()) port_array = v8::Array::New(isolate);
  {
    v8::TryCatch try_catch(isolate);
    bool ok = true;
    for (auto& data : message->ports) {
      MessagePort* port = Create(env, data);
      if (port == nullptr) {
        ok = false;
        break;
      }
      ports.push_back(port->object());
      port_array.As<v8::Array>()
          ->Set(context, static_cast<uint32_t>(ports.size() - 1), port->object())
          .Check();
    }
    if (!ok || !message->payload.Deserialize(context, ports).ToLocal(&value)) {
      if (try_catch.HasTerminated()) return false;
      value =
          try_catch.HasCaught() ? try_catch.Exception() : v8::Undefined(isolate).As<v8::Value>();
      type = OneByteString(isolate, "messageerror");
    }
  }
  v8::Local<v8::Value> argv[] = {object(), value, port_array, type};
  MakeCallback(env, object(), messaging->emit_message.Get(isolate), 4, argv);
  return !env->is_stopping();
}

// postMessage(value, transferList): transferList is an Array of ArrayBuffers and MessagePorts,
// already checked by lib/internal/worker/io.js.
void MessagePort::PostMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto* self = Unwrap<MessagePort>(args.This());
  if (self == nullptr) return ThrowTypeError(isolate, "Illegal invocation");
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<MessagePort*> ports;
  std::vector<v8::Local<v8::Object>> port_objects;
  if (args[1]->IsArray()) {
    auto list = args[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (item->IsArrayBuffer()) {
        buffers.push_back(item.As<v8::ArrayBuffer>());
        continue;
      }
      MessagePort* port = FromObject(item);
      if (port == nullptr) {
        return ThrowDataCloneError(isolate,
                                   OneByteString(isolate, "Found invalid value in transferList."));
      }
      if (port == self) {
        return ThrowDataCloneError(isolate,
                                   OneByteString(isolate, "Transfer list contains source port"));
      }
      if (port->data_ == nullptr || port->IsClosing()) {
        return ThrowDataCloneError(
            isolate, OneByteString(isolate, "MessagePort in transfer list is already detached"));
      }
      if (std::find(ports.begin(), ports.end(), port) != ports.end()) {
        return ThrowDataCloneError(
            isolate, OneByteString(isolate, "Transfer list contains duplicate MessagePort"));
      }
      ports.push_back(port);
      port_objects.push_back(item.As<v8::Object>());
    }
  }
  auto message = std::make_shared<PortMessage>();
  if (message->payload.Serialize(context, args[0], buffers, port_objects).IsNothing()) return;
  for (MessagePort* port : ports) message->ports.push_back(port->Detach());
  if (self->data_ != nullptr && !self->IsClosing()) self->data_->Post(message);
}

// start(): messages flow to JS from now on (queued ones first).
void MessagePort::Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<MessagePort>(args.This());
  if (self == nullptr || self->IsClosing() || self->data_ == nullptr) return;
  if (!self->receiving_) self->ClearWeak();
  self->receiving_ = true;
  if (self->waker_->Schedule(self)) self->waker_->Wake();
}

void MessagePort::Stop(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<MessagePort>(args.This());
  if (self != nullptr) self->receiving_ = false;
}

// drain(): delivers every queued message now, started or not (a worker's ports before 'exit').
void MessagePort::JsDrain(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = FromObject(args[0]);
  if (self == nullptr || self->IsClosing()) return;
  self->Drain(-1, true);
}

// receiveMessage(port) → the next message's value, or undefined when none is queued (lib/ wraps
// it as { message }). The ports a message carried come with it as its `ports` second value.
void MessagePort::ReceiveMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* self = FromObject(args[0]);  // lib/ checked it is a MessagePort; null once closed
  if (self == nullptr || self->IsClosing() || self->data_ == nullptr) return;
  std::shared_ptr<PortMessage> message = self->data_->Dequeue();
  if (message == nullptr) return;
  if (message->is_close) {
    self->CloseWithEvent();
    return;
  }
  Environment* env = self->env();
  v8::Local<v8::Context> context = env->context();
  std::vector<v8::Local<v8::Object>> ports;
  for (auto& data : message->ports) {
    MessagePort* port = Create(env, data);
    if (port == nullptr) return;
    ports.push_back(port->object());
  }
  v8::Local<v8::Value> value;
  if (!message->payload.Deserialize(context, ports).ToLocal(&value)) return;
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(context, result, "message", value);
  args.GetReturnValue().Set(result);
}

// messageChannel() → [port1, port2], entangled.
void MessagePort::MessageChannel(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  auto a = std::make_shared<MessagePortData>();
  auto b = std::make_shared<MessagePortData>();
  MessagePortData::Entangle(a, b);
  MessagePort* port1 = Create(env, a);
  if (port1 == nullptr) return;
  MessagePort* port2 = Create(env, b);
  if (port2 == nullptr) return;
  v8::Local<v8::Value> ports[] = {port1->object(), port2->object()};
  args.GetReturnValue().Set(v8::Array::New(env->isolate(), ports, 2));
}

// broadcastChannel(name) → a port in the process-wide group of that name.
void MessagePort::Broadcast(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  if (!args[0]->IsString()) return ThrowTypeError(env->isolate(), "name must be a string");
  auto data = std::make_shared<MessagePortData>();
  data->JoinGroup(PortGroup::ForBroadcast(ToStdString(env->isolate(), args[0])));
  MessagePort* port = Create(env, data);
  if (port != nullptr) args.GetReturnValue().Set(port->object());
}

// setCallbacks(emitMessage, onInit, onClose)
void MessagePort::SetEmitMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args);
  MessagingData* data = GetMessagingData(env);
  if (args[0]->IsFunction()) data->emit_message.Reset(env->isolate(), args[0].As<v8::Function>());
  if (args[1]->IsFunction()) data->on_init.Reset(env->isolate(), args[1].As<v8::Function>());
  if (args[2]->IsFunction()) data->on_close.Reset(env->isolate(), args[2].As<v8::Function>());
}

void MessagePort::Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, New, "MessagePort");
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "postMessage", PostMessage);
  SetProtoMethod(isolate, tmpl, "start", Start);
  SetProtoMethod(isolate, tmpl, "stop", Stop);
  SetValue(context, target, "MessagePort", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "drainMessagePort", JsDrain);
  SetMethod(context, target, "receiveMessageOnPort", ReceiveMessage);
  SetMethod(context, target, "messageChannel", MessageChannel);
  SetMethod(context, target, "broadcastChannel", Broadcast);
  SetMethod(context, target, "setPortCallbacks", SetEmitMessage);
}

void MessagePort::RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(New);
  registry->Add(PostMessage);
  registry->Add(Start);
  registry->Add(Stop);
  registry->Add(JsDrain);
  registry->Add(ReceiveMessage);
  registry->Add(MessageChannel);
  registry->Add(Broadcast);
  registry->Add(SetEmitMessage);
}

}  // namespace tide
