// internalBinding('url'): the URL Standard's basic URL parser, host parser and serializer, in C++.
//
// A parsed URL is handed to JavaScript as its serialization (the href, always ASCII) plus the
// offsets of its components inside it, so lib/internal/url.js answers getters with substrings and
// never keeps a URL record of its own. Setters come back here: update() rebuilds the record from
// the href and its offsets, runs the parser with the setter's state override and serializes again.
// An input that already is a canonical href of the everyday shape is recognized in one scan
// (CanonicalFastPath) and answered with the input string itself.
//
// The parser works on UTF-8 bytes: the input string is converted once (lone surrogates become
// U+FFFD, as WebIDL's USVString conversion says), and percent-encoding a byte >= 0x80 is then
// exactly the standard's "UTF-8 percent-encode" of the code point it belongs to. Domains go
// through ICU's UTS #46 only when they hold non-ASCII bytes or an "xn--" label.
//
// Scratch strings are thread_local and only cleared between parses, so a parse allocates nothing
// on the C++ heap once they have grown to fit; what is left is the V8 string of the href, skipped
// too when the input already is the canonical href.
#include <unicode/uidna.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::url {

namespace {

// ---- UTS #46 through ICU ----

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

// The URL Standard's "domain to ASCII" (beStrict false) of UTF-8 `domain` into `out`; false for
// failure.
bool IcuDomainToASCII(std::string_view domain, std::string* out) {
  const UIDNA* idna = Processor();
  if (idna == nullptr) return false;
  int32_t capacity = static_cast<int32_t>(domain.size()) * 4 + 64;
  for (int attempt = 0; attempt < 2; attempt++) {
    out->resize(capacity);
    UErrorCode status = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t written =
        uidna_nameToASCII_UTF8(idna, domain.data(), static_cast<int32_t>(domain.size()),
                               out->data(), capacity, &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      capacity = written + 1;
      continue;
    }
    if (U_FAILURE(status) || (info.errors & ~kIgnoredErrors) != 0) return false;
    out->resize(written);
    return true;
  }
  return false;
}

using Convert = int32_t (*)(const UIDNA*, const UChar*, int32_t, UChar*, int32_t, UIDNAInfo*,
                            UErrorCode*);

// Runs `convert` over `input`. Returns the result, or undefined when the domain is invalid (only
// when `strict`; otherwise the converted text is returned whatever its errors).
v8::Local<v8::Value> RunIcu(Environment* env, v8::Local<v8::String> input, Convert convert,
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
  return RunIcu(env, domain, uidna_nameToASCII, true);
}

// domainToUnicode(domain): the Unicode form (errors are not failures for this direction).
v8::Local<v8::Value> DomainToUnicode(Environment* env, v8::Local<v8::String> domain) {
  return RunIcu(env, domain, uidna_nameToUnicode, false);
}

// ---- character classes ----

// Bits of kClasses: the percent-encode sets (each a superset of the one before, except that the
// special-query set adds ' to the query set only), and the forbidden host / domain code points.
enum : uint16_t {
  kC0Control = 1 << 0,
  kFragment = 1 << 1,
  kQuery = 1 << 2,
  kSpecialQuery = 1 << 3,
  kPathSet = 1 << 4,
  kUserinfo = 1 << 5,
  kComponent = 1 << 6,
  kForm = 1 << 7,
  kForbiddenHost = 1 << 8,
  kForbiddenDomain = 1 << 9,
};

constexpr std::array<uint16_t, 256> MakeClasses() {
  std::array<uint16_t, 256> t{};
  auto add = [&t](const char* chars, uint16_t bits) {
    for (const char* p = chars; *p != '\0'; p++) t[static_cast<unsigned char>(*p)] |= bits;
  };
  for (int c = 0; c < 256; c++) {
    if (c < 0x20 || c >= 0x7F) {
      t[c] |= kC0Control | kFragment | kQuery | kSpecialQuery | kPathSet | kUserinfo | kComponent |
              kForm;
    }
  }
  add(" \"<>`", kFragment);
  add(" \"#<>", kQuery | kSpecialQuery | kPathSet | kUserinfo | kComponent | kForm);
  add("'", kSpecialQuery);
  add("?`{}", kPathSet | kUserinfo | kComponent | kForm);
  add("/:;=@[\\]^|", kUserinfo | kComponent | kForm);
  add("$%&+,", kComponent | kForm);
  add("!'()~", kForm);
  t[0] |= kForbiddenHost | kForbiddenDomain;
  add("\t\n\r #/:<>?@[\\]^|", kForbiddenHost | kForbiddenDomain);
  for (int c = 1; c < 0x20; c++) t[c] |= kForbiddenDomain;
  add("%", kForbiddenDomain);
  t[0x7F] |= kForbiddenDomain;
  return t;
}
constexpr std::array<uint16_t, 256> kClasses = MakeClasses();

inline bool In(unsigned char c, uint16_t set) { return (kClasses[c] & set) != 0; }

// One byte per character for the hot scans of the fast path: 1 where `set` leaves it alone.
constexpr std::array<uint8_t, 256> MakeAllowed(uint16_t set, const char* also_stop) {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; c++) t[c] = (kClasses[c] & set) == 0 ? 1 : 0;
  for (const char* p = also_stop; *p != '\0'; p++) t[static_cast<unsigned char>(*p)] = 0;
  return t;
}
constexpr std::array<uint8_t, 256> kPathSegmentOk = MakeAllowed(kPathSet, "/\\");
constexpr std::array<uint8_t, 256> kSpecialQueryOk = MakeAllowed(kSpecialQuery, "");
constexpr std::array<uint8_t, 256> kFragmentOk = MakeAllowed(kFragment, "");

// The index of the first byte of s[i, len) that `ok` does not allow (len when none).
inline size_t ScanAllowed(const char* s, size_t i, size_t len, const std::array<uint8_t, 256>& ok) {
  while (i + 4 <= len) {
    if (!ok[static_cast<unsigned char>(s[i])]) return i;
    if (!ok[static_cast<unsigned char>(s[i + 1])]) return i + 1;
    if (!ok[static_cast<unsigned char>(s[i + 2])]) return i + 2;
    if (!ok[static_cast<unsigned char>(s[i + 3])]) return i + 3;
    i += 4;
  }
  while (i < len && ok[static_cast<unsigned char>(s[i])]) i++;
  return i;
}
inline bool IsAlpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(int c) { return c >= '0' && c <= '9'; }
inline int HexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

constexpr char kHexDigits[] = "0123456789ABCDEF";

// Appends `in` to `out`, percent-encoding the bytes of `set` (every byte >= 0x80 is in every set).
void PercentEncode(std::string_view in, uint16_t set, std::string* out) {
  size_t last = 0;
  for (size_t i = 0; i < in.size(); i++) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (!In(c, set)) continue;
    out->append(in.data() + last, i - last);
    char esc[3] = {'%', kHexDigits[c >> 4], kHexDigits[c & 15]};
    out->append(esc, 3);
    last = i + 1;
  }
  out->append(in.data() + last, in.size() - last);
}

// Percent-decodes `in` into bytes.
void PercentDecode(std::string_view in, std::string* out) {
  out->clear();
  const size_t len = in.size();
  for (size_t i = 0; i < len; i++) {
    char c = in[i];
    int hi, lo;
    if (c == '%' && i + 2 < len && (hi = HexValue(static_cast<unsigned char>(in[i + 1]))) >= 0 &&
        (lo = HexValue(static_cast<unsigned char>(in[i + 2]))) >= 0) {
      out->push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out->push_back(c);
    }
  }
}

// ---- schemes ----

