// internalBinding('crypto'): OpenSSL 3 behind node:crypto. This file holds the shared helpers
// (errors, byte views, digest/cipher lookup), the algorithm lists and timingSafeEqual; the areas
// live in hash.cc, cipher.cc, kdf.cc and random.cc.
#include <openssl/ec.h>
#include <openssl/objects.h>

#include <cctype>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

// Node names OpenSSL errors 'ERR_OSSL_<LIB>_<REASON>' for these libraries and
// 'ERR_OSSL_<REASON>' for the rest (e.g. provider routines).
const char* LibraryPrefix(int lib) {
  // clang-format off
  switch (lib) {
#define V(name) case ERR_LIB_##name: return #name "_";
    V(SYS) V(BN) V(RSA) V(DH) V(EVP) V(BUF) V(OBJ) V(PEM) V(DSA) V(X509) V(ASN1) V(CONF)
    V(CRYPTO) V(EC) V(SSL) V(BIO) V(PKCS7) V(X509V3) V(PKCS12) V(RAND) V(DSO) V(ENGINE) V(OCSP)
    V(UI) V(COMP) V(ECDSA) V(ECDH) V(OSSL_STORE) V(FIPS) V(CMS) V(TS) V(HMAC) V(CT) V(ASYNC)
    V(KDF) V(SM2) V(USER)
#undef V
    default: return "";
  }
  // clang-format on
}

void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* key,
               std::string_view value) {
  v8::Isolate* isolate = context->GetIsolate();
  obj->Set(context, OneByteString(isolate, key), Utf8String(isolate, value)).Check();
}

}  // namespace

v8::Local<v8::Value> OpenSSLErrorValue(v8::Isolate* isolate, unsigned long err,
                                       const char* fallback) {
  // Node reports the earliest error on OpenSSL's queue.
  if (err == 0) err = ERR_get_error();
  ERR_clear_error();
  if (err == 0) return v8::Exception::Error(Utf8String(isolate, fallback));
  char buf[256];
  ERR_error_string_n(err, buf, sizeof(buf));
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error = v8::Exception::Error(Utf8String(isolate, buf)).As<v8::Object>();
  const char* lib = ERR_lib_error_string(err);
  const char* reason = ERR_reason_error_string(err);
  if (lib != nullptr) SetString(context, error, "library", lib);
  if (reason != nullptr) {
    SetString(context, error, "reason", reason);
    // Node names libssl's errors ERR_SSL_<REASON>, the others ERR_OSSL_<LIB>_<REASON>.
    std::string code = ERR_GET_LIB(err) == ERR_LIB_SSL
                           ? std::string("ERR_SSL_")
                           : std::string("ERR_OSSL_") + LibraryPrefix(ERR_GET_LIB(err));
    for (const char* p = reason; *p != '\0'; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      code += std::isalnum(c) ? static_cast<char>(std::toupper(c)) : '_';
    }
    SetString(context, error, "code", code);
  }
  return error;
}

void ThrowOpenSSLError(v8::Isolate* isolate, const char* fallback) {
  isolate->ThrowException(OpenSSLErrorValue(isolate, 0, fallback));
}

ByteView::ByteView(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    size_ = view->ByteLength();
    if (size_ == 0) {
      data_ = reinterpret_cast<const uint8_t*>("");
    } else if (view->HasBuffer()) {
      data_ = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    } else {
      storage_.resize(size_);
      view->CopyContents(storage_.data(), size_);
      data_ = reinterpret_cast<const uint8_t*>(storage_.data());
    }
    ok_ = true;
  } else if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> ab = value.As<v8::ArrayBuffer>();
    size_ = ab->ByteLength();
    data_ = size_ == 0 ? reinterpret_cast<const uint8_t*>("") : static_cast<uint8_t*>(ab->Data());
    ok_ = true;
  } else if (value->IsString()) {
    v8::Local<v8::String> s = value.As<v8::String>();
    if (s->IsOneByte() && s->ContainsOnlyOneByte() && s->Length() == s->Utf8Length(isolate)) {
      storage_.resize(s->Length());
      s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(storage_.data()), 0, s->Length(),
                      v8::String::NO_NULL_TERMINATION);
    } else {
      storage_.resize(s->Utf8Length(isolate));
      s->WriteUtf8(isolate, storage_.data(), static_cast<int>(storage_.size()), nullptr,
                   v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    }
    data_ = reinterpret_cast<const uint8_t*>(storage_.data());
    size_ = storage_.size();
    ok_ = true;
  }
}

v8::Local<v8::ArrayBuffer> CopyToArrayBuffer(v8::Isolate* isolate, const void* data, size_t len) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, len);
  if (len > 0) std::memcpy(ab->Data(), data, len);
  return ab;
}

v8::Local<v8::ArrayBuffer> TakeArrayBuffer(v8::Isolate* isolate, std::string&& bytes) {
  if (bytes.size() <= 4096) return CopyToArrayBuffer(isolate, bytes.data(), bytes.size());
  auto* owned = new std::string(std::move(bytes));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      owned->data(), owned->size(),
      [](void*, size_t, void* holder) { delete static_cast<std::string*>(holder); }, owned);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

