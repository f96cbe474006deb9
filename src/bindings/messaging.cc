// internalBinding('messaging'): structuredClone() on V8's ValueSerializer (threads/
// serialized_message.h), and MessagePort / MessageChannel / BroadcastChannel
// (threads/message_port.h). lib/internal/structured_clone.js validates the arguments with Node's
// errors and hands over the transfer list as an array of ArrayBuffers.
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "threads/message_port.h"
#include "threads/serialized_message.h"
#include "util/args.h"

namespace tide::bindings::messaging {

namespace {

// structuredClone(value, transferList?) -> the clone. transferList: an Array of ArrayBuffers.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  if (args[1]->IsArray()) {
    auto list = args[1].As<v8::Array>();
    uint32_t length = list->Length();
    transfer.reserve(length);
    for (uint32_t i = 0; i < length; i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (!item->IsArrayBuffer()) {
        return ThrowTypeError(isolate, "structuredClone: transfer list items must be ArrayBuffers");
      }
      transfer.push_back(item.As<v8::ArrayBuffer>());
    }
  } else if (!args[1]->IsUndefined()) {
    return ThrowTypeError(isolate, "structuredClone: the transfer list must be an array");
  }

  SerializedMessage message;
  if (message.Serialize(context, args[0], transfer).IsNothing()) return;
  v8::Local<v8::Value> clone;
  if (message.Deserialize(context).ToLocal(&clone)) args.GetReturnValue().Set(clone);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"structuredClone", StructuredClone},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
  MessagePort::Initialize(env, target);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  MessagePort::RegisterExternalReferences(registry);
}
}  // namespace tide::bindings::messaging
