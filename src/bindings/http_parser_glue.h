// The V8-free half of internalBinding('http_parser'): what llhttp's callbacks do with the bytes
// before anything reaches JavaScript — the URL, status text and header pairs gathered across
// calls, the header-size limit, the header checks Node 22's llhttp makes and llhttp 8.1 does not
// (spaces in names, obs-fold), and the error code/reason split. The binding (http_parser.cc) adds
// the JS calls; test/fuzz/http_parser_fuzzer.cc drives this with arbitrary bytes.
#pragma once

#include <llhttp.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace tide::http {

// Header pairs gathered before they are handed on; a message with more is flushed in batches.
constexpr int kMaxHeaderPairs = 32;
constexpr uint64_t kDefaultMaxHeaderSize = 16 * 1024;

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
  const std::string& field(int i) const { return fields_[i]; }
  const std::string& value(int i) const { return values_[i]; }
  std::string& url() { return url_; }
  const std::string& status_message() const { return status_message_; }

 private:
  int TrackHeader(llhttp_t* p, size_t len);

  std::string url_;
  std::string status_message_;
  std::string fields_[kMaxHeaderPairs];
  std::string values_[kMaxHeaderPairs];
  int num_fields_ = 0;
  int num_values_ = 0;
  const char* buffer_start_ = nullptr;  // the buffer llhttp is parsing
  const char* value_end_ = nullptr;     // end of the last header value span in that buffer
  uint64_t header_nread_ = 0;
  uint64_t max_header_size_ = kDefaultMaxHeaderSize;
};

// llhttp's error as Node reports it: `code` (HPE_*) and `reason`. Our own errors (HPE_USER) carry
// "HPE_CODE:reason" in llhttp's reason.
void SplitError(llhttp_errno_t err, const char* reason, std::string* code, std::string* why);

}  // namespace tide::http
