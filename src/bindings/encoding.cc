// internalBinding('encoding'): the byte-level work of TextEncoder and TextDecoder (lib/internal/
// encoding.js), done in C++ straight on the ArrayBuffer backing stores: UTF-8 encoding, WHATWG
// decoders for UTF-8, UTF-16LE/BE and windows-1252 that carry an incomplete sequence from one chunk
// of a stream to the next, and ICU's converters for the legacy encodings.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <new>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/text.h"

namespace tide::bindings::encoding {

namespace {

// Kept in step with lib/internal/encoding.js.
enum EncodingId : uint32_t { kUtf8 = 0, kUtf16le = 1, kUtf16be = 2, kWindows1252 = 3, kLatin1 = 4 };
enum DecodeFlags : uint32_t { kFatal = 1, kIgnoreBOM = 2, kStream = 4 };

constexpr uint16_t kReplacement = 0xFFFD;
constexpr uint16_t kBOM = 0xFEFF;

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView. Small typed arrays live on the
// V8 heap with no backing store; asking for their buffer would move them off-heap, so their few
// bytes are copied out instead.
class InputBytes {
 public:
  explicit InputBytes(v8::Local<v8::Value> value) {
    if (value->IsArrayBufferView()) {
      auto view = value.As<v8::ArrayBufferView>();
      size_t length = view->ByteLength();
      if (!view->HasBuffer() && length <= sizeof(inline_)) {
        length_ = view->CopyContents(inline_, length);
        data_ = inline_;
        return;
      }
      data_ = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
      length_ = length;
    } else if (value->IsArrayBuffer()) {
      auto buffer = value.As<v8::ArrayBuffer>();
      data_ = static_cast<const uint8_t*>(buffer->Data());
      length_ = buffer->ByteLength();
    } else if (value->IsSharedArrayBuffer()) {
      auto buffer = value.As<v8::SharedArrayBuffer>();
      data_ = static_cast<const uint8_t*>(buffer->Data());
      length_ = buffer->ByteLength();
    } else {
      valid_ = false;
    }
    if (length_ == 0) data_ = inline_;  // a detached buffer has no data pointer
  }

  bool valid() const { return valid_; }
  const uint8_t* data() const { return data_; }
  size_t length() const { return length_; }

 private:
  uint8_t inline_[128];
  const uint8_t* data_ = inline_;
  size_t length_ = 0;
  bool valid_ = true;
};

// Scratch memory (a decoder's output, a copy of a string's characters): on the stack when short.
// A huge request that cannot be met leaves data() null, for a JS exception rather than an abort.
template <typename T>
class Scratch {
 public:
  explicit Scratch(size_t length) {
    if (length > kStackLength) {
      heap_.reset(new (std::nothrow) T[length]);
      data_ = heap_.get();
    }
  }
  T* data() { return data_; }

 private:
  static constexpr size_t kStackLength = 1024 / sizeof(T);
  T stack_[kStackLength];
  std::unique_ptr<T[]> heap_;
  T* data_ = stack_;
};

// A decoder's state between two chunks of a stream, kept by JS in a Uint32Array(2) per TextDecoder.
// UTF-8: word 0 = the code point so far; word 1 = bytes needed | bytes seen << 4 | lower boundary
// << 8 | upper boundary << 16. UTF-16: word 0 = lead surrogate | has one << 16; word 1 = lead byte
// | has one << 8. Both: bit 24 of word 1 = BOM seen. All zero = a fresh stream.
constexpr uint32_t kBomSeenBit = 1u << 24;

struct Utf8State {
  uint32_t code_point = 0;
  uint32_t bytes_needed = 0;
  uint32_t bytes_seen = 0;
  uint32_t lower = 0x80;
  uint32_t upper = 0xBF;

