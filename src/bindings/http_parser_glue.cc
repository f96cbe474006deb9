// See http_parser_glue.h.
#include "bindings/http_parser_glue.h"

#include <cstring>

namespace tide::http {

void HeadPiece::Disown() {
  owned_ = false;
  copy_.clear();
}

void HeadPiece::AppendCopy(const char* at, size_t len) {
  if (!owned_) {
    copy_.assign(data_, len_);
    owned_ = true;
  }
  copy_.append(at, len);
}

void HeaderCollector::ResetMessage() {
  value_end_ = nullptr;
  url_.Clear();
  status_message_.Clear();
  num_fields_ = 0;
  num_values_ = 0;
  header_nread_ = 0;
}

void HeaderCollector::OwnPieces() {
  url_.Own();
  status_message_.Own();
  for (int i = 0; i < num_fields_; i++) fields_[i].Own();
  for (int i = 0; i < num_values_; i++) values_[i].Own();
  buffer_start_ = nullptr;
  value_end_ = nullptr;
}

bool HeaderCollector::LineBreakBefore(const char* at) const {
  const char* from = value_end_ != nullptr ? value_end_ : buffer_start_;
  return from != nullptr && at > from && memchr(from, '\n', at - from) != nullptr;
}

int HeaderCollector::OnStatus(llhttp_t* p, const char* at, size_t len) {
  if (int rv = TrackHeader(p, len)) return rv;
  status_message_.Append(at, len);
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
