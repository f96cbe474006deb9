// The V8-free half of internalBinding('http_parser'): what llhttp's callbacks do with the bytes
// before anything reaches JavaScript — the URL, status text and header pairs gathered across
// calls, the header-size limit, the header checks Node 22's llhttp makes and llhttp 8.1 does not
// (spaces in names, obs-fold), and the error code/reason split. The binding (http_parser.cc) adds
// the JS calls; test/fuzz/http_parser_fuzzer.cc drives this with arbitrary bytes.
#pragma once

#include <llhttp.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tide::http {

// Header pairs gathered before they are handed on; a message with more is flushed in batches.
constexpr int kMaxHeaderPairs = 32;
constexpr uint64_t kDefaultMaxHeaderSize = 16 * 1024;

// One of the strings a head is made of (the url, a header name or value). llhttp hands it over in
// spans of the buffer being parsed — nearly always one span, and then nothing is copied: the
// piece points into the buffer until the buffer is done with (HeaderCollector::EndBuffer), and
// only a string still incomplete then (its head straddles two reads) is copied out.
class HeadPiece {
 public:
  std::string_view view() const {
    return owned_ ? std::string_view(copy_) : std::string_view(data_, len_);
  }
  void Clear() {
    len_ = 0;
    if (owned_) Disown();
  }
  // The first span of a string, or the next span of the same buffer right after: inline (every
  // header name and value); copying is out of line, so the callers stay small.
  void Append(const char* at, size_t len) {
    if (!owned_) {
      if (len_ == 0) {
        data_ = at;
        len_ = len;
        return;
      }
      if (data_ + len_ == at) {
        len_ += len;
        return;
      }
    }
    AppendCopy(at, len);
  }
  // Whether it points into the buffer being parsed.
  bool pending() const { return !owned_ && len_ != 0; }
  // The buffer this may point into is going away.
  void Own() {
    if (owned_ || len_ == 0) return;
    copy_.assign(data_, len_);
    owned_ = true;
  }

 private:
  void Disown();
  void AppendCopy(const char* at, size_t len);

  const char* data_ = nullptr;
  size_t len_ = 0;  // of the span, while not owned_
  bool owned_ = false;
  std::string copy_;
};

class HeaderCollector {
 public:
  // What a header callback asks of its caller.
  enum Result : int {
    kOk = 0,
    kError = HPE_USER,  // llhttp_set_error_reason was called; return it to llhttp
    kFlushFirst = -2,   // kMaxHeaderPairs pairs are held: hand them on, then call again
  };

  void set_max_header_size(uint64_t max) { max_header_size_ = max; }
  void ResetMessage();  // a message begins
  void ResetHeaderCount() { header_nread_ = 0; }
  // A buffer is being parsed: header values are checked for line breaks within it.
  void BeginBuffer(const char* data) {
    buffer_start_ = data;
    value_end_ = nullptr;
  }
  // Its parse is over (the bytes may be gone after): what still points into it is copied. (Inline
  // when nothing does: a read of whole requests.)
  void EndBuffer() {
    if (num_fields_ != 0 || url_.pending() || status_message_.pending()) return OwnPieces();
    buffer_start_ = nullptr;
    value_end_ = nullptr;
  }

  int OnUrl(llhttp_t* p, const char* at, size_t len);
  int OnStatus(llhttp_t* p, const char* at, size_t len);
  int OnHeaderField(llhttp_t* p, const char* at, size_t len);
  int OnHeaderValue(llhttp_t* p, const char* at, size_t len);
  // Headers are complete (or trailers are): a field without a value has an empty one.
  void CloseLastPair() {
    if (num_values_ < num_fields_) num_values_ = num_fields_;
  }
  // The pairs were handed on.
  void ClearPairs() {
    num_fields_ = 0;
    num_values_ = 0;
  }

  int pairs() const { return num_values_; }
  int fields() const { return num_fields_; }
  // Valid until the next callback, ClearPairs/ClearUrl or EndBuffer.
  std::string_view field(int i) const { return fields_[i].view(); }
  std::string_view value(int i) const { return values_[i].view(); }
  std::string_view url() const { return url_.view(); }
  std::string_view status_message() const { return status_message_.view(); }
  // The url went out with a batch of pairs (more follow).
  void ClearUrl() { url_.Clear(); }
  // The head went out: what comes before the next message are trailers, which have no url.
  void ClearHead() {
    ClearPairs();
    url_.Clear();
    status_message_.Clear();
  }

