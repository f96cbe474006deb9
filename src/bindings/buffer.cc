// internalBinding('buffer'): the byte work behind node:buffer (lib/buffer.js), done in C++ straight
// on the ArrayBuffer backing stores: encoding strings into bytes and decoding bytes into strings
// for every Buffer encoding, comparing, searching, filling, byte swapping, the isUtf8/isAscii
// checks and ICU transcoding. Argument validation and Node's error codes stay in lib/. Base64 is
// vectorised (AVX-512 VBMI, else AVX2 for decoding), chosen at run time; the scalar code is the
// reference the vector paths fall back to on anything unusual.
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/text.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TIDE_BUFFER_X86_SIMD 1
#else
#define TIDE_BUFFER_X86_SIMD 0
#endif

namespace tide::bindings::buffer {

namespace {

// Kept in step with lib/internal/buffer.js (kEncoding*).
enum Encoding : int32_t {
  kUtf8 = 1,
  kUcs2 = 2,
  kLatin1 = 3,
  kAscii = 4,
  kBase64 = 5,
  kBase64Url = 6,
  kHex = 7,
};

// The bytes a view covers. A small typed array on the V8 heap is moved to a backing store by
// Buffer(); a Buffer's bytes are read and written many times, so that happens once.
struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

bool GetBytes(v8::Local<v8::Value> value, Bytes* out) {
  if (value->IsArrayBufferView()) {
    auto view = value.As<v8::ArrayBufferView>();
    out->length = view->ByteLength();
    out->data = out->length == 0
                    ? nullptr
                    : static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    return true;
  }
  if (value->IsArrayBuffer()) {
    auto buffer = value.As<v8::ArrayBuffer>();
    out->length = buffer->ByteLength();
    out->data = static_cast<uint8_t*>(buffer->Data());
    return true;
  }
  if (value->IsSharedArrayBuffer()) {
    auto buffer = value.As<v8::SharedArrayBuffer>();
    out->length = buffer->ByteLength();
    out->data = static_cast<uint8_t*>(buffer->Data());
    return true;
  }
  return false;
}

// --- tables
// ----------------------------------------------------------------------------------------

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Both alphabets decode with either decoder, as in Node; 0xFF marks everything else.
struct DecodeTables {
  uint8_t base64[256];
  uint8_t hex[256];
  constexpr DecodeTables() : base64(), hex() {
    for (int i = 0; i < 256; i++) base64[i] = hex[i] = 0xFF;
    for (int i = 0; i < 64; i++) {
      base64[static_cast<uint8_t>(kBase64Chars[i])] = static_cast<uint8_t>(i);
      base64[static_cast<uint8_t>(kBase64UrlChars[i])] = static_cast<uint8_t>(i);
    }
    for (int i = 0; i < 10; i++) hex['0' + i] = static_cast<uint8_t>(i);
    for (int i = 0; i < 6; i++) {
      hex['a' + i] = static_cast<uint8_t>(10 + i);
      hex['A' + i] = static_cast<uint8_t>(10 + i);
    }
  }
};
constexpr DecodeTables kTables;

// The base64 decode table pre-shifted for each of the four positions of a group, so that a group is
// four loads OR-ed together; bit 24 flags a character outside the alphabets.
struct ShiftedTables {
  uint32_t t[4][256];
  constexpr ShiftedTables() : t() {
    for (int pos = 0; pos < 4; pos++) {
      for (int c = 0; c < 256; c++) {
        uint8_t v = kTables.base64[c];
        t[pos][c] = v == 0xFF ? (1u << 24) : static_cast<uint32_t>(v) << (18 - 6 * pos);
      }
    }
  }
};
constexpr ShiftedTables kShifted;
constexpr uint32_t kBadGroup = 1u << 24;

constexpr char kHexDigits[] = "0123456789abcdef";

// Every byte as its two hex digits: one load and one two-byte store per byte.
struct HexPairs {
  char pairs[256][2];
  constexpr HexPairs() : pairs() {
    for (int b = 0; b < 256; b++) {
      pairs[b][0] = kHexDigits[b >> 4];
      pairs[b][1] = kHexDigits[b & 15];
    }
  }
};
constexpr HexPairs kHexPairs;

// --- decoding strings into bytes
// --------------------------------------------------------------------

// Node's hex decoder: pairs of hex digits up to the first pair that is not one. Characters above
// 0xFF are looked at by their low byte, as Node does.
template <typename Char>
size_t HexDecode(uint8_t* dst, size_t capacity, const Char* src, size_t length) {
  size_t n = std::min(capacity, length / 2);
  for (size_t i = 0; i < n; i++) {
    uint8_t hi = kTables.hex[static_cast<uint8_t>(src[2 * i])];
    uint8_t lo = kTables.hex[static_cast<uint8_t>(src[2 * i + 1])];
    if ((hi | lo) & 0xF0) return i;
    dst[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return n;
}

#if TIDE_BUFFER_X86_SIMD
// All 64 byte lanes. (The zero-masking forms of the AVX-512 permutes are used throughout: the
// unmasked ones trip GCC 12's -Wmaybe-uninitialized inside its own headers.)
constexpr __mmask64 kAll = ~uint64_t{0};

// Base64 (either alphabet) to bytes with AVX2, 32 characters to 24 bytes at a time, up to the first
// block holding a character outside the alphabets (or '=' padding); the caller's byte-at-a-time
// loop goes on from there. Returns the characters consumed; *written gets the bytes produced.
__attribute__((target("avx2"))) inline __m256i InRange(__m256i c, __m256i lo_minus_1,
                                                       __m256i hi_plus_1) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(c, lo_minus_1), _mm256_cmpgt_epi8(hi_plus_1, c));
}

__attribute__((target("avx2"))) size_t Base64DecodeAvx2(const uint8_t* src, size_t length,
                                                        uint8_t* dst, size_t capacity,
                                                        size_t* written) {
  const __m256i upper_lo = _mm256_set1_epi8('A' - 1);
  const __m256i upper_hi = _mm256_set1_epi8('Z' + 1);
  const __m256i lower_lo = _mm256_set1_epi8('a' - 1);
  const __m256i lower_hi = _mm256_set1_epi8('z' + 1);
  const __m256i digit_lo = _mm256_set1_epi8('0' - 1);
  const __m256i digit_hi = _mm256_set1_epi8('9' + 1);
  const __m256i plus = _mm256_set1_epi8('+');
  const __m256i minus = _mm256_set1_epi8('-');
  const __m256i slash = _mm256_set1_epi8('/');
  const __m256i underscore = _mm256_set1_epi8('_');
  const __m256i upper_off = _mm256_set1_epi8('A');
  const __m256i lower_off = _mm256_set1_epi8('a' - 26);
  const __m256i digit_off = _mm256_set1_epi8(52 - '0');
  const __m256i v62 = _mm256_set1_epi8(62);
  const __m256i v63 = _mm256_set1_epi8(63);
  const __m256i pair_weights = _mm256_set1_epi32(0x01400140);
  const __m256i word_weights = _mm256_set1_epi32(0x00011000);
  // Each 32-bit lane ends with its three bytes as bits 23..0: put them in order, 12 per 128-bit
  // half, then the two halves next to each other.
  const __m256i order = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2,
                                         1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i join = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  const __m256i store_mask = _mm256_setr_epi32(-1, -1, -1, -1, -1, -1, 0, 0);
  size_t i = 0;
  size_t k = 0;
  while (i + 32 <= length && k + 24 <= capacity) {
    const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    const __m256i upper = InRange(c, upper_lo, upper_hi);
    const __m256i lower = InRange(c, lower_lo, lower_hi);
    const __m256i digit = InRange(c, digit_lo, digit_hi);
    const __m256i s62 = _mm256_or_si256(_mm256_cmpeq_epi8(c, plus), _mm256_cmpeq_epi8(c, minus));
    const __m256i s63 =
        _mm256_or_si256(_mm256_cmpeq_epi8(c, slash), _mm256_cmpeq_epi8(c, underscore));
    const __m256i valid = _mm256_or_si256(_mm256_or_si256(upper, lower),
                                          _mm256_or_si256(digit, _mm256_or_si256(s62, s63)));
    if (static_cast<uint32_t>(_mm256_movemask_epi8(valid)) != 0xFFFFFFFFu) break;
    __m256i v = _mm256_and_si256(upper, _mm256_sub_epi8(c, upper_off));
    v = _mm256_or_si256(v, _mm256_and_si256(lower, _mm256_sub_epi8(c, lower_off)));
    v = _mm256_or_si256(v, _mm256_and_si256(digit, _mm256_add_epi8(c, digit_off)));
    v = _mm256_or_si256(v, _mm256_and_si256(s62, v62));
    v = _mm256_or_si256(v, _mm256_and_si256(s63, v63));
    // Pairs of sextets to 12 bits, pairs of those to 24 bits per 32-bit lane.
    const __m256i pairs = _mm256_maddubs_epi16(v, pair_weights);
    const __m256i words = _mm256_madd_epi16(pairs, word_weights);
    const __m256i packed = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(words, order), join);
    // Only the 24 decoded bytes are stored: what lies past them in `dst` is the caller's.
    _mm256_maskstore_epi32(reinterpret_cast<int*>(dst + k), store_mask, packed);
    i += 32;
    k += 24;
  }
  *written = k;
  return i;
}

// The ASCII half of the decode table for AVX-512 VBMI's two-register byte permute: a character's
// sextet, or 0x80 when it is outside both alphabets.
struct Ascii128 {
  uint8_t t[128];
  constexpr Ascii128() : t() {
    for (int c = 0; c < 128; c++) t[c] = kTables.base64[c] == 0xFF ? 0x80 : kTables.base64[c];
  }
};
alignas(64) constexpr Ascii128 kAscii128;

// Where each decoded byte sits in the 32-bit lanes (bits 23..0, most significant first): 48 of 64.
struct Gather48 {
  uint8_t t[64];
  constexpr Gather48() : t() {
    for (int j = 0; j < 48; j++) t[j] = static_cast<uint8_t>((j / 3) * 4 + (2 - j % 3));
  }
};
alignas(64) constexpr Gather48 kGather48;

// As Base64DecodeAvx2, 64 characters to 48 bytes at a time with AVX-512 VBMI.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) size_t Base64DecodeAvx512(
    const uint8_t* src, size_t length, uint8_t* dst, size_t capacity, size_t* written) {
  const __m512i table_lo = _mm512_load_si512(kAscii128.t);
  const __m512i table_hi = _mm512_load_si512(kAscii128.t + 64);
  const __m512i gather = _mm512_load_si512(kGather48.t);
  const __m512i pair_weights = _mm512_set1_epi32(0x01400140);
  const __m512i word_weights = _mm512_set1_epi32(0x00011000);
  size_t i = 0;
  size_t k = 0;
  while (i + 64 <= length && k + 48 <= capacity) {
    const __m512i c = _mm512_loadu_si512(src + i);
    // Bits 6..0 of each character pick the table entry; bit 7 (non-ASCII) marks it bad too.
    const __m512i v = _mm512_permutex2var_epi8(table_lo, c, table_hi);
    if (_mm512_movepi8_mask(_mm512_or_si512(v, c)) != 0) break;
    const __m512i words = _mm512_madd_epi16(_mm512_maddubs_epi16(v, pair_weights), word_weights);
    _mm512_mask_storeu_epi8(dst + k, (uint64_t{1} << 48) - 1,
                            _mm512_maskz_permutexvar_epi8(kAll, gather, words));
    i += 64;
    k += 48;
  }
  *written = k;
  return i;
}

