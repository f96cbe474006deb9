// Byte and string helpers shared by the bindings that turn bytes into strings (encoding, buffer).
#pragma once

#include <v8.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace tide {

// Length of the ASCII prefix of [data, data + length), eight bytes at a time.
inline size_t AsciiPrefixLength(const uint8_t* data, size_t length) {
  size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    uint64_t word;
    memcpy(&word, data + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < length && data[i] < 0x80) i++;
  return i;
}

// Characters in malloc'd memory handed to V8 as an external string: made once, never copied, freed
// when V8 collects the string.
template <typename Resource, typename Char>
class MallocedExternalString final : public Resource {
 public:
  MallocedExternalString(Char* data, size_t length) : data_(data), length_(length) {}
  ~MallocedExternalString() override { free(data_); }
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  Char* data_;
  size_t length_;
};
using MallocedOneByteString =
    MallocedExternalString<v8::String::ExternalOneByteStringResource, char>;
using MallocedTwoByteString = MallocedExternalString<v8::String::ExternalStringResource, uint16_t>;

}  // namespace tide