 private:
  int TrackHeader(llhttp_t* p, size_t len);
  void OwnPieces();
  // Whether a line break precedes `at` since the value's last span (out of line: only a value's
  // second span asks).
  bool LineBreakBefore(const char* at) const;

  HeadPiece url_;
  HeadPiece status_message_;
  HeadPiece fields_[kMaxHeaderPairs];
  HeadPiece values_[kMaxHeaderPairs];
  int num_fields_ = 0;
  int num_values_ = 0;
  const char* buffer_start_ = nullptr;  // the buffer llhttp is parsing
  const char* value_end_ = nullptr;     // end of the last header value span in that buffer
  uint64_t header_nread_ = 0;
  uint64_t max_header_size_ = kDefaultMaxHeaderSize;
};

namespace detail {
// RFC 9110 tchar. llhttp 8.1 lets spaces into header names ("Bad Header:", "Host :"), a
// request-smuggling vector later llhttp versions (Node 22's) refuse; so do we, unless lenient.
// A table, not a strchr over the punctuation: every byte of every header name comes here.
struct TokenTable {
  bool token[256] = {};
  constexpr TokenTable() {
    for (int c = '0'; c <= '9'; c++) token[c] = true;
    for (int c = 'a'; c <= 'z'; c++) token[c] = token[c - 0x20] = true;
    for (const char* p = "!#$%&'*+-.^_`|~"; *p != 0; p++) {
      token[static_cast<unsigned char>(*p)] = true;
    }
  }
};
inline constexpr TokenTable kTokenTable;

// Whether every byte is a tchar: the table is read without a branch per byte (names are nearly
// always valid; llhttp itself already refused most other bytes).
inline bool AllTokenChars(const char* at, size_t len) {
  const bool* token = kTokenTable.token;
  auto at_u = reinterpret_cast<const unsigned char*>(at);
  bool ok = true;
  size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    ok &= token[at_u[i]] & token[at_u[i + 1]] & token[at_u[i + 2]] & token[at_u[i + 3]];
  }
  for (; i < len; i++) ok &= token[at_u[i]];
  return ok;
}
}  // namespace detail

// The span callbacks are defined here so that the binding's llhttp callbacks inline them (each
// is called for every header name and value).
inline int HeaderCollector::TrackHeader(llhttp_t* p, size_t len) {
  header_nread_ += len;
  if (header_nread_ >= max_header_size_) {
    llhttp_set_error_reason(p, "HPE_HEADER_OVERFLOW:Header overflow");
    return kError;
  }
  return kOk;
}

inline int HeaderCollector::OnUrl(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  url_.Append(at, len);
  return kOk;
}

inline int HeaderCollector::OnHeaderField(llhttp_t* p, const char* at, size_t len) {
  if (num_fields_ == num_values_ && num_fields_ == kMaxHeaderPairs) return kFlushFirst;
  if (int rv = TrackHeader(p, len)) return rv;
  if ((p->lenient_flags & LENIENT_HEADERS) == 0 && !detail::AllTokenChars(at, len)) {
    llhttp_set_error_reason(p, "HPE_INVALID_HEADER_TOKEN:Invalid header token");
    return kError;
  }
  if (num_fields_ == num_values_) {
    // A new pair starts.
    fields_[num_fields_].Clear();
    values_[num_fields_].Clear();
    num_fields_++;
  }
  fields_[num_fields_ - 1].Append(at, len);
  value_end_ = nullptr;
  return kOk;
}

inline int HeaderCollector::OnHeaderValue(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  if (num_fields_ == 0) return kOk;  // llhttp never sends a value first; be safe anyway
  // More of a value after a line break: an obs-fold continuation line, which llhttp 8.1
  // accepts and Node 22's llhttp refuses. (Spans of one value are contiguous in the buffer
  // unless the value straddles two execute() calls.)
  if (num_values_ == num_fields_ && (p->lenient_flags & LENIENT_HEADERS) == 0 &&
      LineBreakBefore(at)) {
    llhttp_set_error_reason(p, "HPE_INVALID_HEADER_TOKEN:Unexpected whitespace after header value");
    return kError;
  }
  value_end_ = at + len;
  if (num_values_ != num_fields_) num_values_++;
  values_[num_values_ - 1].Append(at, len);
  return kOk;
}

// llhttp's error as Node reports it: `code` (HPE_*) and `reason`. Our own errors (HPE_USER) carry
// "HPE_CODE:reason" in llhttp's reason.
void SplitError(llhttp_errno_t err, const char* reason, std::string* code, std::string* why);

}  // namespace tide::http
