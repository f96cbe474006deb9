// tls_wrap: OpenSSL TLS for node:tls. SecureContext owns an SSL_CTX; TLSConn owns one SSL whose
// records go through memory BIOs. Over a TCP/pipe handle (attach()), the TLSConn is the handle's
// read listener and writes its ciphertext with uv_write itself: ciphertext never reaches JS, and
// the plaintext goes to the connection's own read listener (the HTTP parser) or to JS (setOnData).
// Over any other transport lib/_tls_wrap.js moves the ciphertext (receive/encOut/write).
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bindings/crypto/crypto_util.h"
#include "bindings/stream_wrap.h"
#include "bindings/tls_root_store.h"
#include "loop/callback_scope.h"

namespace tide::bindings::tls_wrap {

namespace {

using crypto::ByteView;

// Bits of the status receive()/start() return (negative: an error, see takeError()).
constexpr int kHandshakeDone = 1;
constexpr int kEOF = 2;
constexpr int kWantSNI = 4;
constexpr int kNewSession = 8;
constexpr int kEncOut = 16;
constexpr int kKeylog = 32;

// The plaintext buffer of one TLSConn::Cycle(). A read's listener (the HTTP parser) reads it in
// place while JS runs, and that JS may cycle another connection (over a JS Duplex, synchronously):
// a nested Cycle() gets a buffer of its own.
thread_local char plain_buffer[65536];
thread_local bool plain_buffer_busy = false;

class PlainBuffer {
 public:
  static constexpr size_t kSize = sizeof(plain_buffer);
  PlainBuffer() {
    if (plain_buffer_busy) {
      own_ = std::make_unique<char[]>(kSize);
      data_ = own_.get();
    } else {
      plain_buffer_busy = true;
      data_ = plain_buffer;
    }
  }
  ~PlainBuffer() {
    if (!own_) plain_buffer_busy = false;
  }
  PlainBuffer(const PlainBuffer&) = delete;
  PlainBuffer& operator=(const PlainBuffer&) = delete;
  char* data() const { return data_; }

 private:
  std::unique_ptr<char[]> own_;
  char* data_;
};

// ERR_clear_error() wipes all 16 slots of the thread's error queue: on the per-record paths only
// when there is something to clear.
inline void ClearErrors() {
  if (ERR_peek_error() != 0) ERR_clear_error();
}

v8::Local<v8::ArrayBuffer> BioToArrayBuffer(v8::Isolate* isolate, BIO* bio) {
  size_t len = BIO_ctrl_pending(bio);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, len);
  if (len > 0) BIO_read(bio, store->Data(), static_cast<int>(len));
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* key,
               const std::string& value) {
  v8::Isolate* isolate = context->GetIsolate();
  obj->Set(context, OneByteString(isolate, key), Utf8String(isolate, value)).Check();
}

int PasswordCallback(char* buf, int size, int, void* u) {
  const std::string* pass = static_cast<const std::string*>(u);
  if (pass == nullptr) return -1;
  int len = static_cast<int>(pass->size());
  if (len > size) return -1;
  memcpy(buf, pass->data(), len);
  return len;
}

class TLSConn;

int AlpnSelect(SSL* ssl, const unsigned char** out, unsigned char* outlen, const unsigned char* in,
               unsigned int inlen, void*);
int ClientHello(SSL* ssl, int* al, void*);
int NewSession(SSL* ssl, SSL_SESSION* session);
void Keylog(const SSL* ssl, const char* line);

class SecureContext final : public BaseObject {
 public:
  SecureContext(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) { MakeWeak(); }
  ~SecureContext() override { SSL_CTX_free(ctx_); }
  SSL_CTX* ctx() const { return ctx_; }

  // new SecureContext(): TLS 1.2–1.3 by default; the JS side sets the rest.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = new SecureContext(Environment::From(args), args.This());
    SSL_CTX* ctx = SSL_CTX_new(TLS_method());
    if (ctx == nullptr) return crypto::ThrowOpenSSLError(args.GetIsolate(), "SSL_CTX_new");
    self->ctx_ = ctx;
    SSL_CTX_set_options(
        ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_BOTH);
    SSL_CTX_sess_set_new_cb(ctx, NewSession);
    SSL_CTX_set_alpn_select_cb(ctx, AlpnSelect, nullptr);
    SSL_CTX_set_client_hello_cb(ctx, ClientHello, nullptr);
    SSL_CTX_set_dh_auto(ctx, 1);
    // A server's session id context (session resumption needs one with client certificates).
    static const unsigned char kSid[] = "tide";
    SSL_CTX_set_session_id_context(ctx, kSid, sizeof(kSid) - 1);
  }

