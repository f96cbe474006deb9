// CSPRNG: randomFill(buffer, offset, size, callback?) over an ArrayBuffer's bytes.
#include <openssl/rand.h>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

// randomFill(arrayBuffer, offset, size, callback?) — lib/ has checked the range. Async fills run
// on the pool and keep the backing store alive until done.
void RandomFill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsArrayBuffer() && !args[0]->IsSharedArrayBuffer()) {
    return ThrowTypeError(isolate, "tide: randomFill(arrayBuffer, offset, size)");
  }
  std::shared_ptr<v8::BackingStore> store =
      args[0]->IsArrayBuffer() ? args[0].As<v8::ArrayBuffer>()->GetBackingStore()
                               : args[0].As<v8::SharedArrayBuffer>()->GetBackingStore();
  size_t offset = static_cast<size_t>(args[1].As<v8::Number>()->Value());
  size_t size = static_cast<size_t>(args[2].As<v8::Number>()->Value());
  if (offset > store->ByteLength() || size > store->ByteLength() - offset) {
    return ThrowTypeError(isolate, "tide: randomFill range out of bounds");
  }
  if (!args[3]->IsFunction()) {
    if (size > 0 && RAND_bytes(static_cast<unsigned char*>(store->Data()) + offset,
                               static_cast<int>(size)) != 1) {
      return ThrowOpenSSLError(isolate, "Random bytes generation failed");
    }
    return;
  }
  CryptoJob::Run(
      args, args[3],
      [store, offset, size](std::string*) {
        return size == 0 || RAND_bytes(static_cast<unsigned char*>(store->Data()) + offset,
                                       static_cast<int>(size)) == 1;
      },
      "Random bytes generation failed");
}

const MethodEntry kMethods[] = {{"randomFill", RandomFill}};

}  // namespace

void InitRandom(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}
void RegisterRandom(ExternalReferenceRegistry* registry) { registry->AddMethods(kMethods); }

}  // namespace tide::bindings::crypto
