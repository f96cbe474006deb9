// See tls_root_store.h. Loading a CA bundle means parsing some 150 certificates (tens of
// milliseconds with OpenSSL 3's decoders): done once per process, not once per SecureContext.
#include "bindings/tls_root_store.h"

#include <dirent.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace tide::bindings::tls_root_store {

namespace {

// NODE_EXTRA_CA_CERTS as the process started with it: as in Node, setting process.env later
// changes nothing.
std::string EnvAtStart(const char* name) {
  const char* value = getenv(name);
  return value != nullptr ? value : "";
}
const std::string extra_certs_file = EnvAtStart("NODE_EXTRA_CA_CERTS");

void AppendUnique(std::vector<X509*>* certs, X509* cert) {
  for (X509* have : *certs) {
    if (X509_cmp(have, cert) == 0) {
      X509_free(cert);
      return;
    }
  }
  certs->push_back(cert);
}

// The certificates of a PEM file (`aux`: "TRUSTED CERTIFICATE" blocks too, as OpenSSL reads CA
// files). *error: the first OpenSSL error (0 when the file ended cleanly), Node's rule for
// NODE_EXTRA_CA_CERTS: what was read before a bad block is kept.
std::vector<X509*> ReadPemFile(const char* path, bool aux, unsigned long* error) {
  std::vector<X509*> certs;
  ERR_clear_error();
  BIO* bio = BIO_new_file(path, "r");
  if (bio == nullptr) {
    *error = ERR_get_error();
    ERR_clear_error();
    return certs;
  }
  while (X509* cert = aux ? PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr)
                          : PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    AppendUnique(&certs, cert);
  }
  BIO_free(bio);
  unsigned long err = ERR_peek_error();
  if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) err = 0;
  *error = err;
  ERR_clear_error();
  return certs;
}

// The system's CA directories (OpenSSL's: SSL_CERT_DIR, a ':'-separated list, or the built-in).
std::vector<std::string> CertDirs() {
  const char* env = getenv(X509_get_default_cert_dir_env());
  std::string_view list = env != nullptr ? env : X509_get_default_cert_dir();
  std::vector<std::string> dirs;
  while (!list.empty()) {
    size_t colon = list.find(':');
    std::string_view dir = list.substr(0, colon);
    if (!dir.empty()) dirs.emplace_back(dir);
    if (colon == std::string_view::npos) break;
    list.remove_prefix(colon + 1);
  }
  return dirs;
}

// Every certificate OpenSSL's hashed-directory lookup can find there: files named
// <8 hex digits>.<n>.
void ReadCertDir(const std::string& dir, std::vector<X509*>* certs) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  while (dirent* entry = readdir(d)) {
    const char* name = entry->d_name;
    size_t len = strlen(name);
    if (len < 10 || name[8] != '.' || strspn(name, "0123456789abcdef") != 8 ||
        strspn(name + 9, "0123456789") != len - 9) {
      continue;
    }
    unsigned long err = 0;
    for (X509* cert : ReadPemFile((dir + "/" + name).c_str(), true, &err)) {
      AppendUnique(certs, cert);
    }
  }
  closedir(d);
}

struct ProcessStore {
  X509_STORE* store = nullptr;
  std::vector<X509*> file_certs;  // the system CA file's
  std::vector<X509*> extra;       // NODE_EXTRA_CA_CERTS's
  std::vector<std::string> dirs;  // looked up by subject hash when a chain needs them
};

// Built on first use (a function-local static: thread-safe, once) and never freed, so that
// worker threads still running at exit can go on using it.
ProcessStore& Process() {
  static ProcessStore* process = [] {
    auto* p = new ProcessStore;
    p->store = X509_STORE_new();
    const char* file = getenv(X509_get_default_cert_file_env());
    if (file == nullptr) file = X509_get_default_cert_file();
    unsigned long err = 0;
    p->file_certs = ReadPemFile(file, true, &err);
    for (X509* cert : p->file_certs) X509_STORE_add_cert(p->store, cert);
    p->dirs = CertDirs();
    for (const std::string& dir : p->dirs) X509_STORE_load_path(p->store, dir.c_str());
    if (!extra_certs_file.empty()) {
      p->extra = ReadPemFile(extra_certs_file.c_str(), false, &err);
      if (err != 0) {
        char reason[256];
        ERR_error_string_n(err, reason, sizeof(reason));
        // Node's words, straight to stderr (not a process warning: --no-warnings keeps it).
        fprintf(stderr, "Warning: Ignoring extra certs from `%s`, load failed: %s\n",
                extra_certs_file.c_str(), reason);
      }
      for (X509* cert : p->extra) X509_STORE_add_cert(p->store, cert);
    }
    ERR_clear_error();
    return p;
  }();
  return *process;
}

