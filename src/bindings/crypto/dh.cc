// Finite-field Diffie-Hellman (crypto.createDiffieHellman / getDiffieHellman: a DH on OpenSSL's
// DH API, as Node's), prime generation and testing (generatePrime / checkPrime, on the pool when
// asked) and SPKAC (crypto.Certificate).
// The legacy DH API is what Node uses for DiffieHellman objects and DH parameters.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

std::string BnBytes(const BIGNUM* bn, int pad_to = 0) {
  int n = BN_num_bytes(bn);
  int len = pad_to > n ? pad_to : n;
  std::string out(static_cast<size_t>(len), '\0');
  if (len > 0) BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), len);
  return out;
}

BIGNUM* BnFrom(const ByteView& view) {
  return BN_bin2bn(view.data(), static_cast<int>(view.size()), nullptr);
}

void ThrowDhError(v8::Isolate* isolate, int reason, const char* fallback) {
  ERR_clear_error();
  ERR_raise(ERR_LIB_DH, reason);
  ThrowOpenSSLError(isolate, fallback);
}

// The RFC 2409 / RFC 3526 MODP groups by Node's names (generator 2).
BIGNUM* GroupPrime(const std::string& name) {
  if (name == "modp1") return BN_get_rfc2409_prime_768(nullptr);
  if (name == "modp2") return BN_get_rfc2409_prime_1024(nullptr);
  if (name == "modp5") return BN_get_rfc3526_prime_1536(nullptr);
  if (name == "modp14") return BN_get_rfc3526_prime_2048(nullptr);
  if (name == "modp15") return BN_get_rfc3526_prime_3072(nullptr);
  if (name == "modp16") return BN_get_rfc3526_prime_4096(nullptr);
  if (name == "modp17") return BN_get_rfc3526_prime_6144(nullptr);
  if (name == "modp18") return BN_get_rfc3526_prime_8192(nullptr);
  return nullptr;
}

class DiffieHellman final : public BaseObject {
 public:
  DiffieHellman(Environment* env, v8::Local<v8::Object> obj, DH* dh)
      : BaseObject(env, obj), dh_(dh) {
    MakeWeak();
  }
  ~DiffieHellman() override { DH_free(dh_); }