bool HasAvx512Vbmi() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi");
  return has;
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

#endif  // TIDE_BUFFER_X86_SIMD

// Node's forgiving base64 decoder: characters outside both alphabets (whitespace, ...) are skipped
// and '=' ends the input. Whole groups of four valid characters take the fast path.
template <typename Char>
size_t Base64Decode(uint8_t* dst, size_t capacity, const Char* src, size_t length) {
  const uint8_t* table = kTables.base64;
  size_t i = 0;
  size_t k = 0;
  auto group = [&](size_t at) {
    return kShifted.t[0][static_cast<uint8_t>(src[at])] |
           kShifted.t[1][static_cast<uint8_t>(src[at + 1])] |
           kShifted.t[2][static_cast<uint8_t>(src[at + 2])] |
           kShifted.t[3][static_cast<uint8_t>(src[at + 3])];
  };
#if TIDE_BUFFER_X86_SIMD
  if constexpr (sizeof(Char) == 1) {
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(src);
    if (HasAvx512Vbmi()) {
      i = Base64DecodeAvx512(bytes, length, dst, capacity, &k);
    } else if (HasAvx2()) {
      i = Base64DecodeAvx2(bytes, length, dst, capacity, &k);
    }
  }
#endif
  // Sixteen characters at a time while all are in the alphabet.
  while (i + 16 <= length && k + 12 <= capacity) {
    uint32_t v0 = group(i);
    uint32_t v1 = group(i + 4);
    uint32_t v2 = group(i + 8);
    uint32_t v3 = group(i + 12);
    if ((v0 | v1 | v2 | v3) & kBadGroup) break;
    uint8_t* d = dst + k;
    d[0] = static_cast<uint8_t>(v0 >> 16);
    d[1] = static_cast<uint8_t>(v0 >> 8);
    d[2] = static_cast<uint8_t>(v0);
    d[3] = static_cast<uint8_t>(v1 >> 16);
    d[4] = static_cast<uint8_t>(v1 >> 8);
    d[5] = static_cast<uint8_t>(v1);
    d[6] = static_cast<uint8_t>(v2 >> 16);
    d[7] = static_cast<uint8_t>(v2 >> 8);
    d[8] = static_cast<uint8_t>(v2);
    d[9] = static_cast<uint8_t>(v3 >> 16);
    d[10] = static_cast<uint8_t>(v3 >> 8);
    d[11] = static_cast<uint8_t>(v3);
    i += 16;
    k += 12;
  }
  while (i + 4 <= length && k + 3 <= capacity) {
    uint32_t a = table[static_cast<uint8_t>(src[i])];
    uint32_t b = table[static_cast<uint8_t>(src[i + 1])];
    uint32_t c = table[static_cast<uint8_t>(src[i + 2])];
    uint32_t d = table[static_cast<uint8_t>(src[i + 3])];
    if ((a | b | c | d) & 0x80) break;
    uint32_t v = a << 18 | b << 12 | c << 6 | d;
    dst[k] = static_cast<uint8_t>(v >> 16);
    dst[k + 1] = static_cast<uint8_t>(v >> 8);
    dst[k + 2] = static_cast<uint8_t>(v);
    i += 4;
    k += 3;
  }
  uint32_t acc = 0;
  int have = 0;
  while (i < length && k < capacity) {
    uint8_t ch = static_cast<uint8_t>(src[i++]);
    uint8_t v = table[ch];
    if (v & 0x80) {
      if (ch == '=') break;
      continue;
    }
    acc = acc << 6 | v;
    have++;
    if (have == 2) {
      dst[k++] = static_cast<uint8_t>(acc >> 4);
    } else if (have == 3) {
      dst[k++] = static_cast<uint8_t>(acc >> 2);
    } else if (have == 4) {
      dst[k++] = static_cast<uint8_t>(acc);
      have = 0;
      acc = 0;
    }
  }
  return k;
}