// tls.setDefaultCACertificates() on this thread (Node's rule: other threads keep theirs).
struct ThreadDefault {
  X509_STORE* store = nullptr;
  std::vector<X509*> certs;
  ThreadDefault() = default;
  ThreadDefault(const ThreadDefault&) = delete;
  ThreadDefault& operator=(const ThreadDefault&) = delete;
  ~ThreadDefault() { Clear(); }
  void Clear() {
    X509_STORE_free(store);
    store = nullptr;
    for (X509* cert : certs) X509_free(cert);
    certs.clear();
  }
};
thread_local ThreadDefault thread_default;

std::string ToPem(X509* cert) {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(bio, cert);
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  std::string pem(data, len > 0 ? static_cast<size_t>(len) : 0);
  BIO_free(bio);
  return pem;
}

std::vector<X509*> SystemCerts() {
  ProcessStore& p = Process();
  std::vector<X509*> certs;
  for (X509* cert : p.file_certs) {
    X509_up_ref(cert);
    certs.push_back(cert);
  }
  for (const std::string& dir : p.dirs) ReadCertDir(dir, &certs);
  return certs;
}

}  // namespace

X509_STORE* AcquireDefaultStore() {
  X509_STORE* store = thread_default.store != nullptr ? thread_default.store : Process().store;
  X509_STORE_up_ref(store);
  return store;
}

X509_STORE* NewCopyOfDefaultStore() {
  X509_STORE* copy = X509_STORE_new();
  if (thread_default.store != nullptr) {
    for (X509* cert : thread_default.certs) X509_STORE_add_cert(copy, cert);
    return copy;
  }
  ProcessStore& p = Process();
  STACK_OF(X509)* certs = X509_STORE_get1_all_certs(p.store);
  for (int i = 0; i < sk_X509_num(certs); ++i) X509_STORE_add_cert(copy, sk_X509_value(certs, i));
  sk_X509_pop_free(certs, X509_free);
  for (const std::string& dir : p.dirs) X509_STORE_load_path(copy, dir.c_str());
  ERR_clear_error();
  return copy;
}

std::vector<std::string> Certificates(Kind kind) {
  std::vector<X509*> certs;
  auto add = [&](const std::vector<X509*>& from) {
    for (X509* cert : from) {
      X509_up_ref(cert);
      AppendUnique(&certs, cert);
    }
  };
  switch (kind) {
    case Kind::kBundled:
      add(Process().file_certs);
      break;
    case Kind::kExtra:
      add(Process().extra);
      break;
    case Kind::kSystem:
      certs = SystemCerts();
      break;
    case Kind::kDefault:
      if (thread_default.store != nullptr) {
        add(thread_default.certs);
      } else {
        certs = SystemCerts();
        add(Process().extra);
      }
      break;
  }
  std::vector<std::string> pems;
  pems.reserve(certs.size());
  for (X509* cert : certs) {
    pems.push_back(ToPem(cert));
    X509_free(cert);
  }
  ERR_clear_error();
  return pems;
}

void SetThreadDefault(std::vector<X509*> certs) {
  std::vector<X509*> unique;
  for (X509* cert : certs) AppendUnique(&unique, cert);
  X509_STORE* store = X509_STORE_new();
  for (X509* cert : unique) X509_STORE_add_cert(store, cert);
  thread_default.Clear();
  thread_default.store = store;
  thread_default.certs = std::move(unique);
}

}  // namespace tide::bindings::tls_root_store