// The default port of a special scheme, -1 for file: and for schemes that are not special.
int DefaultPort(std::string_view scheme) {
  switch (scheme.size()) {
    case 2:
      return scheme == "ws" ? 80 : -1;
    case 3:
      return scheme == "wss" ? 443 : scheme == "ftp" ? 21 : -1;
    case 4:
      return scheme == "http" ? 80 : -1;
    case 5:
      return scheme == "https" ? 443 : -1;
    default:
      return -1;
  }
}
bool IsSpecial(std::string_view scheme) { return DefaultPort(scheme) != -1 || scheme == "file"; }

// ---- the URL record ----

// The path is kept serialized: a list path as "/seg/seg" (each segment behind a slash, the empty
// list as ""), an opaque path as itself.
struct Record {
  std::string scheme;
  std::string username;
  std::string password;
  std::string host;
  std::string path;
  std::string query;
  std::string fragment;
  int32_t port = -1;
  bool has_host = false;
  bool opaque = false;
  bool has_query = false;
  bool has_fragment = false;

  void Clear() {
    scheme.clear();
    username.clear();
    password.clear();
    host.clear();
    path.clear();
    query.clear();
    fragment.clear();
    port = -1;
    has_host = opaque = has_query = has_fragment = false;
  }
  bool IncludesCredentials() const { return !username.empty() || !password.empty(); }
  std::string_view FirstSegment() const {
    if (path.empty()) return {};
    size_t end = path.find('/', 1);
    return std::string_view(path).substr(1, end == std::string::npos ? end : end - 1);
  }
  bool SingleSegment() const { return !path.empty() && path.find('/', 1) == std::string::npos; }
};

