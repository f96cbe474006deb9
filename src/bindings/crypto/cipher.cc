// CipherBase: EVP_CIPHER_CTX behind createCipheriv/createDecipheriv, with Node's rules for IV and
// key lengths and for AEAD modes (GCM, CCM, OCB, chacha20-poly1305): tag lengths, AAD, tags.
#include <openssl/objects.h>

#include <cstring>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

constexpr int kNoAuthTagLength = -1;

bool IsAuthenticated(const EVP_CIPHER* cipher) {
  int mode = EVP_CIPHER_get_mode(cipher);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
}

bool IsValidGCMTagLength(int len) { return len == 4 || len == 8 || (len >= 12 && len <= 16); }

void ThrowPlain(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, message)));
}

std::string TagLengthMessage(int len) {
  return "Invalid authentication tag length: " + std::to_string(len);
}

class CipherBase final : public BaseObject {
 public:
  CipherBase(Environment* env, v8::Local<v8::Object> obj, bool encrypt)
      : BaseObject(env, obj), encrypt_(encrypt) {
    MakeWeak();
  }
  ~CipherBase() override { EVP_CIPHER_CTX_free(ctx_); }

  // new CipherBase(encrypt)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    new CipherBase(Environment::From(args), args.This(), args[0]->IsTrue());
  }

  // init(name, key, iv | null, authTagLength | -1): throws Node's errors.
  static void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self == nullptr || self->ctx_ != nullptr) return ThrowTypeError(isolate, "tide: bad init");
    std::string name = ToStdString(isolate, args[0]);
    ByteView key(isolate, args[1]);
    bool has_iv_arg = !args[2]->IsNull();
    ByteView iv(isolate, has_iv_arg ? args[2] : v8::Local<v8::Value>(v8::String::Empty(isolate)));
    int auth_tag_len = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : kNoAuthTagLength;
    const EVP_CIPHER* cipher = GetCipher(name);
    if (cipher == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_CIPHER",
                                "Unknown cipher");
    }
    int expected_iv = EVP_CIPHER_get_iv_length(cipher);
    bool aead = IsAuthenticated(cipher);
    bool has_iv = has_iv_arg && iv.size() > 0;
    if ((!aead && has_iv && static_cast<int>(iv.size()) != expected_iv) ||
        (expected_iv != 0 && !has_iv && !aead) ||
        (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.size() > 12)) {
      return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_IV",
                                "Invalid initialization vector");
    }
    self->ctx_ = EVP_CIPHER_CTX_new();
    self->cipher_ = cipher;
    EVP_CIPHER_CTX* ctx = self->ctx_;
    if (EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, self->encrypt_) != 1) {
      return self->Fail(isolate, "Failed to initialize cipher");
    }
    int mode = EVP_CIPHER_get_mode(cipher);
    if (mode == EVP_CIPH_WRAP_MODE) EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (aead) {
      if (iv.size() == 0 || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN,
                                                static_cast<int>(iv.size()), nullptr) != 1) {
        ERR_clear_error();
        self->Reset();
        return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_IV",
                                  "Invalid initialization vector");
      }
      if (mode == EVP_CIPH_GCM_MODE) {
        if (auth_tag_len != kNoAuthTagLength && !IsValidGCMTagLength(auth_tag_len)) {
          self->Reset();
          return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                                    TagLengthMessage(auth_tag_len));
        }
      } else {
        if (auth_tag_len == kNoAuthTagLength) {
          if (EVP_CIPHER_get_nid(cipher) != NID_chacha20_poly1305) {
            self->Reset();
            return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                                      "authTagLength required for " + name);
          }
          auth_tag_len = 16;
        }
        if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, auth_tag_len, nullptr) != 1) {
          ERR_clear_error();
          self->Reset();
          return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                                    TagLengthMessage(auth_tag_len));
        }
        if (mode == EVP_CIPH_CCM_MODE) {
          int l = 15 - static_cast<int>(iv.size());
          self->max_message_size_ = l >= 8 ? INT32_MAX : (uint64_t{1} << (8 * l)) - 1;
        }
      }
      self->auth_tag_len_ = auth_tag_len;
    }
    if (EVP_CIPHER_CTX_set_key_length(ctx, static_cast<int>(key.size())) != 1) {
      ERR_clear_error();
      self->Reset();
      return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                                "Invalid key length");
    }
    if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data(), has_iv ? iv.data() : nullptr,
                          self->encrypt_) != 1) {
      return self->Fail(isolate, "Failed to initialize cipher");
    }
  }

  // update(view) → ArrayBuffer; throws 'Trying to add data in unsupported state'.
  static void Update(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    ByteView data(isolate, args[0]);
    if (self == nullptr || !data.ok()) return ThrowTypeError(isolate, "tide: bad update");
    if (self->ctx_ == nullptr || data.size() > INT32_MAX) {
      return ThrowPlain(isolate, "Trying to add data in unsupported state");
    }
    int mode = EVP_CIPHER_get_mode(self->cipher_);
    if (mode == EVP_CIPH_CCM_MODE && data.size() > self->max_message_size_) {
      return ThrowPlain(isolate, "Invalid message length");
    }
    if (!self->encrypt_ && self->auth_tag_len_ != kNoAuthTagLength) self->PassAuthTag();
    std::string out(data.size() + EVP_CIPHER_CTX_get_block_size(self->ctx_), '\0');
    int out_len = 0;
    int r = EVP_CipherUpdate(self->ctx_, reinterpret_cast<unsigned char*>(out.data()), &out_len,
                             data.data(), static_cast<int>(data.size()));
    if (r != 1 && !self->encrypt_ && mode == EVP_CIPH_CCM_MODE) {
      ERR_clear_error();
      self->pending_auth_failed_ = true;
      out_len = 0;
    } else if (r != 1) {
      ERR_clear_error();
      return ThrowPlain(isolate, "Trying to add data in unsupported state");
    }
    out.resize(out_len);
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
  }

  // final() → ArrayBuffer
  static void Final(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self == nullptr) return ThrowTypeError(isolate, "tide: bad final");
    if (self->ctx_ == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE",
                                "Invalid state");
    }
    bool aead = self->auth_tag_len_ != kNoAuthTagLength ||
                EVP_CIPHER_get_mode(self->cipher_) == EVP_CIPH_GCM_MODE;
    int mode = EVP_CIPHER_get_mode(self->cipher_);
    if (!self->encrypt_ && aead) self->PassAuthTag();
    std::string out(EVP_CIPHER_CTX_get_block_size(self->ctx_) + 16, '\0');
    int out_len = 0;
    bool ok;
    if (!self->encrypt_ && mode == EVP_CIPH_CCM_MODE) {
      ok = !self->pending_auth_failed_;
    } else {
      ok = EVP_CipherFinal_ex(self->ctx_, reinterpret_cast<unsigned char*>(out.data()), &out_len) ==
           1;
      if (ok && self->encrypt_ && aead) {
        if (self->auth_tag_len_ == kNoAuthTagLength) self->auth_tag_len_ = 16;
        ok = EVP_CIPHER_CTX_ctrl(self->ctx_, EVP_CTRL_AEAD_GET_TAG, self->auth_tag_len_,
                                 self->auth_tag_) == 1;
        self->has_tag_ = ok;
      }
    }
    EVP_CIPHER_CTX_free(self->ctx_);
    self->ctx_ = nullptr;
    if (!ok) {
      return ThrowOpenSSLError(
          isolate, aead ? "Unsupported state or unable to authenticate data" : "Unsupported state");
    }
    out.resize(out_len);
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
  }

  // setAutoPadding(bool) → false when the cipher has already finished.
  static void SetAutoPadding(const v8::FunctionCallbackInfo<v8::Value>& args) {
    CipherBase* self = Unwrap<CipherBase>(args.This());
    bool ok = self != nullptr && self->ctx_ != nullptr &&
              EVP_CIPHER_CTX_set_padding(self->ctx_, args[0]->IsTrue()) == 1;
    args.GetReturnValue().Set(ok);
  }

  // getAuthTag() → ArrayBuffer, or undefined when not available (lib/ throws).
  static void GetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& args) {
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self == nullptr || self->ctx_ != nullptr || !self->encrypt_ || !self->has_tag_) return;
    args.GetReturnValue().Set(
        CopyToArrayBuffer(args.GetIsolate(), self->auth_tag_, self->auth_tag_len_));
  }

  // setAuthTag(view) → false in the wrong state (lib/ throws); throws for a bad length.
  static void SetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    ByteView tag(isolate, args[0]);
    if (self == nullptr || !tag.ok() || self->ctx_ == nullptr || self->encrypt_ ||
        !IsAuthenticated(self->cipher_) || self->tag_state_ != kTagUnknown) {
      return args.GetReturnValue().Set(false);
    }
    int len = static_cast<int>(tag.size());
    bool valid;
    if (EVP_CIPHER_get_mode(self->cipher_) == EVP_CIPH_GCM_MODE) {
      valid = self->auth_tag_len_ == kNoAuthTagLength ? IsValidGCMTagLength(len)
                                                      : self->auth_tag_len_ == len;
    } else {
      valid = self->auth_tag_len_ == len;
    }
    if (!valid || tag.size() > sizeof(self->auth_tag_)) {
      return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                                TagLengthMessage(len));
    }
    self->auth_tag_len_ = len;
    std::memcpy(self->auth_tag_, tag.data(), tag.size());
    self->tag_state_ = kTagKnown;
    args.GetReturnValue().Set(true);
  }

  // setAAD(view, plaintextLength | -1) → false in the wrong state.
  static void SetAAD(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    ByteView aad(isolate, args[0]);
    int64_t plaintext_len =
        args[1]->IsNumber() ? static_cast<int64_t>(args[1].As<v8::Number>()->Value()) : -1;
    if (self == nullptr || !aad.ok() || self->ctx_ == nullptr || !IsAuthenticated(self->cipher_)) {
      return args.GetReturnValue().Set(false);
    }
    int out_len;
    if (EVP_CIPHER_get_mode(self->cipher_) == EVP_CIPH_CCM_MODE) {
      if (plaintext_len < 0) {
        return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_MISSING_ARGS",
                                  "options.plaintextLength required for CCM mode with AAD");
      }
      if (static_cast<uint64_t>(plaintext_len) > self->max_message_size_) {
        return args.GetReturnValue().Set(false);
      }
      if (!self->encrypt_) self->PassAuthTag();
      if (EVP_CipherUpdate(self->ctx_, nullptr, &out_len, nullptr,
                           static_cast<int>(plaintext_len)) != 1) {
        ERR_clear_error();
        return args.GetReturnValue().Set(false);
      }
    }
    bool ok = EVP_CipherUpdate(self->ctx_, nullptr, &out_len, aad.data(),
                               static_cast<int>(aad.size())) == 1;
    ERR_clear_error();
    args.GetReturnValue().Set(ok);
  }

 private:
  enum TagState { kTagUnknown, kTagKnown, kTagPassed };

  void Reset() {
    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = nullptr;
  }
  void Fail(v8::Isolate* isolate, const char* fallback) {
    Reset();
    ThrowOpenSSLError(isolate, fallback);
  }
  void PassAuthTag() {
    if (tag_state_ != kTagKnown) return;
    EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, auth_tag_len_, auth_tag_);
    tag_state_ = kTagPassed;
  }

  EVP_CIPHER_CTX* ctx_ = nullptr;
  const EVP_CIPHER* cipher_ = nullptr;
  bool encrypt_;
  int auth_tag_len_ = kNoAuthTagLength;
  unsigned char auth_tag_[EVP_GCM_TLS_TAG_LEN] = {};
  bool has_tag_ = false;
  TagState tag_state_ = kTagUnknown;
  bool pending_auth_failed_ = false;
  uint64_t max_message_size_ = INT32_MAX;
};

