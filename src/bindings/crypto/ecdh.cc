// ECDH: the legacy crypto.createECDH() object (an EC_KEY on a named curve) and
// ECDH.convertKey.
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/objects.h>

#include "bindings/crypto/crypto_util.h"

namespace tide::bindings::crypto {

namespace {

void ThrowInvalidPublicKey(v8::Isolate* isolate) {
  ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY",
                     "Public key is not valid for specified curve");
}

int CurveNid(v8::Isolate* isolate, v8::Local<v8::Value> name) {
  int nid = OBJ_sn2nid(ToStdString(isolate, name).c_str());
  EC_GROUP* group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : nullptr;
  ERR_clear_error();
  if (group == nullptr) {
    ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                       "Invalid EC curve name");
    return NID_undef;
  }
  EC_GROUP_free(group);
  return nid;
}

v8::Local<v8::Value> PointBytes(v8::Isolate* isolate, const EC_GROUP* group, const EC_POINT* point,
                                int form) {
  size_t len = EC_POINT_point2oct(group, point, static_cast<point_conversion_form_t>(form), nullptr,
                                  0, nullptr);
  std::string out(len, '\0');
  if (len == 0 ||
      EC_POINT_point2oct(group, point, static_cast<point_conversion_form_t>(form),
                         reinterpret_cast<unsigned char*>(out.data()), len, nullptr) != len) {
    return v8::Local<v8::Value>();
  }
  return TakeArrayBuffer(isolate, std::move(out));
}

class ECDH final : public BaseObject {
 public:
  ECDH(Environment* env, v8::Local<v8::Object> obj, EC_KEY* key)
      : BaseObject(env, obj), key_(key), group_(EC_KEY_get0_group(key)) {
    MakeWeak();
  }
  ~ECDH() override { EC_KEY_free(key_); }

  // new ECDH(curve): throws ERR_CRYPTO_INVALID_CURVE.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    int nid = CurveNid(isolate, args[0]);
    if (nid == NID_undef) return;
    EC_KEY* key = EC_KEY_new_by_curve_name(nid);
    if (key == nullptr) return ThrowOpenSSLError(isolate, "Failed to create key using named curve");
    new ECDH(Environment::From(args), args.This(), key);
  }

  static void GenerateKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ECDH* self = Unwrap<ECDH>(args.This());
    if (self == nullptr) return;
    if (EC_KEY_generate_key(self->key_) != 1) {
      return ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to generate key");
    }
  }

  // getPublicKey(form) → ArrayBuffer
  static void GetPublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    if (self == nullptr) return;
    const EC_POINT* pub = EC_KEY_get0_public_key(self->key_);
    v8::Local<v8::Value> out;
    if (pub == nullptr ||
        (out = PointBytes(isolate, self->group_, pub, args[0].As<v8::Int32>()->Value()))
            .IsEmpty()) {
      ERR_clear_error();
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to get ECDH public key");
    }
    args.GetReturnValue().Set(out);
  }

  static void GetPrivateKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    if (self == nullptr) return;
    const BIGNUM* priv = EC_KEY_get0_private_key(self->key_);
    if (priv == nullptr) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to get ECDH private key");
    }
    std::string out(BN_num_bytes(priv), '\0');
    BN_bn2binpad(priv, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
  }

  // setPrivateKey(bytes): also derives the public key.
  static void SetPrivateKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    ByteView bytes(isolate, args[0]);
    if (self == nullptr || !bytes.ok()) return ThrowTypeError(isolate, "tide: bad setPrivateKey");
    BIGNUM* priv = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
    const BIGNUM* order = EC_GROUP_get0_order(self->group_);
    if (priv == nullptr || BN_cmp(priv, BN_value_one()) < 0 || BN_cmp(priv, order) >= 0) {
      BN_free(priv);
      return ThrowErrorWithCode(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYTYPE",
                                "Private key is not valid for specified curve.");
    }
    EC_POINT* pub = EC_POINT_new(self->group_);
    bool ok = pub != nullptr &&
              EC_POINT_mul(self->group_, pub, priv, nullptr, nullptr, nullptr) == 1 &&
              EC_KEY_set_private_key(self->key_, priv) == 1 &&
              EC_KEY_set_public_key(self->key_, pub) == 1;
    BN_clear_free(priv);
    EC_POINT_free(pub);
    if (!ok) {
      ERR_clear_error();
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to set generated public key");
    }
  }

  // setPublicKey(bytes) (deprecated in Node, still there).
  static void SetPublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    ByteView bytes(isolate, args[0]);
    if (self == nullptr || !bytes.ok()) return ThrowTypeError(isolate, "tide: bad setPublicKey");
    EC_POINT* pub = EC_POINT_new(self->group_);
    bool ok = pub != nullptr &&
              EC_POINT_oct2point(self->group_, pub, bytes.data(), bytes.size(), nullptr) == 1 &&
              EC_KEY_set_public_key(self->key_, pub) == 1;
    EC_POINT_free(pub);
    ERR_clear_error();
    if (!ok) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to convert Buffer to EC_POINT");
    }
  }

  // computeSecret(bytes) → ArrayBuffer
  static void ComputeSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    ByteView bytes(isolate, args[0]);
    if (self == nullptr || !bytes.ok()) return ThrowTypeError(isolate, "tide: bad computeSecret");
    EC_POINT* pub = EC_POINT_new(self->group_);
    if (pub == nullptr ||
        EC_POINT_oct2point(self->group_, pub, bytes.data(), bytes.size(), nullptr) != 1) {
      EC_POINT_free(pub);
      ERR_clear_error();
      return ThrowInvalidPublicKey(isolate);
    }
    int field_bits = EC_GROUP_get_degree(self->group_);
    std::string out((field_bits + 7) / 8, '\0');
    int r = EC_KEY_get0_private_key(self->key_) == nullptr
                ? 0
                : ECDH_compute_key(out.data(), out.size(), pub, self->key_, nullptr);
    EC_POINT_free(pub);
    ERR_clear_error();
    if (r <= 0) {
      return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                                "Failed to compute ECDH key");
    }
    args.GetReturnValue().Set(TakeArrayBuffer(isolate, std::move(out)));
  }

 private:
  EC_KEY* key_;
  const EC_GROUP* group_;
};

