// Hash (EVP_MD_CTX), Hmac (HMAC_CTX) and the one-shot digest behind crypto.hash().
#include <openssl/hmac.h>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

constexpr char kHex[] = "0123456789abcdef";

v8::Local<v8::String> HexString(v8::Isolate* isolate, const unsigned char* data, size_t len) {
  std::string out(len * 2, '\0');
  for (size_t i = 0; i < len; ++i) {
    out[2 * i] = kHex[data[i] >> 4];
    out[2 * i + 1] = kHex[data[i] & 15];
  }
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(out.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(out.size()))
      .ToLocalChecked();
}

// Finishes `ctx` into `out` (`xof_len` bytes for XOF digests when >= 0). False on failure.
bool FinishDigest(EVP_MD_CTX* ctx, const EVP_MD* md, int xof_len, std::string* out) {
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  int len = EVP_MD_get_size(md);
  if (xof_len >= 0) len = xof_len;
  out->resize(len);
  if (len == 0) return true;
  unsigned char* p = reinterpret_cast<unsigned char*>(out->data());
  if (xof) return EVP_DigestFinalXOF(ctx, p, len) == 1;
  unsigned int written = 0;
  return EVP_DigestFinal_ex(ctx, p, &written) == 1;
}

v8::Local<v8::Value> Output(v8::Isolate* isolate, std::string&& bytes, bool hex) {
  if (hex) {
    return HexString(isolate, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }
  return TakeArrayBuffer(isolate, std::move(bytes));
}

class Hash final : public BaseObject {
 public:
  Hash(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) { MakeWeak(); }
  ~Hash() override { EVP_MD_CTX_free(ctx_); }

  // new Hash(algorithm | Hash, xofLen) — xofLen -1 = the digest's default. Throws Node's
  // 'Digest method not supported' for unknown names.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::From(args);
    Hash* source = args[0]->IsString() ? nullptr : Unwrap<Hash>(args[0]);
    const EVP_MD* md = source != nullptr ? source->md_ : GetDigest(ToStdString(isolate, args[0]));
    if (md == nullptr) return ThrowOpenSSLError(isolate, "Digest method not supported");
    int xof_len = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : -1;
    if (xof_len >= 0 && xof_len != EVP_MD_get_size(md) &&
        (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0) {
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return ThrowOpenSSLError(isolate, "Invalid XOF digest length");
    }
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx != nullptr && (source != nullptr ? EVP_MD_CTX_copy_ex(ctx, source->ctx_) == 1
                                                   : EVP_DigestInit_ex(ctx, md, nullptr) == 1);
    if (!ok) {
      EVP_MD_CTX_free(ctx);
      return ThrowOpenSSLError(isolate, "Digest method not supported");
    }
    Hash* hash = new Hash(env, args.This());
    hash->ctx_ = ctx;
    hash->md_ = md;
    hash->xof_len_ = xof_len;
  }

  // update(string | view) → true, or false when the digest failed.
  static void Update(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Hash* hash = Unwrap<Hash>(args.This());
    ByteView data(args.GetIsolate(), args[0]);
    if (hash == nullptr || !data.ok()) return ThrowTypeError(args.GetIsolate(), "tide: bad update");
    args.GetReturnValue().Set(EVP_DigestUpdate(hash->ctx_, data.data(), data.size()) == 1);
  }

  // digest(hex) → ArrayBuffer, or a hex string when `hex` is true.
  static void Digest(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Hash* hash = Unwrap<Hash>(args.This());
    if (hash == nullptr) return ThrowTypeError(isolate, "tide: bad digest");
    std::string out;
    if (!FinishDigest(hash->ctx_, hash->md_, hash->xof_len_, &out)) {
      return ThrowOpenSSLError(isolate, "Digest method not supported");
    }
    args.GetReturnValue().Set(Output(isolate, std::move(out), args[0]->IsTrue()));
  }

 private:
  EVP_MD_CTX* ctx_ = nullptr;
  const EVP_MD* md_ = nullptr;
  int xof_len_ = -1;
};

class Hmac final : public BaseObject {
 public:
  Hmac(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) { MakeWeak(); }
  ~Hmac() override { HMAC_CTX_free(ctx_); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    new Hmac(Environment::From(args), args.This());
  }

  // init(digest, key): throws ERR_CRYPTO_INVALID_DIGEST for unknown digests.
  static void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Hmac* hmac = Unwrap<Hmac>(args.This());
    std::string name = ToStdString(isolate, args[0]);
    ByteView key(isolate, args[1]);
    if (hmac == nullptr || !key.ok()) return ThrowTypeError(isolate, "tide: bad hmac init");
    const EVP_MD* md = GetDigest(name);
    if (md == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                                "Invalid digest: " + name);
    }
    hmac->ctx_ = HMAC_CTX_new();
    // An empty key is still a key: OpenSSL wants a non-null pointer for it.
    static const unsigned char kEmpty = 0;
    if (hmac->ctx_ == nullptr || HMAC_Init_ex(hmac->ctx_, key.size() ? key.data() : &kEmpty,
                                              static_cast<int>(key.size()), md, nullptr) != 1) {
      return ThrowOpenSSLError(isolate, "Failed to initialize HMAC");
    }
  }

  static void Update(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Hmac* hmac = Unwrap<Hmac>(args.This());
    ByteView data(args.GetIsolate(), args[0]);
    if (hmac == nullptr || hmac->ctx_ == nullptr || !data.ok()) {
      return ThrowTypeError(args.GetIsolate(), "tide: bad hmac update");
    }
    args.GetReturnValue().Set(HMAC_Update(hmac->ctx_, data.data(), data.size()) == 1);
  }

  static void Digest(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Hmac* hmac = Unwrap<Hmac>(args.This());
    if (hmac == nullptr || hmac->ctx_ == nullptr) return ThrowTypeError(isolate, "tide: bad hmac");
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (HMAC_Final(hmac->ctx_, md, &len) != 1) return ThrowOpenSSLError(isolate, "HMAC failed");
    HMAC_CTX_free(hmac->ctx_);
    hmac->ctx_ = nullptr;
    if (args[0]->IsTrue()) return args.GetReturnValue().Set(HexString(isolate, md, len));
    args.GetReturnValue().Set(CopyToArrayBuffer(isolate, md, len));
  }

 private:
  HMAC_CTX* ctx_ = nullptr;
};

