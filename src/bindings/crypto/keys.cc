// Asymmetric keys: PKey wraps an EVP_PKEY (public or private). Parsing (PEM/DER through
// OpenSSL's decoders, passphrases included), PEM/DER export through its encoders, key generation,
// and one-shot sign/verify with Node's options (RSA padding and salt length, DSA/ECDSA
// 'ieee-p1363' signatures).
// The legacy DH API is what Node uses for DiffieHellman objects and DH parameters.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <cctype>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

// Key generation on the pool: runs `make` (parameter generation included, which takes a while for
// DSA and DH) there, fills the PKey handle and calls back on the loop.
using KeyFactory = std::function<EVP_PKEY*()>;

class KeygenJob final : public ThreadPoolWork {
 public:
  KeygenJob(Environment* env, KeyFactory make, v8::Local<v8::Object> handle,
            v8::Local<v8::Function> callback)
      : ThreadPoolWork(env),
        make_(std::move(make)),
        handle_(env->isolate(), handle),
        callback_(env->isolate(), callback) {}
  ~KeygenJob() override { EVP_PKEY_free(pkey_); }

 protected:
  PoolKind pool_kind() const override { return PoolKind::kCrypto; }
  const char* async_type() const override { return "KEYPAIRGENREQUEST"; }
  void DoWork() override {
    pkey_ = make_();
    if (pkey_ == nullptr) err_ = ERR_peek_error();
    ERR_clear_error();
  }

  void AfterWork(int status) override {
    std::unique_ptr<KeygenJob> self(this);
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Value> argv[1] = {v8::Null(isolate)};
    if (status != 0) {
      argv[0] = v8::Exception::Error(OneByteString(isolate, "Operation cancelled"));
    } else if (pkey_ == nullptr) {
      argv[0] = OpenSSLErrorValue(isolate, err_, "Key generation job failed");
    } else if (SetPKey(handle_.Get(isolate), pkey_, true)) {
      pkey_ = nullptr;
    }
    CallBack(callback_.Get(isolate), 1, argv);
  }

 private:
  KeyFactory make_;
  EVP_PKEY* pkey_ = nullptr;
  v8::Global<v8::Object> handle_;
  v8::Global<v8::Function> callback_;
  unsigned long err_ = 0;
};

// Generates a key from a keygen-ready context (consumed).
EVP_PKEY* KeygenFrom(EVP_PKEY_CTX* ctx) {
  EVP_PKEY* pkey = nullptr;
  if (ctx == nullptr || EVP_PKEY_keygen(ctx, &pkey) != 1) pkey = nullptr;
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

// Generates a key from domain parameters (consumed).
EVP_PKEY* KeygenFromParams(EVP_PKEY* params) {
  if (params == nullptr) return nullptr;
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(params, nullptr);
  EVP_PKEY_free(params);
  if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return nullptr;
  }
  return KeygenFrom(ctx);
}

BIGNUM* BnOf(const std::string& bytes) {
  return BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                   static_cast<int>(bytes.size()), nullptr);
}

// DH domain parameters as an EVP_PKEY from a prime and generator.
EVP_PKEY* DhParams(BIGNUM* p, int generator) {
  BIGNUM* g = BN_new();
  DH* dh = DH_new();
  if (p == nullptr || g == nullptr || dh == nullptr ||
      BN_set_word(g, static_cast<BN_ULONG>(generator)) != 1 ||
      DH_set0_pqg(dh, p, nullptr, g) != 1) {
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return nullptr;
  }
  EVP_PKEY* params = EVP_PKEY_new();
  if (params == nullptr || EVP_PKEY_assign_DH(params, dh) != 1) {
    DH_free(dh);
    EVP_PKEY_free(params);
    return nullptr;
  }
  return params;
}