// A string's characters, without copying when V8 holds them as an external one-byte string.
class StringChars {
 public:
  StringChars(v8::Isolate* isolate, v8::Local<v8::String> str) {
    length_ = static_cast<size_t>(str->Length());
    if (str->IsExternalOneByte()) {
      one_byte_ = reinterpret_cast<const uint8_t*>(str->GetExternalOneByteStringResource()->data());
    } else if (str->IsOneByte()) {
      owned_one_.reset(new (std::nothrow) uint8_t[length_ + 1]);
      if (owned_one_ == nullptr) return;
      str->WriteOneByte(isolate, owned_one_.get(), 0, static_cast<int>(length_),
                        v8::String::NO_NULL_TERMINATION);
      one_byte_ = owned_one_.get();
    } else {
      owned_two_.reset(new (std::nothrow) uint16_t[length_ + 1]);
      if (owned_two_ == nullptr) return;
      str->Write(isolate, owned_two_.get(), 0, static_cast<int>(length_),
                 v8::String::NO_NULL_TERMINATION);
      two_byte_ = owned_two_.get();
    }
  }
  bool ok() const { return one_byte_ != nullptr || two_byte_ != nullptr || length_ == 0; }
  const uint8_t* one_byte() const { return one_byte_; }
  const uint16_t* two_byte() const { return two_byte_; }
  size_t length() const { return length_; }

 private:
  size_t length_ = 0;
  const uint8_t* one_byte_ = nullptr;
  const uint16_t* two_byte_ = nullptr;
  std::unique_ptr<uint8_t[]> owned_one_;
  std::unique_ptr<uint16_t[]> owned_two_;
};

// Encodes `str` into [dst, dst + capacity) and returns the bytes written. A UTF-8 or UTF-16
// character that does not fit whole is not written at all, as in Node. -1: out of memory.
ptrdiff_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> str, uint8_t* dst,
                      size_t capacity, int32_t encoding) {
  if (capacity == 0) return 0;
  int cap = static_cast<int>(std::min<size_t>(capacity, INT32_MAX));
  constexpr int kFlags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  switch (encoding) {
    case kUtf8:
      return str->WriteUtf8(isolate, reinterpret_cast<char*>(dst), cap, nullptr, kFlags);
    case kLatin1:
    case kAscii:
      return str->WriteOneByte(isolate, dst, 0, cap, v8::String::NO_NULL_TERMINATION);
    case kUcs2: {
      int chars = std::min(cap / 2, str->Length());
      if (reinterpret_cast<uintptr_t>(dst) % alignof(uint16_t) == 0) {
        return 2 * str->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0, chars,
                              v8::String::NO_NULL_TERMINATION);
      }
      std::unique_ptr<uint16_t[]> tmp(new (std::nothrow) uint16_t[chars + 1]);
      if (tmp == nullptr) return -1;
      int n = str->Write(isolate, tmp.get(), 0, chars, v8::String::NO_NULL_TERMINATION);
      memcpy(dst, tmp.get(), 2 * static_cast<size_t>(n));
      return 2 * n;
    }
    case kBase64:
    case kBase64Url:
    case kHex: {
      StringChars chars(isolate, str);
      if (!chars.ok()) return -1;
      bool hex = encoding == kHex;
      if (chars.two_byte() != nullptr) {
        return hex ? HexDecode(dst, capacity, chars.two_byte(), chars.length())
                   : Base64Decode(dst, capacity, chars.two_byte(), chars.length());
      }
      return hex ? HexDecode(dst, capacity, chars.one_byte(), chars.length())
                 : Base64Decode(dst, capacity, chars.one_byte(), chars.length());
    }
    default:
      return 0;
  }
}

// write(target, string, offset, length, encoding) → bytes written. lib/ has checked the range.
void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes target;
  if (!GetBytes(args[0], &target) || !args[1]->IsString() || !args[2]->IsNumber() ||
      !args[3]->IsNumber() || !args[4]->IsInt32()) {
    return ThrowTypeError(isolate, "write(target, string, offset, length, encoding)");
  }
  double offset = args[2].As<v8::Number>()->Value();
  double length = args[3].As<v8::Number>()->Value();
  if (offset < 0 || offset > target.length) offset = static_cast<double>(target.length);
  double room = static_cast<double>(target.length) - offset;
  if (!(length >= 0) || length > room) length = room;
  size_t start = static_cast<size_t>(offset);
  ptrdiff_t written = WriteString(isolate, args[1].As<v8::String>(), target.data + start,
                                  static_cast<size_t>(length), args[4].As<v8::Int32>()->Value());
  if (written < 0) return ThrowOutOfMemory(isolate);
  args.GetReturnValue().Set(static_cast<double>(written));
}