  void Load(const uint32_t* words) {
    code_point = words[0];
    bytes_needed = words[1] & 0xF;
    bytes_seen = (words[1] >> 4) & 0xF;
    lower = bytes_needed == 0 ? 0x80 : (words[1] >> 8) & 0xFF;
    upper = bytes_needed == 0 ? 0xBF : (words[1] >> 16) & 0xFF;
  }
  void Store(uint32_t* words) const {
    words[0] = code_point;
    words[1] = (words[1] & kBomSeenBit) | bytes_needed | bytes_seen << 4 | lower << 8 | upper << 16;
  }
  void Reset() { *this = Utf8State(); }
};

inline uint16_t* EmitCodePoint(uint16_t* out, uint32_t cp) {
  if (cp < 0x10000) {
    *out++ = static_cast<uint16_t>(cp);
  } else {
    cp -= 0x10000;
    *out++ = static_cast<uint16_t>(0xD800 + (cp >> 10));
    *out++ = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
  }
  return out;
}

// The WHATWG UTF-8 decoder (encoding.spec.whatwg.org/#utf-8-decoder): a malformed sequence becomes
// one U+FFFD per maximal subpart, as in V8 and ICU. Writes at most `length + 2` units to `out` and
// returns how many, or -1 when `fatal` and the input is malformed. Complete sequences are decoded
// directly; the byte-at-a-time state machine handles errors and sequences cut by a chunk boundary.
ptrdiff_t DecodeUtf8(const uint8_t* in, size_t length, uint16_t* out, Utf8State* state, bool fatal,
                     bool flush) {
  uint16_t* const start = out;
  size_t i = 0;
  while (i < length) {
    if (state->bytes_needed == 0) {
      // ASCII runs, eight bytes at a time.
      while (i + 8 <= length) {
        uint64_t word;
        memcpy(&word, in + i, 8);
        if (word & 0x8080808080808080ull) break;
        for (int k = 0; k < 8; k++) out[k] = in[i + k];
        out += 8;
        i += 8;
      }
      if (i == length) break;
      uint8_t b = in[i];
      if (b < 0x80) {
        *out++ = b;
        i++;
        continue;
      }
      // Whole, well-formed two- and three-byte sequences without the state machine.
      if (b >= 0xC2 && b <= 0xDF && i + 1 < length && (in[i + 1] & 0xC0) == 0x80) {
        *out++ = static_cast<uint16_t>((b & 0x1F) << 6 | (in[i + 1] & 0x3F));
        i += 2;
        continue;
      }
      if (b >= 0xE0 && b <= 0xEF && i + 2 < length) {
        uint8_t b1 = in[i + 1];
        uint8_t lo = b == 0xE0 ? 0xA0 : 0x80;
        uint8_t hi = b == 0xED ? 0x9F : 0xBF;
        if (b1 >= lo && b1 <= hi && (in[i + 2] & 0xC0) == 0x80) {
          *out++ = static_cast<uint16_t>((b & 0x0F) << 12 | (b1 & 0x3F) << 6 | (in[i + 2] & 0x3F));
          i += 3;
          continue;
        }
      }
      i++;
      if (b >= 0xC2 && b <= 0xDF) {
        state->bytes_needed = 1;
        state->code_point = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) state->lower = 0xA0;
        if (b == 0xED) state->upper = 0x9F;
        state->bytes_needed = 2;
        state->code_point = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) state->lower = 0x90;
        if (b == 0xF4) state->upper = 0x8F;
        state->bytes_needed = 3;
        state->code_point = b & 0x07;
      } else {
        if (fatal) return -1;
        *out++ = kReplacement;
      }
      continue;
    }
    uint8_t b = in[i];
    if (b < state->lower || b > state->upper) {
      // The byte is not consumed: it may start the next sequence.
      state->Reset();
      if (fatal) return -1;
      *out++ = kReplacement;
      continue;
    }
    i++;
    state->lower = 0x80;
    state->upper = 0xBF;
    state->code_point = state->code_point << 6 | (b & 0x3F);
    if (++state->bytes_seen == state->bytes_needed) {
      out = EmitCodePoint(out, state->code_point);
      state->Reset();
    }
  }
  if (flush && state->bytes_needed != 0) {
    state->Reset();
    if (fatal) return -1;
    *out++ = kReplacement;
  }
  return out - start;
}

struct Utf16State {
  uint32_t lead_surrogate = 0;  // 0 = none (a lead surrogate is never 0)
  uint32_t lead_byte = 0;
  bool has_lead_byte = false;

  void Load(const uint32_t* words) {
    lead_surrogate = (words[0] & 0x10000) ? (words[0] & 0xFFFF) : 0;
    has_lead_byte = (words[1] & 0x100) != 0;
    lead_byte = words[1] & 0xFF;
  }
  void Store(uint32_t* words) const {
    words[0] = lead_surrogate == 0 ? 0 : (lead_surrogate | 0x10000);
    words[1] = (words[1] & kBomSeenBit) | (has_lead_byte ? (0x100 | lead_byte) : 0);
  }
};