  // The methods JS calls all change the context: a chain PrepareChain() built may be stale.
  static SecureContext* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Unwrap<SecureContext>(args.This());
    if (self == nullptr || self->ctx_ == nullptr) {
      ThrowTypeError(args.GetIsolate(), "Illegal invocation");
      return nullptr;
    }
    self->ForgetChain();
    return self;
  }

  // Before the first SSL of this context: the certificate chain a peer is sent is built here, once.
  // Left to OpenSSL (auto-chaining: certificates configured without their chain), it is built at
  // every handshake, and with the system trust store (a directory) that lists /etc/ssl/certs each
  // time — about a tenth of a server's handshake. The chain is what auto-chaining would send: as
  // far as the trust store reaches, root included.
  void PrepareChain() {
    if (chain_ready_) return;
    chain_ready_ = true;
    STACK_OF(X509)* extra = nullptr;
    SSL_CTX_get_extra_chain_certs_only(ctx_, &extra);
    if (sk_X509_num(extra) <= 0 && SSL_CTX_set_current_cert(ctx_, SSL_CERT_SET_FIRST) == 1) {
      do {
        STACK_OF(X509)* chain = nullptr;
        SSL_CTX_get0_chain_certs(ctx_, &chain);
        if (SSL_CTX_get0_certificate(ctx_) == nullptr || sk_X509_num(chain) > 0) continue;
        if (SSL_CTX_build_cert_chain(
                ctx_, SSL_BUILD_CHAIN_FLAG_IGNORE_ERROR | SSL_BUILD_CHAIN_FLAG_CLEAR_ERROR) > 0) {
          built_chain_ = true;
        }
      } while (SSL_CTX_set_current_cert(ctx_, SSL_CERT_SET_NEXT) == 1);
    }
    ERR_clear_error();
    SSL_CTX_set_mode(ctx_, SSL_MODE_NO_AUTO_CHAIN);
  }

  void ForgetChain() {
    if (!chain_ready_) return;
    chain_ready_ = false;
    SSL_CTX_clear_mode(ctx_, SSL_MODE_NO_AUTO_CHAIN);
    if (built_chain_ && SSL_CTX_set_current_cert(ctx_, SSL_CERT_SET_FIRST) == 1) {
      do {
        SSL_CTX_clear_chain_certs(ctx_);
      } while (SSL_CTX_set_current_cert(ctx_, SSL_CERT_SET_NEXT) == 1);
    }
    built_chain_ = false;
    ERR_clear_error();
  }

  // setProtoVersions(min, max): protocol numbers (TLS1_2_VERSION, …; 0 = no bound).
  static void SetProtoVersions(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32() || !args[1]->IsInt32())
      return ThrowTypeError(args.GetIsolate(), "Bad version");
    SSL_CTX_set_min_proto_version(self->ctx_, args[0].As<v8::Int32>()->Value());
    SSL_CTX_set_max_proto_version(self->ctx_, args[1].As<v8::Int32>()->Value());
  }

  // setKey(pem|der, passphrase?)
  static void SetKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    ByteView data(isolate, args[0]);
    if (!data.ok()) return ThrowTypeError(isolate, "Expected a string or a buffer");
    std::string pass;
    bool has_pass = args[1]->IsString() || args[1]->IsArrayBufferView();
    if (has_pass) pass = ByteView(isolate, args[1]).str();
    ERR_clear_error();
    BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    EVP_PKEY* key =
        PEM_read_bio_PrivateKey(bio, nullptr, PasswordCallback, has_pass ? &pass : nullptr);
    BIO_free(bio);
    if (key == nullptr) {
      ERR_clear_error();
      const unsigned char* p = data.data();
      key = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(data.size()));
    }
    if (key == nullptr)
      return crypto::ThrowOpenSSLError(isolate, "error:1E08010C:DECODER routines::unsupported");
    int ok = SSL_CTX_use_PrivateKey(self->ctx_, key);
    EVP_PKEY_free(key);
    if (ok != 1) return crypto::ThrowOpenSSLError(isolate, "SSL_CTX_use_PrivateKey");
  }

  // setCert(pem): the first certificate is the context's own, the others its chain.
  static void SetCert(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    ByteView data(isolate, args[0]);
    if (!data.ok()) return ThrowTypeError(isolate, "Expected a string or a buffer");
    ERR_clear_error();
    BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
    if (cert == nullptr) {
      BIO_free(bio);
      const unsigned char* p = data.data();
      cert = d2i_X509(nullptr, &p, static_cast<long>(data.size()));
      if (cert == nullptr) return crypto::ThrowOpenSSLError(isolate, "PEM_read_bio_X509");
      bio = nullptr;
    }
    ERR_clear_error();
    int ok = SSL_CTX_use_certificate(self->ctx_, cert);
    X509_free(cert);
    if (ok != 1) {
      BIO_free(bio);
      return crypto::ThrowOpenSSLError(isolate, "SSL_CTX_use_certificate");
    }
    SSL_CTX_clear_chain_certs(self->ctx_);
    while (bio != nullptr) {
      X509* extra = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
      if (extra == nullptr) break;
      SSL_CTX_add0_chain_cert(self->ctx_, extra);
    }
    BIO_free(bio);
    ERR_clear_error();
  }

  // addCACert(pem): every certificate (and CRL-less) of the PEM text joins the trust store.
  static void AddCACert(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    ByteView data(isolate, args[0]);
    if (!data.ok()) return ThrowTypeError(isolate, "Expected a string or a buffer");
    X509_STORE* store = self->OwnStore();
    BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
    int count = 0;
    while (X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr)) {
      X509_STORE_add_cert(store, cert);
      SSL_CTX_add_client_CA(self->ctx_, cert);
      X509_free(cert);
      ++count;
    }
    BIO_free(bio);
    if (count == 0) {
      const unsigned char* p = data.data();
      X509* cert = d2i_X509(nullptr, &p, static_cast<long>(data.size()));
      if (cert != nullptr) {
        X509_STORE_add_cert(store, cert);
        SSL_CTX_add_client_CA(self->ctx_, cert);
        X509_free(cert);
      }
    }
    ERR_clear_error();
  }

  // addRootCerts(): the default trust store (tls_root_store.h), shared with every other context
  // that uses it, instead of the context's own.
  static void AddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    SSL_CTX_set_cert_store(self->ctx_, tls_root_store::AcquireDefaultStore());
    self->shared_store_ = true;
  }

  // The trust store to add certificates to: the context's own; a shared default store is first
  // replaced by a copy (Node's rule: CA certificates added after the defaults extend them).
  X509_STORE* OwnStore() {
    if (shared_store_) {
      SSL_CTX_set_cert_store(ctx_, tls_root_store::NewCopyOfDefaultStore());
      shared_store_ = false;
    }
    return SSL_CTX_get_cert_store(ctx_);
  }

  static void SetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    std::string list = ToStdString(args.GetIsolate(), args[0]);
    ERR_clear_error();
    if (SSL_CTX_set_cipher_list(self->ctx_, list.c_str()) != 1) {
      // An empty list (TLS 1.3 suites only) is deliberate, not an error (Node's rule).
      if (list.empty() && ERR_GET_REASON(ERR_peek_error()) == SSL_R_NO_CIPHER_MATCH) {
        ERR_clear_error();
        return;
      }
      crypto::ThrowOpenSSLError(args.GetIsolate(), "Failed to set ciphers");
    }
  }

  // A colon-separated list handed to one of OpenSSL's SSL_CTX list setters (some are macros,
  // hence the lambdas); `failure` is the message of the error thrown when OpenSSL refuses it.
  template <typename Setter>
  static void SetList(const v8::FunctionCallbackInfo<v8::Value>& args, Setter set,
                      const char* failure) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    std::string list = ToStdString(args.GetIsolate(), args[0]);
    ERR_clear_error();
    if (set(self->ctx_, list.c_str()) != 1) crypto::ThrowOpenSSLError(args.GetIsolate(), failure);
  }

  static void SetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SetList(
        args, [](SSL_CTX* ctx, const char* l) { return SSL_CTX_set_ciphersuites(ctx, l); },
        "Failed to set ciphers");
  }

  static void SetECDHCurve(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SetList(
        args, [](SSL_CTX* ctx, const char* l) { return SSL_CTX_set1_groups_list(ctx, l); },
        "Failed to set ECDH curve");
  }

  static void SetSigalgs(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SetList(
        args, [](SSL_CTX* ctx, const char* l) { return SSL_CTX_set1_sigalgs_list(ctx, l); },
        "Failed to set signature algorithms");
  }

  static void SetOptions(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsNumber()) return ThrowTypeError(args.GetIsolate(), "Bad options");
    SSL_CTX_set_options(self->ctx_, static_cast<uint64_t>(args[0].As<v8::Number>()->Value()));
  }

  static void SetSessionIdContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    ByteView sid(args.GetIsolate(), args[0]);
    size_t len = sid.size() > SSL_MAX_SID_CTX_LENGTH ? SSL_MAX_SID_CTX_LENGTH : sid.size();
    SSL_CTX_set_session_id_context(self->ctx_, sid.data(), static_cast<unsigned int>(len));
  }

  static void SetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& args) {
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "Bad timeout");
    SSL_CTX_set_timeout(self->ctx_, args[0].As<v8::Int32>()->Value());
  }

  // loadPKCS12(der, passphrase?): key, certificate and extra CA certificates of a PFX.
  static void LoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    SecureContext* self = Self(args);
    if (self == nullptr) return;
    ByteView data(isolate, args[0]);
    if (!data.ok()) return ThrowTypeError(isolate, "Expected a string or a buffer");
    std::string pass;
    if (args[1]->IsString() || args[1]->IsArrayBufferView())
      pass = ByteView(isolate, args[1]).str();
    ERR_clear_error();
    const unsigned char* p = data.data();
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(data.size()));
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* extra = nullptr;
    if (p12 == nullptr || PKCS12_parse(p12, pass.c_str(), &key, &cert, &extra) != 1) {
      PKCS12_free(p12);
      return crypto::ThrowOpenSSLError(isolate, "Unable to load PFX certificate");
    }
    PKCS12_free(p12);
    bool ok = (cert == nullptr || SSL_CTX_use_certificate(self->ctx_, cert) == 1) &&
              (key == nullptr || SSL_CTX_use_PrivateKey(self->ctx_, key) == 1);
    X509_STORE* store = sk_X509_num(extra) > 0 ? self->OwnStore() : nullptr;
    for (int i = 0; extra != nullptr && i < sk_X509_num(extra); ++i) {
      X509* ca = sk_X509_value(extra, i);
      X509_STORE_add_cert(store, ca);
      SSL_CTX_add_client_CA(self->ctx_, ca);
      X509_up_ref(ca);
      SSL_CTX_add0_chain_cert(self->ctx_, ca);
    }
    sk_X509_pop_free(extra, X509_free);
    X509_free(cert);
    EVP_PKEY_free(key);
    if (!ok) return crypto::ThrowOpenSSLError(isolate, "Unable to load PFX certificate");
    ERR_clear_error();
  }

 private:
  SSL_CTX* ctx_ = nullptr;
  bool chain_ready_ = false;   // PrepareChain() ran since the last change
  bool built_chain_ = false;   // and built chains (ForgetChain() drops them)
  bool shared_store_ = false;  // the trust store is the default one (addRootCerts)
};

