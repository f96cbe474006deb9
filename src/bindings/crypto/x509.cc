// X509Cert: an X509 certificate (PEM or DER) behind crypto.X509Certificate.
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <vector>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

std::string BioToString(BIO* bio) {
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio, &mem);
  return mem != nullptr ? std::string(mem->data, mem->length) : std::string();
}

// Node's flags for subject/issuer: one "key=value" per line, RFC 2253 escaping, UTF-8.
constexpr unsigned long kNameFlags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |
                                     ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE |
                                     XN_FLAG_FN_SN;

v8::Local<v8::Value> NameString(v8::Isolate* isolate, const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  if (X509_NAME_print_ex(bio, name, 0, kNameFlags) < 0) {
    BIO_free(bio);
    return v8::Undefined(isolate);
  }
  std::string s = BioToString(bio);
  BIO_free(bio);
  return Utf8String(isolate, s);
}

v8::Local<v8::Value> ExtensionString(v8::Isolate* isolate, X509* cert, int nid) {
  int index = X509_get_ext_by_NID(cert, nid, -1);
  if (index < 0) return v8::Undefined(isolate);
  X509_EXTENSION* ext = X509_get_ext(cert, index);
  BIO* bio = BIO_new(BIO_s_mem());
  if (X509V3_EXT_print(bio, ext, 0, 0) != 1) {
    BIO_free(bio);
    ERR_clear_error();
    return v8::Undefined(isolate);
  }
  std::string s = BioToString(bio);
  BIO_free(bio);
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return Utf8String(isolate, s);
}

v8::Local<v8::Value> TimeString(v8::Isolate* isolate, const ASN1_TIME* time) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, time);
  std::string s = BioToString(bio);
  BIO_free(bio);
  return Utf8String(isolate, s);
}

double TimeMs(const ASN1_TIME* time) {
  struct tm tm = {};
  if (ASN1_TIME_to_tm(time, &tm) != 1) return 0;
  return static_cast<double>(timegm(&tm)) * 1000;
}

v8::Local<v8::Value> Fingerprint(v8::Isolate* isolate, X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (X509_digest(cert, md, buf, &len) != 1) return v8::Undefined(isolate);
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    if (i > 0) out += ':';
    out += kHex[buf[i] >> 4];
    out += kHex[buf[i] & 15];
  }
  return OneByteString(isolate, out);
}

class X509Cert final : public BaseObject {
 public:
  X509Cert(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) { MakeWeak(); }
  ~X509Cert() override { X509_free(cert_); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    new X509Cert(Environment::From(args), args.This());
  }

  // parse(bytes): PEM first, then DER; throws OpenSSL's (first) error.
  static void Parse(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    X509Cert* self = Unwrap<X509Cert>(args.This());
    ByteView data(isolate, args[0]);
    if (self == nullptr || !data.ok()) return ThrowTypeError(isolate, "tide: bad X509 parse");
    ERR_clear_error();
    BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    X509* cert = PEM_read_bio_X509_AUX(
        bio, nullptr, [](char*, int, int, void*) { return -1; }, nullptr);
    if (cert == nullptr) {
      const unsigned char* p = data.data();
      cert = d2i_X509(nullptr, &p, static_cast<long>(data.size()));
    }
    BIO_free(bio);
    if (cert == nullptr) return ThrowOpenSSLError(isolate, "Failed to parse certificate");
    ERR_clear_error();
    self->cert_ = cert;
  }