// The WHATWG shared UTF-16 decoder: lone surrogates become U+FFFD. Writes at most
// `(length + 1) / 2 + 2` units; returns how many, or -1 when `fatal` and the input is malformed.
template <bool kBigEndian>
ptrdiff_t DecodeUtf16(const uint8_t* in, size_t length, uint16_t* out, Utf16State* state,
                      bool fatal, bool flush) {
  uint16_t* const start = out;
  size_t i = 0;
  auto unit = [](uint8_t first, uint8_t second) -> uint16_t {
    return kBigEndian ? static_cast<uint16_t>(first << 8 | second)
                      : static_cast<uint16_t>(second << 8 | first);
  };
  while (i < length) {
    uint16_t cu;
    if (state->has_lead_byte) {
      cu = unit(static_cast<uint8_t>(state->lead_byte), in[i]);
      state->has_lead_byte = false;
      i++;
    } else if (i + 1 < length) {
      cu = unit(in[i], in[i + 1]);
      i += 2;
    } else {
      state->has_lead_byte = true;
      state->lead_byte = in[i];
      i++;
      break;
    }
    if (state->lead_surrogate != 0) {
      uint16_t lead = static_cast<uint16_t>(state->lead_surrogate);
      state->lead_surrogate = 0;
      if (cu >= 0xDC00 && cu <= 0xDFFF) {
        *out++ = lead;
        *out++ = cu;
        continue;
      }
      if (fatal) return -1;
      *out++ = kReplacement;
      // cu itself is then decoded as usual.
    }
    if (cu >= 0xD800 && cu <= 0xDBFF) {
      state->lead_surrogate = cu;
    } else if (cu >= 0xDC00 && cu <= 0xDFFF) {
      if (fatal) return -1;
      *out++ = kReplacement;
    } else {
      *out++ = cu;
    }
  }
  if (flush && (state->has_lead_byte || state->lead_surrogate != 0)) {
    *state = Utf16State();
    if (fatal) return -1;
    *out++ = kReplacement;
  }
  return out - start;
}

// windows-1252 (what WHATWG means by 'latin1', 'ascii' and 'iso-8859-1') differs from ISO-8859-1
// only in 0x80-0x9F.
constexpr uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void ThrowInvalidData(v8::Isolate* isolate, const char* encoding_name) {
  ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_ENCODING_INVALID_ENCODED_DATA",
                     std::string("The encoded data was not valid for encoding ") + encoding_name);
}