class TLSConn final : public BaseObject, public StreamReadListener, public StreamReadSource {
 public:
  TLSConn(Environment* env, v8::Local<v8::Object> obj) : BaseObject(env, obj) {
    StreamReadSource::TagObject(obj, this);
    MakeWeak();
  }
  ~TLSConn() override {
    Unattach();
    NotifyGone();
    SSL_free(ssl_);
  }

  bool IsReadSourceClosing() const override { return detached_; }

  // attach(handle) → true when the connection now takes the ciphertext reads of `handle` (a TCP
  // or pipe handle) in C++ and writes its records to it (flushOut/writeTo); false otherwise.
  static void Attach(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    LibuvStreamWrap* stream = LibuvStreamWrap::FromObject(args[0]);
    if (self->detached_ || stream == nullptr || stream->IsClosing() ||
        (stream->read_listener() != nullptr && stream->read_listener() != self)) {
      return args.GetReturnValue().Set(false);
    }
    self->Unattach();
    stream->set_read_listener(self);
    self->stream_ = stream;
    args.GetReturnValue().Set(true);
  }

  void Unattach() {
    if (stream_ == nullptr) return;
    if (stream_->read_listener() == this) stream_->set_read_listener(nullptr);
    stream_ = nullptr;
  }

  void OnStreamGone() override { stream_ = nullptr; }

