// internalBinding('http_parser'): HTTPParser, llhttp behind the shape lib/_http_common.js expects
// (Node's): execute(buffer) calls back into JS once per message part, with headers as a flat
// [name, value, ...] array, so the per-request path crosses into JS a handful of times.
#include <llhttp.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// Where the server's own head callback finds what the head brought (the "compact" call, see
// HeadStrings::IsNodeStyleHead): one Int32Array per environment, written by OnHeadersComplete
// and read by lib/_http_common.js before it runs anything else. Strings are refs: >= 0 an index
// into the cache's string array (HeadStrings::kEmptyRef is ''), < 0 the item -1 - ref of the
// array of strings passed as the call's one argument (those not in the cache).
enum HeadInfo : int {
  kHeadVersionMajor,
  kHeadVersionMinor,
  kHeadMethodOrStatus,
  kHeadFlags,
  kHeadUrl,            // requests
  kHeadStatusMessage,  // responses
  kHeadCount,          // header items (2 per pair)
  kHeadFirstHeader,
  kHeadInfoLength = kHeadFirstHeader + 2 * http::kMaxHeaderPairs,
};
enum HeadFlags : int32_t {
  kHeadUpgrade = 1 << 0,
  kHeadKeepAlive = 1 << 1,
  kHeadResponse = 1 << 2,
  kHeadNoBody = 1 << 3,     // the call also completes the message (noBody true)
  kHeadDrainTicks = 1 << 4  // ... and drains the ticks at its end (noBody 2)
};

// Header names and many values come again request after request (Host, User-Agent, Accept, …):
// short ones are kept per environment in a direct-mapped cache of V8 strings, so a repeated one
// costs a hash and a compare instead of a new string. Equal strings cannot be told apart in JS,
// so handing out the same one is invisible. A string enters its slot the second time in a row it
// lands there, so values that differ every time (request ids) do not churn the cache.
// The cached strings are also in a JS array (once lib/_http_common.js registered its head
// callbacks), so that the server's head callback gets them by index: a request whose strings are
// all cached reaches JS with no V8 string, array or number made in C++ (each a handle through
// the API).
class HeadStrings final : public Environment::BindingData {
 public:
  static constexpr int kSlots = 256;
  static constexpr int kEmptyRef = kSlots;  // the JS array's last item: ''

  static HeadStrings* Get(Environment* env) {
    return env->binding_data_or_create<HeadStrings>(kBinding_http_parser);
  }

  // The V8 string of `s`, from the cache where it can.
  v8::Local<v8::String> String(v8::Isolate* isolate, std::string_view s) {
    if (s.empty() || s.size() > kMaxLength) return New(isolate, s);
    Probe probe = Look(s);
    if (probe.hit) return probe.slot->string.Get(isolate);
    bool enter = ShouldEnter(probe);
    v8::Local<v8::String> created = New(isolate, s, enter);
    if (enter) Enter(isolate, probe, s, created);
    return created;
  }

  // The ref of `s` for the compact call (see HeadInfo): its slot when cached, else -1 - (its
  // index in `misses`, where it is added). `head` numbers the head being described: a slot one
  // of its strings refers to is not given to another string before JS has read them.
  // The hit (nearly every string of a recurring head) is inlined into the caller and saves no
  // registers; the rest is out of line (RefMiss).
  __attribute__((always_inline)) int32_t Ref(v8::Isolate* isolate, std::string_view s,
                                             uint32_t head,
                                             std::vector<v8::Local<v8::Value>>* misses) {
    if (s.size() - 1 < kMaxLength) {  // 1..kMaxLength bytes
      Probe probe = Look(s);
      if (probe.hit) {
        probe.slot->head = head;
        return probe.index;
      }
    }
    return RefMiss(isolate, s, head, misses);
  }

  __attribute__((noinline)) int32_t RefMiss(v8::Isolate* isolate, std::string_view s, uint32_t head,
                                            std::vector<v8::Local<v8::Value>>* misses) {
    if (s.empty()) return kEmptyRef;
    if (s.size() <= kMaxLength) {
      Probe probe = Look(s);
      bool enter = ShouldEnter(probe) && probe.slot->head != head;
      v8::Local<v8::String> created = New(isolate, s, enter);
      if (enter && Enter(isolate, probe, s, created)) {
        probe.slot->head = head;
        return probe.index;
      }
      misses->push_back(created);
    } else {
      misses->push_back(New(isolate, s));
    }
    return -1 - static_cast<int32_t>(misses->size() - 1);
  }