// encodeLarge(string, encoding, maxBytes) → ArrayBuffer of the string's bytes, for strings too big
// for the pool. The memory is malloc'ed rather than zeroed (every byte counted is written) and
// shrunk to what was written; for UTF-8, maxBytes is ignored and the worst case is used, so the
// string is encoded in one pass instead of being measured first.
void EncodeLarge(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString() || !args[1]->IsInt32() || !args[2]->IsNumber()) {
    return ThrowTypeError(isolate, "encodeLarge(string, encoding, maxBytes)");
  }
  v8::Local<v8::String> str = args[0].As<v8::String>();
  int32_t encoding = args[1].As<v8::Int32>()->Value();
  double max_bytes = args[2].As<v8::Number>()->Value();
  size_t worst = max_bytes > 0 ? static_cast<size_t>(max_bytes) : 0;
  if (encoding == kUtf8) {
    worst = static_cast<size_t>(str->Length()) * (str->IsOneByte() ? 2 : 3);
    if (worst > static_cast<size_t>(INT32_MAX)) {
      worst = static_cast<size_t>(str->Utf8Length(isolate));  // too big for one pass: measure
    }
  }
  if (worst > static_cast<size_t>(v8::TypedArray::kMaxLength)) return ThrowOutOfMemory(isolate);
  if (worst == 0) return args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
  uint8_t* data = static_cast<uint8_t*>(malloc(worst));
  if (data == nullptr) return ThrowOutOfMemory(isolate);
  ptrdiff_t written = WriteString(isolate, str, data, worst, encoding);
  if (written <= 0) {
    free(data);
    if (written < 0) return ThrowOutOfMemory(isolate);
    return args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
  }
  size_t size = static_cast<size_t>(written);
  if (size < worst) {
    auto* shrunk = static_cast<uint8_t*>(realloc(data, size));
    if (shrunk != nullptr) data = shrunk;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, size, [](void* data, size_t, void*) { free(data); }, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// byteLengthUtf8(string) → the length of its UTF-8 encoding (lone surrogates as U+FFFD).
void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsString()) return ThrowTypeError(args.GetIsolate(), "byteLengthUtf8(string)");
  args.GetReturnValue().Set(args[0].As<v8::String>()->Utf8Length(args.GetIsolate()));
}

// --- encoding bytes into strings
// --------------------------------------------------------------------

// Large results become external strings: the bytes are produced once, in memory V8 then owns.

constexpr size_t kExternalMinLength = 64 * 1024;

// A one-byte string built by `fill(char* out)` writing exactly `length` characters.
template <typename Fill>
void ReturnOneByte(const v8::FunctionCallbackInfo<v8::Value>& args, size_t length, Fill fill) {
  v8::Isolate* isolate = args.GetIsolate();
  if (length > static_cast<size_t>(v8::String::kMaxLength)) return ThrowStringTooLong(isolate);
  if (length == 0) return args.GetReturnValue().SetEmptyString();
  if (length >= kExternalMinLength) {
    char* data = static_cast<char*>(malloc(length));
    if (data == nullptr) return ThrowOutOfMemory(isolate);
    fill(data);
    auto* resource = new MallocedOneByteString(data, length);
    v8::Local<v8::String> result;
    if (!v8::String::NewExternalOneByte(isolate, resource).ToLocal(&result)) {
      delete resource;
      return ThrowStringTooLong(isolate);
    }
    return args.GetReturnValue().Set(result);
  }
  char stack[1024];
  std::unique_ptr<char[]> heap;
  char* out = stack;
  if (length > sizeof(stack)) {
    heap.reset(new (std::nothrow) char[length]);
    if (heap == nullptr) return ThrowOutOfMemory(isolate);
    out = heap.get();
  }
  fill(out);
  v8::Local<v8::String> result;
  if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(out),
                                  v8::NewStringType::kNormal, static_cast<int>(length))
           .ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

size_t Base64EncodedLength(size_t n, bool url) {
  return url ? (n / 3) * 4 + (n % 3 == 0 ? 0 : n % 3 + 1) : (n + 2) / 3 * 4;
}

// Every 12-bit value as its two base64 characters: a group of three bytes is two loads.
struct PairTable {
  char pairs[4096][2];
  constexpr explicit PairTable(const char* alphabet) : pairs() {
    for (int v = 0; v < 4096; v++) {
      pairs[v][0] = alphabet[v >> 6];
      pairs[v][1] = alphabet[v & 63];
    }
  }
};
constexpr PairTable kBase64Pairs(kBase64Chars);
constexpr PairTable kBase64UrlPairs(kBase64UrlChars);

#if TIDE_BUFFER_X86_SIMD
// For the encoder below: output lane j (four characters) takes input bytes 3j..3j+2 as a
// little-endian 24-bit number b0 << 16 | b1 << 8 | b2.
struct Spread48 {
  uint8_t t[64];
  constexpr Spread48() : t() {
    for (int j = 0; j < 16; j++) {
      t[4 * j] = static_cast<uint8_t>(3 * j + 2);
      t[4 * j + 1] = static_cast<uint8_t>(3 * j + 1);
      t[4 * j + 2] = static_cast<uint8_t>(3 * j);
      t[4 * j + 3] = static_cast<uint8_t>(3 * j);
    }
  }
};
alignas(64) constexpr Spread48 kSpread48;

// 48 bytes to 64 base64 characters at a time with AVX-512 VBMI: spread each three bytes over a
// 32-bit lane, pick the four 6-bit fields with a multishift, and look them up in the alphabet.
// Returns the bytes consumed (a multiple of 48).
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) size_t Base64EncodeAvx512(
    const uint8_t* src, size_t n, char* out, const char* alphabet) {
  const __m512i spread = _mm512_load_si512(kSpread48.t);
  // Bit offsets of the four characters in each lane, for both lanes of a 64-bit word.
  const __m512i shifts = _mm512_set1_epi64(0x20262c3200060c12);
  const __m512i letters = _mm512_loadu_si512(alphabet);
  constexpr __mmask64 k48 = (uint64_t{1} << 48) - 1;
  size_t i = 0;
  for (; i + 48 <= n; i += 48) {
    const __m512i in = _mm512_maskz_loadu_epi8(k48, src + i);
    const __m512i lanes = _mm512_maskz_permutexvar_epi8(kAll, spread, in);
    const __m512i sextets = _mm512_maskz_multishift_epi64_epi8(kAll, shifts, lanes);
    _mm512_storeu_si512(out, _mm512_maskz_permutexvar_epi8(kAll, sextets, letters));
    out += 64;
  }
  return i;
}

#endif  // TIDE_BUFFER_X86_SIMD