bool IsWindowsDriveLetter(std::string_view s, bool normalized_only = false) {
  return s.size() == 2 && IsAlpha(static_cast<unsigned char>(s[0])) &&
         (s[1] == ':' || (!normalized_only && s[1] == '|'));
}
bool StartsWithWindowsDriveLetter(std::string_view s, size_t i) {
  if (s.size() < i + 2) return false;
  if (!IsAlpha(static_cast<unsigned char>(s[i])) || (s[i + 1] != ':' && s[i + 1] != '|')) {
    return false;
  }
  if (s.size() == i + 2) return true;
  char c = s[i + 2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}
bool IsSingleDot(std::string_view s) {
  return s == "." || (s.size() == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e');
}
bool IsDoubleDot(std::string_view s) {
  auto pct = [](std::string_view t) { return t[0] == '%' && t[1] == '2' && (t[2] | 0x20) == 'e'; };
  switch (s.size()) {
    case 2:
      return s == "..";
    case 4:
      return (s[0] == '.' && pct(s.substr(1))) || (pct(s) && s[3] == '.');
    case 6:
      return pct(s) && pct(s.substr(3));
    default:
      return false;
  }
}
void ShortenPath(Record* url) {
  if (url->path.empty()) return;
  if (url->scheme == "file" && url->SingleSegment() &&
      IsWindowsDriveLetter(url->FirstSegment(), true)) {
    return;
  }
  url->path.resize(url->path.rfind('/'));
}

// ---- hosts ----

bool ParseIPv6(std::string_view in, uint16_t address[8]) {
  for (int i = 0; i < 8; i++) address[i] = 0;
  int piece = 0;
  int compress = -1;
  size_t p = 0;
  const size_t len = in.size();
  auto at = [&](size_t i) -> int { return i < len ? static_cast<unsigned char>(in[i]) : -1; };
  if (at(0) == ':') {
    if (at(1) != ':') return false;
    p += 2;
    compress = ++piece;
  }
  while (at(p) != -1) {
    if (piece == 8) return false;
    if (at(p) == ':') {
      if (compress != -1) return false;
      p++;
      compress = ++piece;
      continue;
    }
    int value = 0;
    int length = 0;
    while (length < 4 && HexValue(at(p)) >= 0) {
      value = value * 16 + HexValue(at(p));
      p++;
      length++;
    }
    if (at(p) == '.') {
      if (length == 0) return false;
      p -= length;
      if (piece > 6) return false;
      int numbers_seen = 0;
      while (at(p) != -1) {
        int ipv4_piece = -1;
        if (numbers_seen > 0) {
          if (at(p) == '.' && numbers_seen < 4) {
            p++;
          } else {
            return false;
          }
        }
        if (!IsDigit(at(p))) return false;
        while (IsDigit(at(p))) {
          int number = at(p) - '0';
          if (ipv4_piece == -1) {
            ipv4_piece = number;
          } else if (ipv4_piece == 0) {
            return false;
          } else {
            ipv4_piece = ipv4_piece * 10 + number;
          }
          if (ipv4_piece > 255) return false;
          p++;
        }
        address[piece] = static_cast<uint16_t>(address[piece] * 0x100 + ipv4_piece);
        numbers_seen++;
        if (numbers_seen == 2 || numbers_seen == 4) piece++;
      }
      if (numbers_seen != 4) return false;
      break;
    } else if (at(p) == ':') {
      p++;
      if (at(p) == -1) return false;
    } else if (at(p) != -1) {
      return false;
    }
    address[piece] = static_cast<uint16_t>(value);
    piece++;
  }
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[piece];
      address[piece] = tmp;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return false;
  }
  return true;
}

void SerializeIPv6(const uint16_t address[8], std::string* out) {
  // The first longest run of two or more zero pieces is compressed.
  int best_start = -1;
  int best_length = 1;
  for (int i = 0; i < 8;) {
    if (address[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && address[j] == 0) j++;
    if (j - i > best_length) {
      best_start = i;
      best_length = j - i;
    }
    i = j;
  }
  out->push_back('[');
  bool ignore0 = false;
  for (int i = 0; i < 8; i++) {
    if (ignore0 && address[i] == 0) continue;
    ignore0 = false;
    if (i == best_start) {
      out->append(i == 0 ? "::" : ":");
      ignore0 = true;
      continue;
    }
    char buf[8];
    int n = 0;
    uint16_t v = address[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 15;
      if (d != 0 || started || shift == 0) {
        buf[n++] = "0123456789abcdef"[d];
        started = true;
      }
    }
    out->append(buf, n);
    if (i != 7) out->push_back(':');
  }
  out->push_back(']');
}

// The IPv4 number parser: false for failure; values past 2^32 saturate (they fail anyway).
bool ParseIPv4Number(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s.remove_prefix(2);
    radix = 16;
  } else if (s.size() >= 2 && s[0] == '0') {
    s.remove_prefix(1);
    radix = 8;
  }
  uint64_t value = 0;
  for (char ch : s) {
    int d = HexValue(static_cast<unsigned char>(ch));
    if (d < 0 || d >= radix) return false;
    value = value * radix + d;
    if (value > (uint64_t{1} << 33)) value = uint64_t{1} << 33;
  }
  *out = value;
  return true;
}

bool EndsInANumber(std::string_view s) {
  size_t end = s.size();
  if (end > 0 && s[end - 1] == '.') {
    if (end == 1) return false;
    end--;
  }
  size_t dot = s.rfind('.', end - 1);
  size_t start = dot == std::string_view::npos ? 0 : dot + 1;
  if (start >= end) return false;
  std::string_view last = s.substr(start, end - start);
  bool digits = true;
  for (char c : last) {
    if (!IsDigit(static_cast<unsigned char>(c))) {
      digits = false;
      break;
    }
  }
  if (digits) return true;
  if (last.size() < 2 || last[0] != '0' || (last[1] != 'x' && last[1] != 'X')) return false;
  for (size_t i = 2; i < last.size(); i++) {
    if (HexValue(static_cast<unsigned char>(last[i])) < 0) return false;
  }
  return true;
}

bool ParseIPv4(std::string_view s, std::string* out) {
  uint64_t numbers[4];
  int count = 0;
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  size_t start = 0;
  while (true) {
    size_t dot = s.find('.', start);
    std::string_view part = s.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (count == 4) return false;
    if (!ParseIPv4Number(part, &numbers[count])) return false;
    count++;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  for (int i = 0; i < count - 1; i++) {
    if (numbers[i] > 255) return false;
  }
  if (numbers[count - 1] >= (uint64_t{1} << (8 * (5 - count)))) return false;
  uint64_t ipv4 = numbers[count - 1];
  for (int i = 0; i < count - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
  out->clear();
  for (int i = 3; i >= 0; i--) {
    out->append(std::to_string((ipv4 >> (8 * i)) & 255));
    if (i != 0) out->push_back('.');
  }
  return true;
}

bool NeedsIdna(std::string_view domain) {
  for (size_t i = 0; i < domain.size(); i++) {
    unsigned char c = static_cast<unsigned char>(domain[i]);
    if (c >= 0x80) return true;
    if ((i == 0 || domain[i - 1] == '.') && (c | 0x20) == 'x' && i + 3 < domain.size() &&
        (domain[i + 1] | 0x20) == 'n' && domain[i + 2] == '-' && domain[i + 3] == '-') {
      return true;
    }
  }
  return false;
}

thread_local std::string t_host_decoded;
thread_local std::string t_host_ascii;

// The host parser: the serialized host of `in` into `out`; false for failure.
bool ParseHost(std::string_view in, bool opaque, std::string* out) {
  out->clear();
  if (!in.empty() && in[0] == '[') {
    if (in.back() != ']') return false;
    uint16_t address[8];
    if (!ParseIPv6(in.substr(1, in.size() - 2), address)) return false;
    SerializeIPv6(address, out);
    return true;
  }
  if (opaque) {
    for (char c : in) {
      if (In(static_cast<unsigned char>(c), kForbiddenHost)) return false;
    }
    PercentEncode(in, kC0Control, out);
    return true;
  }
  // The common case: ASCII without percent signs or "xn--" labels needs no decoding nor ICU.
  bool plain = true;
  for (char c : in) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || u == '%') {
      plain = false;
      break;
    }
  }
  if (plain && !NeedsIdna(in)) {
    if (in.empty()) return false;
    out->resize(in.size());
    char* o = out->data();
    for (size_t i = 0; i < in.size(); i++) {
      char c = in[i];
      if (In(static_cast<unsigned char>(c), kForbiddenDomain)) return false;
      o[i] = Lower(c);
    }
    if (EndsInANumber(*out)) {
      std::string& ascii = t_host_ascii;
      ascii = *out;
      return ParseIPv4(ascii, out);
    }
    return true;
  }
  std::string& decoded = t_host_decoded;
  PercentDecode(in, &decoded);
  std::string& ascii = t_host_ascii;
  if (!NeedsIdna(decoded)) {
    ascii.resize(decoded.size());
    for (size_t i = 0; i < decoded.size(); i++) ascii[i] = Lower(decoded[i]);
  } else if (!IcuDomainToASCII(decoded, &ascii)) {
    return false;
  }
  if (ascii.empty()) return false;
  for (char c : ascii) {
    if (In(static_cast<unsigned char>(c), kForbiddenDomain)) return false;
  }
  if (EndsInANumber(ascii)) return ParseIPv4(ascii, out);
  out->assign(ascii);
  return true;
}

// ---- the basic URL parser ----

enum State : uint8_t {
  kNoOverride = 0,
  kSchemeStart,
  kScheme,
  kNoScheme,
  kSpecialRelativeOrAuthority,
  kPathOrAuthority,
  kRelative,
  kRelativeSlash,
  kSpecialAuthoritySlashes,
  kSpecialAuthorityIgnoreSlashes,
  kAuthority,
  kHost,
  kHostname,
  kPort,
  kFile,
  kFileSlash,
  kFileHost,
  kPathStart,
  kPath,
  kOpaquePath,
  kQueryState,
  kFragmentState,
};

thread_local std::string t_buffer;
thread_local std::string t_host;
thread_local std::string t_clean;

void CopyAuthority(const Record& from, Record* to) {
  to->username = from.username;
  to->password = from.password;
  to->host = from.host;
  to->has_host = from.has_host;
  to->port = from.port;
}

// Runs the basic URL parser over UTF-8 `input` (already trimmed of leading and trailing C0
// controls and spaces when there is no state override). Without an override `url` must be clear
// and false means failure. With one, `url` is changed in place and false is the standard's
// "failure" return (what was changed before it stays, as the standard says).
bool BasicParse(std::string_view input, const Record* base, Record* url, State override) {
  bool has_tab_or_newline = false;
  for (char c : input) {
    if (c == '\t' || c == '\n' || c == '\r') {
      has_tab_or_newline = true;
      break;
    }
  }
  if (has_tab_or_newline) {
    std::string& clean = t_clean;
    clean.clear();
    for (char c : input) {
      if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
    }
    input = clean;
  }
  const char* s = input.data();
  const ptrdiff_t len = static_cast<ptrdiff_t>(input.size());
  auto at = [s, len](ptrdiff_t i) -> int {
    return i >= 0 && i < len ? static_cast<unsigned char>(s[i]) : -1;
  };
  State state = override != kNoOverride ? override : kSchemeStart;
  std::string& buffer = t_buffer;
  buffer.clear();
  bool at_sign_seen = false;
  bool inside_brackets = false;
  bool password_token_seen = false;
  bool special = IsSpecial(url->scheme);
  const bool has_override = override != kNoOverride;
  constexpr int kEOF = -1;

  for (ptrdiff_t p = 0; p <= len; p++) {
    int c = at(p);
    switch (state) {
      case kSchemeStart:
        if (IsAlpha(c)) {
          buffer.push_back(Lower(static_cast<char>(c)));
          state = kScheme;
        } else if (!has_override) {
          state = kNoScheme;
          p--;
        } else {
          return false;
        }
        break;

      case kScheme:
        if (IsAlpha(c) || IsDigit(c) || c == '+' || c == '-' || c == '.') {
          buffer.push_back(Lower(static_cast<char>(c)));
        } else if (c == ':') {
          if (has_override) {
            if (IsSpecial(url->scheme) != IsSpecial(buffer)) return true;
            if ((url->IncludesCredentials() || url->port != -1) && buffer == "file") return true;
            if (url->scheme == "file" && url->has_host && url->host.empty()) return true;
          }
          url->scheme = buffer;
          special = IsSpecial(buffer);
          if (has_override) {
            if (url->port == DefaultPort(url->scheme)) url->port = -1;
            return true;
          }
          buffer.clear();
          if (url->scheme == "file") {
            state = kFile;
          } else if (special && base != nullptr && base->scheme == url->scheme) {
            state = kSpecialRelativeOrAuthority;
          } else if (special) {
            state = kSpecialAuthoritySlashes;
          } else if (at(p + 1) == '/') {
            state = kPathOrAuthority;
            p++;
          } else {
            url->path.clear();
            url->opaque = true;
            state = kOpaquePath;
          }
        } else if (!has_override) {
          buffer.clear();
          state = kNoScheme;
          p = -1;
        } else {
          return false;
        }
        break;

      case kNoScheme:
        if (base == nullptr || (base->opaque && c != '#')) return false;
        if (base->opaque && c == '#') {
          url->scheme = base->scheme;
          special = IsSpecial(url->scheme);
          url->path = base->path;
          url->opaque = true;
          url->query = base->query;
          url->has_query = base->has_query;
          url->fragment.clear();
          url->has_fragment = true;
          state = kFragmentState;
        } else if (base->scheme != "file") {
          state = kRelative;
          p--;
        } else {
          state = kFile;
          p--;
        }
        break;

      case kSpecialRelativeOrAuthority:
        if (c == '/' && at(p + 1) == '/') {
          state = kSpecialAuthorityIgnoreSlashes;
          p++;
        } else {
          state = kRelative;
          p--;
        }
        break;

      case kPathOrAuthority:
        if (c == '/') {
          state = kAuthority;
        } else {
          state = kPath;
          p--;
        }
        break;

      case kRelative:
        url->scheme = base->scheme;
        special = IsSpecial(url->scheme);
        if (c == '/' || (special && c == '\\')) {
          state = kRelativeSlash;
        } else {
          CopyAuthority(*base, url);
          url->path = base->path;
          url->query = base->query;
          url->has_query = base->has_query;
          if (c == '?') {
            url->query.clear();
            url->has_query = true;
            state = kQueryState;
          } else if (c == '#') {
            url->fragment.clear();
            url->has_fragment = true;
            state = kFragmentState;
          } else if (c != kEOF) {
            url->query.clear();
            url->has_query = false;
            ShortenPath(url);
            state = kPath;
            p--;
          }
        }
        break;

      case kRelativeSlash:
        if (special && (c == '/' || c == '\\')) {
          state = kSpecialAuthorityIgnoreSlashes;
        } else if (c == '/') {
          state = kAuthority;
        } else {
          CopyAuthority(*base, url);
          state = kPath;
          p--;
        }
        break;

      case kSpecialAuthoritySlashes:
        state = kSpecialAuthorityIgnoreSlashes;
        if (c == '/' && at(p + 1) == '/') {
          p++;
        } else {
          p--;
        }
        break;

      case kSpecialAuthorityIgnoreSlashes:
        if (c != '/' && c != '\\') {
          state = kAuthority;
          p--;
        }
        break;

      case kAuthority:
        if (c == '@') {
          if (at_sign_seen) buffer.insert(0, "%40");
          at_sign_seen = true;
          if (!password_token_seen) {
            size_t colon = buffer.find(':');
            if (colon == std::string::npos) {
              PercentEncode(buffer, kUserinfo, &url->username);
            } else {
              password_token_seen = true;
              PercentEncode(std::string_view(buffer).substr(0, colon), kUserinfo, &url->username);
              PercentEncode(std::string_view(buffer).substr(colon + 1), kUserinfo, &url->password);
            }
          } else {
            PercentEncode(buffer, kUserinfo, &url->password);
          }
          buffer.clear();
        } else if (c == kEOF || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          if (at_sign_seen && buffer.empty()) return false;
          p -= static_cast<ptrdiff_t>(buffer.size()) + 1;
          buffer.clear();
          state = kHost;
        } else {
          ptrdiff_t end = p + 1;
          while (end < len) {
            char d = s[end];
            if (d == '@' || d == '/' || d == '?' || d == '#' || (special && d == '\\')) break;
            end++;
          }
          buffer.append(s + p, end - p);
          p = end - 1;
        }
        break;

      case kHost:
      case kHostname:
        if (has_override && url->scheme == "file") {
          p--;
          state = kFileHost;
        } else if (c == ':' && !inside_brackets) {
          if (buffer.empty()) return false;
          if (override == kHostname) return false;
          if (!ParseHost(buffer, !special, &t_host)) return false;
          url->host = t_host;
          url->has_host = true;
          buffer.clear();
          state = kPort;
        } else if (c == kEOF || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          p--;
          if (special && buffer.empty()) return false;
          if (has_override && buffer.empty() && (url->IncludesCredentials() || url->port != -1)) {
            return false;
          }
          if (!ParseHost(buffer, !special, &t_host)) return false;
          url->host = t_host;
          url->has_host = true;
          buffer.clear();
          state = kPathStart;
          if (has_override) return true;
        } else if (c == '[' || c == ']') {
          inside_brackets = c == '[';
          buffer.push_back(static_cast<char>(c));
        } else {
          ptrdiff_t end = p + 1;
          while (end < len) {
            char d = s[end];
            if (d == ':' || d == '/' || d == '?' || d == '#' || d == '[' || d == ']' ||
                (special && d == '\\')) {
              break;
            }
            end++;
          }
          buffer.append(s + p, end - p);
          p = end - 1;
        }
        break;

      case kPort:
        if (IsDigit(c)) {
          buffer.push_back(static_cast<char>(c));
        } else if (c == kEOF || c == '/' || c == '?' || c == '#' || (special && c == '\\') ||
                   has_override) {
          if (!buffer.empty()) {
            int32_t port = 0;
            for (char d : buffer) {
              port = port * 10 + (d - '0');
              if (port > 65535) return false;
            }
            url->port = port == DefaultPort(url->scheme) ? -1 : port;
            buffer.clear();
          }
          if (has_override) return true;
          state = kPathStart;
          p--;
        } else {
          return false;
        }
        break;

      case kFile:
        url->scheme = "file";
        special = true;
        url->host.clear();
        url->has_host = true;
        if (c == '/' || c == '\\') {
          state = kFileSlash;
        } else if (base != nullptr && base->scheme == "file") {
          url->host = base->host;
          url->has_host = base->has_host;
          url->path = base->path;
          url->query = base->query;
          url->has_query = base->has_query;
          if (c == '?') {
            url->query.clear();
            url->has_query = true;
            state = kQueryState;
          } else if (c == '#') {
            url->fragment.clear();
            url->has_fragment = true;
            state = kFragmentState;
          } else if (c != kEOF) {
            url->query.clear();
            url->has_query = false;
            if (!StartsWithWindowsDriveLetter(input, p)) {
              ShortenPath(url);
            } else {
              url->path.clear();
            }
            state = kPath;
            p--;
          }
        } else {
          state = kPath;
          p--;
        }
        break;

      case kFileSlash:
        if (c == '/' || c == '\\') {
          state = kFileHost;
        } else {
          if (base != nullptr && base->scheme == "file") {
            url->host = base->host;
            url->has_host = base->has_host;
            if (!StartsWithWindowsDriveLetter(input, p) && !base->path.empty() &&
                IsWindowsDriveLetter(base->FirstSegment(), true)) {
              url->path.push_back('/');
              url->path.append(base->FirstSegment());
            }
          }
          state = kPath;
          p--;
        }
        break;

      case kFileHost:
        if (c == kEOF || c == '/' || c == '\\' || c == '?' || c == '#') {
          p--;
          if (!has_override && IsWindowsDriveLetter(buffer)) {
            state = kPath;
          } else if (buffer.empty()) {
            url->host.clear();
            url->has_host = true;
            if (has_override) return true;
            state = kPathStart;
          } else {
            if (!ParseHost(buffer, !special, &t_host)) return false;
            if (t_host == "localhost") t_host.clear();
            url->host = t_host;
            url->has_host = true;
            if (has_override) return true;
            buffer.clear();
            state = kPathStart;
          }
        } else {
          buffer.push_back(static_cast<char>(c));
        }
        break;

      case kPathStart:
        if (special) {
          state = kPath;
          if (c != '/' && c != '\\') p--;
        } else if (!has_override && c == '?') {
          url->query.clear();
          url->has_query = true;
          state = kQueryState;
        } else if (!has_override && c == '#') {
          url->fragment.clear();
          url->has_fragment = true;
          state = kFragmentState;
        } else if (c != kEOF) {
          state = kPath;
          if (c != '/') p--;
        } else if (has_override && !url->has_host) {
          url->path.push_back('/');
        }
        break;

      case kPath: {
        if (c != kEOF && c != '/' && !(special && c == '\\') &&
            (has_override || (c != '?' && c != '#'))) {
          ptrdiff_t end = p + 1;
          while (end < len) {
            char d = s[end];
            if (d == '/' || (special && d == '\\') || (!has_override && (d == '?' || d == '#'))) {
              break;
            }
            end++;
          }
          buffer.append(s + p, end - p);
          p = end;
          c = at(p);
        }
        if (c == kEOF || c == '/' || (special && c == '\\') ||
            (!has_override && (c == '?' || c == '#'))) {
          bool slash = c == '/' || (special && c == '\\');
          if (IsDoubleDot(buffer)) {
            ShortenPath(url);
            if (!slash) url->path.push_back('/');
          } else if (IsSingleDot(buffer)) {
            if (!slash) url->path.push_back('/');
          } else {
            if (url->path.empty() && IsWindowsDriveLetter(buffer) && url->scheme == "file") {
              buffer[1] = ':';
            }
            url->path.push_back('/');
            PercentEncode(buffer, kPathSet, &url->path);
          }
          buffer.clear();
          if (c == '?') {
            url->query.clear();
            url->has_query = true;
            state = kQueryState;
          } else if (c == '#') {
            url->fragment.clear();
            url->has_fragment = true;
            state = kFragmentState;
          }
        } else {
          buffer.push_back(static_cast<char>(c));
        }
        break;
      }

      case kOpaquePath: {
        ptrdiff_t end = p;
        while (end < len && s[end] != '?' && s[end] != '#') end++;
        PercentEncode(std::string_view(s + p, end - p), kC0Control, &url->path);
        p = end;
        if (end < len) {
          if (s[end] == '?') {
            url->query.clear();
            url->has_query = true;
            state = kQueryState;
          } else {
            url->fragment.clear();
            url->has_fragment = true;
            state = kFragmentState;
          }
        }
        break;
      }

      case kQueryState: {
        ptrdiff_t end = p;
        if (!has_override) {
          while (end < len && s[end] != '#') end++;
        } else {
          end = len;
        }
        PercentEncode(std::string_view(s + p, end - p), special ? kSpecialQuery : kQuery,
                      &url->query);
        p = end;
        if (end < len) {
          url->fragment.clear();
          url->has_fragment = true;
          state = kFragmentState;
        }
        break;
      }

      case kFragmentState:
        PercentEncode(std::string_view(s + p, len - p), kFragment, &url->fragment);
        p = len;
        break;

      case kNoOverride:
        return false;
    }
  }
  return true;
}

// ---- serialization ----

// Offsets of the components in the href, as lib/internal/url.js reads them from its Uint32Array.
enum Offset {
  kProtocolEnd,  // after the ':'
  kUsernameEnd,  // the username is [protocolEnd + 2, usernameEnd) when there is a host
  kHostStart,    // the password is [usernameEnd + 1, hostStart - 1) when that is not empty
  kHostEnd,
  kPortEnd,  // the port is [hostEnd + 1, portEnd) when portEnd > hostEnd
  kPathnameStart,
  kSearchStart,  // '?' or the end of the path
  kHashStart,    // '#' or the end of the href
  kFlags,
  kPortValue,
  kOffsetCount,
};
enum Flags : uint32_t { kHasHost = 1, kOpaquePathFlag = 2, kHasQuery = 4, kHasFragment = 8 };

void Serialize(const Record& url, std::string* out, uint32_t* o) {
  out->clear();
  out->append(url.scheme);
  out->push_back(':');
  o[kProtocolEnd] = static_cast<uint32_t>(out->size());
  uint32_t flags = 0;
  if (url.has_host) {
    flags |= kHasHost;
    out->append("//");
    if (url.IncludesCredentials()) {
      out->append(url.username);
      o[kUsernameEnd] = static_cast<uint32_t>(out->size());
      if (!url.password.empty()) {
        out->push_back(':');
        out->append(url.password);
      }
      out->push_back('@');
    } else {
      o[kUsernameEnd] = static_cast<uint32_t>(out->size());
    }
    o[kHostStart] = static_cast<uint32_t>(out->size());
    out->append(url.host);
    o[kHostEnd] = static_cast<uint32_t>(out->size());
    if (url.port != -1) {
      out->push_back(':');
      out->append(std::to_string(url.port));
    }
    o[kPortEnd] = static_cast<uint32_t>(out->size());
  } else {
    o[kUsernameEnd] = o[kHostStart] = o[kHostEnd] = o[kPortEnd] = o[kProtocolEnd];
    if (!url.opaque && url.path.size() > 1 && url.path[0] == '/' && url.path[1] == '/') {
      out->append("/.");
    }
  }
  o[kPathnameStart] = static_cast<uint32_t>(out->size());
  out->append(url.path);
  if (url.opaque) flags |= kOpaquePathFlag;
  o[kSearchStart] = static_cast<uint32_t>(out->size());
  if (url.has_query) {
    flags |= kHasQuery;
    out->push_back('?');
    out->append(url.query);
  }
  o[kHashStart] = static_cast<uint32_t>(out->size());
  if (url.has_fragment) {
    flags |= kHasFragment;
    out->push_back('#');
    out->append(url.fragment);
  }
  o[kFlags] = flags;
  o[kPortValue] = url.port == -1 ? 0xFFFFFFFFu : static_cast<uint32_t>(url.port);
}

// ---- the fast path ----

// Recognizes an input that already is the href of an absolute URL with a special scheme in the
// everyday shape scheme://host[:port]/path[?query][#fragment]: lowercase where the parser would
// lowercase, and nothing the parser would percent-encode, drop, resolve or rewrite. Fills `o` as
// Serialize() would and answers true; false only means "run the parser".
bool CanonicalFastPath(std::string_view in, uint32_t* o) {
  const char* s = in.data();
  const size_t len = in.size();
  size_t i = 0;
  while (i < len && s[i] >= 'a' && s[i] <= 'z') i++;
  if (i == 0 || i + 3 > len || s[i] != ':' || s[i + 1] != '/' || s[i + 2] != '/') return false;
  std::string_view scheme(s, i);
  const int default_port = DefaultPort(scheme);
  const bool file = scheme == "file";
  if (default_port == -1 && !file) return false;
  o[kProtocolEnd] = static_cast<uint32_t>(i + 1);
  i += 3;
  o[kUsernameEnd] = o[kHostStart] = static_cast<uint32_t>(i);
  const size_t host_start = i;
  while (i < len) {
    char c = s[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
      i++;
    } else {
      break;
    }
  }
  std::string_view host(s + host_start, i - host_start);
  if (file) {
    if (!host.empty()) return false;  // localhost and other file hosts: the parser
  } else if (host.empty() || EndsInANumber(host) || NeedsIdna(host)) {
    return false;
  }
  o[kHostEnd] = static_cast<uint32_t>(i);
  uint32_t port_value = 0xFFFFFFFFu;
  if (i < len && s[i] == ':') {
    if (file) return false;
    const size_t start = ++i;
    uint32_t port = 0;
    while (i < len && IsDigit(static_cast<unsigned char>(s[i])) && i - start < 5) {
      port = port * 10 + (s[i] - '0');
      i++;
    }
    if (i == start || s[start] == '0' || port > 65535 || static_cast<int>(port) == default_port) {
      return false;
    }
    port_value = port;
  }
  o[kPortEnd] = static_cast<uint32_t>(i);
  if (i >= len || s[i] != '/') return false;
  o[kPathnameStart] = static_cast<uint32_t>(i);
  bool first_segment = true;
  while (i < len && s[i] == '/') {
    const size_t start = ++i;
    i = ScanAllowed(s, i, len, kPathSegmentOk);  // stops at '/', '\\', '?', '#' among others
    std::string_view segment(s + start, i - start);
    if (!segment.empty() && (segment[0] == '.' || segment[0] == '%') &&
        (IsSingleDot(segment) || IsDoubleDot(segment))) {
      return false;
    }
    if (file && first_segment && IsWindowsDriveLetter(segment)) return false;
    first_segment = false;
  }
  o[kSearchStart] = static_cast<uint32_t>(i);
  uint32_t flags = kHasHost;
  if (i < len && s[i] == '?') {
    flags |= kHasQuery;
    i++;
    i = ScanAllowed(s, i, len, kSpecialQueryOk);  // the set holds '#'
  }
  o[kHashStart] = static_cast<uint32_t>(i);
  if (i < len && s[i] == '#') {
    flags |= kHasFragment;
    i++;
    i = ScanAllowed(s, i, len, kFragmentOk);
  }
  if (i != len) return false;
  o[kFlags] = flags;
  o[kPortValue] = port_value;
  return true;
}

// ---- V8 glue ----

// `value` as UTF-8 into `out`, lone surrogates as U+FFFD. Returns whether it is all ASCII.
thread_local std::u16string t_utf16;
bool ToUtf8(v8::Isolate* isolate, v8::Local<v8::String> value, std::string* out) {
  int length = value->Length();
  if (value->IsOneByte()) {
    out->resize(length);
    value->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out->data()), 0, length,
                        v8::String::NO_NULL_TERMINATION);
    size_t i = 0;
    const unsigned char* b = reinterpret_cast<const unsigned char*>(out->data());
    // Eight bytes at a time while no high bit is set.
    while (i + 8 <= static_cast<size_t>(length)) {
      uint64_t word;
      std::memcpy(&word, b + i, 8);
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    while (i < static_cast<size_t>(length) && b[i] < 0x80) i++;
    if (i == static_cast<size_t>(length)) return true;
    // Latin-1 beyond ASCII: widen to UTF-8 in place, from the end backwards.
    size_t extra = 0;
    for (size_t j = i; j < static_cast<size_t>(length); j++) extra += b[j] >> 7;
    out->resize(length + extra);
    char* d = out->data();
    size_t to = length + extra;
    for (size_t from = length; from > i;) {
      unsigned char c = static_cast<unsigned char>(d[--from]);
      if (c < 0x80) {
        d[--to] = static_cast<char>(c);
      } else {
        d[--to] = static_cast<char>(0x80 | (c & 0x3F));
        d[--to] = static_cast<char>(0xC0 | (c >> 6));
      }
    }
    return false;
  }
  std::u16string& units = t_utf16;
  units.resize(length);
  value->Write(isolate, reinterpret_cast<uint16_t*>(units.data()), 0, length,
               v8::String::NO_NULL_TERMINATION);
  out->clear();
  bool ascii = true;
  for (int i = 0; i < length; i++) {
    uint32_t c = units[i];
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      continue;
    }
    ascii = false;
    if (c < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (c >> 6)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && (units[i + 1] & 0xFC00) == 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      i++;
      out->push_back(static_cast<char>(0xF0 | (c >> 18)));
      out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
  return ascii;
}

// Leading and trailing C0 controls and spaces, which the parser strips from a whole URL.
std::string_view TrimC0Space(std::string_view s) {
  size_t start = 0;
  size_t end = s.size();
  while (start < end && static_cast<unsigned char>(s[start]) <= 0x20) start++;
  while (end > start && static_cast<unsigned char>(s[end - 1]) <= 0x20) end--;
  return s.substr(start, end - start);
}

thread_local std::string t_input;
thread_local std::string t_protocol;
thread_local std::string t_value;
thread_local std::string t_href;
thread_local Record t_url;
thread_local Record t_base;

uint32_t* OffsetsArg(v8::Local<v8::Value> value) {
  if (!value->IsUint32Array()) return nullptr;
  auto array = value.As<v8::Uint32Array>();
  if (array->Length() < kOffsetCount) return nullptr;
  return reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(array->Buffer()->Data()) +
                                     array->ByteOffset());
}