// ecdhConvertKey(bytes, curve, form) → ArrayBuffer
void ConvertKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ByteView bytes(isolate, args[0]);
  if (!bytes.ok()) return ThrowTypeError(isolate, "tide: bad ecdhConvertKey");
  int nid = CurveNid(isolate, args[1]);
  if (nid == NID_undef) return;
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  EC_POINT* point = group ? EC_POINT_new(group) : nullptr;
  v8::Local<v8::Value> out;
  if (point != nullptr &&
      EC_POINT_oct2point(group, point, bytes.data(), bytes.size(), nullptr) == 1) {
    if (EC_POINT_is_at_infinity(group, point)) {
      out = CopyToArrayBuffer(isolate, "", 1);
    } else {
      out = PointBytes(isolate, group, point, args[2].As<v8::Int32>()->Value());
    }
  }
  EC_POINT_free(point);
  EC_GROUP_free(group);
  ERR_clear_error();
  if (out.IsEmpty()) {
    return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                              "Failed to convert Buffer to EC_POINT");
  }
  args.GetReturnValue().Set(out);
}

const MethodEntry kMethods[] = {{"ecdhConvertKey", ConvertKey}};

}  // namespace

void InitEcdh(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> t = NewConstructorTemplate(isolate, ECDH::New, "ECDH");
  SetProtoMethod(isolate, t, "generateKeys", ECDH::GenerateKeys);
  SetProtoMethod(isolate, t, "getPublicKey", ECDH::GetPublicKey);
  SetProtoMethod(isolate, t, "getPrivateKey", ECDH::GetPrivateKey);
  SetProtoMethod(isolate, t, "setPrivateKey", ECDH::SetPrivateKey);
  SetProtoMethod(isolate, t, "setPublicKey", ECDH::SetPublicKey);
  SetProtoMethod(isolate, t, "computeSecret", ECDH::ComputeSecret);
  SetValue(context, target, "ECDH", t->GetFunction(context).ToLocalChecked());
}

void RegisterEcdh(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(ECDH::New);
  registry->Add(ECDH::GenerateKeys);
  registry->Add(ECDH::GetPublicKey);
  registry->Add(ECDH::GetPrivateKey);
  registry->Add(ECDH::SetPrivateKey);
  registry->Add(ECDH::SetPublicKey);
  registry->Add(ECDH::ComputeSecret);
}

}  // namespace tide::bindings::crypto