namespace {
std::mutex lookup_mutex;
// Fetched algorithms, kept for the whole process (threads share them). The maps are never
// destroyed, so at exit they still point at what they hold: a static map's destructor would run
// before the leak checker and leave the fetched objects unreachable.
auto& digest_cache = *new std::unordered_map<std::string, const EVP_MD*>;
auto& cipher_cache = *new std::unordered_map<std::string, const EVP_CIPHER*>;
}  // namespace

const EVP_MD* GetDigest(const std::string& name) {
  std::lock_guard<std::mutex> lock(lookup_mutex);
  auto it = digest_cache.find(name);
  if (it != digest_cache.end()) return it->second;
  const EVP_MD* md = nullptr;
  // Legacy aliases (RSA-SHA256, ssl3-md5, …) resolve by name first; the result is then fetched
  // from the provider so the cached object is an explicit (fast) one.
  const EVP_MD* legacy = EVP_get_digestbyname(name.c_str());
  EVP_MD* fetched =
      EVP_MD_fetch(nullptr, legacy ? EVP_MD_get0_name(legacy) : name.c_str(), nullptr);
  if (fetched == nullptr && legacy != nullptr)
    fetched = EVP_MD_fetch(nullptr, name.c_str(), nullptr);
  ERR_clear_error();
  md = fetched;
  digest_cache.emplace(name, md);
  return md;
}

const EVP_CIPHER* GetCipher(const std::string& name) {
  std::lock_guard<std::mutex> lock(lookup_mutex);
  auto it = cipher_cache.find(name);
  if (it != cipher_cache.end()) return it->second;
  const EVP_CIPHER* legacy = EVP_get_cipherbyname(name.c_str());
  EVP_CIPHER* fetched =
      EVP_CIPHER_fetch(nullptr, legacy ? EVP_CIPHER_get0_name(legacy) : name.c_str(), nullptr);
  ERR_clear_error();
  cipher_cache.emplace(name, fetched);
  return fetched;
}

namespace {

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& names) {
  std::vector<v8::Local<v8::Value>> values;
  values.reserve(names.size());
  for (const std::string& n : names) values.push_back(Utf8String(isolate, n));
  return v8::Array::New(isolate, values.data(), values.size());
}

// getHashes() / getCiphers(): the names OpenSSL knows that can actually be fetched.
void GetHashes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD* md, const char* from, const char* to, void* arg) {
        if (from == nullptr) return;
        const EVP_MD* target = md != nullptr ? md : EVP_get_digestbyname(from);
        if (target == nullptr) return;
        EVP_MD* fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(target), nullptr);
        if (fetched == nullptr) return ERR_clear_error();
        EVP_MD_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  args.GetReturnValue().Set(ToArray(args.GetIsolate(), names));
}

void GetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::vector<std::string> names;
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER* c, const char* from, const char* to, void* arg) {
        if (from == nullptr) return;
        const EVP_CIPHER* target = c != nullptr ? c : EVP_get_cipherbyname(from);
        if (target == nullptr) return;
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, EVP_CIPHER_get0_name(target), nullptr);
        if (fetched == nullptr) return ERR_clear_error();
        EVP_CIPHER_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  args.GetReturnValue().Set(ToArray(args.GetIsolate(), names));
}

void GetCurves(const v8::FunctionCallbackInfo<v8::Value>& args) {
  size_t count = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(count);
  EC_get_builtin_curves(curves.data(), count);
  std::vector<std::string> names;
  for (const EC_builtin_curve& c : curves) {
    const char* sn = OBJ_nid2sn(c.nid);
    if (sn != nullptr) names.push_back(sn);
  }
  args.GetReturnValue().Set(ToArray(args.GetIsolate(), names));
}

// timingSafeEqual(a, b): lib/ has checked both are views of equal length.
void TimingSafeEqual(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ByteView a(isolate, args[0]);
  ByteView b(isolate, args[1]);
  if (!a.ok() || !b.ok() || a.size() != b.size()) {
    return ThrowTypeError(isolate, "tide: timingSafeEqual(view, view) of equal lengths");
  }
  args.GetReturnValue().Set(CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

// digestSize(name) → bytes, or -1 for an unknown digest (lib/ validates hkdf/pbkdf2 digests).
void DigestSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  const EVP_MD* md = GetDigest(ToStdString(args.GetIsolate(), args[0]));
  args.GetReturnValue().Set(md == nullptr ? -1 : EVP_MD_get_size(md));
}

const MethodEntry kMethods[] = {
    {"getHashes", GetHashes},   {"getCiphers", GetCiphers},
    {"getCurves", GetCurves},   {"timingSafeEqual", TimingSafeEqual},
    {"digestSize", DigestSize},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
  SetConstant(env->context(), target, "opensslVersionNumber",
              static_cast<double>(OPENSSL_VERSION_NUMBER));
  InitHash(env, target);
  InitCipher(env, target);
  InitKdf(env, target);
  InitKeys(env, target);
  InitRandom(env, target);
  InitX509(env, target);
  InitEcdh(env, target);
  InitDh(env, target);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  RegisterHash(registry);
  RegisterCipher(registry);
  RegisterKdf(registry);
  RegisterKeys(registry);
  RegisterRandom(registry);
  RegisterX509(registry);
  RegisterEcdh(registry);
  RegisterDh(registry);
}

}  // namespace tide::bindings::crypto