thread_local std::string t_base_input;
thread_local std::string
    t_base_key;  // the base whose parse t_base holds (module loaders repeat it)
thread_local bool t_base_cached = false;

enum class ParseResult { kFailure, kCanonical, kParsed };

// Parses the string `input` against the string `base` (or none). kCanonical: the input is its own
// href and `offsets` are filled; kParsed: the URL is in t_url.
ParseResult ParseInto(v8::Isolate* isolate, v8::Local<v8::String> input, v8::Local<v8::Value> base,
                      uint32_t* offsets) {
  const Record* base_record = nullptr;
  bool base_checked = false;
  if (base->IsString()) {
    bool ascii = ToUtf8(isolate, base.As<v8::String>(), &t_base_input);
    if (t_base_cached && t_base_key == t_base_input) {
      base_record = &t_base;
    } else {
      uint32_t scratch[kOffsetCount];
      if (!(ascii && CanonicalFastPath(t_base_input, scratch))) {
        t_base_cached = false;
        t_base.Clear();
        if (!BasicParse(TrimC0Space(t_base_input), nullptr, &t_base, kNoOverride)) {
          return ParseResult::kFailure;
        }
        t_base_key = t_base_input;
        t_base_cached = true;
        base_record = &t_base;
      }
      base_checked = true;
    }
  }
  bool ascii = ToUtf8(isolate, input, &t_input);
  if (ascii && CanonicalFastPath(t_input, offsets)) return ParseResult::kCanonical;
  if (base_checked && base_record == nullptr) {
    // The base took the fast path; the relative input needs its record.
    t_base_cached = false;
    t_base.Clear();
    BasicParse(t_base_input, nullptr, &t_base, kNoOverride);
    t_base_key = t_base_input;
    t_base_cached = true;
    base_record = &t_base;
  }
  t_url.Clear();
  if (!BasicParse(TrimC0Space(t_input), base_record, &t_url, kNoOverride)) {
    return ParseResult::kFailure;
  }
  Serialize(t_url, &t_href, offsets);
  return ParseResult::kParsed;
}

