// The default trust store of node:tls: one X509_STORE per process (the system's CA file, its
// hashed CA directory looked up on demand, and NODE_EXTRA_CA_CERTS), built on first need and
// shared, by reference, by every SecureContext without its own `ca`.
#pragma once

#include <openssl/x509.h>

#include <string>
#include <vector>

namespace tide::bindings::tls_root_store {

// A new reference (X509_STORE_free it, or hand it to SSL_CTX_set_cert_store) to the default
// store of this thread: the process's, or the one tls.setDefaultCACertificates() set here.
X509_STORE* AcquireDefaultStore();

// A store of the context's own holding what the default store trusts (certificates and, for the
// process's store, the CA directory): for a SecureContext that adds CA certificates to its
// defaults (`ctx.context.addCACert()` after the defaults, a PFX's CA certificates).
X509_STORE* NewCopyOfDefaultStore();

enum class Kind { kDefault, kSystem, kExtra, kBundled };

// The certificates of a kind as PEM text, deduplicated, in load order. kBundled: the system CA
// file's certificates (tide has no bundle of its own); kSystem: those and the CA directory's;
// kExtra: NODE_EXTRA_CA_CERTS's; kDefault: what the default store of this thread trusts.
std::vector<std::string> Certificates(Kind kind);

// tls.setDefaultCACertificates(): this thread's default store becomes one of `certs` (X509s this
// takes over). Contexts made earlier keep the store they have.
void SetThreadDefault(std::vector<X509*> certs);

}  // namespace tide::bindings::tls_root_store
