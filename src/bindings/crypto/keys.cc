// Asymmetric keys: PKey wraps an EVP_PKEY (public or private). Parsing (PEM/DER through
// OpenSSL's decoders, passphrases included), PEM/DER export through its encoders, key generation,
// and one-shot sign/verify with Node's options (RSA padding and salt length, DSA/ECDSA
// 'ieee-p1363' signatures).
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include <cstring>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

// Key generation on the pool: owns the prepared EVP_PKEY_CTX; fills the PKey handle and calls
// back on the loop.
class KeygenJob final : public ThreadPoolWork {
 public:
  KeygenJob(Environment* env, EVP_PKEY_CTX* ctx, v8::Local<v8::Object> handle,
            v8::Local<v8::Function> callback)
      : ThreadPoolWork(env),
        ctx_(ctx),
        handle_(env->isolate(), handle),
        callback_(env->isolate(), callback) {}
  ~KeygenJob() override {
    EVP_PKEY_CTX_free(ctx_);
    EVP_PKEY_free(pkey_);
  }

 protected:
  PoolKind pool_kind() const override { return PoolKind::kCrypto; }
  void DoWork() override {
    ok_ = EVP_PKEY_keygen(ctx_, &pkey_) == 1;
    if (!ok_) err_ = ERR_peek_error();
    ERR_clear_error();
  }

  void AfterWork(int status) override {
    std::unique_ptr<KeygenJob> self(this);
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Value> argv[1] = {v8::Null(isolate)};
    if (status != 0) {
      argv[0] = v8::Exception::Error(OneByteString(isolate, "Operation cancelled"));
    } else if (!ok_) {
      argv[0] = OpenSSLErrorValue(isolate, err_, "Key generation failed");
    } else if (SetPKey(handle_.Get(isolate), pkey_, true)) {
      pkey_ = nullptr;
    }
    CallBack(callback_.Get(isolate), 1, argv);
  }

 private:
  EVP_PKEY_CTX* ctx_;
  EVP_PKEY* pkey_ = nullptr;
  v8::Global<v8::Object> handle_;
  v8::Global<v8::Function> callback_;
  bool ok_ = false;
  unsigned long err_ = 0;
};

class PKey final : public BaseObject {
 public:
  PKey(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) { MakeWeak(); }
  ~PKey() override { EVP_PKEY_free(pkey_); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    new PKey(Environment::From(args), args.This());
  }

  void Set(EVP_PKEY* pkey, bool is_private) {
    EVP_PKEY_free(pkey_);
    pkey_ = pkey;
    private_ = is_private;
  }

  // parse(data, isPem, isPrivate, passphrase | undefined) → true; throws OpenSSL's error.
  // A public parse also accepts a private key (its public half), as Node's createPublicKey does.
  static void Parse(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    ByteView data(isolate, args[0]);
    if (self == nullptr || !data.ok()) return ThrowTypeError(isolate, "tide: bad PKey.parse");
    bool pem = args[1]->IsTrue();
    bool want_private = args[2]->IsTrue();
    bool has_pass = !args[3]->IsUndefined() && !args[3]->IsNull();
    ByteView pass(isolate, has_pass ? args[3] : v8::Local<v8::Value>(v8::String::Empty(isolate)));
    ERR_clear_error();
    int selections[2] = {want_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, EVP_PKEY_KEYPAIR};
    int tries = want_private ? 1 : 2;
    for (int i = 0; i < tries; ++i) {
      EVP_PKEY* pkey = nullptr;
      OSSL_DECODER_CTX* dctx = OSSL_DECODER_CTX_new_for_pkey(
          &pkey, pem ? "PEM" : "DER", nullptr, nullptr, selections[i], nullptr, nullptr);
      if (dctx == nullptr) continue;
      if (has_pass) OSSL_DECODER_CTX_set_passphrase(dctx, pass.data(), pass.size());
      const unsigned char* p = data.data();
      size_t len = data.size();
      bool ok = OSSL_DECODER_from_data(dctx, &p, &len) == 1 && pkey != nullptr;
      OSSL_DECODER_CTX_free(dctx);
      if (ok) {
        ERR_clear_error();
        self->Set(pkey, want_private);
        return args.GetReturnValue().Set(true);
      }
      EVP_PKEY_free(pkey);
    }
    if (ERR_peek_last_error() == 0) ERR_raise(ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
    ThrowOpenSSLError(isolate, "Failed to read asymmetric key");
  }

  // publicOf(otherPKey): this becomes the public half of another key.
  static void PublicOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
    PKey* self = Unwrap<PKey>(args.This());
    PKey* other = Unwrap<PKey>(args[0]);
    if (self == nullptr || other == nullptr || other->pkey_ == nullptr) {
      return ThrowTypeError(args.GetIsolate(), "tide: bad PKey.publicOf");
    }
    EVP_PKEY_up_ref(other->pkey_);
    self->Set(other->pkey_, false);
  }

