// SerializedMessage: a structured clone in transit — V8's wire format plus the backing stores that
// travel beside it (transferred ArrayBuffers, whose contents move; SharedArrayBuffers, which are
// shared). structuredClone() serializes and deserializes in one isolate; a worker's postMessage
// will serialize in one isolate and deserialize in another, which is why the halves are separate.
#pragma once

#include <v8.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace tide {

// Throws the error the HTML spec calls a DataCloneError DOMException as an Error with own
// non-enumerable name 'DataCloneError' and code 25 (DOMException.DATA_CLONE_ERR); the JS caller
// (lib/internal/structured_clone.js) turns it into the real DOMException with the same message.
void ThrowDataCloneError(v8::Isolate* isolate, v8::Local<v8::String> message);

class SerializedMessage {
 public:
  SerializedMessage() = default;
  SerializedMessage(SerializedMessage&&) = default;
  SerializedMessage& operator=(SerializedMessage&&) = default;
  SerializedMessage(const SerializedMessage&) = delete;
  SerializedMessage& operator=(const SerializedMessage&) = delete;

  // Serializes `value`. The detachable ArrayBuffers in `transfer` have their contents moved into
  // the message and are detached once serialization succeeded; others (WebAssembly memory) are
  // copied. On failure a JS exception is pending and nothing was detached.
  // `host_objects` are the transferable native objects (MessagePorts) of the transfer list: each
  // is written as its index in that list; any other native object is a DataCloneError.
  v8::Maybe<bool> Serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                            const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                            const std::vector<v8::Local<v8::Object>>& host_objects = {});

  // Builds the value in `context`; `host_objects` stand for the indexes Serialize wrote.
  // Transferred ArrayBuffer contents move into the new buffers, so a message that carries any is
  // read once; others (broadcasts) can be read again.
  v8::MaybeLocal<v8::Value> Deserialize(
      v8::Local<v8::Context> context, const std::vector<v8::Local<v8::Object>>& host_objects = {});

  size_t size() const { return size_; }

 private:
  friend class SerializerDelegate;
  friend class DeserializerDelegate;

  struct FreeDeleter {
    void operator()(uint8_t* p) const { free(p); }
  };
  std::unique_ptr<uint8_t, FreeDeleter> data_;
  size_t size_ = 0;
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers_;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_array_buffers_;
};

}  // namespace tide