// The href of t_url (in t_href) as a V8 string; `input` itself when it already is that href.
v8::Local<v8::String> HrefString(v8::Isolate* isolate, v8::Local<v8::String> input) {
  const std::string& href = t_href;
  if (input->Length() == static_cast<int>(href.size()) && input->IsOneByte() &&
      t_input.size() == href.size() && std::memcmp(t_input.data(), href.data(), href.size()) == 0) {
    return input;
  }
  v8::Local<v8::String> result;
  if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(href.data()),
                                  v8::NewStringType::kNormal, static_cast<int>(href.size()))
           .ToLocal(&result)) {
    return {};
  }
  return result;
}

// parse(input, base, offsets) -> href string, or undefined when the URL (or the base) is invalid.
// `base` is a string or undefined; `offsets` a Uint32Array(kOffsetCount) for the components.
void Parse(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint32_t* offsets = OffsetsArg(args[2]);
  if (!args[0]->IsString() || offsets == nullptr) {
    return ThrowTypeError(isolate, "tide: url.parse called with wrong argument types");
  }
  v8::Local<v8::String> input = args[0].As<v8::String>();
  switch (ParseInto(isolate, input, args[1], offsets)) {
    case ParseResult::kFailure:
      return;
    case ParseResult::kCanonical:
      return args.GetReturnValue().Set(input);
    case ParseResult::kParsed:
      break;
  }
  v8::Local<v8::String> href = HrefString(isolate, input);
  if (href.IsEmpty()) return ThrowStringTooLong(isolate);
  args.GetReturnValue().Set(href);
}