  // generate(type, modulusLength | curve, publicExponent) — lib/ validated the options.
  static void Generate(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    std::string type = ToStdString(isolate, args[0]);
    if (self == nullptr) return ThrowTypeError(isolate, "tide: bad PKey.generate");
    ERR_clear_error();
    const char* alg = type == "rsa"       ? "RSA"
                      : type == "rsa-pss" ? "RSA-PSS"
                      : type == "ec"      ? "EC"
                      : type == "ed25519" ? "ED25519"
                      : type == "ed448"   ? "ED448"
                      : type == "x25519"  ? "X25519"
                      : type == "x448"    ? "X448"
                                          : nullptr;
    if (alg == nullptr) return ThrowTypeError(isolate, "tide: bad key type");
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, alg, nullptr);
    bool ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1;
    if (ok && (type == "rsa" || type == "rsa-pss")) {
      ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, args[1].As<v8::Int32>()->Value()) == 1;
      if (ok) {
        BIGNUM* e = BN_new();
        ok = e != nullptr &&
             BN_set_word(e, static_cast<BN_ULONG>(args[2].As<v8::Number>()->Value())) == 1 &&
             EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) == 1;
        BN_free(e);
      }
    } else if (ok && type == "ec") {
      std::string curve = ToStdString(isolate, args[1]);
      int nid = EC_curve_nist2nid(curve.c_str());
      if (nid == NID_undef) nid = OBJ_sn2nid(curve.c_str());
      if (nid == NID_undef) nid = OBJ_ln2nid(curve.c_str());
      if (nid == NID_undef) {
        EVP_PKEY_CTX_free(ctx);
        return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                                  "Invalid EC curve name");
      }
      ok = EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, nid) == 1 &&
           EVP_PKEY_CTX_set_ec_param_enc(ctx, OPENSSL_EC_NAMED_CURVE) == 1;
    }
    if (ok && args[3]->IsFunction()) {
      // generate(..., callback): the key is made on libuv's pool; callback(err) follows.
      auto* job =
          new KeygenJob(Environment::From(args), ctx, args.This(), args[3].As<v8::Function>());
      job->ScheduleWork();
      return;
    }
    EVP_PKEY* pkey = nullptr;
    ok = ok && EVP_PKEY_keygen(ctx, &pkey) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok) return ThrowOpenSSLError(isolate, "Key generation failed");
    self->Set(pkey, true);
  }

  // export(isPrivate, isPem, structure, cipher | undefined, passphrase | undefined) → string
  // (PEM) or ArrayBuffer (DER). structure: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1'.
  static void Export(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    if (self == nullptr || self->pkey_ == nullptr) return ThrowTypeError(isolate, "tide: bad key");
    bool priv = args[0]->IsTrue();
    bool pem = args[1]->IsTrue();
    std::string structure = ToStdString(isolate, args[2]);
    const char* ossl_structure = structure == "spki"    ? "SubjectPublicKeyInfo"
                                 : structure == "pkcs8" ? "PrivateKeyInfo"
                                                        : "type-specific";
    ERR_clear_error();
    OSSL_ENCODER_CTX* ectx =
        OSSL_ENCODER_CTX_new_for_pkey(self->pkey_, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                                      pem ? "PEM" : "DER", ossl_structure, nullptr);
    bool ok = ectx != nullptr && OSSL_ENCODER_CTX_get_num_encoders(ectx) > 0;
    if (ok && args[3]->IsString()) {
      std::string cipher = ToStdString(isolate, args[3]);
      ByteView pass(isolate, args[4]);
      if (GetCipher(cipher) == nullptr) {
        OSSL_ENCODER_CTX_free(ectx);
        return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_CIPHER",
                                  "Unknown cipher");
      }
      ok = OSSL_ENCODER_CTX_set_cipher(ectx, cipher.c_str(), nullptr) == 1 &&
           OSSL_ENCODER_CTX_set_passphrase(ectx, pass.data(), pass.size()) == 1;
    }
    unsigned char* out = nullptr;
    size_t len = 0;
    ok = ok && OSSL_ENCODER_to_data(ectx, &out, &len) == 1;
    OSSL_ENCODER_CTX_free(ectx);
    if (!ok) return ThrowOpenSSLError(isolate, "Failed to encode key");
    if (pem) {
      args.GetReturnValue().Set(
          Utf8String(isolate, std::string_view(reinterpret_cast<char*>(out), len)));
    } else {
      args.GetReturnValue().Set(CopyToArrayBuffer(isolate, out, len));
    }
    OPENSSL_free(out);
  }

  // info() → [asymmetricKeyType, isPrivate, modulusLength, publicExponent (string), curve]
  static void Info(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    if (self == nullptr || self->pkey_ == nullptr) return ThrowTypeError(isolate, "tide: bad key");
    EVP_PKEY* pkey = self->pkey_;
    const char* type = "unknown";
    switch (EVP_PKEY_get_base_id(pkey)) {
      case EVP_PKEY_RSA:
        type = "rsa";
        break;
      case EVP_PKEY_RSA_PSS:
        type = "rsa-pss";
        break;
      case EVP_PKEY_DSA:
        type = "dsa";
        break;
      case EVP_PKEY_DH:
        type = "dh";
        break;
      case EVP_PKEY_EC:
        type = "ec";
        break;
      case EVP_PKEY_ED25519:
        type = "ed25519";
        break;
      case EVP_PKEY_ED448:
        type = "ed448";
        break;
      case EVP_PKEY_X25519:
        type = "x25519";
        break;
      case EVP_PKEY_X448:
        type = "x448";
        break;
    }
    v8::Local<v8::Value> modulus = v8::Undefined(isolate);
    v8::Local<v8::Value> exponent = v8::Undefined(isolate);
    v8::Local<v8::Value> curve = v8::Undefined(isolate);
    int base = EVP_PKEY_get_base_id(pkey);
    if (base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS || base == EVP_PKEY_DSA ||
        base == EVP_PKEY_DH) {
      modulus = v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey));
    }
    if (base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS) {
      BIGNUM* e = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
        char* dec = BN_bn2dec(e);
        exponent = Utf8String(isolate, dec);
        OPENSSL_free(dec);
      }
      BN_free(e);
    }
    if (base == EVP_PKEY_EC) {
      char name[80];
      size_t len = 0;
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name),
                                         &len) == 1) {
        int nid = OBJ_txt2nid(name);
        const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : name;
        curve = Utf8String(isolate, sn);
      }
    }
    ERR_clear_error();
    v8::Local<v8::Value> values[] = {OneByteString(isolate, type),
                                     v8::Boolean::New(isolate, self->private_), modulus, exponent,
                                     curve};
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 5));
  }

  // equals(other) → bool
  static void Equals(const v8::FunctionCallbackInfo<v8::Value>& args) {
    PKey* self = Unwrap<PKey>(args.This());
    PKey* other = Unwrap<PKey>(args[0]);
    bool eq = self != nullptr && other != nullptr && self->pkey_ && other->pkey_ &&
              EVP_PKEY_eq(self->pkey_, other->pkey_) == 1;
    ERR_clear_error();
    args.GetReturnValue().Set(eq);
  }

  EVP_PKEY* pkey() const { return pkey_; }
  bool is_private() const { return private_; }

 private:
  EVP_PKEY* pkey_ = nullptr;
  bool private_ = false;
};

}  // namespace