  // Header bytes are Latin-1 to Node (it builds them as one-byte strings). A string that goes
  // into the cache is made internalized (one string-table lookup, once): JS then compares it with
  // a literal ('Host', '/') by pointer instead of calling V8's StringEqual, and a property key
  // made from it needs no lookup.
  static v8::Local<v8::String> New(v8::Isolate* isolate, std::string_view s,
                                   bool internalize = false) {
    return v8::String::NewFromOneByte(
               isolate, reinterpret_cast<const uint8_t*>(s.data()),
               internalize ? v8::NewStringType::kInternalized : v8::NewStringType::kNormal,
               static_cast<int>(s.size()))
        .ToLocalChecked();
  }

  // setHeadCallbacks(nodeStyle, compact) → [info, strings] (on the binding): when a parser's
  // kOnHeadersComplete is `nodeStyle` (lib/_http_common.js's, which takes Node's arguments), a
  // head is handed to `compact` instead, through `info` (an Int32Array, layout HeadInfo) and
  // `strings` (the cache's strings). Made per run: the binding data is not in the snapshot.
  static void SetHeadCallbacks(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args[0]->IsFunction() || !args[1]->IsFunction()) {
      return ThrowTypeError(isolate, "setHeadCallbacks(nodeStyle, compact)");
    }
    Environment* env = Environment::From(args);
    HeadStrings* self = Get(env);
    // Parsers that noted the former callbacks check again (Parser::NoteHeadCallback).
    if (++self->generation_ == 0) self->generation_ = 1;
    self->node_style_.Reset(isolate, args[0].As<v8::Function>());
    self->compact_.Reset(isolate, args[1].As<v8::Function>());
    if (self->info_ == nullptr) {
      v8::Local<v8::ArrayBuffer> buffer =
          v8::ArrayBuffer::New(isolate, sizeof(int32_t) * kHeadInfoLength);
      self->info_buffer_.Reset(isolate, buffer);
      self->info_ = static_cast<int32_t*>(buffer->Data());
      // Slots not yet filled hold '' (never referred to before they are filled).
      v8::Local<v8::Value> items[kSlots + 1];
      v8::Local<v8::String> empty = v8::String::Empty(isolate);
      for (int i = 0; i < kSlots; i++) {
        const Slot& slot = self->slots_[i];
        items[i] = slot.string.IsEmpty() ? empty : slot.string.Get(isolate);
      }
      items[kEmptyRef] = empty;
      self->strings_.Reset(isolate, v8::Array::New(isolate, items, kSlots + 1));
    }
    v8::Local<v8::Value> pair[2] = {
        v8::Int32Array::New(self->info_buffer_.Get(isolate), 0, kHeadInfoLength),
        self->strings_.Get(isolate)};
    args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
  }

  // Whether a head for callback `cb` goes to the compact callback.
  bool IsNodeStyleHead(v8::Local<v8::Function> cb) const {
    return info_ != nullptr && node_style_ == cb;
  }
  v8::Local<v8::Function> compact(v8::Isolate* isolate) const { return compact_.Get(isolate); }
  int32_t* info() const { return info_; }
  uint32_t NextHead() { return ++head_; }
  // Changes (never to 0) with each setHeadCallbacks().
  uint32_t generation() const { return generation_; }

 private:
  static constexpr size_t kMaxLength = 48;
  // A string's length and its first and last eight bytes (overlapping; fewer when shorter):
  // they pick its slot and, up to 16 bytes, are the whole string.
  struct Key {
    uint64_t head;
    uint64_t tail;
  };
  struct Slot {
    uint32_t candidate = 0;  // the hash of the last miss here
    uint32_t length = 0;
    uint32_t head = 0;  // the last head (NextHead) that referred to it
    Key key = {0, 0};
    char bytes[kMaxLength];
    v8::Global<v8::String> string;
  };
  struct Probe {
    Slot* slot;
    int index;
    uint32_t hash;
    bool hit;
  };

  static Key KeyOf(std::string_view s) {
    const char* p = s.data();
    size_t len = s.size();
    uint64_t head = 0;
    uint64_t tail = 0;
    if (len >= 8) {
      memcpy(&head, p, 8);
      memcpy(&tail, p + len - 8, 8);
    } else if (len >= 4) {
      uint32_t first;
      uint32_t last;
      memcpy(&first, p, 4);
      memcpy(&last, p + len - 4, 4);
      head = first | (static_cast<uint64_t>(last) << 32);
    } else if (len > 0) {
      head = static_cast<uint8_t>(p[0]) | (static_cast<uint8_t>(p[len / 2]) << 8) |
             (static_cast<uint8_t>(p[len - 1]) << 16);
    }
    return {head, tail};
  }

  __attribute__((always_inline)) Probe Look(std::string_view s) {
    size_t len = s.size();
    Key key = KeyOf(s);
    uint64_t mixed = (key.head * 0x9E3779B97F4A7C15ull) ^ (key.tail * 0xC2B2AE3D27D4EB4Full) ^ len;
    uint32_t hash = static_cast<uint32_t>(mixed >> 32) ^ static_cast<uint32_t>(mixed);
    // The top bits of a product depend on every bit of its operand (the low ones only on the
    // operand's low bits: names differing in their last byte, x-id-1/x-id-2, would share a slot).
    static_assert(kSlots == 256);
    int index = static_cast<int>(mixed >> 56);
    Slot* slot = &slots_[index];
    // (An empty slot has length 0, which no string looked up here has.)
    bool hit = slot->key.head == key.head && slot->key.tail == key.tail && slot->length == len &&
               (len <= 16 || SameBytes(slot->bytes, s.data(), len));
    return {slot, index, hash, hit};
  }

  // memcmp for the longer strings compared here, without a library call.
  static bool SameBytes(const char* a, const char* b, size_t len) {
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
      uint64_t x;
      uint64_t y;
      memcpy(&x, a + i, 8);
      memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    for (; i < len; i++) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  // A miss enters on the second time in a row its slot sees it.
  static bool ShouldEnter(const Probe& probe) {
    if (probe.slot->candidate == probe.hash) return true;
    probe.slot->candidate = probe.hash;
    return false;
  }

  bool Enter(v8::Isolate* isolate, const Probe& probe, std::string_view s,
             v8::Local<v8::String> string) {
    if (!strings_.IsEmpty()) {
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      if (!strings_.Get(isolate)->Set(context, probe.index, string).FromMaybe(false)) return false;
    }
    Slot* slot = probe.slot;
    slot->length = static_cast<uint32_t>(s.size());
    slot->key = KeyOf(s);
    memcpy(slot->bytes, s.data(), s.size());
    slot->string.Reset(isolate, string);
    return true;
  }

  Slot slots_[kSlots];
  uint32_t head_ = 0;
  uint32_t generation_ = 0;
  v8::Global<v8::Function> node_style_;
  v8::Global<v8::Function> compact_;
  v8::Global<v8::ArrayBuffer> info_buffer_;
  int32_t* info_ = nullptr;  // info_buffer_'s data
  v8::Global<v8::Array> strings_;
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
    // AsyncLocalStorage: the frame that was current at initialize() (Node's parser runs its
    // callbacks in the async resource given to initialize, made by the connection listener).
    v8::Local<v8::Value> frame = AsyncContextOf(env, self_object);
    if (!frame.IsEmpty()) context->SetContinuationPreservedEmbedderData(frame);
    v8::TryCatch try_catch(isolate);
    // The head callback may drain the ticks itself (see OnHeadersComplete).
    ConsumedRead read{&callback_scope, &try_catch, self_object, context};
    consumed_read_ = &read;
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
    Outcome outcome;
    bool ok = Parse(data, len, false, &outcome);
    consumed_read_ = nullptr;
    // JS hears of every read that is not plainly whole requests: an error, an upgrade, a pause,
    // a head still incomplete. For the others its kOnHeadersComplete callback did the per-read
    // work (the server's socket timers). (Nothing is made for JS when it does not hear.)
    bool notify = outcome.err != HPE_OK || outcome.nread != len || heads_in_run_ == 0 ||
                  unusual_in_run_ || message_start_ != 0;
    if (ok && notify) {
      v8::Local<v8::Function> cb = Callback(kOnExecute);
      if (!cb.IsEmpty()) {
        result = OutcomeValue(outcome);
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
    ConsumedRead* read = self->consumed_read_;  // JS called in: the callback is not last
    self->consumed_read_ = nullptr;
    if (self->Run(data, len, false).ToLocal(&result)) args.GetReturnValue().Set(result);
    self->consumed_read_ = read;
  }

  // finish() → undefined, or an Error when the stream ended inside a message
  static void Finish(const v8::FunctionCallbackInfo<v8::Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    if (self == nullptr) return;
    v8::Local<v8::Value> result;
    ConsumedRead* read = self->consumed_read_;
    self->consumed_read_ = nullptr;
    if (self->Run(nullptr, 0, true).ToLocal(&result) && !result->IsNumber()) {
      args.GetReturnValue().Set(result);
    }
    self->consumed_read_ = read;
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
    if (index == kOnHeadersComplete) NoteHeadCallback(info.Holder(), value);
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
    if (index == kOnHeadersComplete) NoteHeadCallback(info.Holder(), v8::Local<v8::Value>());
    info.GetReturnValue().Set(true);
  }
  // The head callback slot was written: whether it now holds lib/_http_common.js's own callback
  // (HeadStrings::IsNodeStyleHead), kept as the head callbacks' generation it was checked against,
  // so that a head need not read the slot back through the API (GetInternalField, a handle,
  // IsFunction: ~90 instructions a request) to know it takes the compact call.
  static void NoteHeadCallback(v8::Local<v8::Object> holder, v8::Local<v8::Value> value) {
    Parser* self = Unwrap<Parser>(holder);
    if (self == nullptr) return;
    HeadStrings* strings = self->Strings();
    self->compact_head_ = !value.IsEmpty() && value->IsFunction() &&
                                  strings->IsNodeStyleHead(value.As<v8::Function>())
                              ? strings->generation()
                              : 0;
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

  // What parsing a buffer came to: llhttp's error (HPE_OK, or HPE_OK after a pause or upgrade)
  // and the bytes it took.
  struct Outcome {
    llhttp_errno_t err = HPE_OK;
    size_t nread = 0;
  };

  // Parses `data` (or finishes, `finish`); false when a callback threw (or the parser was never
  // initialized: a TypeError is thrown), the exception left pending.
  bool Parse(const char* data, size_t len, bool finish, Outcome* outcome) {
    if (parser_.data != this) {
      // Never initialized: behave as an empty response parser would not; report it.
      ThrowTypeError(env()->isolate(), "HTTPParser used before initialize()");
      return false;
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
    headers_.EndBuffer();  // the bytes are the caller's only for this call
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
    outcome->err = err;
    outcome->nread = nread;
    return !got_exception_;
  }

  // The outcome as JS sees it: the bytes parsed, or the parse Error (code HPE_*, bytesParsed,
  // reason).
  v8::Local<v8::Value> OutcomeValue(const Outcome& outcome) {
    v8::Isolate* isolate = env()->isolate();
    if (outcome.err == HPE_OK) {
      return v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(outcome.nread));
    }
    v8::Local<v8::Context> context = env()->context();
    std::string code;
    std::string why;
    http::SplitError(outcome.err, llhttp_get_error_reason(&parser_), &code, &why);
    std::string message = "Parse Error: " + why;
    auto error = v8::Exception::Error(Utf8String(isolate, message)).As<v8::Object>();
    SetValue(context, error, "bytesParsed",
             v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(outcome.nread)));
    SetValue(context, error, "code", OneByteString(isolate, code));
    SetValue(context, error, "reason", Utf8String(isolate, why));
    return error;
  }

  v8::MaybeLocal<v8::Value> Run(const char* data, size_t len, bool finish) {
    v8::EscapableHandleScope scope(env()->isolate());
    Outcome outcome;
    if (!Parse(data, len, finish, &outcome)) return {};
    return scope.Escape(OutcomeValue(outcome));
  }

  // The JS callback stored at `index`, or empty.
  v8::Local<v8::Function> Callback(uint32_t index) { return CallbackOf(object(), index); }
  static v8::Local<v8::Function> CallbackOf(v8::Local<v8::Object> object, uint32_t index) {
    v8::Local<v8::Value> cb = object->GetInternalField(static_cast<int>(index));
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

  HeadStrings* Strings() {
    if (strings_ == nullptr) strings_ = HeadStrings::Get(env());
    return strings_;
  }

  // Header bytes are Latin-1 to Node (it builds them as one-byte strings).
  v8::Local<v8::String> OneByteView(std::string_view s) {
    return Strings()->String(env()->isolate(), s);
  }

  // Hands the pairs gathered so far to kOnHeaders(headers, url) and starts a new batch.
  bool Flush() {
    v8::Local<v8::Value> argv[2] = {HeadersArray(), OneByteView(headers_.url())};
    headers_.ClearUrl();
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
    if (rv == HeaderCollector::kFlushFirst) return self->FlushThenField(p, at, len);
    return rv;
  }

  // (Out of line: the usual name is not the 33rd of a head.)
  __attribute__((noinline)) int FlushThenField(llhttp_t* p, const char* at, size_t len) {
    v8::HandleScope scope(env()->isolate());
    if (!Flush()) return -1;
    return headers_.OnHeaderField(p, at, len);
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
    v8::Isolate* isolate = self->env()->isolate();
    // A head of a consumed read uses the read's handle scope (a read is at most 64 KiB, a socket's
    // or TLS's plaintext buffer, so the handles of its heads are bounded); execute() may be
    // handed any amount, so each head there has its own scope.
    std::optional<v8::HandleScope> scope;
    if (self->consumed_read_ == nullptr) scope.emplace(isolate);
    // Fewer values than fields: the last field had an empty value.
    self->headers_.CloseLastPair();
    // A request that ends with its head (no body, no upgrade): JS runs its message-complete step
    // right after the head's (the order llhttp would call them in), so that is one call, not two.
    self->completed_in_js_ = p->type == HTTP_REQUEST && p->upgrade == 0 &&
                             (p->flags & (F_CHUNKED | F_TRANSFER_ENCODING)) == 0 &&
                             ((p->flags & F_CONTENT_LENGTH) == 0 || p->content_length == 0);
    bool keep_alive = llhttp_should_keep_alive(p) != 0;
    // Also the last thing in a consumed read, whose callback scope would only drain the ticks and
    // microtasks after it: JS does that at the end of this call (noBody 2), saving a call into
    // JS per request. Parsing then ends without another JS call (no kOnExecute: the read is whole
    // requests), so the order is the same. Keep-alive only: after a `Connection: close` message
    // llhttp rejects more bytes.
    bool drain = self->completed_in_js_ && self->consumed_read_ != nullptr && keep_alive &&
                 !self->unusual_in_run_ && self->HeadEndsBuffer() &&
                 self->consumed_read_->scope->CallbackMayDrain();
    v8::Local<v8::Value> result;
    bool ok = true;
    // lib/_http_common.js's own callback (known from NoteHeadCallback without reading the slot):
    // the compact call.
    bool compact = self->compact_head_ != 0 && !self->have_flushed_ &&
                   self->compact_head_ == self->Strings()->generation();
    v8::Local<v8::Function> cb;
    if (!compact) {
      cb = self->consumed_read_ != nullptr
               ? CallbackOf(self->consumed_read_->object, kOnHeadersComplete)
               : self->Callback(kOnHeadersComplete);
      if (cb.IsEmpty()) {
        if (self->have_flushed_) ok = self->Flush();  // as before: the pairs go to kOnHeaders
        self->headers_.ClearHead();
        return ok ? 0 : -1;
      }
      compact = !self->have_flushed_ && self->Strings()->IsNodeStyleHead(cb);
    }
    if (compact) {
      // lib/_http_common.js's own callback: the compact call.
      v8::Local<v8::Value> misses = self->DescribeHead(p, keep_alive, drain);
      self->headers_.ClearHead();
      ok = self->CallHead(self->strings_->compact(isolate), 1, &misses, drain, &result);
    } else {
      v8::Local<v8::Value> undef = v8::Undefined(isolate);
      v8::Local<v8::Value> argv[10] = {undef, undef, undef, undef, undef,
                                       undef, undef, undef, undef, undef};
      if (self->have_flushed_) {
        if (!self->Flush()) return -1;
      } else {
        argv[2] = self->HeadersArray();
        if (p->type == HTTP_REQUEST) argv[4] = self->OneByteView(self->headers_.url());
      }
      if (p->type == HTTP_REQUEST) {
        argv[3] = v8::Integer::New(isolate, p->method);
      } else {
        argv[5] = v8::Integer::New(isolate, p->status_code);
        argv[6] = self->OneByteView(self->headers_.status_message());
      }
      self->headers_.ClearHead();
      argv[0] = v8::Integer::New(isolate, p->http_major);
      argv[1] = v8::Integer::New(isolate, p->http_minor);
      argv[7] = v8::Boolean::New(isolate, p->upgrade != 0);
      argv[8] = v8::Boolean::New(isolate, keep_alive);
      argv[9] = drain ? v8::Integer::New(isolate, 2).As<v8::Value>()
                      : v8::Boolean::New(isolate, self->completed_in_js_).As<v8::Value>();
      ok = self->CallHead(cb, 10, argv, drain, &result);
    }
    return self->HeadResult(ok, result);
  }

  // What OnHeadersComplete returns to llhttp for the head callback's result.
  static int HeadResult(bool ok, v8::Local<v8::Value> result) {
    if (!ok) return -1;
    if (result.IsEmpty()) return 0;
    // 1: no body follows (a response to HEAD); 2: no body and the rest is another protocol.
    if (result->IsInt32()) return result.As<v8::Int32>()->Value();
    return result->IsTrue() ? 1 : 0;
  }

  // Writes the head into the shared HeadInfo for the compact call; returns the strings it refers
  // to that are not cached (an array), or undefined when all are.
  v8::Local<v8::Value> DescribeHead(llhttp_t* p, bool keep_alive, bool drain) {
    v8::Isolate* isolate = env()->isolate();
    HeadStrings* strings = strings_;
    int32_t* info = strings->info();
    uint32_t head = strings->NextHead();
    // A member, not an array on the stack: 65 Locals would be zeroed for every head, and a
    // request whose strings are all cached has none.
    std::vector<v8::Local<v8::Value>>& misses = misses_;
    misses.clear();
    int items = headers_.pairs() * 2;
    for (int i = 0; i < items; i += 2) {
      info[kHeadFirstHeader + i] = strings->Ref(isolate, headers_.field(i / 2), head, &misses);
      info[kHeadFirstHeader + i + 1] = strings->Ref(isolate, headers_.value(i / 2), head, &misses);
    }
    info[kHeadCount] = items;
    info[kHeadVersionMajor] = p->http_major;
    info[kHeadVersionMinor] = p->http_minor;
    int32_t flags = (p->upgrade != 0 ? kHeadUpgrade : 0) | (keep_alive ? kHeadKeepAlive : 0) |
                    (completed_in_js_ ? kHeadNoBody : 0) | (drain ? kHeadDrainTicks : 0);
    if (p->type == HTTP_REQUEST) {
      info[kHeadMethodOrStatus] = p->method;
      info[kHeadUrl] = strings->Ref(isolate, headers_.url(), head, &misses);
    } else {
      flags |= kHeadResponse;
      info[kHeadMethodOrStatus] = p->status_code;
      info[kHeadStatusMessage] = strings->Ref(isolate, headers_.status_message(), head, &misses);
    }
    info[kHeadFlags] = flags;
    if (misses.empty()) return v8::Undefined(isolate);
    v8::Local<v8::Array> array = v8::Array::New(isolate, misses.data(), misses.size());
    misses.clear();  // Locals of this head's handle scope
    return array;
  }

  // Calls the head callback `cb`, in its draining form when `drain`.
  bool CallHead(v8::Local<v8::Function> cb, int argc, v8::Local<v8::Value>* argv, bool drain,
                v8::Local<v8::Value>* out) {
    if (drain) return CallAndDrain(cb, argc, argv, out);
    bool ok =
        consumed_read_ != nullptr
            ? cb->Call(consumed_read_->context, consumed_read_->object, argc, argv).ToLocal(out)
            : cb->Call(env()->context(), object(), argc, argv).ToLocal(out);
    if (!ok) {
      got_exception_ = true;
      return false;
    }
    return true;
  }

  // The head callback in its draining form. A tick that throws is an uncaught exception reported
  // here, as the scope's drain would report it; the head itself went through, so parsing goes on
  // (more pipelined requests may follow in a later read), and the scope's close gives the rest of
  // the queue its one more go (as its own drain does after a throwing tick). The callback itself
  // throwing is a parser callback failure, as always.
  bool CallAndDrain(v8::Local<v8::Function> cb, int argc, v8::Local<v8::Value>* argv,
                    v8::Local<v8::Value>* out) {
    Environment* env = this->env();
    // The read's TryCatch is the innermost: nothing between it and this call catches.
    v8::TryCatch* try_catch = consumed_read_->try_catch;
    CallbackScope* scope = consumed_read_->scope;
    if (cb->Call(consumed_read_->context, consumed_read_->object, argc, argv).ToLocal(out)) {
      scope->MarkDrained(false);
      return true;
    }
    uint8_t* tick = env->tick_info()->fields;
    if (tick[TickInfo::kHasTickScheduled] == kDrainingAfterCallback &&
        !try_catch->HasTerminated()) {
      tick[TickInfo::kHasTickScheduled] = 1;
      scope->MarkDrained(true);
      if (!env->is_stopping()) {
        TriggerUncaughtException(env, try_catch->Exception(), try_catch->Message());
      }
      try_catch->Reset();
      return true;
    }
    got_exception_ = true;  // left caught for the read to report
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
  const char* last_span_end_ = nullptr;  // end of the last header value seen in the buffer
  // OnStreamRead's callback scope and TryCatch, while it parses.
  struct ConsumedRead {
    CallbackScope* scope;
    v8::TryCatch* try_catch;
    // Handles made for the read, reused by its head calls (a handle fewer to make for each).
    v8::Local<v8::Object> object;
    v8::Local<v8::Context> context;
  };
  ConsumedRead* consumed_read_ = nullptr;
  StreamReadSource* consumed_ = nullptr;  // the stream whose reads come here (consume())
  HeadStrings* strings_ = nullptr;
  // HeadStrings::generation() when the head callback slot was last set to lib/_http_common.js's
  // own callback; 0 when it holds anything else (NoteHeadCallback).
  uint32_t compact_head_ = 0;
  std::vector<v8::Local<v8::Value>> misses_;  // DescribeHead's, empty between heads        // the
                                              // environment's (lives as long as it)

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

// newMessageBase(): a fresh constructor from a template of its own, with no call handler, whose
// instances are API objects (see docs/design-notes.md, "Express: detached maps").
void NewMessageBase(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
  tmpl->SetClassName(OneByteString(isolate, "HTTPMessageBase"));
  v8::Local<v8::Function> fn;
  if (tmpl->GetFunction(isolate->GetCurrentContext()).ToLocal(&fn)) args.GetReturnValue().Set(fn);
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
  // On the binding, not on HTTPParser: lib/_http_common.js's business (HTTPParser is public).
  SetMethod(context, target, "setHeadCallbacks", HeadStrings::SetHeadCallbacks);
  SetMethod(context, target, "newMessageBase", NewMessageBase);
  v8::Local<v8::Object> layout = v8::Object::New(isolate);
  SetConstant(context, layout, "kVersionMajor", kHeadVersionMajor);
  SetConstant(context, layout, "kVersionMinor", kHeadVersionMinor);
  SetConstant(context, layout, "kMethodOrStatus", kHeadMethodOrStatus);
  SetConstant(context, layout, "kFlags", kHeadFlags);
  SetConstant(context, layout, "kUrl", kHeadUrl);
  SetConstant(context, layout, "kStatusMessage", kHeadStatusMessage);
  SetConstant(context, layout, "kCount", kHeadCount);
  SetConstant(context, layout, "kFirstHeader", kHeadFirstHeader);
  SetConstant(context, layout, "kUpgrade", kHeadUpgrade);
  SetConstant(context, layout, "kKeepAlive", kHeadKeepAlive);
  SetConstant(context, layout, "kResponse", kHeadResponse);
  SetConstant(context, layout, "kNoBody", kHeadNoBody);
  SetConstant(context, layout, "kDrainTicks", kHeadDrainTicks);
  SetValue(context, target, "headInfo", layout);
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
  registry->Add(HeadStrings::SetHeadCallbacks);
  registry->Add(NewMessageBase);
}

}  // namespace tide::bindings::http_parser
