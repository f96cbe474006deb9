// pbkdf2, scrypt and hkdf: synchronous without a callback, else on libuv's pool (CryptoJob).
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include <cstring>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

std::string Bytes(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  ByteView view(isolate, value);
  return view.str();
}

size_t SizeArg(v8::Local<v8::Value> v) {
  return v->IsNumber() ? static_cast<size_t>(v.As<v8::Number>()->Value()) : 0;
}

// PBKDF2-HMAC for the SHA-1/SHA-2 family on OpenSSL's low-level hash contexts: the HMAC pads
// are hashed once and each iteration copies two plain structs. OpenSSL 3's own PBKDF2 duplicates
// provider contexts every iteration and runs 2-3x slower. The result is the same function
// (RFC 8018); other digests use PKCS5_PBKDF2_HMAC.
template <typename Ctx, int (*Init)(Ctx*), int (*Update)(Ctx*, const void*, size_t),
          int (*Final)(unsigned char*, Ctx*), size_t kBlock, size_t kLen>
void FastPbkdf2(const std::string& password, const std::string& salt, int iterations,
                unsigned char* out, size_t keylen) {
  unsigned char key[kBlock] = {};
  if (password.size() > kBlock) {
    Ctx c;
    Init(&c);
    Update(&c, password.data(), password.size());
    Final(key, &c);
  } else {
    std::memcpy(key, password.data(), password.size());
  }
  unsigned char pad[kBlock];
  Ctx inner, outer;
  for (size_t i = 0; i < kBlock; ++i) pad[i] = key[i] ^ 0x36;
  Init(&inner);
  Update(&inner, pad, kBlock);
  for (size_t i = 0; i < kBlock; ++i) pad[i] = key[i] ^ 0x5c;
  Init(&outer);
  Update(&outer, pad, kBlock);
  unsigned char u[kLen];
  unsigned char t[kLen];
  for (uint32_t block = 1; keylen > 0; ++block) {
    unsigned char be[4] = {
        static_cast<unsigned char>(block >> 24), static_cast<unsigned char>(block >> 16),
        static_cast<unsigned char>(block >> 8), static_cast<unsigned char>(block)};
    Ctx c = inner;
    Update(&c, salt.data(), salt.size());
    Update(&c, be, 4);
    Final(u, &c);
    c = outer;
    Update(&c, u, kLen);
    Final(u, &c);
    std::memcpy(t, u, kLen);
    for (int it = 1; it < iterations; ++it) {
      c = inner;
      Update(&c, u, kLen);
      Final(u, &c);
      c = outer;
      Update(&c, u, kLen);
      Final(u, &c);
      for (size_t j = 0; j < kLen; ++j) t[j] ^= u[j];
    }
    size_t n = keylen < kLen ? keylen : kLen;
    std::memcpy(out, t, n);
    out += n;
    keylen -= n;
  }
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(pad, sizeof(pad));
}

int Sha1Update(SHA_CTX* c, const void* d, size_t n) { return SHA1_Update(c, d, n); }
int Sha224Update(SHA256_CTX* c, const void* d, size_t n) { return SHA224_Update(c, d, n); }
int Sha256Update(SHA256_CTX* c, const void* d, size_t n) { return SHA256_Update(c, d, n); }
int Sha384Update(SHA512_CTX* c, const void* d, size_t n) { return SHA384_Update(c, d, n); }
int Sha512Update(SHA512_CTX* c, const void* d, size_t n) { return SHA512_Update(c, d, n); }

bool Pbkdf2(const std::string& password, const std::string& salt, int iterations, const EVP_MD* md,
            unsigned char* out, size_t keylen) {
  switch (EVP_MD_get_type(md)) {
    case NID_sha1:
      FastPbkdf2<SHA_CTX, SHA1_Init, Sha1Update, SHA1_Final, 64, 20>(password, salt, iterations,
                                                                     out, keylen);
      return true;
    case NID_sha224:
      FastPbkdf2<SHA256_CTX, SHA224_Init, Sha224Update, SHA224_Final, 64, 28>(
          password, salt, iterations, out, keylen);
      return true;
    case NID_sha256:
      FastPbkdf2<SHA256_CTX, SHA256_Init, Sha256Update, SHA256_Final, 64, 32>(
          password, salt, iterations, out, keylen);
      return true;
    case NID_sha384:
      FastPbkdf2<SHA512_CTX, SHA384_Init, Sha384Update, SHA384_Final, 128, 48>(
          password, salt, iterations, out, keylen);
      return true;
    case NID_sha512:
      FastPbkdf2<SHA512_CTX, SHA512_Init, Sha512Update, SHA512_Final, 128, 64>(
          password, salt, iterations, out, keylen);
      return true;
    default:
      return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                               reinterpret_cast<const unsigned char*>(salt.data()),
                               static_cast<int>(salt.size()), iterations, md,
                               static_cast<int>(keylen), out) == 1;
  }
}