// Node reports RSA-PSS key digests by OpenSSL's short lower-case names ('sha256').
std::string DigestJsName(const char* name) {
  const EVP_MD* md = EVP_get_digestbyname(name);
  std::string out = md != nullptr ? OBJ_nid2sn(EVP_MD_get_type(md)) : name;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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

  // generate(type, a, b, c, d, e[, callback]) — lib/ validated the options:
  //   rsa, rsa-pss: modulusLength, publicExponent, hash | undefined, mgf1Hash | undefined,
  //                 saltLength | undefined
  //   ec: curve, explicit parameters (bool);  dsa: modulusLength, divisorLength | -1
  //   dh: group name | prime bytes | primeLength, generator
  // With a callback the key is made on libuv's pool and callback(err) follows.
  static void Generate(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    std::string type = ToStdString(isolate, args[0]);
    if (self == nullptr) return ThrowTypeError(isolate, "tide: bad PKey.generate");
    ERR_clear_error();
    KeyFactory make;
    if (type == "rsa" || type == "rsa-pss") {
      int bits = args[1].As<v8::Int32>()->Value();
      auto exponent = static_cast<BN_ULONG>(args[2].As<v8::Number>()->Value());
      std::string hash = args[3]->IsString() ? ToStdString(isolate, args[3]) : "";
      std::string mgf1 = args[4]->IsString() ? ToStdString(isolate, args[4]) : "";
      int salt = args[5]->IsInt32() ? args[5].As<v8::Int32>()->Value() : -1;
      bool pss = type == "rsa-pss";
      make = [bits, exponent, hash, mgf1, salt, pss]() -> EVP_PKEY* {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, pss ? "RSA-PSS" : "RSA", nullptr);
        bool ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1 &&
                  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) == 1;
        if (ok) {
          BIGNUM* e = BN_new();
          ok = e != nullptr && BN_set_word(e, exponent) == 1 &&
               EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) == 1;
          BN_free(e);
        }
        if (ok && !hash.empty()) {
          ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx, GetDigest(hash)) == 1;
        }
        if (ok && !mgf1.empty()) {
          ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx, GetDigest(mgf1)) == 1;
        }
        if (ok && salt >= 0) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, salt) == 1;
        if (!ok) {
          EVP_PKEY_CTX_free(ctx);
          return nullptr;
        }
        return KeygenFrom(ctx);
      };
    } else if (type == "ec") {
      std::string curve = ToStdString(isolate, args[1]);
      int nid = EC_curve_nist2nid(curve.c_str());
      if (nid == NID_undef) nid = OBJ_sn2nid(curve.c_str());
      if (nid == NID_undef) nid = OBJ_ln2nid(curve.c_str());
      if (nid == NID_undef) {
        return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                                  "Invalid EC curve name");
      }
      int encoding = args[2]->IsTrue() ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE;
      make = [nid, encoding]() -> EVP_PKEY* {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
        if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1 ||
            EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, nid) != 1 ||
            EVP_PKEY_CTX_set_ec_param_enc(ctx, encoding) != 1) {
          EVP_PKEY_CTX_free(ctx);
          return nullptr;
        }
        return KeygenFrom(ctx);
      };
    } else if (type == "ed25519" || type == "ed448" || type == "x25519" || type == "x448") {
      const char* alg = type == "ed25519"  ? "ED25519"
                        : type == "ed448"  ? "ED448"
                        : type == "x25519" ? "X25519"
                                           : "X448";
      make = [alg]() -> EVP_PKEY* {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, alg, nullptr);
        if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1) {
          EVP_PKEY_CTX_free(ctx);
          return nullptr;
        }
        return KeygenFrom(ctx);
      };
    } else if (type == "dsa") {
      int bits = args[1].As<v8::Int32>()->Value();
      int qbits = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : -1;
      make = [bits, qbits]() -> EVP_PKEY* {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr);
        EVP_PKEY* params = nullptr;
        bool ok = ctx != nullptr && EVP_PKEY_paramgen_init(ctx) == 1 &&
                  EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, bits) == 1;
        if (ok && qbits >= 0) ok = EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx, qbits) == 1;
        ok = ok && EVP_PKEY_paramgen(ctx, &params) == 1;
        EVP_PKEY_CTX_free(ctx);
        return ok ? KeygenFromParams(params) : nullptr;
      };
    } else if (type == "dh") {
      int generator = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : 2;
      if (args[1]->IsInt32()) {
        int bits = args[1].As<v8::Int32>()->Value();
        make = [bits, generator]() -> EVP_PKEY* {
          DH* dh = DH_new();
          if (dh == nullptr || DH_generate_parameters_ex(dh, bits, generator, nullptr) != 1) {
            DH_free(dh);
            return nullptr;
          }
          EVP_PKEY* params = EVP_PKEY_new();
          if (params == nullptr || EVP_PKEY_assign_DH(params, dh) != 1) {
            DH_free(dh);
            EVP_PKEY_free(params);
            return nullptr;
          }
          return KeygenFromParams(params);
        };
      } else {
        std::string prime;
        if (args[1]->IsString()) {
          std::string group = ToStdString(isolate, args[1]);
          BIGNUM* p = group == "modp1"    ? BN_get_rfc2409_prime_768(nullptr)
                      : group == "modp2"  ? BN_get_rfc2409_prime_1024(nullptr)
                      : group == "modp5"  ? BN_get_rfc3526_prime_1536(nullptr)
                      : group == "modp14" ? BN_get_rfc3526_prime_2048(nullptr)
                      : group == "modp15" ? BN_get_rfc3526_prime_3072(nullptr)
                      : group == "modp16" ? BN_get_rfc3526_prime_4096(nullptr)
                      : group == "modp17" ? BN_get_rfc3526_prime_6144(nullptr)
                      : group == "modp18" ? BN_get_rfc3526_prime_8192(nullptr)
                                          : nullptr;
          if (p == nullptr) {
            return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_DH_GROUP",
                                      "Unknown DH group");
          }
          prime.resize(static_cast<size_t>(BN_num_bytes(p)));
          BN_bn2bin(p, reinterpret_cast<unsigned char*>(prime.data()));
          BN_free(p);
        } else {
          prime = ByteView(isolate, args[1]).str();
        }
        make = [prime, generator]() -> EVP_PKEY* {
          return KeygenFromParams(DhParams(BnOf(prime), generator));
        };
      }
    } else {
      return ThrowTypeError(isolate, "tide: bad key type");
    }
    v8::Local<v8::Value> last = args[args.Length() - 1];
    if (last->IsFunction()) {
      auto* job = new KeygenJob(Environment::From(args), std::move(make), args.This(),
                                last.As<v8::Function>());
      job->ScheduleWork();
      return;
    }
    EVP_PKEY* pkey = make();
    if (pkey == nullptr) return ThrowOpenSSLError(isolate, "Key generation job failed");
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

  // info() → [asymmetricKeyType, isPrivate, bits (modulus or EC field size), publicExponent
  // (string), curve, pssHash, pssMgf1Hash, pssSaltLength, dsaDivisorLength]
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
        base == EVP_PKEY_DH || base == EVP_PKEY_EC) {
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
    v8::Local<v8::Value> hash = v8::Undefined(isolate);
    v8::Local<v8::Value> mgf1 = v8::Undefined(isolate);
    v8::Local<v8::Value> salt = v8::Undefined(isolate);
    v8::Local<v8::Value> divisor = v8::Undefined(isolate);
    if (base == EVP_PKEY_RSA_PSS) {
      // Restricted RSA-PSS keys carry their parameters (unrestricted ones have none).
      char name[80];
      size_t len = 0;
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof(name),
                                         &len) == 1) {
        hash = Utf8String(isolate, DigestJsName(name));
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, name,
                                           sizeof(name), &len) == 1) {
          mgf1 = Utf8String(isolate, DigestJsName(name));
        } else {
          mgf1 = OneByteString(isolate, "sha1");  // RFC 4055's default, not written out
        }
        int saltlen = 0;
        if (EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &saltlen) == 1) {
          salt = v8::Integer::New(isolate, saltlen);
        }
      }
    }
    if (base == EVP_PKEY_DSA) {
      BIGNUM* q = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
        divisor = v8::Integer::New(isolate, BN_num_bits(q));
      }
      BN_free(q);
    }
    ERR_clear_error();
    v8::Local<v8::Value> values[] = {OneByteString(isolate, type),
                                     v8::Boolean::New(isolate, self->private_),
                                     modulus,
                                     exponent,
                                     curve,
                                     hash,
                                     mgf1,
                                     salt,
                                     divisor};
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 9));
  }

  // jwk() → the key's JWK numbers as ArrayBuffers (lib/ names and base64url-encodes them):
  //   rsa: [n, e, d, p, q, dp, dq, qi] (public: [n, e]); ec: [x, y, d?] padded to the field
  //   size; okp: [x, d?]. undefined for other key types.
  static void Jwk(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    if (self == nullptr || self->pkey_ == nullptr) return ThrowTypeError(isolate, "tide: bad key");
    EVP_PKEY* pkey = self->pkey_;
    int base = EVP_PKEY_get_base_id(pkey);
    std::vector<v8::Local<v8::Value>> out;
    auto bn = [&](const char* name, int pad) {
      BIGNUM* b = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, name, &b) != 1) return false;
      int n = BN_num_bytes(b);
      int len = pad > n ? pad : n;
      std::string bytes(static_cast<size_t>(len), '\0');
      BN_bn2binpad(b, reinterpret_cast<unsigned char*>(bytes.data()), len);
      BN_clear_free(b);
      out.push_back(TakeArrayBuffer(isolate, std::move(bytes)));
      return true;
    };
    bool ok = true;
    if (base == EVP_PKEY_RSA) {
      ok = bn(OSSL_PKEY_PARAM_RSA_N, 0) && bn(OSSL_PKEY_PARAM_RSA_E, 0);
      if (ok && self->private_) {
        ok = bn(OSSL_PKEY_PARAM_RSA_D, 0) && bn(OSSL_PKEY_PARAM_RSA_FACTOR1, 0) &&
             bn(OSSL_PKEY_PARAM_RSA_FACTOR2, 0) && bn(OSSL_PKEY_PARAM_RSA_EXPONENT1, 0) &&
             bn(OSSL_PKEY_PARAM_RSA_EXPONENT2, 0) && bn(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, 0);
      }
    } else if (base == EVP_PKEY_EC) {
      int size = (EVP_PKEY_get_bits(pkey) + 7) / 8;
      ok = bn(OSSL_PKEY_PARAM_EC_PUB_X, size) && bn(OSSL_PKEY_PARAM_EC_PUB_Y, size);
      if (ok && self->private_) ok = bn(OSSL_PKEY_PARAM_PRIV_KEY, size);
    } else if (base == EVP_PKEY_ED25519 || base == EVP_PKEY_ED448 || base == EVP_PKEY_X25519 ||
               base == EVP_PKEY_X448) {
      unsigned char buf[64];
      size_t len = sizeof(buf);
      ok = EVP_PKEY_get_raw_public_key(pkey, buf, &len) == 1;
      if (ok) out.push_back(CopyToArrayBuffer(isolate, buf, len));
      len = sizeof(buf);
      if (ok && self->private_) {
        ok = EVP_PKEY_get_raw_private_key(pkey, buf, &len) == 1;
        if (ok) out.push_back(CopyToArrayBuffer(isolate, buf, len));
        OPENSSL_cleanse(buf, sizeof(buf));
      }
    } else {
      return;
    }
    ERR_clear_error();
    if (!ok) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to export the key");
    }
    args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
  }

  // rawPublic() → the encoded public key: an EC point (uncompressed) or an OKP key's bytes.
  static void RawPublic(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    PKey* self = Unwrap<PKey>(args.This());
    if (self == nullptr || self->pkey_ == nullptr) return ThrowTypeError(isolate, "tide: bad key");
    unsigned char* out = nullptr;
    size_t len = 0;
    int base = EVP_PKEY_get_base_id(self->pkey_);
    if (base == EVP_PKEY_EC) {
      len = EVP_PKEY_get1_encoded_public_key(self->pkey_, &out);
    } else if (EVP_PKEY_get_raw_public_key(self->pkey_, nullptr, &len) == 1) {
      out = static_cast<unsigned char*>(OPENSSL_malloc(len));
      if (out == nullptr || EVP_PKEY_get_raw_public_key(self->pkey_, out, &len) != 1) len = 0;
    }
    ERR_clear_error();
    if (len == 0 || out == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to export the key");
    }
    args.GetReturnValue().Set(CopyToArrayBuffer(isolate, out, len));
    OPENSSL_free(out);
  }

  // fromParts(kind, isPrivate, name, parts[]) → bool. kind 'rsa': parts as jwk() returns them;
  // 'ec': name is the OpenSSL curve name, parts [encodedPoint, d?]; 'okp': name ED25519 | …,
  // parts [x] (public) or [d] (private). false when OpenSSL refuses the numbers.
  static void FromParts(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    PKey* self = Unwrap<PKey>(args.This());
    if (self == nullptr || !args[3]->IsArray()) return ThrowTypeError(isolate, "tide: fromParts");
    std::string kind = ToStdString(isolate, args[0]);
    bool priv = args[1]->IsTrue();
    std::string name = ToStdString(isolate, args[2]);
    v8::Local<v8::Array> arr = args[3].As<v8::Array>();
    std::vector<std::string> parts;
    for (uint32_t i = 0; i < arr->Length(); ++i) {
      v8::Local<v8::Value> v;
      if (!arr->Get(context, i).ToLocal(&v)) return;
      parts.push_back(ByteView(isolate, v).str());
    }
    ERR_clear_error();
    EVP_PKEY* pkey = nullptr;
    if (kind == "okp") {
      int id = name == "ED25519"  ? EVP_PKEY_ED25519
               : name == "ED448"  ? EVP_PKEY_ED448
               : name == "X25519" ? EVP_PKEY_X25519
                                  : EVP_PKEY_X448;
      const auto* bytes = reinterpret_cast<const unsigned char*>(parts[0].data());
      pkey = priv ? EVP_PKEY_new_raw_private_key(id, nullptr, bytes, parts[0].size())
                  : EVP_PKEY_new_raw_public_key(id, nullptr, bytes, parts[0].size());
    } else {
      OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
      std::vector<BIGNUM*> bns;
      auto push_bn = [&](const char* key, const std::string& bytes) {
        BIGNUM* b = BnOf(bytes);
        bns.push_back(b);
        return b != nullptr && OSSL_PARAM_BLD_push_BN(bld, key, b) == 1;
      };
      bool ok = bld != nullptr;
      if (kind == "rsa") {
        static const char* const kNames[] = {
            OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
            OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
            OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
            OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
        for (size_t i = 0; ok && i < parts.size() && i < 8; ++i) ok = push_bn(kNames[i], parts[i]);
      } else {
        ok = ok &&
             OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, name.c_str(), 0) ==
                 1 &&
             OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, parts[0].data(),
                                              parts[0].size()) == 1;
        if (ok && priv && parts.size() > 1) ok = push_bn(OSSL_PKEY_PARAM_PRIV_KEY, parts[1]);
      }
      OSSL_PARAM* params = ok ? OSSL_PARAM_BLD_to_param(bld) : nullptr;
      EVP_PKEY_CTX* ctx =
          params ? EVP_PKEY_CTX_new_from_name(nullptr, kind == "rsa" ? "RSA" : "EC", nullptr)
                 : nullptr;
      if (ctx == nullptr || EVP_PKEY_fromdata_init(ctx) != 1 ||
          EVP_PKEY_fromdata(ctx, &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) !=
              1) {
        pkey = nullptr;
      }
      EVP_PKEY_CTX_free(ctx);
      OSSL_PARAM_free(params);
      OSSL_PARAM_BLD_free(bld);
      for (BIGNUM* b : bns) BN_clear_free(b);
      if (pkey != nullptr && kind == "ec") {
        // The point must be on the curve (Node does not check it against the private scalar).
        EVP_PKEY_CTX* check = EVP_PKEY_CTX_new(pkey, nullptr);
        bool valid = check != nullptr && EVP_PKEY_public_check(check) == 1;
        EVP_PKEY_CTX_free(check);
        if (!valid) {
          EVP_PKEY_free(pkey);
          pkey = nullptr;
        }
      }
    }
    ERR_clear_error();
    if (pkey == nullptr) return args.GetReturnValue().Set(false);
    self->Set(pkey, priv);
    args.GetReturnValue().Set(true);
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