// cipherInfo(name, keyLength | -1, ivLength | -1) → [keyLength, ivLength, blockSize, mode, nid,
// short name], or undefined for an unknown cipher or lengths it does not accept.
void CipherInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string name;
  if (args[0]->IsInt32()) {
    const char* sn = OBJ_nid2sn(args[0].As<v8::Int32>()->Value());
    if (sn == nullptr) return;
    name = sn;
  } else {
    name = ToStdString(isolate, args[0]);
  }
  const EVP_CIPHER* cipher = GetCipher(name);
  if (cipher == nullptr) return;
  int key_len = EVP_CIPHER_get_key_length(cipher);
  int iv_len = EVP_CIPHER_get_iv_length(cipher);
  int want_key = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : -1;
  int want_iv = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : -1;
  if (want_key >= 0 || want_iv >= 0) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok = ctx != nullptr && EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
    if (ok && want_key >= 0) {
      ok = EVP_CIPHER_CTX_set_key_length(ctx, want_key) == 1;
      if (ok) key_len = want_key;
    }
    if (ok && want_iv >= 0) {
      int mode = EVP_CIPHER_get_mode(cipher);
      if (mode == EVP_CIPH_CCM_MODE) {
        ok = want_iv >= 7 && want_iv <= 13;
      } else if (mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_OCB_MODE) {
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, want_iv, nullptr) == 1;
      } else {
        ok = want_iv == iv_len;
      }
      if (ok) iv_len = want_iv;
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) return;
  }
  const char* sn = OBJ_nid2sn(EVP_CIPHER_get_nid(cipher));
  v8::Local<v8::Value> values[] = {
      v8::Integer::New(isolate, key_len),
      v8::Integer::New(isolate, iv_len),
      v8::Integer::New(isolate, EVP_CIPHER_get_block_size(cipher)),
      v8::Integer::New(isolate, EVP_CIPHER_get_mode(cipher)),
      v8::Integer::New(isolate, EVP_CIPHER_get_nid(cipher)),
      Utf8String(isolate, sn != nullptr ? sn : ""),
  };
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 6));
}