EVP_PKEY* GetPKey(v8::Local<v8::Value> handle) {
  PKey* key = BaseObject::Unwrap<PKey>(handle);
  return key != nullptr ? key->pkey() : nullptr;
}

bool SetPKey(v8::Local<v8::Value> handle, EVP_PKEY* pkey, bool is_private) {
  PKey* key = BaseObject::Unwrap<PKey>(handle);
  if (key == nullptr) return false;
  key->Set(pkey, is_private);
  return true;
}

namespace {

// DER ECDSA/DSA signature <-> r||s of fixed size (dsaEncoding 'ieee-p1363').
size_t OrderBytes(EVP_PKEY* pkey) {
  int bits = EVP_PKEY_get_bits(pkey);
  if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_DSA) {
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) bits = BN_num_bits(q);
    BN_free(q);
  }
  return (bits + 7) / 8;
}

bool DerToP1363(const std::string& der, size_t n, std::string* out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (sig == nullptr) return false;
  out->assign(2 * n, '\0');
  unsigned char* o = reinterpret_cast<unsigned char*>(out->data());
  bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), o, static_cast<int>(n)) > 0 &&
            BN_bn2binpad(ECDSA_SIG_get0_s(sig), o + n, static_cast<int>(n)) > 0;
  ECDSA_SIG_free(sig);
  return ok;
}