  // info() → [subject, issuer, subjectAltName, infoAccess, validFrom, validTo, fingerprint,
  //           fingerprint256, fingerprint512, serialNumber, ca, validFromMs, validToMs]
  static void Info(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return ThrowTypeError(isolate, "tide: bad X509");
    X509* cert = self->cert_;
    v8::Local<v8::Value> serial = v8::Undefined(isolate);
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (bn != nullptr) {
      char* hex = BN_bn2hex(bn);
      serial = OneByteString(isolate, hex);
      OPENSSL_free(hex);
      BN_free(bn);
    }
    v8::Local<v8::Value> values[] = {
        NameString(isolate, X509_get_subject_name(cert)),
        NameString(isolate, X509_get_issuer_name(cert)),
        ExtensionString(isolate, cert, NID_subject_alt_name),
        ExtensionString(isolate, cert, NID_info_access),
        TimeString(isolate, X509_get0_notBefore(cert)),
        TimeString(isolate, X509_get0_notAfter(cert)),
        Fingerprint(isolate, cert, EVP_sha1()),
        Fingerprint(isolate, cert, EVP_sha256()),
        Fingerprint(isolate, cert, EVP_sha512()),
        serial,
        v8::Boolean::New(isolate, X509_check_ca(cert) == 1),
        v8::Number::New(isolate, TimeMs(X509_get0_notBefore(cert))),
        v8::Number::New(isolate, TimeMs(X509_get0_notAfter(cert))),
    };
    ERR_clear_error();
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 13));
  }

  // keyUsage() → extended key usage OIDs, or undefined (Node's `keyUsage`).
  static void KeyUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    auto* eku = static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(self->cert_, NID_ext_key_usage, nullptr, nullptr));
    if (eku == nullptr) return;
    std::vector<v8::Local<v8::Value>> oids;
    char buf[256];
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
      if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) >= 0) {
        oids.push_back(OneByteString(isolate, buf));
      }
    }
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    args.GetReturnValue().Set(v8::Array::New(isolate, oids.data(), oids.size()));
  }

  // raw() → ArrayBuffer (DER); pem() → string.
  static void Raw(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    unsigned char* der = nullptr;
    int len = i2d_X509(self->cert_, &der);
    if (len < 0) return ThrowOpenSSLError(args.GetIsolate(), "Failed to encode certificate");
    args.GetReturnValue().Set(CopyToArrayBuffer(args.GetIsolate(), der, len));
    OPENSSL_free(der);
  }

  static void Pem(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, self->cert_);
    args.GetReturnValue().Set(Utf8String(args.GetIsolate(), BioToString(bio)));
    BIO_free(bio);
  }

  // publicKey(pkeyHandle): fills the handle with the certificate's public key.
  static void PublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    EVP_PKEY* pkey = X509_get_pubkey(self->cert_);
    if (pkey == nullptr) return ThrowOpenSSLError(args.GetIsolate(), "Failed to get public key");
    if (!SetPKey(args[0], pkey, false)) EVP_PKEY_free(pkey);
  }

  // checkHost(name, flags) / checkEmail(email, flags) → the matched name or undefined.
  static void CheckHost(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    std::string name = ToStdString(args.GetIsolate(), args[0]);
    unsigned int flags = args[1]->IsUint32() ? args[1].As<v8::Uint32>()->Value() : 0;
    char* peer = nullptr;
    int r = X509_check_host(self->cert_, name.data(), name.size(), flags, &peer);
    if (r == 1) {
      args.GetReturnValue().Set(Utf8String(args.GetIsolate(), peer != nullptr ? peer : name));
    }
    OPENSSL_free(peer);
    ERR_clear_error();
  }

  static void CheckEmail(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    std::string email = ToStdString(args.GetIsolate(), args[0]);
    unsigned int flags = args[1]->IsUint32() ? args[1].As<v8::Uint32>()->Value() : 0;
    if (X509_check_email(self->cert_, email.data(), email.size(), flags) == 1) {
      args.GetReturnValue().Set(args[0]);
    }
    ERR_clear_error();
  }

  // checkIP(ip) → true/false; undefined when `ip` is not an address.
  static void CheckIP(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    if (self == nullptr || self->cert_ == nullptr) return;
    std::string ip = ToStdString(args.GetIsolate(), args[0]);
    int r = X509_check_ip_asc(self->cert_, ip.c_str(), 0);
    ERR_clear_error();
    if (r == -2) return;
    args.GetReturnValue().Set(r == 1);
  }

  static void CheckIssued(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    X509Cert* issuer = Unwrap<X509Cert>(args[0]);
    if (self == nullptr || issuer == nullptr || !self->cert_ || !issuer->cert_) return;
    args.GetReturnValue().Set(X509_check_issued(issuer->cert_, self->cert_) == X509_V_OK);
    ERR_clear_error();
  }

  static void CheckPrivateKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    EVP_PKEY* pkey = GetPKey(args[0]);
    if (self == nullptr || self->cert_ == nullptr || pkey == nullptr) return;
    args.GetReturnValue().Set(X509_check_private_key(self->cert_, pkey) == 1);
    ERR_clear_error();
  }

  static void Verify(const v8::FunctionCallbackInfo<v8::Value>& args) {
    X509Cert* self = Unwrap<X509Cert>(args.This());
    EVP_PKEY* pkey = GetPKey(args[0]);
    if (self == nullptr || self->cert_ == nullptr || pkey == nullptr) return;
    args.GetReturnValue().Set(X509_verify(self->cert_, pkey) > 0);
    ERR_clear_error();
  }

 private:
  X509* cert_ = nullptr;
};

}  // namespace

void InitX509(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> t = NewConstructorTemplate(isolate, X509Cert::New, "X509Cert");
  SetProtoMethod(isolate, t, "parse", X509Cert::Parse);
  SetProtoMethod(isolate, t, "info", X509Cert::Info);
  SetProtoMethod(isolate, t, "keyUsage", X509Cert::KeyUsage);
  SetProtoMethod(isolate, t, "raw", X509Cert::Raw);
  SetProtoMethod(isolate, t, "pem", X509Cert::Pem);
  SetProtoMethod(isolate, t, "publicKey", X509Cert::PublicKey);
  SetProtoMethod(isolate, t, "checkHost", X509Cert::CheckHost);
  SetProtoMethod(isolate, t, "checkEmail", X509Cert::CheckEmail);
  SetProtoMethod(isolate, t, "checkIP", X509Cert::CheckIP);
  SetProtoMethod(isolate, t, "checkIssued", X509Cert::CheckIssued);
  SetProtoMethod(isolate, t, "checkPrivateKey", X509Cert::CheckPrivateKey);
  SetProtoMethod(isolate, t, "verify", X509Cert::Verify);
  SetValue(context, target, "X509Cert", t->GetFunction(context).ToLocalChecked());
}

void RegisterX509(ExternalReferenceRegistry* registry) {
  registry->Add(X509Cert::New);
  registry->Add(X509Cert::Parse);
  registry->Add(X509Cert::Info);
  registry->Add(X509Cert::KeyUsage);
  registry->Add(X509Cert::Raw);
  registry->Add(X509Cert::Pem);
  registry->Add(X509Cert::PublicKey);
  registry->Add(X509Cert::CheckHost);
  registry->Add(X509Cert::CheckEmail);
  registry->Add(X509Cert::CheckIP);
  registry->Add(X509Cert::CheckIssued);
  registry->Add(X509Cert::CheckPrivateKey);
  registry->Add(X509Cert::Verify);
}

}  // namespace tide::bindings::crypto
