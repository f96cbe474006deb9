// internalBinding('url'): the URL Standard's "domain to ASCII" and "domain to Unicode" (UTS #46
// through ICU's uidna API). Everything else about URLs is JavaScript (lib/internal/url.js).
#include <unicode/uidna.h>

#include <memory>
#include <new>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::url {

namespace {

// One UTS #46 processor per process: ICU documents a UIDNA instance as usable from several threads
// at once, and it holds no per-call state. The options are the URL Standard's: CheckBidi and
// CheckJoiners on, nontransitional processing, UseSTD3ASCIIRules off. CheckHyphens and
// VerifyDnsLength are off too; ICU has no switch for those, so their errors are masked below.
const UIDNA* Processor() {
  static const UIDNA* idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* p =
        uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                            UIDNA_NONTRANSITIONAL_TO_UNICODE,
                        &status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return idna;
}

constexpr uint32_t kIgnoredErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                                    UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
                                    UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

using Convert = int32_t (*)(const UIDNA*, const UChar*, int32_t, UChar*, int32_t, UIDNAInfo*,
                            UErrorCode*);

// Runs `convert` over `input`. Returns the result, or undefined when the domain is invalid (only
// when `strict`; otherwise the converted text is returned whatever its errors).
v8::Local<v8::Value> Run(Environment* env, v8::Local<v8::String> input, Convert convert,
                         bool strict) {
  v8::Isolate* isolate = env->isolate();
  const UIDNA* idna = Processor();
  if (idna == nullptr) return v8::Undefined(isolate);
  v8::String::Value source(isolate, input);
  int32_t length = source.length();
  int32_t capacity = length * 4 + 64;
  for (int attempt = 0; attempt < 2; attempt++) {
    std::unique_ptr<UChar[]> out(new (std::nothrow) UChar[capacity]);
    if (!out) return v8::Undefined(isolate);
    UErrorCode status = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t written = convert(idna, reinterpret_cast<const UChar*>(*source), length, out.get(),
                              capacity, &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      capacity = written + 1;
      continue;
    }
    if (U_FAILURE(status)) return v8::Undefined(isolate);
    if (strict && (info.errors & ~kIgnoredErrors) != 0) return v8::Undefined(isolate);
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(out.get()),
                                      v8::NewStringType::kNormal, written)
        .ToLocalChecked();
  }
  return v8::Undefined(isolate);
}

// domainToASCII(domain): the ASCII form, or undefined when the URL Standard calls it a failure.
v8::Local<v8::Value> DomainToASCII(Environment* env, v8::Local<v8::String> domain) {
  return Run(env, domain, uidna_nameToASCII, true);
}

// domainToUnicode(domain): the Unicode form (errors are not failures for this direction).
v8::Local<v8::Value> DomainToUnicode(Environment* env, v8::Local<v8::String> domain) {
  return Run(env, domain, uidna_nameToUnicode, false);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"domainToASCII", Bind<DomainToASCII>},
    {"domainToUnicode", Bind<DomainToUnicode>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::url