bool P1363ToDer(const unsigned char* sig, size_t len, size_t n, std::string* out) {
  if (len != 2 * n) return false;
  ECDSA_SIG* s = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(sig, static_cast<int>(n), nullptr);
  BIGNUM* ss = BN_bin2bn(sig + n, static_cast<int>(n), nullptr);
  if (s == nullptr || r == nullptr || ss == nullptr || ECDSA_SIG_set0(s, r, ss) != 1) {
    ECDSA_SIG_free(s);
    return false;
  }
  unsigned char* der = nullptr;
  int der_len = i2d_ECDSA_SIG(s, &der);
  ECDSA_SIG_free(s);
  if (der_len <= 0) return false;
  out->assign(reinterpret_cast<char*>(der), der_len);
  OPENSSL_free(der);
  return true;
}

bool IsDsaLike(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_EC || id == EVP_PKEY_DSA;
}

// Prepares an EVP_MD_CTX for signing/verifying with Node's options; nullptr on failure.
EVP_MD_CTX* SignContext(v8::Isolate* isolate, PKey* key, v8::Local<v8::Value> digest, int padding,
                        int salt_len, bool sign) {
  const EVP_MD* md = nullptr;
  if (digest->IsString()) {
    std::string name = ToStdString(isolate, digest);
    md = GetDigest(name);
    if (md == nullptr) {
      ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                         "Invalid digest: " + name);
      return nullptr;
    }
  }
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  bool ok =
      ctx != nullptr && (sign ? EVP_DigestSignInit(ctx, &pctx, md, nullptr, key->pkey())
                              : EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, key->pkey())) == 1;
  int id = EVP_PKEY_get_base_id(key->pkey());
  if (ok && (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS)) {
    if (padding >= 0) ok = EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1;
    if (ok && salt_len != INT32_MIN) {
      ok = EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt_len) == 1;
    }
  }
  if (!ok) {
    EVP_MD_CTX_free(ctx);
    ThrowOpenSSLError(isolate, sign ? "Sign init failed" : "Verify init failed");
    return nullptr;
  }
  return ctx;
}

// sign(key, digest | null, data, padding | -1, saltLength | undefined, p1363) → ArrayBuffer
void Sign(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* key = BaseObject::Unwrap<PKey>(args[0]);
  ByteView data(isolate, args[2]);
  if (key == nullptr || key->pkey() == nullptr || !data.ok()) {
    return ThrowTypeError(isolate, "tide: bad sign");
  }
  int padding = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : -1;
  int salt_len = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : INT32_MIN;
  ERR_clear_error();
  EVP_MD_CTX* ctx = SignContext(isolate, key, args[1], padding, salt_len, true);
  if (ctx == nullptr) return;
  size_t len = 0;
  std::string sig;
  bool ok = EVP_DigestSign(ctx, nullptr, &len, data.data(), data.size()) == 1;
  if (ok) {
    sig.resize(len);
    ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, data.data(),
                        data.size()) == 1;
    sig.resize(len);
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) return ThrowOpenSSLError(isolate, "Sign failed");
  if (args[5]->IsTrue() && IsDsaLike(key->pkey())) {
    std::string p1363;
    if (!DerToP1363(sig, OrderBytes(key->pkey()), &p1363)) {
      return ThrowOpenSSLError(isolate, "Sign failed");
    }
    sig = std::move(p1363);
  }
  args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(sig)));
}

// verify(key, digest | null, data, signature, padding | -1, saltLength | undefined, p1363)
void Verify(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* key = BaseObject::Unwrap<PKey>(args[0]);
  ByteView data(isolate, args[2]);
  ByteView signature(isolate, args[3]);
  if (key == nullptr || key->pkey() == nullptr || !data.ok() || !signature.ok()) {
    return ThrowTypeError(isolate, "tide: bad verify");
  }
  int padding = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : -1;
  int salt_len = args[5]->IsInt32() ? args[5].As<v8::Int32>()->Value() : INT32_MIN;
  ERR_clear_error();
  std::string der;
  const unsigned char* sig = signature.data();
  size_t sig_len = signature.size();
  if (args[6]->IsTrue() && IsDsaLike(key->pkey())) {
    if (!P1363ToDer(sig, sig_len, OrderBytes(key->pkey()), &der)) {
      return args.GetReturnValue().Set(false);
    }
    sig = reinterpret_cast<const unsigned char*>(der.data());
    sig_len = der.size();
  }
  EVP_MD_CTX* ctx = SignContext(isolate, key, args[1], padding, salt_len, false);
  if (ctx == nullptr) return;
  int r = EVP_DigestVerify(ctx, sig, sig_len, data.data(), data.size());
  EVP_MD_CTX_free(ctx);
  ERR_clear_error();
  args.GetReturnValue().Set(r == 1);
}

