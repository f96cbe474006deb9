// See http_parser_glue.h.
#include "bindings/http_parser_glue.h"

#include <cstring>

namespace tide::http {

namespace {
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
constexpr TokenTable kTokenTable;

bool IsTokenChar(unsigned char c) { return kTokenTable.token[c]; }
}  // namespace

void HeaderCollector::ResetMessage() {
  value_end_ = nullptr;
  url_.Clear();
  status_message_.Clear();
  num_fields_ = 0;
  num_values_ = 0;
  header_nread_ = 0;
}

void HeaderCollector::EndBuffer() {
  url_.Own();
  status_message_.Own();
  for (int i = 0; i < num_fields_; i++) fields_[i].Own();
  for (int i = 0; i < num_values_; i++) values_[i].Own();
  buffer_start_ = nullptr;
  value_end_ = nullptr;
}

int HeaderCollector::TrackHeader(llhttp_t* p, size_t len) {
  header_nread_ += len;
  if (header_nread_ >= max_header_size_) {
    llhttp_set_error_reason(p, "HPE_HEADER_OVERFLOW:Header overflow");
    return kError;
  }
  return kOk;
}

int HeaderCollector::OnUrl(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  url_.Append(at, len);
  return kOk;
}

int HeaderCollector::OnStatus(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  status_message_.Append(at, len);
  return kOk;
}

int HeaderCollector::OnHeaderField(llhttp_t* p, const char* at, size_t len) {
  if (num_fields_ == num_values_ && num_fields_ == kMaxHeaderPairs) return kFlushFirst;
  if (int rv = TrackHeader(p, len)) return rv;
  if ((p->lenient_flags & LENIENT_HEADERS) == 0) {
    for (size_t i = 0; i < len; i++) {
      if (!IsTokenChar(static_cast<unsigned char>(at[i]))) {
        llhttp_set_error_reason(p, "HPE_INVALID_HEADER_TOKEN:Invalid header token");
        return kError;
      }
    }
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

int HeaderCollector::OnHeaderValue(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  if (num_fields_ == 0) return kOk;  // llhttp never sends a value first; be safe anyway
  // More of a value after a line break: an obs-fold continuation line, which llhttp 8.1
  // accepts and Node 22's llhttp refuses. (Spans of one value are contiguous in the buffer
  // unless the value straddles two execute() calls.)
  if (num_values_ == num_fields_ && (p->lenient_flags & LENIENT_HEADERS) == 0) {
    const char* from = value_end_ != nullptr ? value_end_ : buffer_start_;
    if (from != nullptr && at > from && memchr(from, '\n', at - from) != nullptr) {
      llhttp_set_error_reason(p,
                              "HPE_INVALID_HEADER_TOKEN:Unexpected whitespace after header value");
      return kError;
    }
  }
  value_end_ = at + len;
  if (num_values_ != num_fields_) num_values_++;
  values_[num_values_ - 1].Append(at, len);
  return kOk;
}

void SplitError(llhttp_errno_t err, const char* reason, std::string* code, std::string* why) {
  if (reason == nullptr) reason = "";
  const char* colon = err == HPE_USER ? strchr(reason, ':') : nullptr;
  if (colon != nullptr) {
    code->assign(reason, colon - reason);
    why->assign(colon + 1);
  } else {
    *code = llhttp_errno_name(err);
    *why = reason;
  }
}

}  // namespace tide::http