// pbkdf2(password, salt, iterations, keylen, digest, callback?) — lib/ has validated all.
void Pbkdf2(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string password = Bytes(isolate, args[0]);
  std::string salt = Bytes(isolate, args[1]);
  int iterations = static_cast<int>(SizeArg(args[2]));
  size_t keylen = SizeArg(args[3]);
  const EVP_MD* md = GetDigest(ToStdString(isolate, args[4]));
  if (md == nullptr) return ThrowTypeError(isolate, "tide: pbkdf2 with an unknown digest");
  CryptoJob::Run(
      args, args[5],
      [=](std::string* out) {
        out->resize(keylen);
        if (keylen == 0) return true;
        return Pbkdf2(password, salt, iterations, md, reinterpret_cast<unsigned char*>(out->data()),
                      keylen);
      },
      "PBKDF2 failed");
}

// scryptCheck(N, r, p, maxmem): throws Node's ERR_CRYPTO_INVALID_SCRYPT_PARAMS (with OpenSSL's
// reason when it gives one) unless OpenSSL accepts the parameters.
void ScryptCheck(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uint64_t n = static_cast<uint64_t>(args[0].As<v8::Number>()->Value());
  uint64_t r = static_cast<uint64_t>(args[1].As<v8::Number>()->Value());
  uint64_t p = static_cast<uint64_t>(args[2].As<v8::Number>()->Value());
  uint64_t maxmem = static_cast<uint64_t>(args[3].As<v8::Number>()->Value());
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, maxmem, nullptr, 0) == 1) return;
  unsigned long err = ERR_peek_last_error();
  ERR_clear_error();
  std::string message = "Invalid scrypt params";
  if (err != 0) {
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    message += ": ";
    message += buf;
  }
  ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
                     message);
}

// scrypt(password, salt, N, r, p, maxmem, keylen, callback?)
void Scrypt(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string password = Bytes(isolate, args[0]);
  std::string salt = Bytes(isolate, args[1]);
  uint64_t n = static_cast<uint64_t>(args[2].As<v8::Number>()->Value());
  uint64_t r = static_cast<uint64_t>(args[3].As<v8::Number>()->Value());
  uint64_t p = static_cast<uint64_t>(args[4].As<v8::Number>()->Value());
  uint64_t maxmem = static_cast<uint64_t>(args[5].As<v8::Number>()->Value());
  size_t keylen = SizeArg(args[6]);
  CryptoJob::Run(
      args, args[7],
      [=](std::string* out) {
        out->resize(keylen);
        if (keylen == 0) return true;
        return EVP_PBE_scrypt(password.data(), password.size(),
                              reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), n,
                              r, p, maxmem, reinterpret_cast<unsigned char*>(out->data()),
                              keylen) == 1;
      },
      "Scrypt failed");
}

// hkdf(digest, key, salt, info, keylen, callback?)
void Hkdf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = GetDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return ThrowTypeError(isolate, "tide: hkdf with an unknown digest");
  std::string key = Bytes(isolate, args[1]);
  std::string salt = Bytes(isolate, args[2]);
  std::string info = Bytes(isolate, args[3]);
  size_t keylen = SizeArg(args[4]);
  CryptoJob::Run(
      args, args[5],
      [=](std::string* out) mutable {
        out->resize(keylen);
        if (keylen == 0) return true;
        EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
        EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
        EVP_KDF_free(kdf);
        if (ctx == nullptr) return false;
        // OpenSSL's HKDF refuses an empty input key, which Node allows: then do the extract
        // step here (PRK = HMAC(salt, "")) and let OpenSSL expand only.
        int mode = EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND;
        unsigned char prk[EVP_MAX_MD_SIZE];
        unsigned int prk_len = 0;
        if (key.empty()) {
          static const unsigned char kZeros[EVP_MAX_MD_SIZE] = {};
          const void* hmac_key = salt.empty() ? static_cast<const void*>(kZeros) : salt.data();
          int hmac_key_len = salt.empty() ? EVP_MD_get_size(md) : static_cast<int>(salt.size());
          if (HMAC(md, hmac_key, hmac_key_len, reinterpret_cast<const unsigned char*>(""), 0, prk,
                   &prk_len) == nullptr) {
            EVP_KDF_CTX_free(ctx);
            return false;
          }
          key.assign(reinterpret_cast<char*>(prk), prk_len);
          mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
        }
        OSSL_PARAM params[6];
        int i = 0;
        params[i++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                                       const_cast<char*>(EVP_MD_get0_name(md)), 0);
        params[i++] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
        params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key.data(), key.size());
        if (!salt.empty() && mode != EVP_KDF_HKDF_MODE_EXPAND_ONLY) {
          params[i++] =
              OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), salt.size());
        }
        params[i++] =
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size());
        params[i] = OSSL_PARAM_construct_end();
        bool ok =
            EVP_KDF_derive(ctx, reinterpret_cast<unsigned char*>(out->data()), keylen, params) == 1;
        EVP_KDF_CTX_free(ctx);
        return ok;
      },
      "HKDF failed");
}

const MethodEntry kMethods[] = {
    {"pbkdf2", Pbkdf2}, {"scrypt", Scrypt}, {"scryptCheck", ScryptCheck}, {"hkdf", Hkdf}};

}  // namespace

void InitKdf(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}
void RegisterKdf(ExternalReferenceRegistry* registry) { registry->AddMethods(kMethods); }

}  // namespace tide::bindings::crypto