void ReturnOneByte(const v8::FunctionCallbackInfo<v8::Value>& args, const uint8_t* data,
                   size_t length) {
  v8::Isolate* isolate = args.GetIsolate();
  if (length == 0) return args.GetReturnValue().SetEmptyString();
  if (length > static_cast<size_t>(v8::String::kMaxLength)) return ThrowStringTooLong(isolate);
  v8::Local<v8::String> result;
  if (!v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                  static_cast<int>(length))
           .ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

void ReturnTwoByte(const v8::FunctionCallbackInfo<v8::Value>& args, const uint16_t* data,
                   size_t length) {
  v8::Isolate* isolate = args.GetIsolate();
  if (length == 0) return args.GetReturnValue().SetEmptyString();
  if (length > static_cast<size_t>(v8::String::kMaxLength)) return ThrowStringTooLong(isolate);
  v8::Local<v8::String> result;
  // V8 stores the result as a one-byte string when every unit fits.
  if (!v8::String::NewFromTwoByte(isolate, data, v8::NewStringType::kNormal,
                                  static_cast<int>(length))
           .ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

const char* EncodingName(uint32_t encoding) {
  switch (encoding) {
    case kUtf16le:
      return "utf-16le";
    case kUtf16be:
      return "utf-16be";
    case kWindows1252:
      return "windows-1252";
    case kLatin1:
      return "latin1";
    default:
      return "utf-8";
  }
}

// The shared decode path. `state_words` is null for a one-shot decode of a fresh stream.
void Decode(const v8::FunctionCallbackInfo<v8::Value>& args, const InputBytes& input,
            uint32_t encoding, uint32_t flags, uint32_t* state_words) {
  const uint8_t* in = input.data();
  size_t length = input.length();
  bool fatal = (flags & kFatal) != 0;
  bool flush = (flags & kStream) == 0 || state_words == nullptr;
  uint32_t fresh[2] = {0, 0};
  uint32_t* words = state_words != nullptr ? state_words : fresh;

  if (encoding == kLatin1) return ReturnOneByte(args, in, length);
  if (encoding == kWindows1252) {
    size_t i = 0;
    while (i < length && (in[i] < 0x80 || in[i] > 0x9F)) i++;
    if (i == length) return ReturnOneByte(args, in, length);
    Scratch<uint16_t> buffer(length);
    uint16_t* out = buffer.data();
    if (out == nullptr) return ThrowOutOfMemory(args.GetIsolate());
    for (size_t k = 0; k < length; k++) {
      uint8_t b = in[k];
      out[k] = (b >= 0x80 && b <= 0x9F) ? kWindows1252High[b - 0x80] : b;
    }
    return ReturnTwoByte(args, out, length);
  }

  bool strip_bom = (flags & kIgnoreBOM) == 0 && (words[1] & kBomSeenBit) == 0;
  ptrdiff_t produced;
  size_t capacity;
  if (encoding == kUtf8) {
    Utf8State state;
    state.Load(words);
    // Whole-ASCII input (the common case) becomes a string with one copy and no decoding; an
    // ASCII prefix is only widened.
    size_t ascii = 0;
    if (state.bytes_needed == 0) {
      ascii = AsciiPrefixLength(in, length);
      if (ascii == length) {
        if (length > 0) words[1] |= kBomSeenBit;
        if (flush) words[0] = words[1] = 0;
        return ReturnOneByte(args, in, length);
      }
    }
    capacity = length + 2;
    Scratch<uint16_t> buffer(capacity);
    if (buffer.data() == nullptr) return ThrowOutOfMemory(args.GetIsolate());
    for (size_t k = 0; k < ascii; k++) buffer.data()[k] = in[k];
    produced = DecodeUtf8(in + ascii, length - ascii, buffer.data() + ascii, &state, fatal, flush);
    if (produced >= 0) produced += ascii;
    if (produced >= 0) state.Store(words);
    if (produced > 0) {
      const uint16_t* out = buffer.data();
      if (strip_bom && out[0] == kBOM) out++, produced--;
      words[1] |= kBomSeenBit;
      if (flush) words[0] = words[1] = 0;
      return ReturnTwoByte(args, out, produced);
    }
  } else {
    Utf16State state;
    state.Load(words);
    capacity = (length + 1) / 2 + 2;
    Scratch<uint16_t> buffer(capacity);
    if (buffer.data() == nullptr) return ThrowOutOfMemory(args.GetIsolate());
    produced = encoding == kUtf16be
                   ? DecodeUtf16<true>(in, length, buffer.data(), &state, fatal, flush)
                   : DecodeUtf16<false>(in, length, buffer.data(), &state, fatal, flush);
    if (produced >= 0) state.Store(words);
    if (produced > 0) {
      const uint16_t* out = buffer.data();
      if (strip_bom && out[0] == kBOM) out++, produced--;
      words[1] |= kBomSeenBit;
      if (flush) words[0] = words[1] = 0;
      return ReturnTwoByte(args, out, produced);
    }
  }
  if (produced < 0 || flush) words[0] = words[1] = 0;
  if (produced < 0) return ThrowInvalidData(args.GetIsolate(), EncodingName(encoding));
  args.GetReturnValue().SetEmptyString();
}

// The words of a Uint32Array of at least `count` elements that lib/ passes for results or state,
// or null. (lib/ keeps these arrays; nothing per-Environment is held here, so a binding object
// taken from the startup snapshot works as it is.)
uint32_t* Uint32Words(v8::Local<v8::Value> value, size_t count) {
  if (!value->IsUint32Array()) return nullptr;
  auto array = value.As<v8::Uint32Array>();
  if (array->Length() < count) return nullptr;
  return reinterpret_cast<uint32_t*>(static_cast<uint8_t*>(array->Buffer()->Data()) +
                                     array->ByteOffset());
}

// decode(input, encodingId, flags[, state]) -> string. `state` (a Uint32Array(2)) carries an
// incomplete sequence between calls with the kStream flag; throws a TypeError with code
// ERR_ENCODING_INVALID_ENCODED_DATA on malformed input when kFatal is set.
void DecodeCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  InputBytes input(args[0]);
  if (!input.valid() || !args[1]->IsUint32() || !args[2]->IsUint32()) {
    return ThrowTypeError(args.GetIsolate(), "decode(input, encoding, flags, state?)");
  }
  uint32_t encoding = args[1].As<v8::Uint32>()->Value();
  if (encoding > kLatin1) return ThrowTypeError(args.GetIsolate(), "decode: unknown encoding");
  Decode(args, input, encoding, args[2].As<v8::Uint32>()->Value(), Uint32Words(args[3], 2));
}

// decodeUtf8(input, ignoreBOM, fatal) -> string
void DecodeUtf8Callback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  InputBytes input(args[0]);
  if (!input.valid()) return ThrowTypeError(args.GetIsolate(), "decodeUtf8: not a buffer");
  uint32_t flags = (args[1]->IsTrue() ? kIgnoreBOM : 0u) | (args[2]->IsTrue() ? kFatal : 0u);
  Decode(args, input, kUtf8, flags, nullptr);
}

// decodeLatin1(input) -> string: ISO-8859-1, every byte the code point of the same value.
void DecodeLatin1Callback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  InputBytes input(args[0]);
  if (!input.valid()) return ThrowTypeError(args.GetIsolate(), "decodeLatin1: not a buffer");
  ReturnOneByte(args, input.data(), input.length());
}