// Node's signing options, resolved on the JS thread so the work itself needs no V8.
struct SignParams {
  const EVP_MD* md = nullptr;  // nullptr: the key's default (Ed25519/Ed448, or OpenSSL's)
  int padding = -1;
  int salt_len = INT32_MIN;
  bool p1363 = false;
};

// Reads (digest | null, padding | -1, saltLength | undefined, p1363); throws
// ERR_CRYPTO_INVALID_DIGEST and returns false for an unknown digest.
bool ReadSignParams(v8::Isolate* isolate, v8::Local<v8::Value> digest, v8::Local<v8::Value> padding,
                    v8::Local<v8::Value> salt, v8::Local<v8::Value> p1363, SignParams* out) {
  if (digest->IsString()) {
    std::string name = ToStdString(isolate, digest);
    out->md = GetDigest(name);
    if (out->md == nullptr) {
      ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                         "Invalid digest: " + name);
      return false;
    }
  }
  out->padding = padding->IsInt32() ? padding.As<v8::Int32>()->Value() : -1;
  out->salt_len = salt->IsInt32() ? salt.As<v8::Int32>()->Value() : INT32_MIN;
  out->p1363 = p1363->IsTrue();
  return true;
}

// An EVP_MD_CTX set up for signing/verifying with Node's options; nullptr with OpenSSL's error
// queued on failure.
EVP_MD_CTX* SignContext(EVP_PKEY* pkey, const SignParams& p, bool sign) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX* pctx = nullptr;
  bool ok = ctx != nullptr && (sign ? EVP_DigestSignInit(ctx, &pctx, p.md, nullptr, pkey)
                                    : EVP_DigestVerifyInit(ctx, &pctx, p.md, nullptr, pkey)) == 1;
  int id = EVP_PKEY_get_base_id(pkey);
  if (ok && (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS)) {
    if (p.padding >= 0) ok = EVP_PKEY_CTX_set_rsa_padding(pctx, p.padding) == 1;
    if (ok && p.salt_len != INT32_MIN) ok = EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, p.salt_len) == 1;
  }
  if (!ok) {
    EVP_MD_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

// Signs `data`; false with OpenSSL's error queued on failure. Thread-safe (pool jobs use it).
bool DoSign(EVP_PKEY* pkey, const SignParams& p, const uint8_t* data, size_t len,
            std::string* sig) {
  EVP_MD_CTX* ctx = SignContext(pkey, p, true);
  if (ctx == nullptr) return false;
  size_t sig_len = 0;
  bool ok = EVP_DigestSign(ctx, nullptr, &sig_len, data, len) == 1;
  if (ok) {
    sig->resize(sig_len);
    ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig->data()), &sig_len, data, len) ==
         1;
    sig->resize(sig_len);
  }
  EVP_MD_CTX_free(ctx);
  if (ok && p.p1363 && IsDsaLike(pkey)) {
    std::string p1363;
    ok = DerToP1363(*sig, OrderBytes(pkey), &p1363);
    *sig = std::move(p1363);
  }
  return ok;
}