void Base64Encode(const uint8_t* src, size_t n, char* out, bool url) {
  const char* alphabet = url ? kBase64UrlChars : kBase64Chars;
  const PairTable& table = url ? kBase64UrlPairs : kBase64Pairs;
  size_t i = 0;
#if TIDE_BUFFER_X86_SIMD
  if (n >= 48 && HasAvx512Vbmi()) {
    i = Base64EncodeAvx512(src, n, out, alphabet);
    out += i / 3 * 4;
  }
#endif
  for (; i + 3 <= n; i += 3) {
    uint32_t v = static_cast<uint32_t>(src[i]) << 16 | src[i + 1] << 8 | src[i + 2];
    memcpy(out, table.pairs[v >> 12], 2);
    memcpy(out + 2, table.pairs[v & 0xFFF], 2);
    out += 4;
  }
  size_t rest = n - i;
  if (rest == 0) return;
  uint32_t v = static_cast<uint32_t>(src[i]) << 16 | (rest == 2 ? src[i + 1] << 8 : 0);
  out[0] = alphabet[v >> 18];
  out[1] = alphabet[(v >> 12) & 63];
  if (rest == 2) {
    out[2] = alphabet[(v >> 6) & 63];
    if (!url) out[3] = '=';
  } else if (!url) {
    out[2] = '=';
    out[3] = '=';
  }
}

inline bool IsContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// UTF-8 to UTF-16 by the WHATWG rules V8 and Node follow: each maximal ill-formed subpart becomes
// one U+FFFD. `out` has room for `n` units (never more are needed). Returns the units written;
// *max_unit is the largest, so that a Latin-1 result can be stored one byte per character.
size_t DecodeUtf8(const uint8_t* in, size_t n, uint16_t* out, uint16_t* max_unit) {
  constexpr uint16_t kReplacement = 0xFFFD;
  uint16_t* const start = out;
  uint16_t max = 0;
  size_t i = 0;
  while (i < n) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, in + i, 8);
      if (word & 0x8080808080808080ull) break;
      for (int k = 0; k < 8; k++) out[k] = in[i + k];
      out += 8;
      i += 8;
    }
    if (i >= n) break;
    uint8_t b = in[i];
    uint16_t unit;
    if (b < 0x80) {
      unit = b;
      i++;
    } else if (b >= 0xC2 && b <= 0xDF) {
      if (i + 1 < n && IsContinuation(in[i + 1])) {
        unit = static_cast<uint16_t>((b & 0x1F) << 6 | (in[i + 1] & 0x3F));
        i += 2;
      } else {
        unit = kReplacement;
        i++;
      }
    } else if (b >= 0xE0 && b <= 0xEF) {
      uint8_t lo = b == 0xE0 ? 0xA0 : 0x80;
      uint8_t hi = b == 0xED ? 0x9F : 0xBF;
      if (i + 1 < n && in[i + 1] >= lo && in[i + 1] <= hi) {
        if (i + 2 < n && IsContinuation(in[i + 2])) {
          unit = static_cast<uint16_t>((b & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 |
                                       (in[i + 2] & 0x3F));
          i += 3;
        } else {
          unit = kReplacement;
          i += 2;
        }
      } else {
        unit = kReplacement;
        i++;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      uint8_t lo = b == 0xF0 ? 0x90 : 0x80;
      uint8_t hi = b == 0xF4 ? 0x8F : 0xBF;
      if (i + 1 < n && in[i + 1] >= lo && in[i + 1] <= hi) {
        if (i + 2 < n && IsContinuation(in[i + 2])) {
          if (i + 3 < n && IsContinuation(in[i + 3])) {
            uint32_t cp = static_cast<uint32_t>(b & 0x07) << 18 | (in[i + 1] & 0x3F) << 12 |
                          (in[i + 2] & 0x3F) << 6 | (in[i + 3] & 0x3F);
            cp -= 0x10000;
            *out++ = static_cast<uint16_t>(0xD800 + (cp >> 10));
            unit = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
            i += 4;
          } else {
            unit = kReplacement;
            i += 3;
          }
        } else {
          unit = kReplacement;
          i += 2;
        }
      } else {
        unit = kReplacement;
        i++;
      }
    } else {
      unit = kReplacement;
      i++;
    }
    if (unit > max) max = unit;
    *out++ = unit;
  }
  *max_unit = max;
  return static_cast<size_t>(out - start);
}

// The string of UTF-8 bytes [data, data + n).
void ReturnUtf8(const v8::FunctionCallbackInfo<v8::Value>& args, const uint8_t* data, size_t n) {
  v8::Isolate* isolate = args.GetIsolate();
  size_t ascii = AsciiPrefixLength(data, n);
  if (ascii == n) return ReturnOneByte(args, n, [&](char* out) { memcpy(out, data, n); });
  uint16_t* units = static_cast<uint16_t*>(malloc(n * sizeof(uint16_t)));
  if (units == nullptr) return ThrowOutOfMemory(isolate);
  for (size_t i = 0; i < ascii; i++) units[i] = data[i];
  uint16_t max_unit = 0;
  size_t length = ascii + DecodeUtf8(data + ascii, n - ascii, units + ascii, &max_unit);
  if (length > static_cast<size_t>(v8::String::kMaxLength)) {
    free(units);
    return ThrowStringTooLong(isolate);
  }
  if (max_unit <= 0xFF) {
    ReturnOneByte(args, length, [&](char* out) {
      for (size_t i = 0; i < length; i++) out[i] = static_cast<char>(units[i]);
    });
    free(units);
    return;
  }
  v8::Local<v8::String> result;
  if (length >= kExternalMinLength) {
    auto* resource = new MallocedTwoByteString(units, length);
    if (!v8::String::NewExternalTwoByte(isolate, resource).ToLocal(&result)) {
      delete resource;
      return ThrowStringTooLong(isolate);
    }
    return args.GetReturnValue().Set(result);
  }
  bool ok = v8::String::NewFromTwoByte(isolate, units, v8::NewStringType::kNormal,
                                       static_cast<int>(length))
                .ToLocal(&result);
  free(units);
  if (!ok) return ThrowStringTooLong(isolate);
  args.GetReturnValue().Set(result);
}