// decodeUtf16le(input, ignoreBOM, fatal) -> string
void DecodeUtf16leCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  InputBytes input(args[0]);
  if (!input.valid()) return ThrowTypeError(args.GetIsolate(), "decodeUtf16le: not a buffer");
  uint32_t flags = (args[1]->IsTrue() ? kIgnoreBOM : 0u) | (args[2]->IsTrue() ? kFatal : 0u);
  Decode(args, input, kUtf16le, flags, nullptr);
}

// The Encoding Standard's other (legacy) encodings — ISO-8859-x, windows-125x, KOI8, GBK, gb18030,
// Big5, EUC-JP, ISO-2022-JP, Shift_JIS, EUC-KR, ... — go through ICU's converters, as in Node.
// A converter keeps the state of a stream between calls (ISO-2022-JP's shift state, a character
// cut between chunks). It lives in the backing store of an ArrayBuffer that the TextDecoder holds
// privately: V8 closes it when that buffer is collected or the isolate goes away.
struct IcuConverter {
  static constexpr uint32_t kMagic = 0x74696375;  // "ticu": a handle made here, not any buffer
  uint32_t magic = kMagic;
  bool fatal = false;
  bool gb18030 = false;
  UConverter* converter = nullptr;
};

void CloseIcuConverter(void* data, size_t, void*) {
  auto* holder = static_cast<IcuConverter*>(data);
  ucnv_close(holder->converter);
  delete holder;
}