  // Ciphertext from the attached handle. Until JS has seen the handshake through (setDirect), each
  // read goes to JS's oncycle() (which runs receive()); afterwards plaintext goes straight to the
  // read listener or ondata, and only what JS must act on reaches onstatus(status).
  void OnStreamRead(const char* data, size_t len) override {
    Environment* env = this->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env->context();
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Object> self_object = object();  // keeps this alive meanwhile
    CallbackScope callback_scope(env);
    BIO_write(rbio_, data, static_cast<int>(len));
    if (!direct_) {
      MakeCallback(env, self_object, "oncycle", 0, nullptr);
      return;
    }
    int status = Cycle();
    if (status == -2 || detached_) return;
    if (status > 0 && (status & kEncOut) != 0) {
      FlushOut(v8::Local<v8::Object>());
      status &= ~kEncOut;
    }
    if (status != 0) {
      v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status)};
      MakeCallback(env, self_object, "onstatus", 1, argv);
    }
  }

  // The ciphertext waiting in the write BIO to the attached handle: 0 when it all went out, 1 when
  // queued (`req`, if any, completes later), or a negative libuv error.
  int FlushOut(v8::Local<v8::Object> req) {
    size_t len = BIO_ctrl_pending(wbio_);
    if (len == 0) return 0;
    if (stream_ == nullptr || stream_->IsClosing()) {
      (void)BIO_reset(wbio_);
      return UV_EPIPE;
    }
    static thread_local char scratch[65536];
    if (len <= sizeof(scratch)) {
      BIO_read(wbio_, scratch, static_cast<int>(len));
      return stream_->WriteCopy(req, scratch, len);
    }
    auto data = std::make_unique<char[]>(len);
    BIO_read(wbio_, data.get(), static_cast<int>(len));
    return stream_->WriteCopy(req, data.get(), len);
  }

  // flushOut() → as FlushOut, for the handshake's records.
  static void FlushOutMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(self->FlushOut(v8::Local<v8::Object>()));
  }

  // setDirect(): the handshake is through and verified; reads are handled in C++ from now on.
  static void SetDirect(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self != nullptr) self->direct_ = true;
  }

  // getBytesRead() / getBytesWritten(): plaintext bytes.
  static void GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Unwrap<TLSConn>(args.This());
    if (self != nullptr) args.GetReturnValue().Set(static_cast<double>(self->plain_read_));
  }

  static void GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Unwrap<TLSConn>(args.This());
    if (self != nullptr) args.GetReturnValue().Set(static_cast<double>(self->plain_written_));
  }

  // Encrypts `chunks` (Buffers when `all_buffers`, else [chunk, encoding, ...] where strings are
  // latin1 for 'latin1'/'binary'/'ascii' and UTF-8 otherwise) into the write BIO: small chunks
  // share records. False (an OpenSSL error pending) when SSL_write failed.
  bool Encrypt(v8::Isolate* isolate, v8::Local<v8::Array> chunks, bool all_buffers) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    uint32_t n = chunks->Length();
    uint32_t step = all_buffers ? 1 : 2;
    ClearErrors();
    auto write = [&](const void* data, size_t len) -> bool {
      size_t written = 0;
      if (len == 0) return true;
      plain_written_ += len;
      return SSL_write_ex(ssl_, data, len, &written) == 1;
    };
    v8::Local<v8::Value> chunk;
    // One Buffer: encrypted from where it is.
    if (n == step) {
      if (!chunks->Get(context, 0).ToLocal(&chunk)) return false;
      if (chunk->IsArrayBufferView()) {
        auto view = chunk.As<v8::ArrayBufferView>();
        const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
        return write(data, view->ByteLength());
      }
    }
    static thread_local std::string pack;
    pack.clear();
    constexpr int kFlags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
    for (uint32_t i = 0; i < n; i += step) {
      if (!chunks->Get(context, i).ToLocal(&chunk)) return false;
      if (chunk->IsArrayBufferView()) {
        auto view = chunk.As<v8::ArrayBufferView>();
        const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
        pack.append(data, view->ByteLength());
      } else if (chunk->IsString()) {
        v8::Local<v8::String> s = chunk.As<v8::String>();
        bool latin1 = false;
        if (!all_buffers) {
          v8::Local<v8::Value> enc;
          if (!chunks->Get(context, i + 1).ToLocal(&enc)) return false;
          if (enc->IsString()) {
            v8::Local<v8::String> e = enc.As<v8::String>();
            uint16_t first = 0;
            if (e->Length() > 0) e->Write(isolate, &first, 0, 1, v8::String::NO_NULL_TERMINATION);
            latin1 = (e->Length() == 6 && (first == 'l' || first == 'b')) ||
                     (e->Length() == 5 && first == 'a');
          }
        }
        size_t at = pack.size();
        if (latin1 || s->IsOneByte()) {
          // One-byte strings: latin1 bytes, or (as UTF-8) at most two bytes per character.
          size_t room = static_cast<size_t>(s->Length()) * (latin1 ? 1 : 2);
          pack.resize(at + room);
          size_t len;
          if (latin1) {
            len = static_cast<size_t>(s->WriteOneByte(
                isolate, reinterpret_cast<uint8_t*>(&pack[at]), 0, static_cast<int>(room), kFlags));
          } else {
            len = EncodeOneByteAsUtf8(isolate, s, &pack[at], room);
          }
          pack.resize(at + len);
        } else {
          size_t room = static_cast<size_t>(s->Length()) * 3;
          pack.resize(at + room);
          size_t len = static_cast<size_t>(
              s->WriteUtf8(isolate, &pack[at], static_cast<int>(room), nullptr, kFlags));
          pack.resize(at + len);
        }
      } else {
        ThrowTypeError(isolate, "chunks must be Buffers or strings");
        return false;
      }
    }
    return write(pack.data(), pack.size());
  }

  // writeTo(req, chunks, allBuffers) → 0 (written), 1 (queued: req.oncomplete follows) or a
  // negative libuv error: plaintext encrypted straight to the attached handle.
  static void WriteTo(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsObject() || !args[1]->IsArray())
      return ThrowTypeError(isolate, "writeTo(req, chunks, allBuffers)");
    if (self->stream_ == nullptr || self->stream_->IsClosing() || self->detached_)
      return args.GetReturnValue().Set(UV_EPIPE);
    v8::TryCatch try_catch(isolate);
    if (!self->Encrypt(isolate, args[1].As<v8::Array>(), args[2]->IsTrue())) {
      if (try_catch.HasCaught()) {
        try_catch.ReThrow();
        return;
      }
      // SSL_write failed: OpenSSL's error, or (none queued) the connection is unusable.
      if (ERR_peek_error() != 0) return crypto::ThrowOpenSSLError(isolate, "SSL_write");
      return args.GetReturnValue().Set(UV_EPROTO);
    }
    args.GetReturnValue().Set(self->FlushOut(args[0].As<v8::Object>()));
  }

  // new TLSConn(secureContext, isServer)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::From(args);
    SecureContext* sc = Unwrap<SecureContext>(args[0]);
    if (sc == nullptr || sc->ctx() == nullptr) return ThrowTypeError(isolate, "Bad SecureContext");
    auto* self = new TLSConn(env, args.This());
    self->AsyncInit("TLSWRAP");
    sc->PrepareChain();
    self->ssl_ = SSL_new(sc->ctx());
    if (self->ssl_ == nullptr) return crypto::ThrowOpenSSLError(isolate, "SSL_new");
    self->sc_.Reset(isolate, args[0].As<v8::Object>());
    self->is_server_ = args[1]->IsTrue();
    SSL_set_app_data(self->ssl_, self);
    BIO* rbio = BIO_new(BIO_s_mem());
    BIO* wbio = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(rbio, -1);
    SSL_set_bio(self->ssl_, rbio, wbio);
    self->rbio_ = rbio;
    self->wbio_ = wbio;
    if (self->is_server_) {
      SSL_set_accept_state(self->ssl_);
      SSL_set_verify(self->ssl_, SSL_VERIFY_NONE, nullptr);
    } else {
      SSL_set_connect_state(self->ssl_);
      // Verification never fails the handshake; JS reads the result and decides (Node's way).
      SSL_set_verify(self->ssl_, SSL_VERIFY_PEER, [](int, X509_STORE_CTX*) { return 1; });
    }
  }

  static TLSConn* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Unwrap<TLSConn>(args.This());
    if (self == nullptr || self->ssl_ == nullptr) {
      ThrowTypeError(args.GetIsolate(), "Illegal invocation");
      return nullptr;
    }
    return self;
  }

  // Runs the handshake and reads what plaintext there is; returns the status bits.
  int Cycle() {
    int status = 0;
    ClearErrors();
    if (!handshake_done_) {
      int r = SSL_do_handshake(ssl_);
      if (r == 1) {
        handshake_done_ = true;
        status |= kHandshakeDone;
      } else {
        int err = SSL_get_error(ssl_, r);
        if (err == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
          status |= kWantSNI;
        } else if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) {
          error_ = ERR_peek_error();
          if (error_ == 0) error_ = ERR_PACK(ERR_LIB_SSL, 0, SSL_R_UNEXPECTED_EOF_WHILE_READING);
          return -1;
        }
      }
    }
    // Records after the handshake wait for the next receive(): JS checks the peer first.
    if (handshake_done_ && (status & kHandshakeDone) == 0) {
      v8::Isolate* isolate = env()->isolate();
      PlainBuffer buffer;
      char* scratch = buffer.data();
      size_t filled = 0;
      for (;;) {
        size_t n = 0;
        int r = SSL_read_ex(ssl_, scratch + filled, PlainBuffer::kSize - filled, &n);
        if (r == 1) {
          filled += n;
          if (filled == PlainBuffer::kSize) {
            if (!EmitData(isolate, scratch, filled)) return -2;
            filled = 0;
          }
          continue;
        }
        int err = SSL_get_error(ssl_, 0);
        if (err == SSL_ERROR_ZERO_RETURN) {
          status |= kEOF;
        } else if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) {
          if (filled > 0 && !EmitData(isolate, scratch, filled)) return -2;
          error_ = ERR_peek_error();
          if (error_ == 0) return status | kEOF;
          return -1;
        }
        break;
      }
      if (filled > 0 && !EmitData(isolate, scratch, filled)) return -2;
    }
    if (new_session_) {
      new_session_ = false;
      status |= kNewSession;
    }
    if (!keylog_.empty()) status |= kKeylog;
    if (BIO_ctrl_pending(wbio_) > 0) status |= kEncOut;
    return status;
  }

  // Plaintext to the ondata callback (setOnData); false when it threw or there is none.
  bool EmitData(v8::Isolate* isolate, const char* data, size_t len) {
    if (detached_) return false;
    plain_read_ += len;
    if (StreamReadListener* listener = read_listener()) {
      listener->OnStreamRead(data, len);
      return !detached_;
    }
    if (ondata_.IsEmpty()) return false;
    v8::Local<v8::Context> context = env()->context();
    v8::Local<v8::Value> argv[] = {crypto::CopyToArrayBuffer(isolate, data, len)};
    return !ondata_.Get(isolate)->Call(context, object(), 1, argv).IsEmpty();
  }

  // enableKeylog(): collect NSS key log lines (for 'keylog' events); takeKeylog() → [ArrayBuffer].
  static void EnableKeylog(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    self->keylog_enabled_ = true;
    // On the context only from now on (as Node): with a keylog callback OpenSSL formats every
    // secret of every handshake of the context as hex text, byte by byte through sprintf.
    SSL_CTX_set_keylog_callback(SSL_get_SSL_CTX(self->ssl_), Keylog);
  }

  static void TakeKeylog(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    std::vector<v8::Local<v8::Value>> lines;
    for (std::string& line : self->keylog_) {
      lines.push_back(crypto::TakeArrayBuffer(isolate, std::move(line)));
    }
    self->keylog_.clear();
    args.GetReturnValue().Set(v8::Array::New(isolate, lines.data(), lines.size()));
  }

  // detach(): drops the callback (a strong reference that would keep this object alive), the
  // attached handle and the plaintext listener: the socket is closing.
  static void Detach(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    self->ondata_.Reset();
    self->detached_ = true;
    self->Unattach();
    self->NotifyGone();
  }

  static void SetOnData(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsFunction())
      return ThrowTypeError(args.GetIsolate(), "ondata must be a function");
    self->ondata_.Reset(args.GetIsolate(), args[0].As<v8::Function>());
  }

  // receive(ciphertext?) → status. Plaintext goes to the ondata callback before it returns.
  static void Receive(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsUndefined()) {
      ByteView data(args.GetIsolate(), args[0]);
      if (data.size() > 0) BIO_write(self->rbio_, data.data(), static_cast<int>(data.size()));
    }
    args.GetReturnValue().Set(self->Cycle());
  }

  // encOut() → ArrayBuffer of the ciphertext waiting to go to the transport (may be empty).
  static void EncOut(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(BioToArrayBuffer(args.GetIsolate(), self->wbio_));
  }

  // write(chunks[]) → ArrayBuffer of ciphertext. Small chunks are packed into shared records.
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsArray()) return ThrowTypeError(isolate, "chunks must be an array");
    v8::Local<v8::Array> chunks = args[0].As<v8::Array>();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    std::string pack;
    ERR_clear_error();
    auto flush = [&](const uint8_t* data, size_t len) -> bool {
      size_t written = 0;
      self->plain_written_ += len;
      return len == 0 || SSL_write_ex(self->ssl_, data, len, &written) == 1;
    };
    bool ok = true;
    for (uint32_t i = 0, n = chunks->Length(); ok && i < n; ++i) {
      v8::Local<v8::Value> chunk;
      if (!chunks->Get(context, i).ToLocal(&chunk)) return;
      ByteView data(isolate, chunk);
      if (data.size() < 16384 && pack.size() + data.size() <= 16384) {
        pack.append(reinterpret_cast<const char*>(data.data()), data.size());
        continue;
      }
      ok = flush(reinterpret_cast<const uint8_t*>(pack.data()), pack.size());
      pack.clear();
      if (ok) ok = flush(data.data(), data.size());
    }
    if (ok) ok = flush(reinterpret_cast<const uint8_t*>(pack.data()), pack.size());
    if (!ok) return crypto::ThrowOpenSSLError(isolate, "SSL_write");
    args.GetReturnValue().Set(BioToArrayBuffer(isolate, self->wbio_));
  }

  // shutdown() → ArrayBuffer with the close_notify alert.
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (self->handshake_done_) SSL_shutdown(self->ssl_);
    ERR_clear_error();
    args.GetReturnValue().Set(BioToArrayBuffer(args.GetIsolate(), self->wbio_));
  }

  // takeError() → the Error of the last failed receive (Node's TLS error shape).
  static void TakeError(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    unsigned long err = self->error_;
    self->error_ = 0;
    ERR_clear_error();
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Object> error = v8::Exception::Error(Utf8String(isolate, buf)).As<v8::Object>();
    const char* lib = ERR_lib_error_string(err);
    const char* reason = ERR_reason_error_string(err);
    if (lib != nullptr) SetString(context, error, "library", lib);
    if (reason != nullptr) {
      SetString(context, error, "reason", reason);
      std::string code = ERR_GET_LIB(err) == ERR_LIB_SSL ? "ERR_SSL_" : "ERR_OSSL_";
      for (const char* p = reason; *p != '\0'; ++p) {
        unsigned char c = static_cast<unsigned char>(*p);
        code += std::isalnum(c) ? static_cast<char>(std::toupper(c)) : '_';
      }
      SetString(context, error, "code", code);
    }
    args.GetReturnValue().Set(error);
  }

  static void SetServername(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    std::string name = ToStdString(args.GetIsolate(), args[0]);
    SSL_set_tlsext_host_name(self->ssl_, name.c_str());
  }

  // getServername(): the client's SNI name (server side), or the name sent (client side).
  static void GetServername(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (self->is_server_) {
      if (self->has_servername_) {
        args.GetReturnValue().Set(Utf8String(args.GetIsolate(), self->servername_));
      } else {
        args.GetReturnValue().Set(false);
      }
      return;
    }
    // A client reports false, as Node's does.
    args.GetReturnValue().Set(false);
  }

  // setALPNProtocols(wire): the client's offer, or the server's preference list.
  static void SetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    ByteView wire(args.GetIsolate(), args[0]);
    if (self->is_server_) {
      self->alpn_ = wire.str();
      self->alpn_set_ = true;
    } else {
      SSL_set_alpn_protos(self->ssl_, wire.data(), static_cast<unsigned int>(wire.size()));
    }
  }

  static void GetALPNNegotiated(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    const unsigned char* data = nullptr;
    unsigned int len = 0;
    SSL_get0_alpn_selected(self->ssl_, &data, &len);
    if (data == nullptr || len == 0) return args.GetReturnValue().Set(false);
    args.GetReturnValue().Set(
        Utf8String(args.GetIsolate(), std::string_view(reinterpret_cast<const char*>(data), len)));
  }

  // setVerifyMode(requestCert, rejectUnauthorized) — a server's request for client certificates.
  static void SetVerifyMode(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    int mode = SSL_VERIFY_NONE;
    if (args[0]->IsTrue()) {
      mode = SSL_VERIFY_PEER;
      if (args[1]->IsTrue()) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    }
    self->verify_mode_ = mode;
    SSL_set_verify(self->ssl_, mode, [](int, X509_STORE_CTX*) { return 1; });
  }

  // setSNIWanted(bool): pause the handshake at the ClientHello for an SNICallback.
  static void SetSNIWanted(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    self->sni_wanted_ = args[0]->IsTrue();
  }

  // setSecureContext(sc): switch to another context (the SNICallback's answer).
  static void SetSecureContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    SecureContext* sc = Unwrap<SecureContext>(args[0]);
    if (sc == nullptr || sc->ctx() == nullptr) return;
    self->sc_.Reset(args.GetIsolate(), args[0].As<v8::Object>());
    sc->PrepareChain();
    SSL_set_SSL_CTX(self->ssl_, sc->ctx());
    SSL_set_verify(self->ssl_, self->verify_mode_, [](int, X509_STORE_CTX*) { return 1; });
    if (self->keylog_enabled_) SSL_CTX_set_keylog_callback(sc->ctx(), Keylog);
  }

  // verifyError() → [code, message] of the peer-certificate check, or undefined when it passed.
  static void VerifyError(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    long result;
    X509* peer = SSL_get1_peer_certificate(self->ssl_);
    if (peer != nullptr) {
      X509_free(peer);
      result = SSL_get_verify_result(self->ssl_);
    } else {
      result = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
    }
    if (result == X509_V_OK) return;
    v8::Local<v8::Value> values[] = {
        OneByteString(isolate, VerifyCode(result)),
        OneByteString(isolate, X509_verify_cert_error_string(result)),
    };
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
  }

  // getPeerCertificate() → [leaf DER, chain DERs…] (ArrayBuffers), or undefined.
  static void GetPeerCertificate(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    X509* leaf = SSL_get1_peer_certificate(self->ssl_);
    if (leaf == nullptr) return;
    std::vector<v8::Local<v8::Value>> out;
    out.push_back(DerOf(isolate, leaf));
    // The verified chain reaches the trust store's root; otherwise what the peer sent.
    STACK_OF(X509)* chain = SSL_get0_verified_chain(self->ssl_);
    if (chain == nullptr || sk_X509_num(chain) == 0) chain = SSL_get_peer_cert_chain(self->ssl_);
    for (int i = 0; chain != nullptr && i < sk_X509_num(chain); ++i) {
      X509* c = sk_X509_value(chain, i);
      if (X509_cmp(c, leaf) == 0) continue;
      out.push_back(DerOf(isolate, c));
    }
    X509_free(leaf);
    args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
  }

  static void GetCertificate(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    X509* cert = SSL_get_certificate(self->ssl_);
    if (cert != nullptr) args.GetReturnValue().Set(DerOf(args.GetIsolate(), cert));
  }

  static v8::Local<v8::Value> DerOf(v8::Isolate* isolate, X509* cert) {
    unsigned char* der = nullptr;
    int len = i2d_X509(cert, &der);
    if (len < 0) return v8::Undefined(isolate);
    v8::Local<v8::ArrayBuffer> ab = crypto::CopyToArrayBuffer(isolate, der, len);
    OPENSSL_free(der);
    return ab;
  }

  static void GetProtocol(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(OneByteString(args.GetIsolate(), SSL_get_version(self->ssl_)));
  }

  // getCipher() → [name, standardName, version]
  static void GetCipher(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    const SSL_CIPHER* c = SSL_get_current_cipher(self->ssl_);
    if (c == nullptr) return;
    v8::Local<v8::Value> values[] = {
        OneByteString(isolate, SSL_CIPHER_get_name(c)),
        OneByteString(isolate, SSL_CIPHER_standard_name(c)),
        OneByteString(isolate, SSL_CIPHER_get_version(c)),
    };
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
  }

  static void GetSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    SSL_SESSION* s = SSL_get_session(self->ssl_);
    if (s == nullptr) return;
    args.GetReturnValue().Set(SessionDer(args.GetIsolate(), s));
  }

  static v8::Local<v8::Value> SessionDer(v8::Isolate* isolate, SSL_SESSION* s) {
    int len = i2d_SSL_SESSION(s, nullptr);
    if (len <= 0) return v8::Undefined(isolate);
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, len);
    unsigned char* p = static_cast<unsigned char*>(store->Data());
    i2d_SSL_SESSION(s, &p);
    return v8::ArrayBuffer::New(isolate, std::move(store));
  }

  // takeNewSession() → the DER of the session the server last issued (client side).
  static void TakeNewSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    std::string s = std::move(self->new_session_der_);
    self->new_session_der_.clear();
    if (s.empty()) return;
    args.GetReturnValue().Set(crypto::TakeArrayBuffer(args.GetIsolate(), std::move(s)));
  }

  static void SetSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    ByteView data(isolate, args[0]);
    if (!data.ok()) return ThrowTypeError(isolate, "Expected a string or a buffer");
    const unsigned char* p = data.data();
    SSL_SESSION* s = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(data.size()));
    if (s == nullptr) return crypto::ThrowOpenSSLError(isolate, "Bad session");
    int ok = SSL_set_session(self->ssl_, s);
    SSL_SESSION_free(s);
    if (ok != 1) return crypto::ThrowOpenSSLError(isolate, "SSL_set_session error");
  }

  static void IsSessionReused(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    args.GetReturnValue().Set(SSL_session_reused(self->ssl_) == 1);
  }

  static void ExportKeyingMaterial(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsUint32()) return ThrowTypeError(isolate, "Bad length");
    uint32_t len = args[0].As<v8::Uint32>()->Value();
    std::string label = ToStdString(isolate, args[1]);
    std::string out(len, '\0');
    int ok;
    if (args[2]->IsUndefined()) {
      ok = SSL_export_keying_material(self->ssl_, reinterpret_cast<unsigned char*>(out.data()), len,
                                      label.data(), label.size(), nullptr, 0, 0);
    } else {
      ByteView context(isolate, args[2]);
      ok =
          SSL_export_keying_material(self->ssl_, reinterpret_cast<unsigned char*>(out.data()), len,
                                     label.data(), label.size(), context.data(), context.size(), 1);
    }
    if (ok != 1) return crypto::ThrowOpenSSLError(isolate, "Key export failed");
    args.GetReturnValue().Set(crypto::TakeArrayBuffer(isolate, std::move(out)));
  }

  // getFinished() / getPeerFinished() → the Finished message bytes, or undefined.
  static void GetFinished(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    char buf[EVP_MAX_MD_SIZE];
    size_t len = SSL_get_finished(self->ssl_, buf, sizeof(buf));
    if (len > 0) args.GetReturnValue().Set(crypto::CopyToArrayBuffer(args.GetIsolate(), buf, len));
  }

  static void GetPeerFinished(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    char buf[EVP_MAX_MD_SIZE];
    size_t len = SSL_get_peer_finished(self->ssl_, buf, sizeof(buf));
    if (len > 0) args.GetReturnValue().Set(crypto::CopyToArrayBuffer(args.GetIsolate(), buf, len));
  }

  static void SetMaxSendFragment(const v8::FunctionCallbackInfo<v8::Value>& args) {
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "Bad size");
    int32_t size = args[0].As<v8::Int32>()->Value();
    bool ok = size > 0 && SSL_set_max_send_fragment(self->ssl_, size) == 1;
    ERR_clear_error();
    args.GetReturnValue().Set(ok);
  }

  // getEphemeralKeyInfo() → [type, name, size] of the peer's key exchange key, or undefined.
  static void GetEphemeralKeyInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    TLSConn* self = Self(args);
    if (self == nullptr) return;
    EVP_PKEY* key = nullptr;
    if (SSL_get_peer_tmp_key(self->ssl_, &key) != 1 || key == nullptr) {
      ERR_clear_error();
      return;
    }
    int id = EVP_PKEY_id(key);
    int bits = EVP_PKEY_bits(key);
    v8::Local<v8::Value> type = v8::Undefined(isolate);
    v8::Local<v8::Value> name = v8::Undefined(isolate);
    if (id == EVP_PKEY_DH) {
      type = OneByteString(isolate, "DH");
    } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
      type = OneByteString(isolate, "ECDH");
      if (id == EVP_PKEY_EC) {
        char group[80];
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof(group), &len) == 1) {
          // Node names the NIST curves by their short OpenSSL names (prime256v1, secp384r1, …).
          int nid = OBJ_txt2nid(group);
          const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : group;
          name = OneByteString(isolate, sn);
        }
      } else {
        name = OneByteString(isolate, id == EVP_PKEY_X25519 ? "X25519" : "X448");
      }
    }
    EVP_PKEY_free(key);
    ERR_clear_error();
    v8::Local<v8::Value> values[] = {type, name, v8::Integer::New(isolate, bits)};
    args.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
  }

  static const char* VerifyCode(long err) {
    switch (err) {
#define V(name)           \
  case X509_V_ERR_##name: \
    return #name;
      V(UNABLE_TO_GET_ISSUER_CERT)
      V(UNABLE_TO_GET_CRL)
      V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
      V(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
      V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
      V(CERT_SIGNATURE_FAILURE)
      V(CRL_SIGNATURE_FAILURE)
      V(CERT_NOT_YET_VALID)
      V(CERT_HAS_EXPIRED)
      V(CRL_NOT_YET_VALID)
      V(CRL_HAS_EXPIRED)
      V(ERROR_IN_CERT_NOT_BEFORE_FIELD)
      V(ERROR_IN_CERT_NOT_AFTER_FIELD)
      V(ERROR_IN_CRL_LAST_UPDATE_FIELD)
      V(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
      V(OUT_OF_MEM)
      V(DEPTH_ZERO_SELF_SIGNED_CERT)
      V(SELF_SIGNED_CERT_IN_CHAIN)
      V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
      V(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
      V(CERT_CHAIN_TOO_LONG)
      V(CERT_REVOKED)
      V(INVALID_CA)
      V(PATH_LENGTH_EXCEEDED)
      V(INVALID_PURPOSE)
      V(CERT_UNTRUSTED)
      V(CERT_REJECTED)
      V(HOSTNAME_MISMATCH)
#undef V
      default:
        return "UNSPECIFIED";
    }
  }

 public:
  // Read by the OpenSSL callbacks below.
  SSL* ssl_ = nullptr;
  BIO* rbio_ = nullptr;
  BIO* wbio_ = nullptr;
  v8::Global<v8::Object> sc_;
  v8::Global<v8::Function> ondata_;
  bool is_server_ = false;
  bool handshake_done_ = false;
  bool sni_wanted_ = false;
  bool sni_asked_ = false;
  bool has_servername_ = false;
  bool alpn_set_ = false;
  bool new_session_ = false;
  int verify_mode_ = SSL_VERIFY_NONE;
  unsigned long error_ = 0;
  std::string servername_;
  std::string alpn_;
  std::string new_session_der_;
  bool keylog_enabled_ = false;
  std::vector<std::string> keylog_;
  LibuvStreamWrap* stream_ = nullptr;  // the attached transport handle (attach())
  bool direct_ = false;                // reads handled in C++ (setDirect())
  bool detached_ = false;              // detach() was called
  uint64_t plain_read_ = 0;
  uint64_t plain_written_ = 0;
};

int AlpnSelect(SSL* ssl, const unsigned char** out, unsigned char* outlen, const unsigned char* in,
               unsigned int inlen, void*) {
  auto* conn = static_cast<TLSConn*>(SSL_get_app_data(ssl));
  if (conn == nullptr || !conn->alpn_set_) return SSL_TLSEXT_ERR_NOACK;
  unsigned char* selected = nullptr;
  int r = SSL_select_next_proto(&selected, outlen,
                                reinterpret_cast<const unsigned char*>(conn->alpn_.data()),
                                static_cast<unsigned int>(conn->alpn_.size()), in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;  // no_application_protocol
  *out = selected;
  return SSL_TLSEXT_ERR_OK;
}

// A server's ClientHello: note the SNI name; pause once when JS has an SNICallback.
int ClientHello(SSL* ssl, int*, void*) {
  auto* conn = static_cast<TLSConn*>(SSL_get_app_data(ssl));
  if (conn == nullptr) return SSL_CLIENT_HELLO_SUCCESS;
  if (!conn->sni_asked_) {
    const unsigned char* p = nullptr;
    size_t len = 0;
    // server_name: list length(2), type(1) = host_name, name length(2), name.
    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) == 1 && len > 5 &&
        p[2] == TLSEXT_NAMETYPE_host_name) {
      size_t name_len = (static_cast<size_t>(p[3]) << 8) | p[4];
      if (name_len + 5 <= len) {
        conn->servername_.assign(reinterpret_cast<const char*>(p + 5), name_len);
        conn->has_servername_ = true;
      }
    }
    conn->sni_asked_ = true;
    if (conn->sni_wanted_) return SSL_CLIENT_HELLO_RETRY;
  }
  return SSL_CLIENT_HELLO_SUCCESS;
}

int NewSession(SSL* ssl, SSL_SESSION* session) {
  auto* conn = static_cast<TLSConn*>(SSL_get_app_data(ssl));
  if (conn == nullptr || conn->is_server_) return 0;
  int len = i2d_SSL_SESSION(session, nullptr);
  if (len <= 0) return 0;
  conn->new_session_der_.resize(len);
  unsigned char* p = reinterpret_cast<unsigned char*>(conn->new_session_der_.data());
  i2d_SSL_SESSION(session, &p);
  conn->new_session_ = true;
  return 0;
}

void Keylog(const SSL* ssl, const char* line) {
  auto* conn = static_cast<TLSConn*>(SSL_get_app_data(ssl));
  if (conn == nullptr || !conn->keylog_enabled_) return;
  conn->keylog_.push_back(std::string(line) + "\n");
}

// getCiphers() → the names OpenSSL offers (lower-cased by JS), TLS 1.3 suites included.
void GetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  if (ctx == nullptr) return crypto::ThrowOpenSSLError(isolate, "SSL_CTX_new");
  SSL* ssl = SSL_new(ctx);
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
    out.push_back(OneByteString(isolate, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
  }
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// getCACertificates(kind) → PEM strings; kind: 0 default, 1 system, 2 extra, 3 bundled.
void GetCACertificates(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  static constexpr tls_root_store::Kind kKinds[] = {
      tls_root_store::Kind::kDefault, tls_root_store::Kind::kSystem, tls_root_store::Kind::kExtra,
      tls_root_store::Kind::kBundled};
  int32_t kind = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : -1;
  if (kind < 0 || kind > 3) return ThrowTypeError(isolate, "Bad kind");
  std::vector<std::string> pems = tls_root_store::Certificates(kKinds[kind]);
  std::vector<v8::Local<v8::Value>> out;
  out.reserve(pems.size());
  for (const std::string& pem : pems) out.push_back(OneByteString(isolate, pem));
  args.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// setDefaultCACertificates(array of PEM strings/views): a malformed PEM block, or no certificate
// in a non-empty array, throws (Node's errors) and changes nothing.
void SetDefaultCACertificates(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsArray()) return ThrowTypeError(isolate, "Bad certificates");
  v8::Local<v8::Array> list = args[0].As<v8::Array>();
  std::vector<X509*> certs;
  auto free_all = [&] {
    for (X509* cert : certs) X509_free(cert);
  };
  for (uint32_t i = 0; i < list->Length(); ++i) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return free_all();
    ByteView pem(isolate, item);
    if (!pem.ok()) {
      free_all();
      return ThrowTypeError(isolate, "Bad certificate");
    }
    ERR_clear_error();
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) certs.push_back(cert);
    BIO_free(bio);
    unsigned long err = ERR_peek_error();
    if (err != 0 &&
        !(ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE)) {
      free_all();
      return crypto::ThrowOpenSSLError(isolate, "PEM_read_bio_X509");
    }
    ERR_clear_error();
  }
  if (certs.empty() && list->Length() > 0) {
    return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                              "No valid certificates found in the provided array");
  }
  tls_root_store::SetThreadDefault(std::move(certs));
}