// canParse(input, base) -> whether parse() would succeed; builds no string.
void CanParse(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) {
    return ThrowTypeError(isolate, "tide: url.canParse called with wrong argument types");
  }
  uint32_t offsets[kOffsetCount];
  args.GetReturnValue().Set(ParseInto(isolate, args[0].As<v8::String>(), args[1], offsets) !=
                            ParseResult::kFailure);
}

// What update() does; the numbers are lib/internal/url.js's.
enum Action {
  kSetProtocol = 1,
  kSetUsername,
  kSetPassword,
  kSetHost,
  kSetHostname,
  kSetPort,
  kSetPathname,
  kSetSearch,
  kSetHash,
  kSetQueryFromParams,  // the query itself (already encoded); '' removes it
};

void StripTrailingSpacesFromOpaquePath(Record* url) {
  if (!url->opaque || url->has_fragment || url->has_query) return;
  while (!url->path.empty() && url->path.back() == ' ') url->path.pop_back();
}

// Rebuilds the record of `href` from the offsets parse() gave for it (lib/ writes them back before
// update()); false when they do not describe `href`, and then the caller parses it again.
bool RecordFromOffsets(std::string_view href, const uint32_t* o, Record* url) {
  const size_t size = href.size();
  const uint32_t flags = o[kFlags] & 0xFFFF;
  if (!(o[kProtocolEnd] >= 2 && o[kProtocolEnd] <= o[kUsernameEnd] &&
        o[kUsernameEnd] <= o[kHostStart] && o[kHostStart] <= o[kHostEnd] &&
        o[kHostEnd] <= o[kPortEnd] && o[kPortEnd] <= o[kPathnameStart] &&
        o[kPathnameStart] <= o[kSearchStart] && o[kSearchStart] <= o[kHashStart] &&
        o[kHashStart] <= size && href[o[kProtocolEnd] - 1] == ':')) {
    return false;
  }
  auto slice = [href](uint32_t from, uint32_t to) { return href.substr(from, to - from); };
  url->scheme = slice(0, o[kProtocolEnd] - 1);
  url->has_host = (flags & kHasHost) != 0;
  if (url->has_host) {
    if (o[kUsernameEnd] < o[kProtocolEnd] + 2) return false;
    url->username = slice(o[kProtocolEnd] + 2, o[kUsernameEnd]);
    if (o[kHostStart] >= o[kUsernameEnd] + 2) {
      url->password = slice(o[kUsernameEnd] + 1, o[kHostStart] - 1);
    }
    url->host = slice(o[kHostStart], o[kHostEnd]);
    if (o[kPortEnd] > o[kHostEnd]) {
      int32_t port = 0;
      for (char c : slice(o[kHostEnd] + 1, o[kPortEnd])) {
        if (!IsDigit(static_cast<unsigned char>(c)) || port > 65535) return false;
        port = port * 10 + (c - '0');
      }
      url->port = port;
    }
  }
  url->opaque = (flags & kOpaquePathFlag) != 0;
  url->path = slice(o[kPathnameStart], o[kSearchStart]);
  url->has_query = (flags & kHasQuery) != 0;
  if (url->has_query) {
    if (o[kHashStart] == o[kSearchStart]) return false;
    url->query = slice(o[kSearchStart] + 1, o[kHashStart]);
  }
  url->has_fragment = (flags & kHasFragment) != 0;
  if (url->has_fragment) {
    if (o[kHashStart] == size) return false;
    url->fragment = href.substr(o[kHashStart] + 1);
  }
  return true;
}

