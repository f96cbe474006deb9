// internalBinding('http_parser'): HTTPParser, llhttp behind the shape lib/_http_common.js expects
// (Node's): execute(buffer) calls back into JS once per message part, with headers as a flat
// [name, value, ...] array, so the per-request path crosses into JS a handful of times.
#include <llhttp.h>

#include <cstring>
#include <memory>
#include <string>

#include "bindings/http_parser_glue.h"
#include "bindings/stream_wrap.h"
#include "engine/errors.h"
#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"
#include "util/args.h"

namespace tide::bindings::http_parser {

namespace {

// Indices of the JS callbacks stored on the parser object (parser[kOnHeaders] = fn). Index 0 is
// free: nothing in JS needs a call when a message begins. The object keeps them in its internal
// fields of the same numbers (field 0 is the BaseObject's): an indexed interceptor turns
// `parser[k] = fn` into a store there and `parser[k]` into a load, so calling one from native code
// reads a field instead of looking a property up on every call.
enum CallbackIndex : uint32_t {
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};
constexpr uint32_t kFirstCallback = kOnHeaders;
constexpr uint32_t kLastCallback = kOnTimeout;
constexpr int kParserFieldCount = kLastCallback + 1;

// tickInfo[kHasTickScheduled] while JS runs the ticks at the end of a head callback
// (processTicksAndRejections(true), lib/internal/process/task_queues.js): a throw seen with it
// set came from a tick.
constexpr uint8_t kDrainingAfterCallback = 2;

// Node's lenient flags (the subset llhttp 8.1 has).
enum LenientFlags : uint32_t {
  kLenientNone = 0,
  kLenientHeaders = 1 << 0,
  kLenientChunkedLength = 1 << 1,
  kLenientKeepAlive = 1 << 2,
  kLenientTransferEncoding = 1 << 3,
  kLenientAll =
      kLenientHeaders | kLenientChunkedLength | kLenientKeepAlive | kLenientTransferEncoding,
};

using http::HeaderCollector;
using http::kDefaultMaxHeaderSize;
using http::kMaxHeaderPairs;  // pairs handed to JS at once; more go through kOnHeaders

// Header names and many values come again request after request (Host, User-Agent, Accept, …):
// short ones are kept per environment in a direct-mapped cache of V8 strings, so a repeated one
// costs a hash and a compare instead of a new string. Equal strings cannot be told apart in JS,
// so handing out the same one is invisible. A string enters its slot the second time in a row it
// lands there, so values that differ every time (request ids) do not churn the cache.
class HeaderStringCache final : public Environment::BindingData {
 public:
  static HeaderStringCache* Get(Environment* env) {
    return env->binding_data_or_create<HeaderStringCache>(kBinding_http_parser);
  }

  v8::Local<v8::String> String(v8::Isolate* isolate, const std::string& s) {
    size_t len = s.size();
    if (len == 0 || len > kMaxLength) return New(isolate, s);
    // The length and the first and last eight bytes pick the slot; memcmp decides.
    uint64_t head = 0;
    uint64_t tail = 0;
    if (len >= 8) {
      memcpy(&head, s.data(), 8);
      memcpy(&tail, s.data() + len - 8, 8);
    } else {
      for (size_t i = 0; i < len; i++) head = (head << 8) | static_cast<uint8_t>(s[i]);
    }
    uint64_t mixed = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ len;
    uint32_t hash = static_cast<uint32_t>(mixed >> 32) ^ static_cast<uint32_t>(mixed);
    Slot& slot = slots_[(hash ^ (hash >> 16)) & (kSlots - 1)];
    if (slot.hash == hash && slot.length == len && !slot.string.IsEmpty() &&
        memcmp(slot.bytes, s.data(), len) == 0) {
      return slot.string.Get(isolate);
    }
    v8::Local<v8::String> created = New(isolate, s);
    if (slot.candidate != hash) {
      slot.candidate = hash;
      return created;
    }
    slot.hash = hash;
    slot.length = static_cast<uint32_t>(len);
    memcpy(slot.bytes, s.data(), len);
    slot.string.Reset(isolate, created);
    return created;
  }

  // Header bytes are Latin-1 to Node (it builds them as one-byte strings).
  static v8::Local<v8::String> New(v8::Isolate* isolate, const std::string& s) {
    return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s.data()),
                                      v8::NewStringType::kNormal, static_cast<int>(s.size()))
        .ToLocalChecked();
  }