const MethodEntry kMethods[] = {
    {"getCiphers", GetCiphers},
    {"getCACertificates", GetCACertificates},
    {"setDefaultCACertificates", SetDefaultCACertificates},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);

  v8::Local<v8::FunctionTemplate> sc =
      NewConstructorTemplate(isolate, SecureContext::New, "SecureContext");
  SetProtoMethod(isolate, sc, "setProtoVersions", SecureContext::SetProtoVersions);
  SetProtoMethod(isolate, sc, "setKey", SecureContext::SetKey);
  SetProtoMethod(isolate, sc, "setCert", SecureContext::SetCert);
  SetProtoMethod(isolate, sc, "addCACert", SecureContext::AddCACert);
  SetProtoMethod(isolate, sc, "addRootCerts", SecureContext::AddRootCerts);
  SetProtoMethod(isolate, sc, "setCiphers", SecureContext::SetCiphers);
  SetProtoMethod(isolate, sc, "setCipherSuites", SecureContext::SetCipherSuites);
  SetProtoMethod(isolate, sc, "setECDHCurve", SecureContext::SetECDHCurve);
  SetProtoMethod(isolate, sc, "setSigalgs", SecureContext::SetSigalgs);
  SetProtoMethod(isolate, sc, "setOptions", SecureContext::SetOptions);
  SetProtoMethod(isolate, sc, "setSessionIdContext", SecureContext::SetSessionIdContext);
  SetProtoMethod(isolate, sc, "setSessionTimeout", SecureContext::SetSessionTimeout);
  SetProtoMethod(isolate, sc, "loadPKCS12", SecureContext::LoadPKCS12);
  SetValue(context, target, "SecureContext", sc->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> t = NewConstructorTemplate(isolate, TLSConn::New, "TLSConn");
  t->InstanceTemplate()->SetInternalFieldCount(StreamReadSource::kTaggedFieldCount);
  SetProtoMethod(isolate, t, "attach", TLSConn::Attach);
  SetProtoMethod(isolate, t, "flushOut", TLSConn::FlushOutMethod);
  SetProtoMethod(isolate, t, "setDirect", TLSConn::SetDirect);
  SetProtoMethod(isolate, t, "writeTo", TLSConn::WriteTo);
  SetProtoMethod(isolate, t, "getBytesRead", TLSConn::GetBytesRead);
  SetProtoMethod(isolate, t, "getBytesWritten", TLSConn::GetBytesWritten);
  SetProtoMethod(isolate, t, "setOnData", TLSConn::SetOnData);
  SetProtoMethod(isolate, t, "detach", TLSConn::Detach);
  SetProtoMethod(isolate, t, "enableKeylog", TLSConn::EnableKeylog);
  SetProtoMethod(isolate, t, "takeKeylog", TLSConn::TakeKeylog);
  SetProtoMethod(isolate, t, "receive", TLSConn::Receive);
  SetProtoMethod(isolate, t, "encOut", TLSConn::EncOut);
  SetProtoMethod(isolate, t, "write", TLSConn::Write);
  SetProtoMethod(isolate, t, "shutdown", TLSConn::Shutdown);
  SetProtoMethod(isolate, t, "takeError", TLSConn::TakeError);
  SetProtoMethod(isolate, t, "setServername", TLSConn::SetServername);
  SetProtoMethod(isolate, t, "getServername", TLSConn::GetServername);
  SetProtoMethod(isolate, t, "setALPNProtocols", TLSConn::SetALPNProtocols);
  SetProtoMethod(isolate, t, "getALPNNegotiated", TLSConn::GetALPNNegotiated);
  SetProtoMethod(isolate, t, "setVerifyMode", TLSConn::SetVerifyMode);
  SetProtoMethod(isolate, t, "setSNIWanted", TLSConn::SetSNIWanted);
  SetProtoMethod(isolate, t, "setSecureContext", TLSConn::SetSecureContext);
  SetProtoMethod(isolate, t, "verifyError", TLSConn::VerifyError);
  SetProtoMethod(isolate, t, "getPeerCertificate", TLSConn::GetPeerCertificate);
  SetProtoMethod(isolate, t, "getCertificate", TLSConn::GetCertificate);
  SetProtoMethod(isolate, t, "getProtocol", TLSConn::GetProtocol);
  SetProtoMethod(isolate, t, "getCipher", TLSConn::GetCipher);
  SetProtoMethod(isolate, t, "getSession", TLSConn::GetSession);
  SetProtoMethod(isolate, t, "takeNewSession", TLSConn::TakeNewSession);
  SetProtoMethod(isolate, t, "setSession", TLSConn::SetSession);
  SetProtoMethod(isolate, t, "isSessionReused", TLSConn::IsSessionReused);
  SetProtoMethod(isolate, t, "exportKeyingMaterial", TLSConn::ExportKeyingMaterial);
  SetProtoMethod(isolate, t, "getFinished", TLSConn::GetFinished);
  SetProtoMethod(isolate, t, "getPeerFinished", TLSConn::GetPeerFinished);
  SetProtoMethod(isolate, t, "setMaxSendFragment", TLSConn::SetMaxSendFragment);
  SetProtoMethod(isolate, t, "getEphemeralKeyInfo", TLSConn::GetEphemeralKeyInfo);
  SetValue(context, target, "TLSConn", t->GetFunction(context).ToLocalChecked());

  SetConstant(context, target, "kHandshakeDone", kHandshakeDone);
  SetConstant(context, target, "kEOF", kEOF);
  SetConstant(context, target, "kWantSNI", kWantSNI);
  SetConstant(context, target, "kNewSession", kNewSession);
  SetConstant(context, target, "kEncOut", kEncOut);
  SetConstant(context, target, "kKeylog", kKeylog);
  SetConstant(context, target, "TLS1_VERSION", TLS1_VERSION);
  SetConstant(context, target, "TLS1_1_VERSION", TLS1_1_VERSION);
  SetConstant(context, target, "TLS1_2_VERSION", TLS1_2_VERSION);
  SetConstant(context, target, "TLS1_3_VERSION", TLS1_3_VERSION);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(SecureContext::New);
  registry->Add(SecureContext::SetProtoVersions);
  registry->Add(SecureContext::SetKey);
  registry->Add(SecureContext::SetCert);
  registry->Add(SecureContext::AddCACert);
  registry->Add(SecureContext::AddRootCerts);
  registry->Add(SecureContext::SetCiphers);
  registry->Add(SecureContext::SetCipherSuites);
  registry->Add(SecureContext::SetECDHCurve);
  registry->Add(SecureContext::SetSigalgs);
  registry->Add(SecureContext::SetOptions);
  registry->Add(SecureContext::SetSessionIdContext);
  registry->Add(SecureContext::SetSessionTimeout);
  registry->Add(SecureContext::LoadPKCS12);
  registry->Add(TLSConn::New);
  registry->Add(TLSConn::Attach);
  registry->Add(TLSConn::FlushOutMethod);
  registry->Add(TLSConn::SetDirect);
  registry->Add(TLSConn::WriteTo);
  registry->Add(TLSConn::GetBytesRead);
  registry->Add(TLSConn::GetBytesWritten);
  registry->Add(TLSConn::SetOnData);
  registry->Add(TLSConn::Detach);
  registry->Add(TLSConn::EnableKeylog);
  registry->Add(TLSConn::TakeKeylog);
  registry->Add(TLSConn::Receive);
  registry->Add(TLSConn::EncOut);
  registry->Add(TLSConn::Write);
  registry->Add(TLSConn::Shutdown);
  registry->Add(TLSConn::TakeError);
  registry->Add(TLSConn::SetServername);
  registry->Add(TLSConn::GetServername);
  registry->Add(TLSConn::SetALPNProtocols);
  registry->Add(TLSConn::GetALPNNegotiated);
  registry->Add(TLSConn::SetVerifyMode);
  registry->Add(TLSConn::SetSNIWanted);
  registry->Add(TLSConn::SetSecureContext);
  registry->Add(TLSConn::VerifyError);
  registry->Add(TLSConn::GetPeerCertificate);
  registry->Add(TLSConn::GetCertificate);
  registry->Add(TLSConn::GetProtocol);
  registry->Add(TLSConn::GetCipher);
  registry->Add(TLSConn::GetSession);
  registry->Add(TLSConn::TakeNewSession);
  registry->Add(TLSConn::SetSession);
  registry->Add(TLSConn::IsSessionReused);
  registry->Add(TLSConn::ExportKeyingMaterial);
  registry->Add(TLSConn::GetFinished);
  registry->Add(TLSConn::GetPeerFinished);
  registry->Add(TLSConn::SetMaxSendFragment);
  registry->Add(TLSConn::GetEphemeralKeyInfo);
}

}  // namespace tide::bindings::tls_wrap
