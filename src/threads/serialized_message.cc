// See serialized_message.h.
#include "threads/serialized_message.h"

#include <algorithm>
#include <string_view>

#include "util/args.h"

namespace tide {

void ThrowDataCloneError(v8::Isolate* isolate, v8::Local<v8::String> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error = v8::Exception::Error(message).As<v8::Object>();
  // Own but not enumerable, as DOMException's accessors are: Object.keys(err) stays empty. The
  // name is set before anything reads err.stack, so the stack's first line says DataCloneError.
  error
      ->DefineOwnProperty(context, OneByteString(isolate, "name"),
                          OneByteString(isolate, "DataCloneError"), v8::DontEnum)
      .Check();
  error
      ->DefineOwnProperty(context, OneByteString(isolate, "code"), v8::Integer::New(isolate, 25),
                          v8::DontEnum)
      .Check();
  isolate->ThrowException(error);
}

// Collects the SharedArrayBuffers met while serializing: each is written as an index into the
// message's list, and the deserializer hands out a new SharedArrayBuffer on the same backing store.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate, SerializedMessage* message,
                     const std::vector<v8::Local<v8::Object>>& host_objects)
      : isolate_(isolate), message_(message), host_objects_(host_objects) {}

  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    for (size_t i = 0; i < host_objects_.size(); i++) {
      if (host_objects_[i] == object) {
        serializer_->WriteUint32(static_cast<uint32_t>(i));
        return v8::Just(true);
      }
    }
    if (IsMessagePort(isolate, object)) {
      tide::ThrowDataCloneError(
          isolate, OneByteString(isolate,
                                 "Object that needs transfer was found in message but not listed "
                                 "in transferList"));
      return v8::Nothing<bool>();
    }
    return v8::ValueSerializer::Delegate::WriteHostObject(isolate, object);
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    tide::ThrowDataCloneError(isolate_, message);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < seen_shared_.size(); i++) {
      if (seen_shared_[i] == buffer) return v8::Just(static_cast<uint32_t>(i));
    }
    seen_shared_.push_back(buffer);
    message_->shared_array_buffers_.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(seen_shared_.size() - 1));
  }

 private:
  // A MessagePort (its class name says so: ports are the only transferable native objects).
  static bool IsMessagePort(v8::Isolate* isolate, v8::Local<v8::Object> object) {
    v8::String::Utf8Value name(isolate, object->GetConstructorName());
    return *name != nullptr && std::string_view(*name) == "MessagePort";
  }

  v8::Isolate* isolate_;
  SerializedMessage* message_;
  const std::vector<v8::Local<v8::Object>>& host_objects_;
  v8::ValueSerializer* serializer_ = nullptr;
  // Live for the duration of one Serialize() call, inside its HandleScope.
  std::vector<v8::Local<v8::SharedArrayBuffer>> seen_shared_;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerDelegate(SerializedMessage* message,
                       const std::vector<v8::Local<v8::Object>>& host_objects)
      : message_(message), host_objects_(host_objects) {}

  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer_->ReadUint32(&index) || index >= host_objects_.size()) {
      tide::ThrowDataCloneError(isolate, OneByteString(isolate, "Invalid host object id"));
      return {};
    }
    return host_objects_[index];
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    if (id >= message_->shared_array_buffers_.size()) {
      tide::ThrowDataCloneError(isolate, OneByteString(isolate, "Invalid SharedArrayBuffer id"));
      return {};
    }
    return v8::SharedArrayBuffer::New(isolate, message_->shared_array_buffers_[id]);
  }

 private:
  SerializedMessage* message_;
  const std::vector<v8::Local<v8::Object>>& host_objects_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

v8::Maybe<bool> SerializedMessage::Serialize(
    v8::Local<v8::Context> context, v8::Local<v8::Value> value,
    const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
    const std::vector<v8::Local<v8::Object>>& host_objects) {
  v8::Isolate* isolate = context->GetIsolate();
  SerializerDelegate delegate(isolate, this, host_objects);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);

  std::vector<v8::Local<v8::ArrayBuffer>> moved;
  for (size_t i = 0; i < transfer.size(); i++) {
    v8::Local<v8::ArrayBuffer> buffer = transfer[i];
    if (std::find(transfer.begin(), transfer.begin() + i, buffer) != transfer.begin() + i) {
      ThrowDataCloneError(isolate,
                          OneByteString(isolate, "Transfer list contains duplicate ArrayBuffer"));
      return v8::Nothing<bool>();
    }
    // A buffer that cannot be detached (WebAssembly memory) is copied instead, as in Node.
    if (!buffer->IsDetachable()) continue;
    serializer.TransferArrayBuffer(static_cast<uint32_t>(moved.size()), buffer);
    moved.push_back(buffer);
  }

  serializer.WriteHeader();
  bool ok;
  if (!serializer.WriteValue(context, value).To(&ok) || !ok) {
    shared_array_buffers_.clear();
    return v8::Nothing<bool>();
  }
  auto [data, size] = serializer.Release();
  data_.reset(data);
  size_ = size;

  // Only now, when nothing can fail any more, do the transferred buffers give up their contents.
  for (v8::Local<v8::ArrayBuffer> buffer : moved) {
    array_buffers_.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  return v8::Just(true);
}

v8::MaybeLocal<v8::Value> SerializedMessage::Deserialize(
    v8::Local<v8::Context> context, const std::vector<v8::Local<v8::Object>>& host_objects) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  DeserializerDelegate delegate(this, host_objects);
  v8::ValueDeserializer deserializer(isolate, data_.get(), size_, &delegate);
  delegate.set_deserializer(&deserializer);

  bool ok;
  if (!deserializer.ReadHeader(context).To(&ok) || !ok) return {};
  for (size_t i = 0; i < array_buffers_.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i),
                                     v8::ArrayBuffer::New(isolate, std::move(array_buffers_[i])));
  }
  array_buffers_.clear();
  v8::Local<v8::Value> value;
  if (!deserializer.ReadValue(context).ToLocal(&value)) return {};
  return scope.Escape(value);
}

}  // namespace tide