// oneShotDigest(algorithm, data, hex, xofLen) → ArrayBuffer | hex string; undefined for an
// unknown algorithm (lib/ throws).
void OneShotDigest(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = GetDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return;
  ByteView data(isolate, args[1]);
  if (!data.ok()) return ThrowTypeError(isolate, "tide: bad oneShotDigest");
  int xof_len = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : -1;
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  std::string out;
  if (!xof) {
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), buf, &len, md, nullptr) != 1) {
      return ThrowOpenSSLError(isolate, "Digest method not supported");
    }
    if (args[2]->IsTrue()) return args.GetReturnValue().Set(HexString(isolate, buf, len));
    return args.GetReturnValue().Set(CopyToArrayBuffer(isolate, buf, len));
  }
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = ctx != nullptr && EVP_DigestInit_ex(ctx, md, nullptr) == 1 &&
            EVP_DigestUpdate(ctx, data.data(), data.size()) == 1 &&
            FinishDigest(ctx, md, xof_len, &out);
  EVP_MD_CTX_free(ctx);
  if (!ok) return ThrowOpenSSLError(isolate, "Digest method not supported");
  args.GetReturnValue().Set(Output(isolate, std::move(out), args[2]->IsTrue()));
}

const MethodEntry kMethods[] = {{"oneShotDigest", OneShotDigest}};

}  // namespace

void InitHash(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> hash = NewConstructorTemplate(isolate, Hash::New, "Hash");
  SetProtoMethod(isolate, hash, "update", Hash::Update);
  SetProtoMethod(isolate, hash, "digest", Hash::Digest);
  SetValue(context, target, "Hash", hash->GetFunction(context).ToLocalChecked());
  v8::Local<v8::FunctionTemplate> hmac = NewConstructorTemplate(isolate, Hmac::New, "Hmac");
  SetProtoMethod(isolate, hmac, "init", Hmac::Init);
  SetProtoMethod(isolate, hmac, "update", Hmac::Update);
  SetProtoMethod(isolate, hmac, "digest", Hmac::Digest);
  SetValue(context, target, "Hmac", hmac->GetFunction(context).ToLocalChecked());
}

void RegisterHash(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(Hash::New);
  registry->Add(Hash::Update);
  registry->Add(Hash::Digest);
  registry->Add(Hmac::New);
  registry->Add(Hmac::Init);
  registry->Add(Hmac::Update);
  registry->Add(Hmac::Digest);
}

}  // namespace tide::bindings::crypto