  // new DiffieHellman(primeLength | prime bytes, generator int | bytes), or
  // new DiffieHellman(groupName) — lib/ validated the types.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::From(args);
    ERR_clear_error();
    if (args[0]->IsString()) {
      BIGNUM* p = GroupPrime(ToStdString(isolate, args[0]));
      if (p == nullptr) {
        return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_DH_GROUP",
                                  "Unknown DH group");
      }
      BIGNUM* g = BN_new();
      BN_set_word(g, 2);
      DH* dh = DH_new();
      DH_set0_pqg(dh, p, nullptr, g);
      new DiffieHellman(env, args.This(), dh);
      return;
    }
    if (args[0]->IsInt32()) {
      int bits = args[0].As<v8::Int32>()->Value();
      if (bits < 2) return ThrowDhError(isolate, DH_R_MODULUS_TOO_SMALL, "Invalid prime length");
      int generator = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : 0;
      if (generator < 2) return ThrowDhError(isolate, DH_R_BAD_GENERATOR, "Invalid generator");
      DH* dh = DH_new();
      if (DH_generate_parameters_ex(dh, bits, generator, nullptr) != 1) {
        DH_free(dh);
        return ThrowOpenSSLError(isolate, "Invalid DH parameters");
      }
      new DiffieHellman(env, args.This(), dh);
      return;
    }
    ByteView prime(isolate, args[0]);
    if (!prime.ok()) return ThrowTypeError(isolate, "tide: bad DiffieHellman prime");
    BIGNUM* p = BnFrom(prime);
    if (p == nullptr || BN_is_zero(p)) {
      BN_free(p);
      ERR_clear_error();
      ERR_raise(ERR_LIB_BN, BN_R_BITS_TOO_SMALL);
      return ThrowOpenSSLError(isolate, "Invalid prime");
    }
    BIGNUM* g = nullptr;
    if (args[1]->IsInt32()) {
      int generator = args[1].As<v8::Int32>()->Value();
      if (generator < 2) {
        BN_free(p);
        return ThrowDhError(isolate, DH_R_BAD_GENERATOR, "Invalid generator");
      }
      g = BN_new();
      BN_set_word(g, static_cast<BN_ULONG>(generator));
    } else {
      ByteView gen(isolate, args[1]);
      g = BnFrom(gen);
      if (g == nullptr || BN_is_zero(g) || BN_is_one(g)) {
        BN_free(p);
        BN_free(g);
        return ThrowDhError(isolate, DH_R_BAD_GENERATOR, "Invalid generator");
      }
    }
    if (BN_num_bits(p) >= 512 && BN_cmp(g, p) >= 0) {
      BN_free(p);
      BN_free(g);
      return ThrowDhError(isolate, DH_R_BAD_GENERATOR, "Invalid generator");
    }
    DH* dh = DH_new();
    DH_set0_pqg(dh, p, nullptr, g);
    new DiffieHellman(env, args.This(), dh);
  }

  static void VerifyError(const v8::FunctionCallbackInfo<v8::Value>& args) {
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    if (self == nullptr) return;
    int codes = 0;
    if (DH_check(self->dh_, &codes) != 1) {
      ERR_clear_error();
      return ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Checking DH parameters failed");
    }
    ERR_clear_error();
    args.GetReturnValue().Set(codes);
  }

  static void GenerateKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    if (self == nullptr) return;
    if (DH_generate_key(self->dh_) != 1) {
      if (ERR_peek_error() != 0) return ThrowOpenSSLError(isolate, "Key generation failed");
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Key generation failed");
    }
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, BnBytes(DH_get0_pub_key(self->dh_))));
  }

  // get(which): 0 prime, 1 generator, 2 public key, 3 private key.
  static void Get(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    if (self == nullptr) return;
    int which = args[0].As<v8::Int32>()->Value();
    const BIGNUM* bn = nullptr;
    const char* missing = "";
    switch (which) {
      case 0:
        bn = DH_get0_p(self->dh_);
        missing = "p is null";
        break;
      case 1:
        bn = DH_get0_g(self->dh_);
        missing = "g is null";
        break;
      case 2:
        bn = DH_get0_pub_key(self->dh_);
        missing = "No public key - did you forget to generate one?";
        break;
      default:
        bn = DH_get0_priv_key(self->dh_);
        missing = "No private key - did you forget to generate one?";
        break;
    }
    if (bn == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE", missing);
    }
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, BnBytes(bn)));
  }

  // set(isPrivate, bytes)
  static void Set(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ByteView data(isolate, args[1]);
    if (self == nullptr || !data.ok()) return ThrowTypeError(isolate, "tide: bad DH set");
    BIGNUM* bn = BnFrom(data);
    if (args[0]->IsTrue()) {
      DH_set0_key(self->dh_, nullptr, bn);
    } else {
      DH_set0_key(self->dh_, bn, nullptr);
    }
  }

  static void ComputeSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ByteView data(isolate, args[0]);
    if (self == nullptr || !data.ok()) return ThrowTypeError(isolate, "tide: bad computeSecret");
    if (DH_get0_priv_key(self->dh_) == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE",
                                "No private key - did you forget to generate one?");
    }
    BIGNUM* key = BnFrom(data);
    int codes = 0;
    int ok = DH_check_pub_key(self->dh_, key, &codes);
    ERR_clear_error();
    if (ok != 1 || codes != 0) {
      BN_free(key);
      if (codes & DH_CHECK_PUBKEY_TOO_SMALL) {
        return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                                  "Supplied key is too small");
      }
      if (codes & DH_CHECK_PUBKEY_TOO_LARGE) {
        return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                                  "Supplied key is too large");
      }
      return ThrowErrorWithCode(
          isolate, ErrorKind::kError, "ERR_CRYPTO_INVALID_KEYTYPE",
          ok != 1 ? "Unspecified validation error" : "Supplied key is invalid");
    }
    int size = DH_size(self->dh_);
    std::string out(static_cast<size_t>(size), '\0');
    int n = DH_compute_key(reinterpret_cast<unsigned char*>(out.data()), key, self->dh_);
    BN_free(key);
    if (n < 0) return ThrowOpenSSLError(isolate, "Failed to compute DH secret");
    // Left-pad to the prime's size, as Node does.
    if (n < size) {
      std::memmove(out.data() + (size - n), out.data(), static_cast<size_t>(n));
      std::memset(out.data(), 0, static_cast<size_t>(size - n));
    }
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
  }

 private:
  DH* dh_;
};

// generatePrime(bits, safe, add | undefined, rem | undefined, callback?) → ArrayBuffer.
void GeneratePrime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int bits = args[0].As<v8::Int32>()->Value();
  bool safe = args[1]->IsTrue();
  std::string add;
  std::string rem;
  if (!args[2]->IsUndefined()) add = ByteView(isolate, args[2]).str();
  if (!args[3]->IsUndefined()) rem = ByteView(isolate, args[3]).str();
  auto to_bn = [](const std::string& s) {
    return BN_bin2bn(reinterpret_cast<const unsigned char*>(s.data()), static_cast<int>(s.size()),
                     nullptr);
  };
  if (!args[2]->IsUndefined()) {
    BIGNUM* a = to_bn(add);
    bool bad = BN_num_bits(a) > bits;
    bool bad_rem = false;
    if (!bad && !args[3]->IsUndefined()) {
      BIGNUM* r = to_bn(rem);
      bad_rem = BN_cmp(a, r) <= 0;
      BN_free(r);
    }
    BN_free(a);
    if (bad) {
      return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                                "invalid options.add");
    }
    if (bad_rem) {
      return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                                "invalid options.rem");
    }
  }
  bool has_add = !args[2]->IsUndefined();
  bool has_rem = has_add && !args[3]->IsUndefined();
  CryptoJob::Run(
      args, args[4],
      [bits, safe, add, rem, has_add, has_rem, to_bn](std::string* out) {
        BIGNUM* prime = BN_new();
        BIGNUM* a = has_add ? to_bn(add) : nullptr;
        BIGNUM* r = has_rem ? to_bn(rem) : nullptr;
        BN_CTX* ctx = BN_CTX_new();
        bool ok = prime != nullptr && ctx != nullptr &&
                  BN_generate_prime_ex2(prime, bits, safe ? 1 : 0, a, r, nullptr, ctx) == 1;
        BN_CTX_free(ctx);
        if (ok) *out = BnBytes(prime);
        BN_free(prime);
        BN_free(a);
        BN_free(r);
        return ok;
      },
      "Prime generation failed");
}