// slice(source, start, end, encoding) → string of source[start, end). lib/ has clamped the range.
void Slice(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes source;
  if (!GetBytes(args[0], &source) || !args[1]->IsNumber() || !args[2]->IsNumber() ||
      !args[3]->IsInt32()) {
    return ThrowTypeError(isolate, "slice(source, start, end, encoding)");
  }
  double start_d = args[1].As<v8::Number>()->Value();
  double end_d = args[2].As<v8::Number>()->Value();
  size_t end = end_d > static_cast<double>(source.length) ? source.length
               : end_d > 0                                ? static_cast<size_t>(end_d)
                                                          : 0;
  size_t start = start_d > static_cast<double>(end) ? end
                 : start_d > 0                      ? static_cast<size_t>(start_d)
                                                    : 0;
  const uint8_t* data = source.data + start;
  size_t n = end - start;
  if (n == 0) return args.GetReturnValue().SetEmptyString();
  v8::Local<v8::String> result;
  switch (args[3].As<v8::Int32>()->Value()) {
    case kUtf8:
      // Short strings: V8's decoder (no scratch memory); long ones: ours, into a string V8
      // adopts without copying.
      if (n < 1024) {
        if (!v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                     v8::NewStringType::kNormal, static_cast<int>(n))
                 .ToLocal(&result)) {
          return ThrowStringTooLong(isolate);
        }
        return args.GetReturnValue().Set(result);
      }
      return ReturnUtf8(args, data, n);
    case kLatin1:
      return ReturnOneByte(args, n, [&](char* out) { memcpy(out, data, n); });
    case kAscii:
      return ReturnOneByte(args, n, [&](char* out) {
        size_t prefix = AsciiPrefixLength(data, n);
        memcpy(out, data, prefix);
        for (size_t i = prefix; i < n; i++) out[i] = static_cast<char>(data[i] & 0x7F);
      });
    case kUcs2: {
      size_t chars = n / 2;
      if (chars == 0) return args.GetReturnValue().SetEmptyString();
      if (chars > static_cast<size_t>(v8::String::kMaxLength)) return ThrowStringTooLong(isolate);
      std::unique_ptr<uint16_t[]> copy;
      const uint16_t* units = reinterpret_cast<const uint16_t*>(data);
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) != 0) {
        copy.reset(new (std::nothrow) uint16_t[chars]);
        if (copy == nullptr) return ThrowOutOfMemory(isolate);
        memcpy(copy.get(), data, chars * 2);
        units = copy.get();
      }
      if (!v8::String::NewFromTwoByte(isolate, units, v8::NewStringType::kNormal,
                                      static_cast<int>(chars))
               .ToLocal(&result)) {
        return ThrowStringTooLong(isolate);
      }
      return args.GetReturnValue().Set(result);
    }
    case kHex:
      if (n > SIZE_MAX / 2) return ThrowStringTooLong(isolate);
      return ReturnOneByte(args, n * 2, [&](char* out) {
        for (size_t i = 0; i < n; i++) memcpy(out + 2 * i, kHexPairs.pairs[data[i]], 2);
      });
    case kBase64:
    case kBase64Url: {
      bool url = args[3].As<v8::Int32>()->Value() == kBase64Url;
      return ReturnOneByte(args, Base64EncodedLength(n, url),
                           [&](char* out) { Base64Encode(data, n, out, url); });
    }
    default:
      return ThrowTypeError(isolate, "slice: unknown encoding");
  }
}

// --- comparing and searching
// ------------------------------------------------------------------------

int CompareBytes(const uint8_t* a, size_t a_length, const uint8_t* b, size_t b_length) {
  size_t n = std::min(a_length, b_length);
  int r = n == 0 ? 0 : memcmp(a, b, n);
  if (r == 0) return a_length < b_length ? -1 : a_length > b_length ? 1 : 0;
  return r < 0 ? -1 : 1;
}

// compare(a, b) → -1, 0 or 1
void Compare(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes a;
  Bytes b;
  if (!GetBytes(args[0], &a) || !GetBytes(args[1], &b)) {
    return ThrowTypeError(args.GetIsolate(), "compare(a, b)");
  }
  args.GetReturnValue().Set(CompareBytes(a.data, a.length, b.data, b.length));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) → -1, 0 or 1.
// lib/ has checked every bound.
void CompareOffset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes source;
  Bytes target;
  if (!GetBytes(args[0], &source) || !GetBytes(args[1], &target)) {
    return ThrowTypeError(args.GetIsolate(), "compareOffset(source, target, ...)");
  }
  auto at = [&](int i, size_t limit) {
    double v = args[i]->IsNumber() ? args[i].As<v8::Number>()->Value() : 0;
    return v <= 0 ? size_t{0} : v >= static_cast<double>(limit) ? limit : static_cast<size_t>(v);
  };
  size_t target_start = at(2, target.length);
  size_t source_start = at(3, source.length);
  size_t target_end = std::max(at(4, target.length), target_start);
  size_t source_end = std::max(at(5, source.length), source_start);
  args.GetReturnValue().Set(CompareBytes(source.data + source_start, source_end - source_start,
                                         target.data + target_start, target_end - target_start));
}

// The index of needle in haystack searching forward from `from`, or backward from `from` (the
// last possible start) when !forward; -1 when absent.
ptrdiff_t Search(const uint8_t* haystack, size_t length, const uint8_t* needle,
                 size_t needle_length, ptrdiff_t from, bool forward) {
  if (needle_length > length) return -1;
  ptrdiff_t last = static_cast<ptrdiff_t>(length - needle_length);
  if (forward) {
    if (from < 0) from = 0;
    if (from > last) return -1;
    const uint8_t* p = haystack + from;
    const uint8_t* end = haystack + length;
    if (needle_length == 0) return from;
    while (p + needle_length <= end) {
      p = static_cast<const uint8_t*>(memchr(p, needle[0], end - p - needle_length + 1));
      if (p == nullptr) return -1;
      if (memcmp(p, needle, needle_length) == 0) return p - haystack;
      p++;
    }
    return -1;
  }
  if (from > last) from = last;
  for (ptrdiff_t i = from; i >= 0; i--) {
    if (haystack[i] == needle[0] && memcmp(haystack + i, needle, needle_length) == 0) return i;
  }
  return -1;
}

// Search() for a UTF-16LE needle, as Node does it: the buffer is read as whole code units from its
// first byte (a trailing odd byte is ignored), so only matches at even offsets count, and the
// search starts at the code unit that holds byte `from` (once the whole needle fits after `from`).
ptrdiff_t SearchUtf16(const uint8_t* haystack, size_t length, const uint8_t* needle,
                      size_t needle_length, ptrdiff_t from, bool forward) {
  if (needle_length > length) return -1;
  if (forward && from + static_cast<ptrdiff_t>(needle_length) > static_cast<ptrdiff_t>(length)) {
    return -1;
  }
  size_t units = length / 2;
  size_t needle_units = needle_length / 2;
  if (needle_units == 0 || needle_units > units) return -1;
  ptrdiff_t last = static_cast<ptrdiff_t>(units - needle_units);
  ptrdiff_t unit = from / 2;
  if (forward) {
    for (ptrdiff_t i = unit < 0 ? 0 : unit; i <= last; i++) {
      if (memcmp(haystack + 2 * i, needle, 2 * needle_units) == 0) return 2 * i;
    }
    return -1;
  }
  for (ptrdiff_t i = unit > last ? last : unit; i >= 0; i--) {
    if (memcmp(haystack + 2 * i, needle, 2 * needle_units) == 0) return 2 * i;
  }
  return -1;
}

