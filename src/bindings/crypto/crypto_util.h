// Shared pieces of the `crypto` binding (src/bindings/crypto/*.cc): OpenSSL errors as Node's
// errors, byte views of JS arguments, and the per-area Init/Register hooks crypto.cc calls.
#pragma once

#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/err.h>
#include <openssl/evp.h>
#include <v8.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::crypto {

// Throws the error OpenSSL reported last (Node's message, `library`, `reason`, `code`
// 'ERR_OSSL_…'), or a plain Error with `fallback` when OpenSSL's queue is empty.
void ThrowOpenSSLError(v8::Isolate* isolate, const char* fallback);
// The same error as a value (for async callbacks). `err` is 0 for "take it from the queue".
v8::Local<v8::Value> OpenSSLErrorValue(v8::Isolate* isolate, unsigned long err,
                                       const char* fallback);

// Bytes of a JS string (UTF-8) or ArrayBufferView/ArrayBuffer; a view stays valid while the
// argument is alive, a string's bytes are copied into `storage`.
class ByteView {
 public:
  ByteView(v8::Isolate* isolate, v8::Local<v8::Value> value);
  bool ok() const { return ok_; }
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  std::string str() const { return std::string(reinterpret_cast<const char*>(data_), size_); }

 private:
  std::string storage_;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  bool ok_ = false;
};

// An ArrayBuffer owning a copy of `data`, or taking over `bytes`.
v8::Local<v8::ArrayBuffer> CopyToArrayBuffer(v8::Isolate* isolate, const void* data, size_t len);
v8::Local<v8::ArrayBuffer> TakeArrayBuffer(v8::Isolate* isolate, std::string&& bytes);

// Digests by name, fetched once and cached (OpenSSL 3's implicit fetch per use is slow).
// nullptr for an unknown name.
const EVP_MD* GetDigest(const std::string& name);
const EVP_CIPHER* GetCipher(const std::string& name);

void InitHash(Environment* env, v8::Local<v8::Object> target);
void RegisterHash(ExternalReferenceRegistry* registry);
void InitCipher(Environment* env, v8::Local<v8::Object> target);
void RegisterCipher(ExternalReferenceRegistry* registry);
void InitKdf(Environment* env, v8::Local<v8::Object> target);
void RegisterKdf(ExternalReferenceRegistry* registry);
void InitKeys(Environment* env, v8::Local<v8::Object> target);
void RegisterKeys(ExternalReferenceRegistry* registry);
// The EVP_PKEY of a PKey handle (keys.cc), or nullptr; SetPKey hands `pkey` (owned) to one.
EVP_PKEY* GetPKey(v8::Local<v8::Value> handle);
bool SetPKey(v8::Local<v8::Value> handle, EVP_PKEY* pkey, bool is_private);
void InitEcdh(Environment* env, v8::Local<v8::Object> target);
void RegisterEcdh(ExternalReferenceRegistry* registry);
void InitX509(Environment* env, v8::Local<v8::Object> target);
void RegisterX509(ExternalReferenceRegistry* registry);
void InitDh(Environment* env, v8::Local<v8::Object> target);
void RegisterDh(ExternalReferenceRegistry* registry);
void InitRandom(Environment* env, v8::Local<v8::Object> target);
void RegisterRandom(ExternalReferenceRegistry* registry);

}  // namespace tide::bindings::crypto

#include <functional>
#include <memory>

#include "loop/callback_scope.h"
#include "threads/thread_pool_work.h"

namespace tide::bindings::crypto {

// Work that produces bytes: run now (RunSync) or on libuv's pool (Start), ending in
// callback(err, ArrayBuffer). `work` runs without V8 and returns false on an OpenSSL failure.
class CryptoJob final : public ThreadPoolWork {
 public:
  using Work = std::function<bool(std::string* out)>;

  // Without a callback: runs `work` here and returns the ArrayBuffer (or throws).
  static void Run(const v8::FunctionCallbackInfo<v8::Value>& args, v8::Local<v8::Value> callback,
                  Work work, const char* fallback) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!callback->IsFunction()) {
      std::string out;
      if (!work(&out)) return ThrowOpenSSLError(isolate, fallback);
      return args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
    }
    auto* job = new CryptoJob(Environment::From(args), callback.As<v8::Function>(), std::move(work),
                              fallback);
    job->ScheduleWork();
  }

 private:
  CryptoJob(Environment* env, v8::Local<v8::Function> callback, Work work, const char* fallback)
      : ThreadPoolWork(env),
        callback_(env->isolate(), callback),
        work_(std::move(work)),
        fallback_(fallback) {}

  PoolKind pool_kind() const override { return PoolKind::kCrypto; }
  void DoWork() override {
    ok_ = work_(&out_);
    if (!ok_) err_ = ERR_peek_error();
    ERR_clear_error();
  }

  void AfterWork(int status) override {
    std::unique_ptr<CryptoJob> self(this);
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Value> argv[2] = {v8::Null(isolate), v8::Undefined(isolate)};
    if (status != 0) {
      argv[0] = v8::Exception::Error(OneByteString(isolate, "Operation cancelled"));
    } else if (!ok_) {
      argv[0] = OpenSSLErrorValue(isolate, err_, fallback_);
    } else {
      argv[1] = TakeArrayBuffer(isolate, std::move(out_));
    }
    CallBack(callback_.Get(isolate), 2, argv);
  }

  v8::Global<v8::Function> callback_;
  Work work_;
  const char* fallback_;
  std::string out_;
  bool ok_ = false;
  unsigned long err_ = 0;
};

}  // namespace tide::bindings::crypto