// update(href, action, value, offsets) -> the new href. `href` must be a href this binding made,
// and `offsets` hold its components on the way in. offsets[kFlags] gets bit 16 set when the
// setter's parse returned failure (domainToASCII uses that).
void Update(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint32_t* offsets = OffsetsArg(args[3]);
  if (!args[0]->IsString() || !args[1]->IsInt32() || !args[2]->IsString() || offsets == nullptr) {
    return ThrowTypeError(isolate, "tide: url.update called with wrong argument types");
  }
  ToUtf8(isolate, args[0].As<v8::String>(), &t_input);
  Record& url = t_url;
  url.Clear();
  if (!RecordFromOffsets(t_input, offsets, &url)) {
    url.Clear();
    if (!BasicParse(t_input, nullptr, &url, kNoOverride)) {
      return ThrowTypeError(isolate, "tide: url.update called with an invalid href");
    }
  }
  ToUtf8(isolate, args[2].As<v8::String>(), &t_value);
  std::string_view value = t_value;
  bool ok = true;
  bool cannot_have_credentials_or_port = !url.has_host || url.host.empty() || url.scheme == "file";
  switch (args[1].As<v8::Int32>()->Value()) {
    case kSetProtocol: {
      std::string& input = t_protocol;
      input.assign(value);
      input.push_back(':');
      ok = BasicParse(input, nullptr, &url, kSchemeStart);
      break;
    }
    case kSetUsername:
      if (cannot_have_credentials_or_port) break;
      url.username.clear();
      PercentEncode(value, kUserinfo, &url.username);
      break;
    case kSetPassword:
      if (cannot_have_credentials_or_port) break;
      url.password.clear();
      PercentEncode(value, kUserinfo, &url.password);
      break;
    case kSetHost:
      if (url.opaque) break;
      ok = BasicParse(value, nullptr, &url, kHost);
      break;
    case kSetHostname:
      if (url.opaque) break;
      ok = BasicParse(value, nullptr, &url, kHostname);
      break;
    case kSetPort:
      if (cannot_have_credentials_or_port) break;
      if (value.empty()) {
        url.port = -1;
      } else {
        ok = BasicParse(value, nullptr, &url, kPort);
      }
      break;
    case kSetPathname:
      if (url.opaque) break;
      url.path.clear();
      ok = BasicParse(value, nullptr, &url, kPathStart);
      break;
    case kSetSearch:
      if (value.empty()) {
        url.query.clear();
        url.has_query = false;
        StripTrailingSpacesFromOpaquePath(&url);
        break;
      }
      if (value[0] == '?') value.remove_prefix(1);
      url.query.clear();
      url.has_query = true;
      ok = BasicParse(value, nullptr, &url, kQueryState);
      break;
    case kSetHash:
      if (value.empty()) {
        url.fragment.clear();
        url.has_fragment = false;
        StripTrailingSpacesFromOpaquePath(&url);
        break;
      }
      if (value[0] == '#') value.remove_prefix(1);
      url.fragment.clear();
      url.has_fragment = true;
      ok = BasicParse(value, nullptr, &url, kFragmentState);
      break;
    case kSetQueryFromParams:
      url.query.assign(value);
      url.has_query = !value.empty();
      if (value.empty()) StripTrailingSpacesFromOpaquePath(&url);
      break;
    default:
      return ThrowTypeError(isolate, "tide: url.update called with an unknown action");
  }
  Serialize(url, &t_href, offsets);
  if (!ok) offsets[kFlags] |= 1u << 16;
  v8::Local<v8::String> href;
  if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(t_href.data()),
                                  v8::NewStringType::kNormal, static_cast<int>(t_href.size()))
           .ToLocal(&href)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(href);
}

// ---- application/x-www-form-urlencoded ----

thread_local std::string t_form;
thread_local std::string t_form_out;