// rsaCipher(key, data, padding, oaepHash | null, oaepLabel | null, op) → ArrayBuffer.
// op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt.
void RsaCipher(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* key = BaseObject::Unwrap<PKey>(args[0]);
  ByteView data(isolate, args[1]);
  if (key == nullptr || key->pkey() == nullptr || !data.ok() || !args[2]->IsInt32() ||
      !args[5]->IsInt32()) {
    return ThrowTypeError(isolate, "tide: bad rsaCipher");
  }
  int padding = args[2].As<v8::Int32>()->Value();
  int op = args[5].As<v8::Int32>()->Value();
  ERR_clear_error();
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key->pkey(), nullptr);
  bool ok = ctx != nullptr;
  if (ok) {
    switch (op) {
      case 0:
        ok = EVP_PKEY_encrypt_init(ctx) == 1;
        break;
      case 1:
        ok = EVP_PKEY_decrypt_init(ctx) == 1;
        break;
      case 2:
        ok = EVP_PKEY_sign_init(ctx) == 1;
        break;
      default:
        ok = EVP_PKEY_verify_recover_init(ctx) == 1;
        break;
    }
  }
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (args[3]->IsString()) {
      const EVP_MD* md = GetDigest(ToStdString(isolate, args[3]));
      if (md == nullptr) {
        EVP_PKEY_CTX_free(ctx);
        return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_OSSL_EVP_INVALID_DIGEST",
                                  "Invalid digest used");
      }
      ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) == 1;
    }
    if (ok && !args[4]->IsNull() && !args[4]->IsUndefined()) {
      ByteView label(isolate, args[4]);
      void* copy = OPENSSL_memdup(label.data(), label.size() ? label.size() : 1);
      ok = copy != nullptr &&
           EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, static_cast<int>(label.size())) == 1;
      if (!ok) OPENSSL_free(copy);
    }
  }
  std::string out;
  size_t len = 0;
  auto run = [&](unsigned char* o, size_t* l) {
    switch (op) {
      case 0:
        return EVP_PKEY_encrypt(ctx, o, l, data.data(), data.size());
      case 1:
        return EVP_PKEY_decrypt(ctx, o, l, data.data(), data.size());
      case 2:
        return EVP_PKEY_sign(ctx, o, l, data.data(), data.size());
      default:
        return EVP_PKEY_verify_recover(ctx, o, l, data.data(), data.size());
    }
  };
  ok = ok && run(nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = run(reinterpret_cast<unsigned char*>(out.data()), &len) == 1;
    out.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return ThrowOpenSSLError(isolate, "RSA operation failed");
  args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
}

// deriveSecret(privateKey, publicKey) → ArrayBuffer (ECDH, X25519, X448, DH).
void DeriveSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* priv = BaseObject::Unwrap<PKey>(args[0]);
  PKey* pub = BaseObject::Unwrap<PKey>(args[1]);
  if (priv == nullptr || pub == nullptr || !priv->pkey() || !pub->pkey()) {
    return ThrowTypeError(isolate, "tide: bad deriveSecret");
  }
  ERR_clear_error();
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(priv->pkey(), nullptr);
  size_t len = 0;
  std::string out;
  bool ok = ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 &&
            EVP_PKEY_derive_set_peer(ctx, pub->pkey()) == 1 &&
            EVP_PKEY_derive(ctx, nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char*>(out.data()), &len) == 1;
    out.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return ThrowOpenSSLError(isolate, "Failed to derive a shared secret");
  args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
}

const MethodEntry kMethods[] = {
    {"sign", Sign}, {"verify", Verify}, {"rsaCipher", RsaCipher}, {"deriveSecret", DeriveSecret}};

}  // namespace

void InitKeys(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> t = NewConstructorTemplate(isolate, PKey::New, "PKey");
  SetProtoMethod(isolate, t, "parse", PKey::Parse);
  SetProtoMethod(isolate, t, "publicOf", PKey::PublicOf);
  SetProtoMethod(isolate, t, "generate", PKey::Generate);
  SetProtoMethod(isolate, t, "export", PKey::Export);
  SetProtoMethod(isolate, t, "info", PKey::Info);
  SetProtoMethod(isolate, t, "equals", PKey::Equals);
  SetValue(context, target, "PKey", t->GetFunction(context).ToLocalChecked());
}

void RegisterKeys(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(PKey::New);
  registry->Add(PKey::Parse);
  registry->Add(PKey::PublicOf);
  registry->Add(PKey::Generate);
  registry->Add(PKey::Export);
  registry->Add(PKey::Info);
  registry->Add(PKey::Equals);
}

}  // namespace tide::bindings::crypto