// 1 valid, 0 invalid, -1 OpenSSL failure (queued).
int DoVerify(EVP_PKEY* pkey, const SignParams& p, const uint8_t* data, size_t len,
             const uint8_t* sig, size_t sig_len) {
  std::string der;
  if (p.p1363 && IsDsaLike(pkey)) {
    if (!P1363ToDer(sig, sig_len, OrderBytes(pkey), &der)) return 0;
    sig = reinterpret_cast<const uint8_t*>(der.data());
    sig_len = der.size();
  }
  EVP_MD_CTX* ctx = SignContext(pkey, p, false);
  if (ctx == nullptr) return -1;
  int r = EVP_DigestVerify(ctx, sig, sig_len, data, len);
  EVP_MD_CTX_free(ctx);
  return r == 1 ? 1 : 0;
}

// A reference to a key for a pool job.
std::shared_ptr<EVP_PKEY> ShareKey(EVP_PKEY* pkey) {
  EVP_PKEY_up_ref(pkey);
  return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

// sign(key, digest | null, data, padding | -1, saltLength | undefined, p1363[, callback])
// → ArrayBuffer; with a callback the signature is made on libuv's pool.
void Sign(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* key = BaseObject::Unwrap<PKey>(args[0]);
  ByteView data(isolate, args[2]);
  if (key == nullptr || key->pkey() == nullptr || !data.ok()) {
    return ThrowTypeError(isolate, "tide: bad sign");
  }
  SignParams p;
  if (!ReadSignParams(isolate, args[1], args[3], args[4], args[5], &p)) return;
  ERR_clear_error();
  if (args[6]->IsFunction()) {
    std::shared_ptr<EVP_PKEY> pkey = ShareKey(key->pkey());
    std::string bytes = data.str();
    CryptoJob::Run(
        args, args[6],
        [pkey, p, bytes](std::string* out) {
          return DoSign(pkey.get(), p, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                        out);
        },
        "Sign failed");
    return;
  }
  std::string sig;
  if (!DoSign(key->pkey(), p, data.data(), data.size(), &sig)) {
    return ThrowOpenSSLError(isolate, "Sign failed");
  }
  args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(sig)));
}