// Node's byteOffset rule for search: negative counts from the end; before the start means "all"
// forward (and "nothing" backward), past the end "nothing" forward (and "all" backward). An empty
// needle is found at the offset, clamped to the buffer. -1: no match possible.
int64_t SearchStart(double offset_d, size_t length, size_t needle_length, bool forward) {
  int64_t len = static_cast<int64_t>(length);
  int64_t needle = static_cast<int64_t>(needle_length);
  int64_t offset = offset_d >= 9.0e15    ? INT64_C(9000000000000000)
                   : offset_d <= -9.0e15 ? INT64_C(-9000000000000000)
                                         : static_cast<int64_t>(offset_d);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    return forward || needle == 0 ? 0 : -1;
  }
  if (offset + needle <= len) return offset;
  if (needle == 0) return len;
  return forward ? -1 : len - 1;
}

// indexOfBytes(buffer, needle, byteOffset, forward, utf16) → index or -1
void IndexOfBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes haystack;
  Bytes needle;
  if (!GetBytes(args[0], &haystack) || !GetBytes(args[1], &needle) || !args[2]->IsNumber()) {
    return ThrowTypeError(args.GetIsolate(), "indexOfBytes(buffer, needle, byteOffset, forward)");
  }
  bool forward = args[3]->IsTrue();
  int64_t start =
      SearchStart(args[2].As<v8::Number>()->Value(), haystack.length, needle.length, forward);
  if (needle.length == 0) return args.GetReturnValue().Set(static_cast<double>(start));
  if (start < 0 || haystack.length == 0) return args.GetReturnValue().Set(-1);
  if (args[4]->IsTrue()) {
    return args.GetReturnValue().Set(static_cast<double>(
        SearchUtf16(haystack.data, haystack.length, needle.data, needle.length, start, forward)));
  }
  args.GetReturnValue().Set(static_cast<double>(
      Search(haystack.data, haystack.length, needle.data, needle.length, start, forward)));
}

// indexOfString(buffer, string, byteOffset, encoding, forward) → index or -1
void IndexOfString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes haystack;
  if (!GetBytes(args[0], &haystack) || !args[1]->IsString() || !args[2]->IsNumber() ||
      !args[3]->IsInt32()) {
    return ThrowTypeError(isolate, "indexOfString(buffer, string, byteOffset, encoding, forward)");
  }
  v8::Local<v8::String> str = args[1].As<v8::String>();
  int32_t encoding = args[3].As<v8::Int32>()->Value();
  bool forward = args[4]->IsTrue();
  // The needle's bytes: at most as many as fit in the haystack matter.
  size_t max_bytes;
  switch (encoding) {
    case kUtf8:
      max_bytes = static_cast<size_t>(str->Utf8Length(isolate));
      break;
    case kUcs2:
      max_bytes = 2 * static_cast<size_t>(str->Length());
      break;
    case kHex:
      max_bytes = static_cast<size_t>(str->Length()) / 2;
      break;
    case kBase64:
    case kBase64Url:
      max_bytes = static_cast<size_t>(str->Length()) / 4 * 3 + 3;
      break;
    default:
      max_bytes = static_cast<size_t>(str->Length());
      break;
  }
  if (max_bytes > haystack.length &&
      (encoding == kUtf8 || encoding == kUcs2 || encoding == kLatin1 || encoding == kAscii)) {
    return args.GetReturnValue().Set(-1);
  }
  std::unique_ptr<uint8_t[]> needle(new (std::nothrow) uint8_t[max_bytes + 1]);
  if (needle == nullptr) return ThrowOutOfMemory(isolate);
  ptrdiff_t needle_length = WriteString(isolate, str, needle.get(), max_bytes, encoding);
  if (needle_length < 0) return ThrowOutOfMemory(isolate);
  int64_t start = SearchStart(args[2].As<v8::Number>()->Value(), haystack.length,
                              static_cast<size_t>(needle_length), forward);
  if (needle_length == 0) return args.GetReturnValue().Set(static_cast<double>(start));
  if (start < 0 || haystack.length == 0) return args.GetReturnValue().Set(-1);
  if (encoding == kUcs2) {
    return args.GetReturnValue().Set(static_cast<double>(
        SearchUtf16(haystack.data, haystack.length, needle.get(), needle_length, start, forward)));
  }
  args.GetReturnValue().Set(static_cast<double>(
      Search(haystack.data, haystack.length, needle.get(), needle_length, start, forward)));
}

// indexOfNumber(buffer, byte, byteOffset, forward) → index or -1
void IndexOfNumber(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes haystack;
  if (!GetBytes(args[0], &haystack) || !args[1]->IsUint32() || !args[2]->IsNumber()) {
    return ThrowTypeError(args.GetIsolate(), "indexOfNumber(buffer, byte, byteOffset, forward)");
  }
  uint8_t byte = static_cast<uint8_t>(args[1].As<v8::Uint32>()->Value());
  bool forward = args[3]->IsTrue();
  int64_t start = SearchStart(args[2].As<v8::Number>()->Value(), haystack.length, 1, forward);
  if (start < 0 || haystack.length == 0) return args.GetReturnValue().Set(-1);
  args.GetReturnValue().Set(
      static_cast<double>(Search(haystack.data, haystack.length, &byte, 1, start, forward)));
}

// --- filling, swapping
// ------------------------------------------------------------------------------

// Repeats [target+start, target+start+pattern) over the rest of [start, end).
void RepeatPattern(uint8_t* data, size_t pattern, size_t total) {
  while (pattern < total) {
    size_t n = std::min(pattern, total - pattern);
    memcpy(data + pattern, data, n);
    pattern += n;
  }
}

// fill(target, value, start, end, encoding) → -1 when the value encodes to no bytes (lib/ throws),
// -2 when the range is outside the buffer, else undefined.
void Fill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes target;
  if (!GetBytes(args[0], &target) || !args[2]->IsNumber() || !args[3]->IsNumber()) {
    return ThrowTypeError(isolate, "fill(target, value, start, end, encoding)");
  }
  double start_d = args[2].As<v8::Number>()->Value();
  double end_d = args[3].As<v8::Number>()->Value();
  if (start_d < 0 || end_d > static_cast<double>(target.length)) {
    return args.GetReturnValue().Set(-2);
  }
  if (!(start_d < end_d)) return;
  size_t start = static_cast<size_t>(start_d);
  size_t total = static_cast<size_t>(end_d) - start;
  uint8_t* data = target.data + start;
  size_t pattern = 0;
  Bytes value;
  if (args[1]->IsString()) {
    int32_t encoding = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : kUtf8;
    v8::Local<v8::String> str = args[1].As<v8::String>();
    if (encoding == kUtf8 || encoding == kUcs2) {
      // The whole encoding, cut at the end of the range even inside a character, as in Node.
      size_t whole = encoding == kUtf8 ? static_cast<size_t>(str->Utf8Length(isolate))
                                       : 2 * static_cast<size_t>(str->Length());
      if (whole == 0) return args.GetReturnValue().Set(-1);
      if (whole <= total) {
        WriteString(isolate, str, data, whole, encoding);
      } else {
        std::unique_ptr<uint8_t[]> bytes(new (std::nothrow) uint8_t[whole]);
        if (bytes == nullptr) return ThrowOutOfMemory(isolate);
        WriteString(isolate, str, bytes.get(), whole, encoding);
        memcpy(data, bytes.get(), total);
      }
      pattern = std::min(whole, total);
    } else {
      ptrdiff_t n = WriteString(isolate, str, data, total, encoding);
      if (n < 0) return ThrowOutOfMemory(isolate);
      if (n == 0) return args.GetReturnValue().Set(-1);
      pattern = static_cast<size_t>(n);
    }
  } else if (GetBytes(args[1], &value)) {
    if (value.length == 0) return args.GetReturnValue().Set(-1);
    pattern = std::min(value.length, total);
    memmove(data, value.data, pattern);
  } else if (args[1]->IsNumber()) {
    uint8_t byte = static_cast<uint8_t>(args[1].As<v8::Number>()->Value());
    memset(data, byte, total);
    return;
  } else {
    return ThrowTypeError(isolate, "fill: bad value");
  }
  RepeatPattern(data, pattern, total);
}