// parseForm(input) -> [[name, value], ...]: the standard's urlencoded parser ('+' is a space,
// percent-decoding, then UTF-8 with U+FFFD for malformed bytes).
void ParseForm(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) {
    return ThrowTypeError(isolate, "tide: url.parseForm called with wrong argument types");
  }
  ToUtf8(isolate, args[0].As<v8::String>(), &t_form);
  const std::string& input = t_form;
  std::string& bytes = t_form_out;
  std::vector<v8::Local<v8::Value>> pairs;
  auto decode = [&](std::string_view part, v8::Local<v8::Value>* out) -> bool {
    bytes.clear();
    for (size_t i = 0; i < part.size(); i++) {
      char c = part[i];
      int hi, lo;
      if (c == '+') {
        bytes.push_back(' ');
      } else if (c == '%' && i + 2 < part.size() &&
                 (hi = HexValue(static_cast<unsigned char>(part[i + 1]))) >= 0 &&
                 (lo = HexValue(static_cast<unsigned char>(part[i + 2]))) >= 0) {
        bytes.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
      } else {
        bytes.push_back(c);
      }
    }
    v8::Local<v8::String> str;
    if (!v8::String::NewFromUtf8(isolate, bytes.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(bytes.size()))
             .ToLocal(&str)) {
      return false;
    }
    *out = str;
    return true;
  };
  std::string_view in = input;
  size_t start = 0;
  while (start <= in.size()) {
    size_t end = in.find('&', start);
    if (end == std::string_view::npos) end = in.size();
    if (end > start) {
      std::string_view sequence = in.substr(start, end - start);
      size_t eq = sequence.find('=');
      v8::Local<v8::Value> pair[2];
      if (!decode(sequence.substr(0, eq), &pair[0])) return ThrowStringTooLong(isolate);
      if (eq == std::string_view::npos) {
        pair[1] = v8::String::Empty(isolate);
      } else if (!decode(sequence.substr(eq + 1), &pair[1])) {
        return ThrowStringTooLong(isolate);
      }
      pairs.push_back(v8::Array::New(isolate, pair, 2));
    }
    start = end + 1;
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, pairs.data(), pairs.size()));
}

// Appends the form encoding of `units` (Latin-1 bytes or UTF-16 code units) to `out`.
template <typename Unit>
void AppendFormEncoded(const Unit* units, size_t length, std::string* out) {
  auto escape = [out](uint32_t byte) {
    char esc[3] = {'%', kHexDigits[byte >> 4], kHexDigits[byte & 15]};
    out->append(esc, 3);
  };
  for (size_t i = 0; i < length; i++) {
    uint32_t c = units[i];
    if (c < 0x80) {
      if (!In(static_cast<unsigned char>(c), kForm)) {
        out->push_back(static_cast<char>(c));
      } else if (c == ' ') {
        out->push_back('+');
      } else {
        escape(c);
      }
      continue;
    }
    if (c < 0x800) {
      escape(0xC0 | (c >> 6));
      escape(0x80 | (c & 0x3F));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && (units[i + 1] & 0xFC00) == 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      i++;
      escape(0xF0 | (c >> 18));
      escape(0x80 | ((c >> 12) & 0x3F));
      escape(0x80 | ((c >> 6) & 0x3F));
      escape(0x80 | (c & 0x3F));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    escape(0xE0 | (c >> 12));
    escape(0x80 | ((c >> 6) & 0x3F));
    escape(0x80 | (c & 0x3F));
  }
}

thread_local std::string t_form_latin1;

// serializeForm(all, lengths, count) -> the urlencoded serialization of `count` strings (names
// and values alternating) given concatenated as `all`, lengths[i] being the length of the i-th
// (one string and one Uint32Array cross the boundary instead of a V8 call per item).
void SerializeForm(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString() || !args[1]->IsUint32Array() || !args[2]->IsUint32()) {
    return ThrowTypeError(isolate, "tide: url.serializeForm called with wrong argument types");
  }
  v8::Local<v8::String> all = args[0].As<v8::String>();
  auto lengths_array = args[1].As<v8::Uint32Array>();
  const uint32_t count = args[2].As<v8::Uint32>()->Value();
  if (lengths_array->Length() < count) {
    return ThrowTypeError(isolate, "tide: url.serializeForm called with wrong argument types");
  }
  const uint32_t* lengths = reinterpret_cast<const uint32_t*>(
      static_cast<uint8_t*>(lengths_array->Buffer()->Data()) + lengths_array->ByteOffset());
  const int total = all->Length();
  std::string& out = t_form_out;
  out.clear();
  const bool one_byte = all->IsOneByte();
  if (one_byte) {
    t_form_latin1.resize(total);
    all->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(t_form_latin1.data()), 0, total,
                      v8::String::NO_NULL_TERMINATION);
  } else {
    t_utf16.resize(total);
    all->Write(isolate, reinterpret_cast<uint16_t*>(t_utf16.data()), 0, total,
               v8::String::NO_NULL_TERMINATION);
  }
  size_t offset = 0;
  for (uint32_t i = 0; i < count; i++) {
    size_t length = lengths[i];
    if (offset + length > static_cast<size_t>(total)) {
      return ThrowTypeError(isolate, "tide: url.serializeForm called with wrong lengths");
    }
    if (i > 0) out.push_back((i & 1) != 0 ? '=' : '&');
    if (one_byte) {
      AppendFormEncoded(reinterpret_cast<const unsigned char*>(t_form_latin1.data()) + offset,
                        length, &out);
    } else {
      AppendFormEncoded(t_utf16.data() + offset, length, &out);
    }
    offset += length;
  }
  v8::Local<v8::String> result;
  if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(out.data()),
                                  v8::NewStringType::kNormal, static_cast<int>(out.size()))
           .ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

// Scratch strings that grew past 1 MiB for one huge URL are given back rather than kept.
void ReleaseBigScratch() {
  constexpr size_t kKeep = size_t{1} << 20;
  auto release = [](std::string* s) {
    if (s->capacity() <= kKeep) return false;
    std::string().swap(*s);
    return true;
  };
  for (std::string* s :
       {&t_input, &t_value, &t_href, &t_buffer, &t_clean, &t_host, &t_form, &t_form_out,
        &t_form_latin1, &t_protocol, &t_url.path, &t_url.query, &t_url.fragment}) {
    release(s);
  }
  if (t_utf16.capacity() > kKeep) std::u16string().swap(t_utf16);
  bool base_released = false;
  for (std::string* s :
       {&t_base_input, &t_base_key, &t_base.path, &t_base.query, &t_base.fragment}) {
    base_released |= release(s);
  }
  if (base_released) {
    t_base_cached = false;
    t_base_key.clear();
  }
}

// The binding's entry points: an allocation failure (a URL of hundreds of MiB) becomes Node's
// ERR_MEMORY_ALLOCATION_FAILED instead of ending the process.
template <v8::FunctionCallback F>
void Guarded(const v8::FunctionCallbackInfo<v8::Value>& args) {
  try {
    F(args);
  } catch (const std::bad_alloc&) {
    ThrowOutOfMemory(args.GetIsolate());
  }
  ReleaseBigScratch();
}

}  // namespace

const MethodEntry kMethods[] = {
    {"domainToASCII", Bind<DomainToASCII>},
    {"domainToUnicode", Bind<DomainToUnicode>},
    {"parse", Guarded<Parse>},
    {"canParse", Guarded<CanParse>},
    {"update", Guarded<Update>},
    {"parseForm", Guarded<ParseForm>},
    {"serializeForm", Guarded<SerializeForm>},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::url
