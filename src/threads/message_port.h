// Message ports: the native half of MessagePort, MessageChannel and BroadcastChannel.
// MessagePortData is one end of a channel, independent of any thread: a mutex-protected queue of
// messages plus the MessagePort currently attached to it (on whichever thread owns that port) and
// that thread's PortWaker. A PortGroup links the ends that hear each other. A message carries its
// structured clone (SerializedMessage) and the MessagePortData of the ports it transfers, so a port
// sent to another thread is re-attached there to a new MessagePort object.
#pragma once

#include <uv.h>
#include <v8.h>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "env/base_object.h"
#include "threads/serialized_message.h"

namespace tide {

class MessagePort;
class MessagePortData;

// Wakes one Environment's loop when messages arrive for any of its ports: an eventfd watched by a
// uv_poll_t, plus the list of ports with news. (Not a uv_async_t per port: libuv 1.44's async
// handles make the woken loop spin until the sender's write() returns, which cost more than
// the messages themselves.)
class PortWaker {
 public:
  static std::shared_ptr<PortWaker> For(Environment* env);
  ~PortWaker();
  // Any thread, under the port's data lock: puts the port in the ready list. True when the list
  // was empty: the caller then calls Wake() (after releasing its locks) and the port's OnWake runs
  // on its own thread soon after.
  bool Schedule(MessagePort* port);
  void Wake();
  // Owner thread: the port is going away.
  void Cancel(MessagePort* port);

 private:
  explicit PortWaker(Environment* env);
  void Close();
  static void OnReadable(uv_poll_t* handle, int status, int events);

  std::mutex mutex_;
  std::vector<MessagePort*> ready_;
  int fd_ = -1;
  uv_poll_t* poll_ = nullptr;
  bool closed_ = false;
};

struct PortMessage {
  SerializedMessage payload;
  std::vector<std::shared_ptr<MessagePortData>> ports;
  bool is_close = false;  // the other end of the channel closed
};

// The ends that hear each other: the two ports of a MessageChannel, or every BroadcastChannel of
// one name in the process.
class PortGroup {
 public:
  explicit PortGroup(bool broadcast) : broadcast_(broadcast) {}
  static std::shared_ptr<PortGroup> ForBroadcast(const std::string& name);

  void Add(MessagePortData* member);
  // Leaves the group; unless `quietly`, the other end of a channel is told to close.
  void Remove(MessagePortData* member, bool quietly = false);
  // Queues `message` for every member but `sender`. False when nobody else is there.
  bool Send(MessagePortData* sender, const std::shared_ptr<PortMessage>& message);

 private:
  std::mutex mutex_;
  std::vector<MessagePortData*> members_;
  bool broadcast_;
};

class MessagePortData {
 public:
  MessagePortData() = default;
  ~MessagePortData();
  MessagePortData(const MessagePortData&) = delete;
  MessagePortData& operator=(const MessagePortData&) = delete;

  // Two new ends of a channel.
  static void Entangle(const std::shared_ptr<MessagePortData>& a,
                       const std::shared_ptr<MessagePortData>& b);
  void JoinGroup(std::shared_ptr<PortGroup> group);
  void LeaveGroup(bool quietly = false);

  bool Post(const std::shared_ptr<PortMessage>& message);
  void Enqueue(const std::shared_ptr<PortMessage>& message);
  std::shared_ptr<PortMessage> Dequeue();
  bool HasCloseMessage();
  size_t QueueSize();

  // The MessagePort receiving for this end (scheduled with `waker` on every message).
  void Attach(MessagePort* port, std::shared_ptr<PortWaker> waker);
  void Detach();

 private:
  std::mutex mutex_;
  std::deque<std::shared_ptr<PortMessage>> queue_;
  MessagePort* port_ = nullptr;
  std::shared_ptr<PortWaker> waker_;
  std::shared_ptr<PortGroup> group_;
};

// The JS MessagePort (and BroadcastChannel's port): a HandleWrap over a uv_async_t that is never
// signalled — it only carries ref()/unref() and the close — woken through its thread's PortWaker.
// Messages are handed to JS one per MakeCallback, through the `emitMessage(port, value, ports,
// type)` function lib/internal/worker/io.js registers.
class MessagePort final : public HandleWrap {
 public:
  // A new JS MessagePort in `env` for `data` (nullptr and a pending exception on failure).
  static MessagePort* Create(Environment* env, std::shared_ptr<MessagePortData> data);
  static MessagePort* FromObject(v8::Local<v8::Value> value);

  // internalBinding('messaging') parts: the MessagePort constructor and its methods.
  static void Initialize(Environment* env, v8::Local<v8::Object> target);
  static void RegisterExternalReferences(class ExternalReferenceRegistry* registry);

  const std::shared_ptr<MessagePortData>& data() const { return data_; }
  const char* ResourceName() const override { return "MessagePort"; }
  // Takes the data away (the port is being transferred) and closes this object without 'close'.
  std::shared_ptr<MessagePortData> Detach();
  // Delivers queued messages now; `limit` < 0: all of them. Returns how many.
  int Drain(int limit, bool even_if_stopped);

 private:
  MessagePort(Environment* env, v8::Local<v8::Object> object,
              std::shared_ptr<MessagePortData> data);
  ~MessagePort() override;
  void OnClosing() override;
  void OnCollected() override;
  friend class PortWaker;
  void OnWake();
  // Emits one message; false if the port can no longer deliver.
  bool Deliver(const std::shared_ptr<PortMessage>& message);
  void CloseWithEvent();

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JsDrain(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void ReceiveMessage(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void MessageChannel(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Broadcast(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetEmitMessage(const v8::FunctionCallbackInfo<v8::Value>& args);

  uv_async_t async_;
  std::shared_ptr<MessagePortData> data_;
  std::shared_ptr<PortWaker> waker_;
  bool receiving_ = false;
  bool scheduled_ = false;  // in the waker's list (guarded by its mutex)
  bool collected_ = false;  // closing because its JS object was garbage-collected
};

}  // namespace tide