// Where ICU and the Encoding Standard disagree on an error. ICU substitutes U+001A for a single bad
// byte in some multi-byte converters (Shift_JIS, EUC-KR, ...), the standard U+FFFD for every
// error; and the standard's gb18030 decodes a lone 0x80 as U+20AC where ICU 72 finds it invalid.
void OnIcuError(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  const auto* holder = static_cast<const IcuConverter*>(context);
  UChar replacement = kReplacement;
  if (holder->gb18030 && length == 1 && static_cast<uint8_t>(bytes[0]) == 0x80) {
    replacement = 0x20AC;
  } else if (holder->fatal) {
    return;  // *status stays an error: ucnv_toUnicode stops here
  }
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

// icuConverter(name, fatal) -> handle, or undefined when ICU has no converter of that name.
void NewIcuConverter(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "icuConverter(name, fatal)");
  std::string name = ToStdString(isolate, args[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return;
  auto* holder = new IcuConverter();
  holder->converter = converter;
  holder->fatal = args[1]->IsTrue();
  holder->gb18030 = name == "gb18030";
  ucnv_setToUCallBack(converter, OnIcuError, holder, nullptr, nullptr, &status);
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(holder, sizeof(*holder), CloseIcuConverter, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// decodeIcu(handle, input, flags, encodingName) -> string. Without kStream the stream ends here
// and the converter starts afresh next time.
void DecodeIcu(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  IcuConverter* holder = nullptr;
  if (args[0]->IsArrayBuffer()) {
    auto handle = args[0].As<v8::ArrayBuffer>();
    if (handle->ByteLength() == sizeof(IcuConverter)) {
      holder = static_cast<IcuConverter*>(handle->Data());
      if (holder->magic != IcuConverter::kMagic) holder = nullptr;
    }
  }
  InputBytes input(args[1]);
  if (holder == nullptr || !input.valid() || !args[2]->IsUint32() || !args[3]->IsString()) {
    return ThrowTypeError(isolate, "decodeIcu(handle, input, flags, encoding)");
  }
  bool flush = (args[2].As<v8::Uint32>()->Value() & kStream) == 0;
  UConverter* converter = holder->converter;

  // Most converters give at most one UTF-16 unit per byte; grow on the rare overflow (gb18030's
  // four-byte sequences give two, a flush may add a few).
  std::vector<UChar> out(input.length() + 16);
  const char* source = reinterpret_cast<const char*>(input.data());
  const char* source_end = source + input.length();
  size_t produced = 0;
  UErrorCode status;
  for (;;) {
    status = U_ZERO_ERROR;
    UChar* target = out.data() + produced;
    ucnv_toUnicode(converter, &target, out.data() + out.size(), &source, source_end, nullptr, flush,
                   &status);
    produced = target - out.data();
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    out.resize(out.size() * 2);
  }
  if (U_FAILURE(status) || flush) ucnv_resetToUnicode(converter);
  if (U_FAILURE(status)) {
    std::string name = ToStdString(isolate, args[3]);
    return ThrowInvalidData(isolate, name.c_str());
  }
  ReturnTwoByte(args, reinterpret_cast<const uint16_t*>(out.data()), produced);
}

// Result memory for encode(): every byte is written, so the zero-filling of V8's allocator (calloc)
// is wasted work, and malloc reuses freed memory where a large calloc maps fresh pages.
std::unique_ptr<v8::BackingStore> NewUninitializedStore(v8::Isolate* isolate, size_t size) {
  void* data = size == 0 ? nullptr : malloc(size);
  if (data == nullptr) return v8::ArrayBuffer::NewBackingStore(isolate, size);
  return v8::ArrayBuffer::NewBackingStore(
      data, size, [](void* data, size_t, void*) { free(data); }, nullptr);
}

// Latin-1 characters to UTF-8, stopping before a character that does not fit in `capacity`.
// Returns {characters read, bytes written}.
std::pair<size_t, size_t> Latin1ToUtf8(const uint8_t* in, size_t length, uint8_t* out,
                                       size_t capacity) {
  size_t i = 0;
  size_t o = 0;
  // While there is room for two bytes, no character needs a capacity check.
  for (; i < length && o + 2 <= capacity; i++) {
    uint8_t c = in[i];
    if (c < 0x80) {
      out[o++] = c;
    } else {
      out[o] = static_cast<uint8_t>(0xC0 | (c >> 6));
      out[o + 1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      o += 2;
    }
  }
  while (i < length) {
    uint8_t c = in[i];
    if (c < 0x80) {
      if (o == capacity) break;
      out[o++] = c;
    } else {
      if (o + 2 > capacity) break;
      out[o++] = static_cast<uint8_t>(0xC0 | (c >> 6));
      out[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    }
    i++;
  }
  return {i, o};
}

// UTF-8 length of UTF-16 text; a lone surrogate counts as U+FFFD (three bytes). Two branch-free
// passes, which the compiler vectorizes: one more byte from U+0080 and another from U+0800, then
// a surrogate pair, counted 3 + 3 so far, is four.
size_t Utf8LengthOfUtf16(const uint16_t* in, size_t length) {
  size_t bytes = length;
  for (size_t i = 0; i < length; i++) bytes += (in[i] >= 0x80) + (in[i] >= 0x800);
  size_t pairs = 0;
  for (size_t i = 0; i + 1 < length; i++) {
    pairs += ((in[i] & 0xFC00) == 0xD800) & ((in[i + 1] & 0xFC00) == 0xDC00);
  }
  return bytes - 2 * pairs;
}

inline void PutUtf8(uint8_t* out, uint32_t c, size_t bytes) {
  switch (bytes) {
    case 1:
      out[0] = static_cast<uint8_t>(c);
      break;
    case 2:
      out[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
      out[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      break;
    case 3:
      out[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
      out[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      out[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      break;
    default:
      out[0] = static_cast<uint8_t>(0xF0 | (c >> 18));
      out[1] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
      out[2] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      out[3] = static_cast<uint8_t>(0x80 | (c & 0x3F));
  }
}

// UTF-16 text to UTF-8 (lone surrogates become U+FFFD), stopping before a character that does not
// fit in `capacity`. Returns {UTF-16 units read, bytes written}.
std::pair<size_t, size_t> Utf16ToUtf8(const uint16_t* in, size_t length, uint8_t* out,
                                      size_t capacity) {
  size_t i = 0;
  size_t o = 0;
  // While there is room for the longest character, no character needs a capacity check.
  while (i < length && o + 4 <= capacity) {
    uint32_t c = in[i];
    if (c < 0x80) {
      // ASCII runs, four units at a time.
      while (i + 4 <= length && o + 4 <= capacity) {
        uint64_t word;
        memcpy(&word, in + i, 8);
        if (word & 0xFF80FF80FF80FF80ull) break;
        for (int k = 0; k < 4; k++) out[o + k] = static_cast<uint8_t>(in[i + k]);
        i += 4;
        o += 4;
      }
      while (i < length && in[i] < 0x80 && o < capacity) out[o++] = static_cast<uint8_t>(in[i++]);
    } else if (c < 0x800) {
      PutUtf8(out + o, c, 2);
      o += 2;
      i++;
    } else if ((c & 0xF800) != 0xD800) {
      PutUtf8(out + o, c, 3);
      o += 3;
      i++;
      // Text in a script of three-byte characters (CJK, ...) has long runs of them: two at a time.
      while (i + 2 <= length && o + 6 <= capacity) {
        uint32_t a = in[i];
        uint32_t b = in[i + 1];
        if (a < 0x800 || b < 0x800 || (a & 0xF800) == 0xD800 || (b & 0xF800) == 0xD800) break;
        PutUtf8(out + o, a, 3);
        PutUtf8(out + o + 3, b, 3);
        o += 6;
        i += 2;
      }
    } else if (c < 0xDC00 && i + 1 < length && (in[i + 1] & 0xFC00) == 0xDC00) {
      PutUtf8(out + o, 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00), 4);
      o += 4;
      i += 2;
    } else {
      PutUtf8(out + o, kReplacement, 3);
      o += 3;
      i++;
    }
  }
  // The last few bytes of room.
  while (i < length) {
    uint32_t c = in[i];
    size_t units = 1;
    size_t bytes;
    if (c < 0x80) {
      bytes = 1;
    } else if (c < 0x800) {
      bytes = 2;
    } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < length && (in[i + 1] & 0xFC00) == 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      bytes = 4;
      units = 2;
    } else {
      if ((c & 0xF800) == 0xD800) c = kReplacement;
      bytes = 3;
    }
    if (o + bytes > capacity) break;
    PutUtf8(out + o, c, bytes);
    o += bytes;
    i += units;
  }
  return {i, o};
}

// HINT_MANY_WRITES_EXPECTED makes V8 flatten a rope (a string built by concatenation) in place
// before copying it out: once, instead of walking the rope on every call, as WriteUtf8 does too.
constexpr int kWriteFlags = v8::String::NO_NULL_TERMINATION | v8::String::HINT_MANY_WRITES_EXPECTED;

// encodeUtf8String(string) -> Uint8Array. Lone surrogates become U+FFFD.
void EncodeUtf8String(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "encodeUtf8String: not a string");
  v8::Local<v8::String> string = args[0].As<v8::String>();
  int chars = string->Length();
  std::unique_ptr<v8::BackingStore> store;
  if (string->IsOneByte()) {
    // Latin-1 characters straight into the result, then a scan: pure ASCII (the usual case) is
    // already UTF-8; otherwise the bytes from 0x80 up are widened into a second buffer.
    store = NewUninitializedStore(isolate, chars);
    auto* latin1 = static_cast<uint8_t*>(store->Data());
    string->WriteOneByte(isolate, latin1, 0, chars, kWriteFlags);
    size_t ascii = AsciiPrefixLength(latin1, chars);
    if (ascii < static_cast<size_t>(chars)) {
      size_t bytes = chars;
      for (size_t i = ascii; i < static_cast<size_t>(chars); i++) bytes += latin1[i] >> 7;
      std::unique_ptr<v8::BackingStore> utf8 = NewUninitializedStore(isolate, bytes);
      auto* out = static_cast<uint8_t*>(utf8->Data());
      memcpy(out, latin1, ascii);
      Latin1ToUtf8(latin1 + ascii, chars - ascii, out + ascii, bytes - ascii);
      store = std::move(utf8);
    }
  } else {
    Scratch<uint16_t> utf16(chars);
    if (utf16.data() == nullptr) return ThrowOutOfMemory(isolate);
    string->Write(isolate, utf16.data(), 0, chars, kWriteFlags);
    size_t bytes = Utf8LengthOfUtf16(utf16.data(), chars);
    store = NewUninitializedStore(isolate, bytes);
    Utf16ToUtf8(utf16.data(), chars, static_cast<uint8_t*>(store->Data()), bytes);
  }
  size_t bytes = store->ByteLength();
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, bytes));
}

// Up to this length, encodeInto() lets V8's WriteUtf8 do the work (it counts a surrogate pair as
// two units read, as the Encoding Standard does); longer strings take the faster loops here.
constexpr size_t kShortString = 64;

// encodeInto(string, uint8array, results): encodes as much of the string as fits (never half a
// character) and reports [UTF-16 units read, bytes written] in `results`, a Uint32Array(2) that
// lib/ allocates once, so the hot path allocates no result array.
void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString() || !args[1]->IsUint8Array()) {
    return ThrowTypeError(isolate, "encodeInto(string, uint8array, results)");
  }
  uint32_t* results = Uint32Words(args[2], 2);
  if (results == nullptr)
    return ThrowTypeError(isolate, "encodeInto: results must be a Uint32Array(2)");
  v8::Local<v8::String> string = args[0].As<v8::String>();
  auto dest = args[1].As<v8::Uint8Array>();
  size_t capacity = dest->ByteLength();
  size_t length = static_cast<size_t>(string->Length());
  if (capacity == 0 || length == 0) {
    results[0] = results[1] = 0;
    return;
  }
  auto* out = static_cast<uint8_t*>(dest->Buffer()->Data()) + dest->ByteOffset();
  size_t read;
  size_t written;
  if (length <= kShortString) {
    // Short strings: one call into V8 costs less than the copy below.
    int units = 0;
    written = string->WriteUtf8(isolate, reinterpret_cast<char*>(out),
                                static_cast<int>(std::min<size_t>(capacity, INT32_MAX)), &units,
                                v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    read = units;
  } else if (string->IsOneByte()) {
    // Through a small copy, a piece at a time (bytes past `written` must be left as they were, so
    // the characters cannot be copied straight into the destination).
    read = written = 0;
    uint8_t latin1[4096];
    while (read < length && written < capacity) {
      size_t count = std::min({length - read, capacity - written, sizeof(latin1)});
      string->WriteOneByte(isolate, latin1, static_cast<int>(read), static_cast<int>(count),
                           kWriteFlags);
      size_t ascii = AsciiPrefixLength(latin1, count);
      memcpy(out + written, latin1, ascii);
      auto [r, w] = Latin1ToUtf8(latin1 + ascii, count - ascii, out + written + ascii,
                                 capacity - written - ascii);
      read += ascii + r;
      written += ascii + w;
      if (ascii + r < count) break;  // out of room
    }
  } else {
    // Likewise a piece at a time. Each unit takes at least a byte, so no more than the room left
    // plus one are needed; a piece never ends between the halves of a surrogate pair.
    read = written = 0;
    uint16_t utf16[4096];
    while (read < length && written < capacity) {
      size_t count = std::min({length - read, capacity - written + 1, std::size(utf16)});
      string->Write(isolate, utf16, static_cast<int>(read), static_cast<int>(count), kWriteFlags);
      if (read + count < length && (utf16[count - 1] & 0xFC00) == 0xD800) count--;
      auto [r, w] = Utf16ToUtf8(utf16, count, out + written, capacity - written);
      read += r;
      written += w;
      if (r < count) break;  // out of room
    }
  }
  results[0] = static_cast<uint32_t>(read);
  results[1] = static_cast<uint32_t>(written);
}

}  // namespace

const MethodEntry kMethods[] = {
    {"encodeUtf8String", EncodeUtf8String},
    {"decodeUtf8", DecodeUtf8Callback},
    {"decodeLatin1", DecodeLatin1Callback},
    {"decodeUtf16le", DecodeUtf16leCallback},
    {"encodeInto", EncodeInto},
    {"decode", DecodeCallback},
    {"icuConverter", NewIcuConverter},
    {"decodeIcu", DecodeIcu},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
  SetConstant(context, target, "kUtf8", kUtf8);
  SetConstant(context, target, "kUtf16le", kUtf16le);
  SetConstant(context, target, "kUtf16be", kUtf16be);
  SetConstant(context, target, "kWindows1252", kWindows1252);
  SetConstant(context, target, "kLatin1", kLatin1);
  SetConstant(context, target, "kFatal", kFatal);
  SetConstant(context, target, "kIgnoreBOM", kIgnoreBOM);
  SetConstant(context, target, "kStream", kStream);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::encoding