// verify(key, digest | null, data, signature, padding | -1, saltLength | undefined, p1363
// [, callback]) → bool; with a callback, callback(err, ArrayBuffer [0 | 1]) from the pool.
void Verify(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  PKey* key = BaseObject::Unwrap<PKey>(args[0]);
  ByteView data(isolate, args[2]);
  ByteView signature(isolate, args[3]);
  if (key == nullptr || key->pkey() == nullptr || !data.ok() || !signature.ok()) {
    return ThrowTypeError(isolate, "tide: bad verify");
  }
  SignParams p;
  if (!ReadSignParams(isolate, args[1], args[4], args[5], args[6], &p)) return;
  ERR_clear_error();
  if (args[7]->IsFunction()) {
    std::shared_ptr<EVP_PKEY> pkey = ShareKey(key->pkey());
    std::string bytes = data.str();
    std::string sig = signature.str();
    CryptoJob::Run(
        args, args[7],
        [pkey, p, bytes, sig](std::string* out) {
          int r = DoVerify(pkey.get(), p, reinterpret_cast<const uint8_t*>(bytes.data()),
                           bytes.size(), reinterpret_cast<const uint8_t*>(sig.data()), sig.size());
          if (r < 0) return false;
          out->assign(1, static_cast<char>(r));
          return true;
        },
        "Verify failed");
    return;
  }
  int r = DoVerify(key->pkey(), p, data.data(), data.size(), signature.data(), signature.size());
  if (r < 0) return ThrowOpenSSLError(isolate, "Verify init failed");
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
  bool ok =
      ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 &&
      // Node pads finite-field DH secrets to the prime's size.
      (EVP_PKEY_get_base_id(priv->pkey()) != EVP_PKEY_DH || EVP_PKEY_CTX_set_dh_pad(ctx, 1) == 1) &&
      EVP_PKEY_derive_set_peer(ctx, pub->pkey()) == 1 && EVP_PKEY_derive(ctx, nullptr, &len) == 1;
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
  SetProtoMethod(isolate, t, "jwk", PKey::Jwk);
  SetProtoMethod(isolate, t, "rawPublic", PKey::RawPublic);
  SetProtoMethod(isolate, t, "fromParts", PKey::FromParts);
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
  registry->Add(PKey::Jwk);
  registry->Add(PKey::RawPublic);
  registry->Add(PKey::FromParts);
}

}  // namespace tide::bindings::crypto
