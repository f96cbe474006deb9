// libFuzzer target over the request-parsing glue of internalBinding('http_parser'): llhttp driven
// through the same HeaderCollector the binding uses (URL/header gathering across buffers, the
// header-size limit, the token and obs-fold checks, batches of 32 pairs, the error split).
// Input: byte 0 picks request/response and lenient flags, byte 1 where to cut the rest into
// two execute() calls (a value straddling buffers), byte 2 a small max header size or none.
// Built by `make fuzz` (clang -fsanitize=fuzzer,address,undefined); not part of `make test`.
#include <llhttp.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "bindings/http_parser_glue.h"

namespace {

using tide::http::HeaderCollector;

struct State {
  HeaderCollector headers;
  size_t pairs_seen = 0;
  size_t bytes_sum = 0;
  size_t messages = 0;
};

State* From(llhttp_t* p) { return static_cast<State*>(p->data); }

void Check(bool ok) {
  if (!ok) abort();
}

// What handing the pairs to JS does: read every string, then start a new batch.
void Flush(State* s) {
  Check(s->headers.pairs() <= tide::http::kMaxHeaderPairs);
  for (int i = 0; i < s->headers.pairs(); i++) {
    // Every byte is read (a piece pointing into a freed buffer is an ASan report).
    for (char c : s->headers.field(i)) s->bytes_sum += static_cast<uint8_t>(c);
    for (char c : s->headers.value(i)) s->bytes_sum += static_cast<uint8_t>(c);
    s->pairs_seen++;
  }
  for (char c : s->headers.url()) s->bytes_sum += static_cast<uint8_t>(c);
  s->headers.ClearUrl();
  s->headers.ClearPairs();
}

int OnMessageBegin(llhttp_t* p) {
  From(p)->headers.ResetMessage();
  return 0;
}
int OnUrl(llhttp_t* p, const char* at, size_t len) { return From(p)->headers.OnUrl(p, at, len); }
int OnStatus(llhttp_t* p, const char* at, size_t len) {
  return From(p)->headers.OnStatus(p, at, len);
}
int OnHeaderField(llhttp_t* p, const char* at, size_t len) {
  State* s = From(p);
  int rv = s->headers.OnHeaderField(p, at, len);
  if (rv == HeaderCollector::kFlushFirst) {
    Flush(s);
    rv = s->headers.OnHeaderField(p, at, len);
    Check(rv != HeaderCollector::kFlushFirst);
  }
  return rv;
}
int OnHeaderValue(llhttp_t* p, const char* at, size_t len) {
  return From(p)->headers.OnHeaderValue(p, at, len);
}
int OnHeadersComplete(llhttp_t* p) {
  State* s = From(p);
  s->headers.ResetHeaderCount();
  s->headers.CloseLastPair();
  Check(s->headers.pairs() == s->headers.fields());
  Flush(s);
  return 0;
}
int OnMessageComplete(llhttp_t* p) {
  State* s = From(p);
  if (s->headers.fields() > 0) {
    s->headers.CloseLastPair();
    Flush(s);
  }
  s->messages++;
  return 0;
}

// Returns false when parsing must stop (an error, or the rest is another protocol).
bool Execute(llhttp_t* parser, State* s, const char* data, size_t len) {
  if (len == 0) return true;
  s->headers.BeginBuffer(data);
  llhttp_errno_t err = llhttp_execute(parser, data, len);
  s->headers.EndBuffer();
  if (err == HPE_OK) return true;
  if (err == HPE_PAUSED_UPGRADE) {
    llhttp_resume_after_upgrade(parser);
    return false;
  }
  const char* pos = llhttp_get_error_pos(parser);
  Check(pos == nullptr || (pos >= data && pos <= data + len));
  std::string code;
  std::string why;
  tide::http::SplitError(err, llhttp_get_error_reason(parser), &code, &why);
  Check(!code.empty());
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  static llhttp_settings_t settings = [] {
    llhttp_settings_t st;
    llhttp_settings_init(&st);
    st.on_message_begin = OnMessageBegin;
    st.on_url = OnUrl;
    st.on_status = OnStatus;
    st.on_header_field = OnHeaderField;
    st.on_header_value = OnHeaderValue;
    st.on_headers_complete = OnHeadersComplete;
    st.on_message_complete = OnMessageComplete;
    return st;
  }();
  uint8_t mode = data[0];
  size_t cut = data[1];
  uint8_t max = data[2];
  data += 3;
  size &= ~static_cast<size_t>(0) >> 1;
  size -= 3;

  State state;
  if (max != 0) state.headers.set_max_header_size(static_cast<uint64_t>(max) * 4);
  llhttp_t parser;
  llhttp_init(&parser, (mode & 1) ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
  parser.data = &state;
  llhttp_set_lenient_headers(&parser, (mode & 2) != 0);
  llhttp_set_lenient_chunked_length(&parser, (mode & 4) != 0);
  llhttp_set_lenient_keep_alive(&parser, (mode & 8) != 0);
  llhttp_set_lenient_transfer_encoding(&parser, (mode & 16) != 0);
  state.headers.ResetMessage();

  // The two buffers are copies, as reads are: a span must never point into the other one. The
  // first is freed once parsed, as a read's bytes are gone after its callback: a piece of the head
  // still pointing into it is a use-after-free under ASan.
  if (cut > size) cut = size;
  auto first = std::make_unique<char[]>(cut > 0 ? cut : 1);
  memcpy(first.get(), data, cut);
  std::string second(reinterpret_cast<const char*>(data) + cut, size - cut);
  bool go_on = Execute(&parser, &state, first.get(), cut);
  first.reset();
  if (go_on && Execute(&parser, &state, second.data(), second.size())) {
    llhttp_finish(&parser);
  }
  return 0;
}