// checkPrime(candidate, checks, callback?) → ArrayBuffer of one byte (1 = probably prime).
void CheckPrime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string candidate = ByteView(isolate, args[0]).str();
  int checks = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : 0;
  CryptoJob::Run(
      args, args[2],
      [candidate, checks](std::string* out) {
        BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(candidate.data()),
                               static_cast<int>(candidate.size()), nullptr);
        BN_CTX* ctx = BN_CTX_new();
        int r = bn != nullptr && ctx != nullptr ? BN_is_prime_ex(bn, checks, ctx, nullptr) : -1;
        BN_free(bn);
        BN_CTX_free(ctx);
        if (r < 0) return false;
        out->assign(1, static_cast<char>(r == 1 ? 1 : 0));
        return true;
      },
      "Prime check failed");
}

// SPKAC (Netscape signed public key and challenge), base64 in the bytes given.
NETSCAPE_SPKI* ParseSpkac(const ByteView& data) {
  std::string s = data.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(s.c_str(), static_cast<int>(s.size()));
  ERR_clear_error();
  return spki;
}

void SpkacVerify(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ByteView data(args.GetIsolate(), args[0]);
  NETSCAPE_SPKI* spki = data.ok() ? ParseSpkac(data) : nullptr;
  bool ok = false;
  if (spki != nullptr) {
    EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
    ok = pkey != nullptr && NETSCAPE_SPKI_verify(spki, pkey) > 0;
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  args.GetReturnValue().Set(ok);
}

// spkacPublicKey(bytes) → PEM string, or undefined.
void SpkacPublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ByteView data(isolate, args[0]);
  NETSCAPE_SPKI* spki = data.ok() ? ParseSpkac(data) : nullptr;
  if (spki == nullptr) return;
  EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
  NETSCAPE_SPKI_free(spki);
  if (pkey == nullptr) return ERR_clear_error();
  BIO* bio = BIO_new(BIO_s_mem());
  if (PEM_write_bio_PUBKEY(bio, pkey) == 1) {
    char* p = nullptr;
    long len = BIO_get_mem_data(bio, &p);
    args.GetReturnValue().Set(CopyToArrayBuffer(isolate, p, static_cast<size_t>(len)));
  }
  BIO_free(bio);
  EVP_PKEY_free(pkey);
  ERR_clear_error();
}

// spkacChallenge(bytes) → ArrayBuffer, or undefined.
void SpkacChallenge(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ByteView data(isolate, args[0]);
  NETSCAPE_SPKI* spki = data.ok() ? ParseSpkac(data) : nullptr;
  if (spki == nullptr) return;
  ASN1_IA5STRING* challenge = spki->spkac->challenge;
  unsigned char* utf8 = nullptr;
  int len = ASN1_STRING_to_UTF8(&utf8, challenge);
  if (len >= 0) {
    args.GetReturnValue().Set(CopyToArrayBuffer(isolate, utf8, static_cast<size_t>(len)));
  }
  OPENSSL_free(utf8);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

const MethodEntry kMethods[] = {{"generatePrime", GeneratePrime},
                                {"checkPrime", CheckPrime},
                                {"spkacVerify", SpkacVerify},
                                {"spkacPublicKey", SpkacPublicKey},
                                {"spkacChallenge", SpkacChallenge}};

}  // namespace

void InitDh(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> t =
      NewConstructorTemplate(isolate, DiffieHellman::New, "DiffieHellman");
  SetProtoMethod(isolate, t, "verifyError", DiffieHellman::VerifyError);
  SetProtoMethod(isolate, t, "generateKeys", DiffieHellman::GenerateKeys);
  SetProtoMethod(isolate, t, "get", DiffieHellman::Get);
  SetProtoMethod(isolate, t, "set", DiffieHellman::Set);
  SetProtoMethod(isolate, t, "computeSecret", DiffieHellman::ComputeSecret);
  SetValue(context, target, "DiffieHellman", t->GetFunction(context).ToLocalChecked());
}

void RegisterDh(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(DiffieHellman::New);
  registry->Add(DiffieHellman::VerifyError);
  registry->Add(DiffieHellman::GenerateKeys);
  registry->Add(DiffieHellman::Get);
  registry->Add(DiffieHellman::Set);
  registry->Add(DiffieHellman::ComputeSecret);
}

}  // namespace tide::bindings::crypto