 private:
  static constexpr size_t kSlots = 256;
  static constexpr size_t kMaxLength = 48;
  struct Slot {
    uint32_t hash = 0;
    uint32_t candidate = 0;
    uint32_t length = 0;
    char bytes[kMaxLength];
    v8::Global<v8::String> string;
  };
  Slot slots_[kSlots];
};

class Parser final : public BaseObject, public StreamReadListener {
 public:
  Parser(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) { MakeWeak(); }
  ~Parser() override { Unconsume(); }

  // consume(handle) → true when the parser now takes the stream's reads straight from libuv, or a
  // TLS connection's plaintext straight from OpenSSL (see StreamReadSource); false when `handle`
  // is neither (JS then feeds execute()).
  static void Consume(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    StreamReadSource* stream = StreamReadSource::FromObject(args[0]);
    if (stream == nullptr || stream->IsReadSourceClosing() ||
        (stream->read_listener() != nullptr && stream->read_listener() != self)) {
      args.GetReturnValue().Set(false);
      return;
    }
    self->Unconsume();
    stream->set_read_listener(self);
    self->consumed_ = stream;
    args.GetReturnValue().Set(true);
  }

  // messageElapsed() → milliseconds (loop time) since the message being read began, or -1 when
  // none is in progress (the server's headersTimeout/requestTimeout checks).
  static void MessageElapsed(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr || self->message_start_ == 0) return args.GetReturnValue().Set(-1);
    uint64_t now = uv_now(self->env()->loop());
    double elapsed =
        now > self->message_start_ ? static_cast<double>(now - self->message_start_) : 0.0;
    args.GetReturnValue().Set(elapsed);
  }

  // headersCompleted() → whether the message in progress is past its head.
  static void HeadersCompleted(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    args.GetReturnValue().Set(self != nullptr && self->headers_completed_);
  }

  // forgetMessage(): the message in progress no longer counts for timeouts (it timed out).
  static void ForgetMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self != nullptr) self->message_start_ = 0;
  }

  static void UnconsumeMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self != nullptr) self->Unconsume();
  }

  // A read of the consumed stream: parse it, then tell JS parser[kOnExecute](result) (bytes
  // parsed, or the parse Error) while getCurrentBuffer() still shows the bytes.
  void OnStreamRead(const char* data, size_t len) override {
    Environment* env = this->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env->context();
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Object> self_object = object();  // keeps this parser alive meanwhile
    CallbackScope callback_scope(env, self_object, async_ids());
    // The head callback may drain the ticks itself (see OnHeadersComplete).
    stream_scope_ = &callback_scope;
    // AsyncLocalStorage: the frame that was current at initialize() (Node's parser runs its
    // callbacks in the async resource given to initialize, made by the connection listener).
    v8::Local<v8::Value> frame = AsyncContextOf(env, self_object);
    if (!frame.IsEmpty()) context->SetContinuationPreservedEmbedderData(frame);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> result;
    heads_in_run_ = 0;
    unusual_in_run_ = false;
    // tide:diagnostics sees the read as one I/O callback of the parser (named after the head
    // callback, which does the work), as it sees a socket's onread.
    Diagnostics* diag = env->diagnostics();
    v8::Local<v8::Function> traced;
    if (diag != nullptr) {
      traced = Callback(kOnHeadersComplete);
      if (!traced.IsEmpty()) diag->OnCallbackBegin(self_object, traced);
    }
    bool ok = Run(data, len, false).ToLocal(&result);
    stream_scope_ = nullptr;
    // JS hears of every read that is not plainly whole requests: an error, an upgrade, a pause,
    // a head still incomplete. For the others its kOnHeadersComplete callback did the per-read
    // work (the server's socket timers).
    bool notify =
        !result.IsEmpty() && (!result->IsUint32() || result.As<v8::Uint32>()->Value() != len ||
                              heads_in_run_ == 0 || unusual_in_run_ || message_start_ != 0);
    if (ok && notify) {
      v8::Local<v8::Function> cb = Callback(kOnExecute);
      if (!cb.IsEmpty()) {
        current_data_ = data;
        current_len_ = len;
        ok = !cb->Call(context, self_object, 1, &result).IsEmpty();
        current_data_ = nullptr;
        current_len_ = 0;
      }
    }
    if (diag != nullptr && !traced.IsEmpty()) diag->OnCallbackEnd();
    if (!ok) {
      callback_scope.MarkFailed();
      if (try_catch.HasCaught() && !try_catch.HasTerminated() && !env->is_stopping()) {
        TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
      }
    }
  }

  void OnStreamGone() override { consumed_ = nullptr; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new HTTPParser()");
    new Parser(Environment::From(args), args.This());
  }

  // initialize(type, resource, maxHeaderSize, lenientFlags)
  static void Initialize(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    if (!args[0]->IsInt32()) return ThrowTypeError(args.GetIsolate(), "initialize(type, ...)");
    int type = args[0].As<v8::Int32>()->Value();
    if (type != HTTP_REQUEST && type != HTTP_RESPONSE) {
      return ThrowTypeError(args.GetIsolate(), "initialize: bad parser type");
    }
    uint64_t max = kDefaultMaxHeaderSize;
    if (args.Length() > 2 && args[2]->IsNumber()) {
      double v = args[2].As<v8::Number>()->Value();
      if (v > 0) max = static_cast<uint64_t>(v);
    }
    uint32_t lenient = 0;
    if (args.Length() > 3 && args[3]->IsUint32()) lenient = args[3].As<v8::Uint32>()->Value();
    self->Init(static_cast<llhttp_type_t>(type), max, lenient);
    // The frame consumed reads are parsed in (a pooled parser forgets its last connection's).
    CaptureAsyncContext(self->env(), self->object(), true);
    // async_hooks: each message stream is a new resource, as Node's parser.
    self->AsyncReset(type == HTTP_REQUEST ? "HTTPINCOMINGMESSAGE" : "HTTPCLIENTREQUEST");
  }

  // execute(buffer[, offset, length]) → bytes parsed, or an Error (code HPE_*, bytesParsed, reason)
  static void Execute(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    if (!args[0]->IsArrayBufferView()) return ThrowTypeError(args.GetIsolate(), "execute(buffer)");
    auto view = args[0].As<v8::ArrayBufferView>();
    const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
    size_t len = view->ByteLength();
    v8::Local<v8::Value> result;
    // Its callbacks run in the parser's async resource, as Node's.
    AsyncIdScope async_scope(self->env(), args.This(), self->async_ids());
    CallbackScope* stream_scope = self->stream_scope_;  // JS called in: the callback is not last
    self->stream_scope_ = nullptr;
    if (self->Run(data, len, false).ToLocal(&result)) args.GetReturnValue().Set(result);
    self->stream_scope_ = stream_scope;
  }

  // finish() → undefined, or an Error when the stream ended inside a message
  static void Finish(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    v8::Local<v8::Value> result;
    CallbackScope* stream_scope = self->stream_scope_;
    self->stream_scope_ = nullptr;
    if (self->Run(nullptr, 0, true).ToLocal(&result) && !result->IsNumber()) {
      args.GetReturnValue().Set(result);
    }
    self->stream_scope_ = stream_scope;
  }

  static void Pause(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self != nullptr && !self->executing_) llhttp_pause(&self->parser_);
    if (self != nullptr && self->executing_) self->pause_requested_ = true;
  }

  static void Resume(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    self->pause_requested_ = false;
    if (llhttp_get_errno(&self->parser_) == HPE_PAUSED) llhttp_resume(&self->parser_);
  }

  // getCurrentBuffer() → a copy of the bytes execute() is parsing (for error.rawPacket)
  static void GetCurrentBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr || self->current_data_ == nullptr) return;
    args.GetReturnValue().Set(
        CopyBytes(args.GetIsolate(), self->current_data_, self->current_len_));
  }

  // free()/close()/remove(): nothing native to release early; the object is weak.
  static void Noop(const v8::FunctionCallbackInfo<v8::Value>& args) {}

  // The indexed interceptor of parser objects: parser[kOnHeaders..kOnTimeout] live in the
  // internal fields of the same numbers; other indices are ordinary elements.
  static bool IsCallbackSlot(uint32_t index, v8::Local<v8::Object> holder) {
    return index >= kFirstCallback && index <= kLastCallback &&
           holder->InternalFieldCount() == kParserFieldCount;
  }
  static void GetCallbackSlot(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
    if (IsCallbackSlot(index, info.Holder())) {
      info.GetReturnValue().Set(info.Holder()->GetInternalField(static_cast<int>(index)));
    }
  }
  static void SetCallbackSlot(uint32_t index, v8::Local<v8::Value> value,
                              const v8::PropertyCallbackInfo<v8::Value>& info) {
    if (!IsCallbackSlot(index, info.Holder())) return;
    info.Holder()->SetInternalField(static_cast<int>(index), value);
    info.GetReturnValue().Set(value);
  }
  static void QueryCallbackSlot(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
    if (IsCallbackSlot(index, info.Holder()) &&
        !info.Holder()->GetInternalField(static_cast<int>(index))->IsUndefined()) {
      info.GetReturnValue().Set(v8::None);
    }
  }
  static void DeleteCallbackSlot(uint32_t index,
                                 const v8::PropertyCallbackInfo<v8::Boolean>& info) {
    if (!IsCallbackSlot(index, info.Holder())) return;
    info.Holder()->SetInternalField(static_cast<int>(index), v8::Undefined(info.GetIsolate()));
    info.GetReturnValue().Set(true);
  }
  static void ListCallbackSlots(const v8::PropertyCallbackInfo<v8::Array>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Object> holder = info.Holder();
    if (holder->InternalFieldCount() != kParserFieldCount) return;
    v8::Local<v8::Value> items[kLastCallback];
    int n = 0;
    for (uint32_t i = kFirstCallback; i <= kLastCallback; i++) {
      if (!holder->GetInternalField(static_cast<int>(i))->IsUndefined()) {
        items[n++] = v8::Integer::NewFromUnsigned(isolate, i);
      }
    }
    info.GetReturnValue().Set(v8::Array::New(isolate, items, n));
  }

  static llhttp_settings_t settings;

 private:
  void Unconsume() {
    if (consumed_ == nullptr) return;
    if (consumed_->read_listener() == this) consumed_->set_read_listener(nullptr);
    consumed_ = nullptr;
  }

  static v8::Local<v8::ArrayBuffer> CopyBytes(v8::Isolate* isolate, const char* at, size_t len) {
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, len);
    if (len > 0) memcpy(ab->Data(), at, len);
    return ab;
  }

  void Init(llhttp_type_t type, uint64_t max_header_size, uint32_t lenient) {
    llhttp_init(&parser_, type, &settings);
    parser_.data = this;
    llhttp_set_lenient_headers(&parser_, (lenient & kLenientHeaders) != 0);
    llhttp_set_lenient_chunked_length(&parser_, (lenient & kLenientChunkedLength) != 0);
    llhttp_set_lenient_keep_alive(&parser_, (lenient & kLenientKeepAlive) != 0);
    llhttp_set_lenient_transfer_encoding(&parser_, (lenient & kLenientTransferEncoding) != 0);
    headers_.set_max_header_size(max_header_size);
    message_start_ = 0;
    completed_in_js_ = false;
    headers_completed_ = false;
    got_exception_ = false;
    pause_requested_ = false;
    ResetMessage();
  }

  void ResetMessage() {
    headers_.ResetMessage();
    have_flushed_ = false;
  }

  static Parser* From(llhttp_t* p) { return static_cast<Parser*>(p->data); }

  v8::MaybeLocal<v8::Value> Run(const char* data, size_t len, bool finish) {
    v8::Isolate* isolate = env()->isolate();
    v8::EscapableHandleScope scope(isolate);
    if (parser_.data != this) {
      // Never initialized: behave as an empty response parser would not; report it.
      ThrowTypeError(isolate, "HTTPParser used before initialize()");
      return v8::MaybeLocal<v8::Value>();
    }
    current_data_ = data;
    current_len_ = len;
    last_span_end_ = nullptr;
    headers_.BeginBuffer(data);
    executing_ = true;
    got_exception_ = false;
    llhttp_errno_t err;
    if (finish) {
      err = llhttp_finish(&parser_);
    } else {
      err = llhttp_execute(&parser_, data, len);
    }
    executing_ = false;
    size_t nread = len;
    if (err != HPE_OK && !finish) {
      nread = static_cast<size_t>(llhttp_get_error_pos(&parser_) - data);
      unusual_in_run_ = true;
      if (err == HPE_PAUSED_UPGRADE) {
        err = HPE_OK;
        llhttp_resume_after_upgrade(&parser_);
      } else if (err == HPE_PAUSED) {
        // Paused from JS mid-buffer: the caller resumes and feeds the rest again.
        err = HPE_OK;
      }
    }
    if (pause_requested_) {
      pause_requested_ = false;
      if (llhttp_get_errno(&parser_) == HPE_OK) llhttp_pause(&parser_);
    }
    current_data_ = nullptr;
    current_len_ = 0;
    if (got_exception_) return v8::MaybeLocal<v8::Value>();

    v8::Local<v8::Context> context = env()->context();
    if (err == HPE_OK) {
      return scope.Escape(v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(nread)));
    }
    std::string code;
    std::string why;
    http::SplitError(err, llhttp_get_error_reason(&parser_), &code, &why);
    std::string message = "Parse Error: " + why;
    auto error = v8::Exception::Error(Utf8String(isolate, message)).As<v8::Object>();
    SetValue(context, error, "bytesParsed",
             v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(nread)));
    SetValue(context, error, "code", OneByteString(isolate, code));
    SetValue(context, error, "reason", Utf8String(isolate, why));
    return scope.Escape(error);
  }

  // The JS callback stored at `index`, or empty.
  v8::Local<v8::Function> Callback(uint32_t index) {
    v8::Local<v8::Value> cb = object()->GetInternalField(static_cast<int>(index));
    if (!cb->IsFunction()) return v8::Local<v8::Function>();
    return cb.As<v8::Function>();
  }

  // Whether the head just parsed is all that is left of the buffer being parsed: its last header
  // value ends right before the final CRLF CRLF. (Other endings — no header, bare LFs — are
  // merely not recognized.)
  bool HeadEndsBuffer() const {
    if (last_span_end_ == nullptr || current_data_ == nullptr) return false;
    const char* end = current_data_ + current_len_;
    return last_span_end_ >= current_data_ && end - last_span_end_ == 4 &&
           memcmp(last_span_end_, "\r\n\r\n", 4) == 0;
  }

  // Calls parser[index](...argv); false (and the exception left pending) if it threw.
  bool Call(uint32_t index, int argc, v8::Local<v8::Value>* argv, v8::Local<v8::Value>* out) {
    v8::Local<v8::Function> cb = Callback(index);
    if (cb.IsEmpty()) return true;
    v8::Local<v8::Value> result;
    if (!cb->Call(env()->context(), object(), argc, argv).ToLocal(&result)) {
      got_exception_ = true;
      return false;
    }
    if (out != nullptr) *out = result;
    return true;
  }

  v8::Local<v8::Array> HeadersArray() {
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Value> items[kMaxHeaderPairs * 2];
    int pairs = headers_.pairs();
    for (int i = 0; i < pairs; i++) {
      items[i * 2] = OneByteView(headers_.field(i));
      items[i * 2 + 1] = OneByteView(headers_.value(i));
    }
    return v8::Array::New(isolate, items, pairs * 2);
  }

  // Header bytes are Latin-1 to Node (it builds them as one-byte strings).
  v8::Local<v8::String> OneByteView(const std::string& s) {
    if (strings_ == nullptr) strings_ = HeaderStringCache::Get(env());
    return strings_->String(env()->isolate(), s);
  }

  // Hands the pairs gathered so far to kOnHeaders(headers, url) and starts a new batch.
  bool Flush() {
    v8::Local<v8::Value> argv[2] = {HeadersArray(), OneByteView(headers_.url())};
    headers_.url().clear();
    have_flushed_ = true;
    bool ok = Call(kOnHeaders, 2, argv, nullptr);
    headers_.ClearPairs();
    return ok;
  }

  // --- llhttp callbacks ---
  static int OnMessageBegin(llhttp_t* p) {
    Parser* self = From(p);
    self->ResetMessage();
    self->completed_in_js_ = false;
    uint64_t now = uv_now(self->env()->loop());
    self->message_start_ = now > 0 ? now : 1;
    self->headers_completed_ = false;
    self->last_span_end_ = nullptr;
    // No JS callback here: the server's timeouts read message_start_ (messageElapsed()), and a
    // property lookup plus a call into JS per message bought nothing.
    return 0;
  }

  static int OnUrl(llhttp_t* p, const char* at, size_t len) {
    return From(p)->headers_.OnUrl(p, at, len);
  }

  static int OnStatus(llhttp_t* p, const char* at, size_t len) {
    return From(p)->headers_.OnStatus(p, at, len);
  }

  static int OnHeaderField(llhttp_t* p, const char* at, size_t len) {
    Parser* self = From(p);
    int rv = self->headers_.OnHeaderField(p, at, len);
    if (rv == HeaderCollector::kFlushFirst) {
      v8::HandleScope scope(self->env()->isolate());
      if (!self->Flush()) return -1;
      rv = self->headers_.OnHeaderField(p, at, len);
    }
    return rv;
  }

  static int OnHeaderValue(llhttp_t* p, const char* at, size_t len) {
    Parser* self = From(p);
    self->last_span_end_ = at + len;
    return self->headers_.OnHeaderValue(p, at, len);
  }

  static int OnHeadersComplete(llhttp_t* p) {
    Parser* self = From(p);
    self->headers_.ResetHeaderCount();
    self->headers_completed_ = true;
    self->heads_in_run_++;
    if (p->upgrade != 0 || (p->type == HTTP_REQUEST && p->method == HTTP_PRI)) {
      self->unusual_in_run_ = true;
    }
    Environment* env = self->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    // Fewer values than fields: the last field had an empty value.
    self->headers_.CloseLastPair();
    v8::Local<v8::Value> undef = v8::Undefined(isolate);
    v8::Local<v8::Value> argv[10] = {undef, undef, undef, undef, undef,
                                     undef, undef, undef, undef, undef};
    if (self->have_flushed_) {
      if (!self->Flush()) return -1;
    } else {
      argv[2] = self->HeadersArray();
      if (p->type == HTTP_REQUEST) argv[4] = self->OneByteView(self->headers_.url());
    }
    self->headers_.ClearPairs();
    if (p->type == HTTP_REQUEST) {
      argv[3] = v8::Integer::New(isolate, p->method);
    } else {
      argv[5] = v8::Integer::New(isolate, p->status_code);
      argv[6] = self->OneByteView(self->headers_.status_message());
    }
    argv[0] = v8::Integer::New(isolate, p->http_major);
    argv[1] = v8::Integer::New(isolate, p->http_minor);
    argv[7] = v8::Boolean::New(isolate, p->upgrade != 0);
    argv[8] = v8::Boolean::New(isolate, llhttp_should_keep_alive(p) != 0);
    // A request that ends with its head (no body, no upgrade): JS runs its message-complete step
    // right after the head's (the order llhttp would call them in), so that is one call, not two.
    self->completed_in_js_ = p->type == HTTP_REQUEST && p->upgrade == 0 &&
                             (p->flags & (F_CHUNKED | F_TRANSFER_ENCODING)) == 0 &&
                             ((p->flags & F_CONTENT_LENGTH) == 0 || p->content_length == 0);
    // Also the last thing in a consumed read, whose callback scope would only drain the ticks and
    // microtasks after it: JS does that at the end of this call (argument 2), saving a call into
    // JS per request. Parsing then ends without another JS call (no kOnExecute: the read is whole
    // requests), so the order is the same. Keep-alive only: after a `Connection: close` message
    // llhttp rejects more bytes.
    bool drain = self->completed_in_js_ && self->stream_scope_ != nullptr &&
                 llhttp_should_keep_alive(p) != 0 && !self->unusual_in_run_ &&
                 self->HeadEndsBuffer() && self->stream_scope_->CallbackMayDrain();
    argv[9] = drain ? v8::Integer::New(isolate, 2).As<v8::Value>()
                    : v8::Boolean::New(isolate, self->completed_in_js_).As<v8::Value>();
    v8::Local<v8::Value> result;
    if (drain) {
      if (!self->CallAndDrain(argv, &result)) return -1;
    } else if (!self->Call(kOnHeadersComplete, 10, argv, &result)) {
      return -1;
    }
    if (result.IsEmpty()) return 0;
    // 1: no body follows (a response to HEAD); 2: no body and the rest is another protocol.
    if (result->IsInt32()) return result.As<v8::Int32>()->Value();
    return result->IsTrue() ? 1 : 0;
  }

  // The head callback in its draining form. A tick that throws is an uncaught exception reported
  // here, as the scope's drain would report it; the head itself went through, so parsing goes on
  // (more pipelined requests may follow in a later read), and the scope's close gives the rest of
  // the queue its one more go (as its own drain does after a throwing tick). The callback itself
  // throwing is a parser callback failure, as always.
  bool CallAndDrain(v8::Local<v8::Value>* argv, v8::Local<v8::Value>* out) {
    Environment* env = this->env();
    v8::Local<v8::Function> cb = Callback(kOnHeadersComplete);
    if (cb.IsEmpty()) return true;
    v8::TryCatch try_catch(env->isolate());
    if (cb->Call(env->context(), object(), 10, argv).ToLocal(out)) {
      stream_scope_->MarkDrained(false);
      return true;
    }
    uint8_t* tick = env->tick_info()->fields;
    if (tick[TickInfo::kHasTickScheduled] == kDrainingAfterCallback && !try_catch.HasTerminated()) {
      tick[TickInfo::kHasTickScheduled] = 1;
      stream_scope_->MarkDrained(true);
      if (!env->is_stopping()) {
        TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
      }
      return true;
    }
    got_exception_ = true;
    try_catch.ReThrow();
    return false;
  }

  static int OnBody(llhttp_t* p, const char* at, size_t len) {
    Parser* self = From(p);
    if (len == 0) return 0;
    v8::Isolate* isolate = self->env()->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[1] = {CopyBytes(isolate, at, len)};
    return self->Call(kOnBody, 1, argv, nullptr) ? 0 : -1;
  }

  static int OnMessageComplete(llhttp_t* p) {
    Parser* self = From(p);
    self->message_start_ = 0;
    if (self->completed_in_js_) {
      self->completed_in_js_ = false;
      return 0;
    }
    v8::HandleScope scope(self->env()->isolate());
    // Trailers arrive as header pairs after the body.
    if (self->headers_.fields() > 0) {
      self->headers_.CloseLastPair();
      if (!self->Flush()) return -1;
    }
    if (!self->Call(kOnMessageComplete, 0, nullptr, nullptr)) return -1;
    return 0;
  }

  llhttp_t parser_{};
  HeaderCollector headers_;
  bool have_flushed_ = false;
  uint64_t message_start_ = 0;  // loop time (ms) the message being read began at; 0: none
  bool headers_completed_ = false;
  bool completed_in_js_ = false;  // JS did this message's complete step with its head
  int heads_in_run_ = 0;          // heads handed to JS during one consumed read
  bool unusual_in_run_ = false;   // an upgrade, PRI, a pause or an error during it
  bool got_exception_ = false;
  bool executing_ = false;
  bool pause_requested_ = false;
  const char* current_data_ = nullptr;
  size_t current_len_ = 0;
  const char* last_span_end_ = nullptr;    // end of the last header value seen in the buffer
  CallbackScope* stream_scope_ = nullptr;  // OnStreamRead's, while it parses
  StreamReadSource* consumed_ = nullptr;   // the stream whose reads come here (consume())
  HeaderStringCache* strings_ = nullptr;   // the environment's (lives as long as it)

  friend void FillSettings();
};