const MethodEntry kMethods[] = {{"cipherInfo", CipherInfo}};

}  // namespace

void InitCipher(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> t =
      NewConstructorTemplate(isolate, CipherBase::New, "CipherBase");
  SetProtoMethod(isolate, t, "init", CipherBase::Init);
  SetProtoMethod(isolate, t, "update", CipherBase::Update);
  SetProtoMethod(isolate, t, "final", CipherBase::Final);
  SetProtoMethod(isolate, t, "setAutoPadding", CipherBase::SetAutoPadding);
  SetProtoMethod(isolate, t, "getAuthTag", CipherBase::GetAuthTag);
  SetProtoMethod(isolate, t, "setAuthTag", CipherBase::SetAuthTag);
  SetProtoMethod(isolate, t, "setAAD", CipherBase::SetAAD);
  SetValue(context, target, "CipherBase", t->GetFunction(context).ToLocalChecked());
}

void RegisterCipher(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(CipherBase::New);
  registry->Add(CipherBase::Init);
  registry->Add(CipherBase::Update);
  registry->Add(CipherBase::Final);
  registry->Add(CipherBase::SetAutoPadding);
  registry->Add(CipherBase::GetAuthTag);
  registry->Add(CipherBase::SetAuthTag);
  registry->Add(CipherBase::SetAAD);
}

}  // namespace tide::bindings::crypto