// swap(buffer, width): reverses every group of `width` (2, 4 or 8) bytes in place.
void Swap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes b;
  if (!GetBytes(args[0], &b) || !args[1]->IsInt32()) {
    return ThrowTypeError(args.GetIsolate(), "swap(buffer, width)");
  }
  size_t width = static_cast<size_t>(args[1].As<v8::Int32>()->Value());
  if (width != 2 && width != 4 && width != 8) return;
  for (size_t i = 0; i + width <= b.length; i += width)
    std::reverse(b.data + i, b.data + i + width);
}

// --- validation, transcoding
// ------------------------------------------------------------------------

// isUtf8(view) → whether the bytes are well-formed UTF-8 (no surrogates, no overlongs).
bool ValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    i += AsciiPrefixLength(s + i, n - i);
    if (i >= n) break;
    uint8_t b = s[i];
    size_t need;
    uint8_t lo = 0x80;
    uint8_t hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + need >= n) return false;
    uint8_t b1 = s[i + 1];
    if (b1 < lo || b1 > hi) return false;
    for (size_t k = 2; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes b;
  if (!GetBytes(args[0], &b)) return ThrowTypeError(args.GetIsolate(), "isUtf8(view)");
  args.GetReturnValue().Set(ValidUtf8(b.data, b.length));
}

void IsAscii(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes b;
  if (!GetBytes(args[0], &b)) return ThrowTypeError(args.GetIsolate(), "isAscii(view)");
  args.GetReturnValue().Set(AsciiPrefixLength(b.data, b.length) == b.length);
}

// transcode(source, fromIcuName, toIcuName) → ArrayBuffer, or the ICU error code (a number).
void Transcode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes source;
  if (!GetBytes(args[0], &source) || !args[1]->IsString() || !args[2]->IsString()) {
    return ThrowTypeError(isolate, "transcode(source, from, to)");
  }
  std::string from_name = ToStdString(isolate, args[1]);
  std::string to_name = ToStdString(isolate, args[2]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(from_name.c_str(), &status);
  if (U_FAILURE(status)) return args.GetReturnValue().Set(static_cast<int32_t>(status));
  UConverter* to = ucnv_open(to_name.c_str(), &status);
  if (U_FAILURE(status)) {
    ucnv_close(from);
    return args.GetReturnValue().Set(static_cast<int32_t>(status));
  }
  // What cannot be represented in the target becomes '?', as in Node.
  int8_t min_char = ucnv_getMinCharSize(to);
  std::string subst(static_cast<size_t>(min_char), '?');
  ucnv_setSubstChars(to, subst.data(), min_char, &status);
  status = U_ZERO_ERROR;
  size_t capacity = source.length * static_cast<size_t>(ucnv_getMaxCharSize(to)) + 16;
  std::vector<char> out(capacity);
  char* target = out.data();
  const char* src = reinterpret_cast<const char*>(source.data);
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &src, src + source.length, nullptr,
                 nullptr, nullptr, nullptr, true, true, &status);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(status)) return args.GetReturnValue().Set(static_cast<int32_t>(status));
  size_t n = static_cast<size_t>(target - out.data());
  v8::Local<v8::ArrayBuffer> result = v8::ArrayBuffer::New(isolate, n);
  if (n > 0) memcpy(result->Data(), out.data(), n);
  args.GetReturnValue().Set(result);
}

// icuErrorName(code) → "U_ILLEGAL_ARGUMENT_ERROR", ...
void IcuErrorName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "icuErrorName(code)");
  auto code = static_cast<UErrorCode>(args[0].As<v8::Int32>()->Value());
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), u_errorName(code)));
}

// createUnsafeArrayBuffer(length) → an ArrayBuffer whose bytes are not zeroed first: the memory of
// Buffer.allocUnsafe and of the Buffer pool, which callers overwrite. V8 10.2 can only make zeroed
// ArrayBuffers itself (and treats a failed allocation as fatal), so the memory comes from malloc
// and V8 adopts it, freeing it with the buffer.
void CreateUnsafeArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsNumber()) return ThrowTypeError(isolate, "createUnsafeArrayBuffer(length)");
  double requested = args[0].As<v8::Number>()->Value();
  if (!(requested >= 1 && requested <= static_cast<double>(v8::TypedArray::kMaxLength))) {
    return args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
  }
  auto length = static_cast<size_t>(requested);
  void* data = malloc(length);
  if (data == nullptr) {
    isolate->ThrowException(
        v8::Exception::RangeError(OneByteString(isolate, "Array buffer allocation failed")));
    return;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* memory, size_t, void*) { free(memory); }, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

}  // namespace

const MethodEntry kMethods[] = {
    {"createUnsafeArrayBuffer", CreateUnsafeArrayBuffer},
    {"write", Write},
    {"byteLengthUtf8", ByteLengthUtf8},
    {"encodeLarge", EncodeLarge},
    {"slice", Slice},
    {"compare", Compare},
    {"compareOffset", CompareOffset},
    {"indexOfBytes", IndexOfBytes},
    {"indexOfString", IndexOfString},
    {"indexOfNumber", IndexOfNumber},
    {"fill", Fill},
    {"swap", Swap},
    {"isUtf8", IsUtf8},
    {"isAscii", IsAscii},
    {"transcode", Transcode},
    {"icuErrorName", IcuErrorName},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
  SetConstant(env->context(), target, "kMaxLength",
              static_cast<double>(v8::TypedArray::kMaxLength));
  SetConstant(env->context(), target, "kStringMaxLength", v8::String::kMaxLength);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::buffer