llhttp_settings_t Parser::settings;

void FillSettings() {
  llhttp_settings_init(&Parser::settings);
  Parser::settings.on_message_begin = Parser::OnMessageBegin;
  Parser::settings.on_url = Parser::OnUrl;
  Parser::settings.on_status = Parser::OnStatus;
  Parser::settings.on_header_field = Parser::OnHeaderField;
  Parser::settings.on_header_value = Parser::OnHeaderValue;
  Parser::settings.on_headers_complete = Parser::OnHeadersComplete;
  Parser::settings.on_body = Parser::OnBody;
  Parser::settings.on_message_complete = Parser::OnMessageComplete;
}

const char* const kMethodNames[] = {
#define V(num, name, string) #string,
    HTTP_METHOD_MAP(V)
#undef V
};

const char* const kAllMethodNames[] = {
#define V(num, name, string) #string,
    HTTP_ALL_METHOD_MAP(V)
#undef V
};

template <size_t N>
v8::Local<v8::Array> NameArray(v8::Isolate* isolate, const char* const (&names)[N]) {
  v8::Local<v8::Value> items[N];
  for (size_t i = 0; i < N; i++) items[i] = OneByteString(isolate, names[i]);
  return v8::Array::New(isolate, items, N);
}

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  FillSettings();
  v8::Local<v8::FunctionTemplate> tmpl = NewConstructorTemplate(isolate, Parser::New, "HTTPParser");
  tmpl->InstanceTemplate()->SetInternalFieldCount(kParserFieldCount);
  tmpl->InstanceTemplate()->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      Parser::GetCallbackSlot, Parser::SetCallbackSlot, Parser::QueryCallbackSlot,
      Parser::DeleteCallbackSlot, Parser::ListCallbackSlots));
  SetProtoMethod(isolate, tmpl, "initialize", Parser::Initialize);
  SetProtoMethod(isolate, tmpl, "execute", Parser::Execute);
  SetProtoMethod(isolate, tmpl, "finish", Parser::Finish);
  SetProtoMethod(isolate, tmpl, "pause", Parser::Pause);
  SetProtoMethod(isolate, tmpl, "resume", Parser::Resume);
  SetProtoMethod(isolate, tmpl, "getCurrentBuffer", Parser::GetCurrentBuffer);
  SetProtoMethod(isolate, tmpl, "consume", Parser::Consume);
  SetProtoMethod(isolate, tmpl, "unconsume", Parser::UnconsumeMethod);
  SetProtoMethod(isolate, tmpl, "messageElapsed", Parser::MessageElapsed);
  SetProtoMethod(isolate, tmpl, "headersCompleted", Parser::HeadersCompleted);
  SetProtoMethod(isolate, tmpl, "forgetMessage", Parser::ForgetMessage);
  SetProtoMethod(isolate, tmpl, "close", Parser::Noop);
  SetProtoMethod(isolate, tmpl, "free", Parser::Noop);
  SetProtoMethod(isolate, tmpl, "remove", Parser::Noop);
  v8::Local<v8::Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  SetConstant(context, ctor, "REQUEST", HTTP_REQUEST);
  SetConstant(context, ctor, "RESPONSE", HTTP_RESPONSE);
  SetConstant(context, ctor, "kOnHeaders", kOnHeaders);
  SetConstant(context, ctor, "kOnHeadersComplete", kOnHeadersComplete);
  SetConstant(context, ctor, "kOnBody", kOnBody);
  SetConstant(context, ctor, "kOnMessageComplete", kOnMessageComplete);
  SetConstant(context, ctor, "kOnExecute", kOnExecute);
  SetConstant(context, ctor, "kOnTimeout", kOnTimeout);
  SetConstant(context, ctor, "kLenientNone", kLenientNone);
  SetConstant(context, ctor, "kLenientHeaders", kLenientHeaders);
  SetConstant(context, ctor, "kLenientChunkedLength", kLenientChunkedLength);
  SetConstant(context, ctor, "kLenientKeepAlive", kLenientKeepAlive);
  SetConstant(context, ctor, "kLenientTransferEncoding", kLenientTransferEncoding);
  SetConstant(context, ctor, "kLenientAll", kLenientAll);
  SetValue(context, target, "HTTPParser", ctor);
  SetValue(context, target, "methods", NameArray(isolate, kMethodNames));
  SetValue(context, target, "allMethods", NameArray(isolate, kAllMethodNames));
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(Parser::New);
  registry->Add(Parser::Initialize);
  registry->Add(Parser::Execute);
  registry->Add(Parser::Finish);
  registry->Add(Parser::Pause);
  registry->Add(Parser::Resume);
  registry->Add(Parser::GetCurrentBuffer);
  registry->Add(Parser::Noop);
  registry->Add(Parser::Consume);
  registry->Add(Parser::UnconsumeMethod);
  registry->Add(Parser::MessageElapsed);
  registry->Add(Parser::HeadersCompleted);
  registry->Add(Parser::ForgetMessage);
  registry->Add(Parser::GetCallbackSlot);
  registry->Add(Parser::SetCallbackSlot);
  registry->Add(Parser::QueryCallbackSlot);
  registry->Add(Parser::DeleteCallbackSlot);
  registry->Add(Parser::ListCallbackSlots);
}

}  // namespace tide::bindings::http_parser
