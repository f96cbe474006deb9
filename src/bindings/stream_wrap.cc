// internalBinding('stream_wrap'): the request classes of stream writes (WriteWrap, ShutdownWrap)
// and LibuvStreamWrap, the base of the TTY and Pipe handles (see stream_wrap.h).
#include "bindings/stream_wrap.h"

#include <sys/socket.h>
#include <sys/uio.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "util/args.h"

namespace tide {

// A write the kernel did not take at once: the rest of the bytes, kept alive until libuv is done.
struct WriteRequest {
  uv_write_t req;
  LibuvStreamWrap* wrap;
  v8::Global<v8::Object> object;     // the JS WriteWrap; its oncomplete(status) is called
  v8::Global<v8::Value> keep_alive;  // the Buffer(s) `bufs` point into
  std::unique_ptr<char[]> owned;     // or bytes encoded from strings
  std::vector<uv_buf_t> bufs;
  size_t bytes = 0;
  bool counted = false;  // bytesWritten already counts the bytes (held by a write batch)
};

// UTF-8 of a one-byte (Latin-1) string: its characters are copied straight out of the string,
// even a concatenation of many (String::WriteUtf8 would first flatten one into a new string: an
// allocation and a second copy per HTTP response head), then the few above 0x7F, if any, are
// widened to two bytes in place, back to front. Stops where `room` ends, at a whole character.
size_t EncodeOneByteAsUtf8(v8::Isolate* isolate, v8::Local<v8::String> s, char* out, size_t room) {
  auto* bytes = reinterpret_cast<uint8_t*>(out);
  size_t len = std::min(static_cast<size_t>(s->Length()), room);
  s->WriteOneByte(isolate, bytes, 0, static_cast<int>(len), v8::String::NO_NULL_TERMINATION);
  // Plain ASCII (the usual case) is done: checked eight bytes at a time.
  uint64_t high = 0;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t word;
    memcpy(&word, bytes + i, 8);
    high |= word;
  }
  for (; i < len; i++) high |= bytes[i];
  if ((high & 0x8080808080808080ull) == 0) return len;
  // Keep only the characters whose encoding fits.
  size_t fit = 0;
  size_t need = 0;
  while (fit < len && need + 1 + (bytes[fit] >> 7) <= room) need += 1 + (bytes[fit++] >> 7);
  for (size_t from = fit, to = need; from > 0;) {
    uint8_t c = bytes[--from];
    if (c < 0x80) {
      bytes[--to] = c;
    } else {
      bytes[--to] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      bytes[--to] = static_cast<uint8_t>(0xC0 | (c >> 6));
    }
  }
  return need;
}

namespace {

struct ShutdownRequest {
  uv_shutdown_t req;
  v8::Global<v8::Object> object;
};

// Reads land here and are copied into an ArrayBuffer of exactly the bytes read: a 64 KiB
// ArrayBuffer per read would keep 64 KiB alive for every small chunk a program holds on to.
constexpr size_t kReadBufferSize = 64 * 1024;
thread_local std::unique_ptr<char[]> read_buffer;

constexpr size_t kStackStringBytes = 16 * 1024;

// uv_try_write() of a TCP socket, with sendmsg() for libuv's write()/writev(): the same bytes,
// errors and signals (no MSG_NOSIGNAL: a SIGPIPE listener sees what it would), but the kernel
// skips its file layer (the position lock, fsnotify), about 5% of a small write's system time on a
// loopback, where every HTTP reply is one such write.
int TrySendTcp(uv_stream_t* stream, uv_buf_t* bufs, size_t count) {
  if (stream->connect_req != nullptr || stream->write_queue_size != 0) return UV_EAGAIN;
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(stream), &fd) != 0) return UV_EBADF;
  if (!uv_is_writable(stream)) return UV_EPIPE;
  msghdr message{};
  // uv_buf_t has iovec's layout on Unix (libuv's own writev() passes it as one).
  message.msg_iov = reinterpret_cast<iovec*>(bufs);
  message.msg_iovlen = std::min<size_t>(count, IOV_MAX);
  ssize_t n;
  do {
    n = sendmsg(fd, &message, 0);
  } while (n == -1 && errno == EINTR);
  if (n >= 0) return static_cast<int>(n);
  if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) return UV_EAGAIN;
  return -errno;
}

// Advances `*bufs`/`*count` past what the kernel takes now. 0 or a libuv error.
int TryWrite(uv_stream_t* stream, uv_buf_t** bufs, size_t* count, size_t* written) {
  *written = 0;
  while (*count > 0 && (*bufs)[0].len == 0) {
    (*bufs)++;
    (*count)--;
  }
  if (*count == 0) return 0;
  int n = stream->type == UV_TCP ? TrySendTcp(stream, *bufs, *count)
                                 : uv_try_write(stream, *bufs, static_cast<unsigned>(*count));
  if (n == UV_EAGAIN || n == UV_ENOSYS) return 0;
  if (n < 0) return n;
  *written = static_cast<size_t>(n);
  size_t left = static_cast<size_t>(n);
  while (*count > 0 && left >= (*bufs)[0].len) {
    left -= (*bufs)[0].len;
    (*bufs)++;
    (*count)--;
  }
  if (*count > 0 && left > 0) {
    (*bufs)[0].base += left;
    (*bufs)[0].len -= left;
  }
  return 0;
}

size_t EncodedLength(v8::Isolate* isolate, v8::Local<v8::String> s, int encoding) {
  switch (encoding) {
    case 2:  // latin1
      return static_cast<size_t>(s->Length());
    case 3:  // ucs2
      return static_cast<size_t>(s->Length()) * 2;
    default:
      return static_cast<size_t>(s->Utf8Length(isolate));
  }
}

// Encodes into `out` (room for `room` bytes); returns the bytes written.
size_t Encode(v8::Isolate* isolate, v8::Local<v8::String> s, int encoding, char* out, size_t room) {
  constexpr int kFlags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  switch (encoding) {
    case 2:
      return static_cast<size_t>(s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out), 0,
                                                 static_cast<int>(room), kFlags));
    case 3: {
      int units = s->Write(isolate, reinterpret_cast<uint16_t*>(out), 0, static_cast<int>(room / 2),
                           kFlags);
      return static_cast<size_t>(units) * 2;
    }
    default:
      if (s->IsOneByte()) return EncodeOneByteAsUtf8(isolate, s, out, room);
      return static_cast<size_t>(
          s->WriteUtf8(isolate, out, static_cast<int>(room), nullptr, kFlags));
  }
}

// Encoding names as lib/ passes them in writev chunk lists (others are Buffers by then).
int EncodingOf(v8::Isolate* isolate, v8::Local<v8::Value> name) {
  if (!name->IsString()) return 1;
  std::string s = ToStdString(isolate, name);
  if (s == "latin1" || s == "binary" || s == "ascii") return 2;
  if (s == "ucs2" || s == "ucs-2" || s == "utf16le" || s == "utf-16le") return 3;
  return 1;
}

// An HTTP response's strings are often the very strings of the one before: the same head (one
// string from lib/_http_outgoing.js's cache of heads, until its Date changes), the same body, the
// same chunk tail. WriteHeadAndBody keeps the bytes of the last string of each part and copies
// them when it gets that string object again, instead of encoding it (a call into V8 and a walk
// over the string each time). Strings are immutable: the same object has the same bytes.
class EncodedParts {
 public:
  enum Part { kHead, kBody, kTail, kPartCount };

  static EncodedParts* Get(Environment* env);

  // Encode() of a whole string: `room` must hold all of `s` in `encoding`.
  size_t Encode(v8::Isolate* isolate, Part part, v8::Local<v8::String> s, int encoding, char* out,
                size_t room) {
    Entry& entry = entries_[part];
    if (entry.encoding == encoding && entry.string == s && entry.bytes.size() <= room) {
      entry.misses = 0;
      memcpy(out, entry.bytes.data(), entry.bytes.size());
      return entry.bytes.size();
    }
    size_t len = tide::Encode(isolate, s, encoding, out, room);
    // Kept after 1, 2, 4, 8, … misses in a row (and every 1024th): a part that differs every time
    // (a JSON body) seldom costs a handle update, one that changes now and then (the head, once a
    // second) is kept again at once.
    uint32_t misses = ++entry.misses;
    if (len <= kMaxBytes && ((misses & (misses - 1)) == 0 || (misses & 1023) == 0)) {
      entry.string.Reset(isolate, s);
      entry.encoding = encoding;
      entry.bytes.assign(out, len);
    }
    return len;
  }

 private:
  static constexpr size_t kMaxBytes = 4096;
  struct Entry {
    v8::Global<v8::String> string;
    int encoding = -1;
    uint32_t misses = 0;
    std::string bytes;
  };
  Entry entries_[kPartCount];
};

template <typename T>
T* UnwrapOpen(const v8::FunctionCallbackInfo<v8::Value>& args) {
  T* self = BaseObject::Unwrap<T>(args.This());
  if (self == nullptr || self->IsClosing()) {
    args.GetReturnValue().Set(UV_EBADF);
    return nullptr;
  }
  return self;
}

}  // namespace

// A server answers the requests of many connections in one poll phase; written at once, each reply
// wakes the peer's thread on its own (on a loopback or a busy host, most of a small write's kernel
// time goes to waking the reader). So a small write to a socket made while the poll phase runs
// its callbacks is held in user space, and the phase's end (a check handle, which runs right after
// it) sends every stream's held bytes in one write each: a client then finds several replies ready
// per wake-up. Only while the previous poll phase had at least min_reads_to_hold_ read callbacks:
// with one client a held reply would just wait for the rest of its own callback. JavaScript sees
// nothing of it: such a write completes at once, as one the kernel took whole does, and
// bytesWritten counts it. Held bytes also go out before any other write, shutdown or close of their
// stream, at kStreamBytes per stream or kMaxStreams streams, after a read callback once they are
// kMaxAgeNs old, before spawnSync and when the environment ends. A send that fails (the peer is
// gone) is as bytes the kernel took and never delivered: the next write or read reports the error.
// docs/design-notes.md, "Write batching".
class WriteBatch {
 public:
  static constexpr size_t kStreamBytes = 64 * 1024;    // held per stream, at most
  static constexpr size_t kMaxWriteBytes = 16 * 1024;  // a write larger goes out at once
  static constexpr size_t kMaxStreams = 128;           // streams holding bytes, at most
  static constexpr size_t kKeptCapacity = 16 * 1024;   // a larger spare buffer is freed
  static constexpr uint64_t kMaxAgeNs = 1000 * 1000;   // held bytes wait 1 ms, about

  explicit WriteBatch(Environment* env) : env_(env) {
    // TIDE_WRITE_BATCH_MIN_READS: another threshold (tests set 0 so that every poll phase holds).
    char value[16];
    size_t size = sizeof(value);
    if (uv_os_getenv("TIDE_WRITE_BATCH_MIN_READS", value, &size) == 0) {
      min_reads_to_hold_ = static_cast<uint32_t>(strtoul(value, nullptr, 10));
    }
  }

  // Where `len` bytes of `stream` can wait, or nullptr (they must go now, after its held bytes).
  std::string* Hold(LibuvStreamWrap* stream, size_t len) {
    if (!holding_ || env_->is_stopping() || len > kMaxWriteBytes) return nullptr;
    if (stream->held_ != nullptr) {
      if (stream->held_->size() + len <= kStreamBytes) return stream->held_;
      Send(stream);
      return nullptr;
    }
    uv_stream_t* s = stream->stream();
    if (s->write_queue_size != 0 || s->connect_req != nullptr || s->shutdown_req != nullptr) {
      return nullptr;
    }
    if (streams_.size() == kMaxStreams) SendAll();
    if (streams_.empty()) first_held_at_ = uv_hrtime();
    std::unique_ptr<std::string> buffer;
    if (!spare_.empty()) {
      buffer = std::move(spare_.back());
      spare_.pop_back();
    } else {
      buffer = std::make_unique<std::string>();
    }
    stream->held_ = buffer.release();
    stream->batch_ = this;
    streams_.push_back(stream);
    return stream->held_;
  }

  // Sends `stream`'s held bytes now.
  void Send(LibuvStreamWrap* stream) {
    auto at = std::find(streams_.begin(), streams_.end(), stream);
    if (at != streams_.end()) streams_.erase(at);
    SendBytes(stream);
  }

  // After a read callback: counts it, and held bytes older than kMaxAgeNs go now, so that slow
  // callbacks (or one that wrote and then blocked) delay a reply by about one callback, not by a
  // whole poll phase.
  void AfterRead() {
    reads_++;
    if (!streams_.empty() && TooOld()) SendAll();
  }

  void SendAll() {
    std::vector<LibuvStreamWrap*> streams;
    streams.swap(streams_);
    for (LibuvStreamWrap* stream : streams) SendBytes(stream);
    streams.clear();
    if (streams_.empty()) streams_.swap(streams);  // keeps the vector's capacity
  }

  // The poll phase is next (prepare) / is over (check). Made on the first write to a socket.
  void Start() {
    if (prepare_ != nullptr) return;
    prepare_ = new uv_prepare_t;
    check_ = new uv_check_t;
    uv_prepare_init(env_->loop(), prepare_);
    uv_check_init(env_->loop(), check_);
    prepare_->data = this;
    check_->data = this;
    uv_prepare_start(prepare_, [](uv_prepare_t* h) {
      auto* self = static_cast<WriteBatch*>(h->data);
      self->SendAll();  // none: the check handle sent them; in case a nested loop run did not
      // Holding pays when the phase reads from several streams. When it reads from one (a
      // single client, light load), a held reply would only wait for the rest of its own
      // callback (ticks, timers): the last phase's reads decide.
      self->holding_ = self->last_phase_reads_ >= self->min_reads_to_hold_;
      self->reads_ = 0;
    });
    uv_check_start(check_, [](uv_check_t* h) {
      auto* self = static_cast<WriteBatch*>(h->data);
      self->holding_ = false;
      self->last_phase_reads_ = self->reads_;
      self->SendAll();
    });
    uv_unref(reinterpret_cast<uv_handle_t*>(prepare_));
    uv_unref(reinterpret_cast<uv_handle_t*>(check_));
    uv_prepare_t* prepare = prepare_;
    uv_check_t* check = check_;
    env_->AddCleanupHook([prepare, check] {
      uv_close(reinterpret_cast<uv_handle_t*>(prepare),
               [](uv_handle_t* h) { delete reinterpret_cast<uv_prepare_t*>(h); });
      uv_close(reinterpret_cast<uv_handle_t*>(check),
               [](uv_handle_t* h) { delete reinterpret_cast<uv_check_t*>(h); });
    });
  }

  ~WriteBatch() {
    for (LibuvStreamWrap* stream : streams_) {
      delete stream->held_;
      stream->held_ = nullptr;
      stream->batch_ = nullptr;
    }
  }

 private:
  bool TooOld() const { return uv_hrtime() - first_held_at_ > kMaxAgeNs; }

  void SendBytes(LibuvStreamWrap* stream) {
    std::unique_ptr<std::string> buffer(stream->held_);
    stream->held_ = nullptr;
    stream->batch_ = nullptr;
    if (!buffer->empty()) {
      uv_buf_t buf = uv_buf_init(buffer->data(), static_cast<unsigned>(buffer->size()));
      uv_buf_t* bufs = &buf;
      size_t count = 1;
      size_t written = 0;
      if (TryWrite(stream->stream(), &bufs, &count, &written) == 0 && count > 0) {
        stream->QueueCopy(bufs[0].base, bufs[0].len);
      }
    }
    buffer->clear();
    if (buffer->capacity() <= kKeptCapacity && spare_.size() < kMaxStreams) {
      spare_.push_back(std::move(buffer));
    }
  }

  Environment* env_;
  uv_prepare_t* prepare_ = nullptr;
  uv_check_t* check_ = nullptr;
  bool holding_ = false;  // the poll phase runs, and its writes are held
  uint32_t reads_ = 0;    // read callbacks since the poll phase began
  uint32_t last_phase_reads_ = 0;
  uint32_t min_reads_to_hold_ = 4;         // reads in the last poll phase for this one to hold
  uint64_t first_held_at_ = 0;             // uv_hrtime() of the batch's first held write
  std::vector<LibuvStreamWrap*> streams_;  // holding bytes, in the order of their first write
  std::vector<std::unique_ptr<std::string>> spare_;
};

namespace {

// The stream binding's per-environment state.
struct StreamWrapData final : public Environment::BindingData {
  explicit StreamWrapData(Environment* env) : batch(env) {}
  EncodedParts parts;
  WriteBatch batch;
};

StreamWrapData* GetData(Environment* env) {
  return env->binding_data_or_create<StreamWrapData>(kBinding_stream_wrap, env);
}

EncodedParts* EncodedParts::Get(Environment* env) { return &GetData(env)->parts; }

}  // namespace

std::string* LibuvStreamWrap::HoldForBatch(size_t len) {
  if (held_ != nullptr) return batch_->Hold(this, len);
  // Sockets: TCP, and Unix domain sockets that carry no handles (an IPC channel's messages stay
  // in step with the handles it sends). Not terminals, nor blocking pipes (stdout, stderr).
  bool socket = stream()->type == UV_TCP ||
                (stream()->type == UV_NAMED_PIPE && !reinterpret_cast<uv_pipe_t*>(stream())->ipc);
  if (!socket || blocking_ || IsClosing()) return nullptr;
  WriteBatch* batch = &GetData(env())->batch;
  batch->Start();
  return batch->Hold(this, len);
}

void SendHeldWrites(Environment* env) {
  if (auto* data = env->binding_data<StreamWrapData>(kBinding_stream_wrap)) data->batch.SendAll();
}

void AfterStreamRead(Environment* env) {
  if (auto* data = env->binding_data<StreamWrapData>(kBinding_stream_wrap)) {
    data->batch.AfterRead();
  }
}

void LibuvStreamWrap::SendHeld() {
  if (held_ != nullptr) batch_->Send(this);
}

void LibuvStreamWrap::OnClosing() { SendHeld(); }

int LibuvStreamWrap::QueueCopy(const char* data, size_t len) {
  auto request = std::make_unique<WriteRequest>();
  request->wrap = this;
  request->owned = std::make_unique<char[]>(len);
  memcpy(request->owned.get(), data, len);
  request->bufs.push_back(uv_buf_init(request->owned.get(), static_cast<unsigned>(len)));
  request->counted = true;  // bytesWritten counted them when they were held
  request->req.data = request.get();
  int err = uv_write(&request->req, stream(), request->bufs.data(), 1, OnWriteDone);
  if (err != 0) return err;
  request.release();
  env()->stream_info()->fields[StreamInfo::kWritesQueued]++;
  return 0;
}

// Stream handle objects carry this address in their second internal field, so FromObject can tell
// them from other wrapped objects without RTTI.
namespace {
constexpr int kStreamTagField = 1;
alignas(8) const char kStreamTag = 0;
}  // namespace

LibuvStreamWrap::LibuvStreamWrap(Environment* env, v8::Local<v8::Object> object,
                                 uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)) {
  if (object->InternalFieldCount() > kStreamTagField) {
    object->SetAlignedPointerInInternalField(kStreamTagField, const_cast<char*>(&kStreamTag));
  }
}

LibuvStreamWrap::~LibuvStreamWrap() { NotifyGone(); }

namespace {
alignas(8) const char kSourceTag = 0;
}  // namespace

void StreamReadSource::TagObject(v8::Local<v8::Object> object, StreamReadSource* source) {
  object->SetAlignedPointerInInternalField(1, const_cast<char*>(&kSourceTag));
  object->SetAlignedPointerInInternalField(2, source);
}

StreamReadSource* StreamReadSource::FromObject(v8::Local<v8::Value> value) {
  if (LibuvStreamWrap* stream = LibuvStreamWrap::FromObject(value)) return stream;
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() != kTaggedFieldCount ||
      object->GetAlignedPointerFromInternalField(1) != &kSourceTag) {
    return nullptr;
  }
  return static_cast<StreamReadSource*>(object->GetAlignedPointerFromInternalField(2));
}

LibuvStreamWrap* LibuvStreamWrap::FromObject(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() <= kStreamTagField ||
      object->GetAlignedPointerFromInternalField(kStreamTagField) != &kStreamTag) {
    return nullptr;
  }
  return static_cast<LibuvStreamWrap*>(object->GetAlignedPointerFromInternalField(0));
}

void LibuvStreamWrap::OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  if (!read_buffer) read_buffer = std::make_unique<char[]>(kReadBufferSize);
  *buf = uv_buf_init(read_buffer.get(), kReadBufferSize);
}

void LibuvStreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  if (nread == 0) return;  // EAGAIN: nothing this time
  auto* self = static_cast<LibuvStreamWrap*>(reinterpret_cast<uv_handle_t*>(stream)->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  if (nread > 0 && self->read_listener() != nullptr) {
    self->bytes_read_ += static_cast<uint64_t>(nread);
    self->read_listener()->OnStreamRead(buf->base, static_cast<size_t>(nread));
    AfterStreamRead(env);
    return;
  }
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> argv[2] = {v8::Number::New(isolate, static_cast<double>(nread)),
                                  v8::Undefined(isolate)};
  if (nread > 0) {
    self->bytes_read_ += static_cast<uint64_t>(nread);
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, static_cast<size_t>(nread));
    memcpy(ab->Data(), buf->base, static_cast<size_t>(nread));
    argv[1] = ab;
  }
  MakeCallback(env, self->object(), "onread", 2, argv);
  AfterStreamRead(env);
}

// On a blocking handle uv_try_write waits until the reader took everything, so a big write would
// look synchronous to JavaScript. Node's writes to a pipe complete at once only while they fit the
// pipe's buffer; anything bigger completes later ('drain' follows a false write()). A blocking
// handle keeps that: writes above the pipe capacity go through uv_write, which still writes them
// out before returning (nothing is lost at exit) but reports completion on the next loop turn.
constexpr size_t kBlockingImmediateWriteMax = 64 * 1024;

int LibuvStreamWrap::Write(v8::Local<v8::Object> req, uv_buf_t* bufs, size_t count,
                           v8::Local<v8::Value> keep_alive, std::unique_ptr<char[]> owned,
                           uv_stream_t* send_handle, bool may_hold) {
  size_t total = 0;
  for (size_t i = 0; i < count; i++) total += bufs[i].len;
  if (send_handle == nullptr && may_hold) {
    if (std::string* held = HoldForBatch(total)) {
      for (size_t i = 0; i < count; i++) held->append(bufs[i].base, bufs[i].len);
      bytes_written_ += total;
      return 0;
    }
  }
  SendHeld();
  if (send_handle == nullptr && (!blocking_ || total <= kBlockingImmediateWriteMax)) {
    size_t written = 0;
    int err = TryWrite(stream(), &bufs, &count, &written);
    bytes_written_ += written;
    if (err != 0) return err;
    if (count == 0) return 0;
  }

  auto request = std::make_unique<WriteRequest>();
  request->wrap = this;
  request->bufs.assign(bufs, bufs + count);
  for (const uv_buf_t& b : request->bufs) request->bytes += b.len;
  v8::Isolate* isolate = env()->isolate();
  // lib/ reuses a request object while its writes complete at once (stream_base_commons'
  // writeDirect): the one that gets queued calls back in the frame of the write that queued it.
  CaptureAsyncContext(env(), req, true);
  request->object.Reset(isolate, req);
  if (!keep_alive.IsEmpty()) request->keep_alive.Reset(isolate, keep_alive);
  request->owned = std::move(owned);
  request->req.data = request.get();
  int err = uv_write2(&request->req, stream(), request->bufs.data(),
                      static_cast<unsigned>(request->bufs.size()), send_handle, OnWriteDone);
  if (err != 0) return err;
  request.release();  // OnWriteDone owns it now
  // Counted until its callback, which libuv makes for every queued write (UV_ECANCELED when the
  // handle closes first): while the count is 0 no stream has a write queue (see StreamInfo).
  env()->stream_info()->fields[StreamInfo::kWritesQueued]++;
  return 1;
}

int LibuvStreamWrap::WriteString(v8::Local<v8::Object> req, v8::Local<v8::String> string,
                                 Encoding encoding) {
  v8::Isolate* isolate = env()->isolate();
  int enc = encoding == Encoding::kLatin1 ? 2 : encoding == Encoding::kUcs2 ? 3 : 1;
  // Short strings are encoded on the stack without measuring them first (at most 3 bytes per
  // UTF-16 unit): console.log and small socket writes are the hot path.
  char stack[kStackStringBytes];
  size_t max_bytes = static_cast<size_t>(string->Length()) * 3;
  if (max_bytes <= sizeof(stack)) {
    return WriteCopy(req, stack, Encode(isolate, string, enc, stack, sizeof(stack)));
  }
  size_t len = EncodedLength(isolate, string, enc);
  auto data = std::make_unique<char[]>(len > 0 ? len : 1);
  len = Encode(isolate, string, enc, data.get(), len);
  uv_buf_t buf = uv_buf_init(data.get(), static_cast<unsigned>(len));
  return Write(req, &buf, 1, v8::Local<v8::Value>(), std::move(data));
}

int LibuvStreamWrap::WriteCopy(v8::Local<v8::Object> req, const char* data, size_t len) {
  if (std::string* held = HoldForBatch(len)) {
    held->append(data, len);
    bytes_written_ += len;
    return 0;
  }
  SendHeld();
  uv_buf_t buf = uv_buf_init(const_cast<char*>(data), static_cast<unsigned>(len));
  uv_buf_t* bufs = &buf;
  size_t count = 1;
  size_t written = 0;
  int err = TryWrite(stream(), &bufs, &count, &written);
  bytes_written_ += written;
  if (err != 0) return err;
  if (count == 0) return 0;
  auto rest = std::make_unique<char[]>(bufs[0].len);
  memcpy(rest.get(), bufs[0].base, bufs[0].len);
  uv_buf_t queued = uv_buf_init(rest.get(), static_cast<unsigned>(bufs[0].len));
  // The kernel took only part: the rest waits in libuv's queue, never in a batch.
  return Write(req, &queued, 1, v8::Local<v8::Value>(), std::move(rest), nullptr, false);
}

void LibuvStreamWrap::OnWriteDone(uv_write_t* req, int status) {
  std::unique_ptr<WriteRequest> request(static_cast<WriteRequest*>(req->data));
  LibuvStreamWrap* self = request->wrap;
  if (status == 0 && !request->counted) self->bytes_written_ += request->bytes;
  Environment* env = self->env();
  env->stream_info()->fields[StreamInfo::kWritesQueued]--;
  if (env->is_stopping() || request->object.IsEmpty()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = request->object.Get(isolate);
  v8::Local<v8::Value> argv[1] = {v8::Integer::New(isolate, status)};
  request.reset();
  MakeCallback(env, object, "oncomplete", 1, argv);
}

void LibuvStreamWrap::OnShutdownDone(uv_shutdown_t* req, int status) {
  std::unique_ptr<ShutdownRequest> request(static_cast<ShutdownRequest*>(req->data));
  auto* self = static_cast<LibuvStreamWrap*>(reinterpret_cast<uv_handle_t*>(req->handle)->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = request->object.Get(isolate);
  v8::Local<v8::Value> argv[1] = {v8::Integer::New(isolate, status)};
  request.reset();
  MakeCallback(env, object, "oncomplete", 1, argv);
}

// readStart() / readStop() → 0 or a libuv error
void LibuvStreamWrap::ReadStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  args.GetReturnValue().Set(uv_read_start(self->stream(), OnAlloc, OnRead));
}

void LibuvStreamWrap::ReadStop(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  args.GetReturnValue().Set(uv_read_stop(self->stream()));
}

// shutdown(req) → 0 (req.oncomplete(status) follows) or a libuv error
void LibuvStreamWrap::Shutdown(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  if (!args[0]->IsObject()) return ThrowTypeError(args.GetIsolate(), "shutdown(req)");
  self->SendHeld();
  auto request = std::make_unique<ShutdownRequest>();
  request->object.Reset(args.GetIsolate(), args[0].As<v8::Object>());
  request->req.data = request.get();
  int err = uv_shutdown(&request->req, self->stream(), OnShutdownDone);
  if (err == 0) request.release();
  args.GetReturnValue().Set(err);
}

// writeBuffer(req, view[, sendHandle]) → 0 done, 1 queued (req.oncomplete follows), or a libuv
// error. sendHandle (a TCP or Pipe handle; IPC pipes only) goes to the peer with the bytes.
void LibuvStreamWrap::WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  if (!args[0]->IsObject() || !args[1]->IsArrayBufferView()) {
    return ThrowTypeError(args.GetIsolate(), "writeBuffer(req, view)");
  }
  uv_stream_t* send_handle = nullptr;
  if (args.Length() > 2 && args[2]->IsObject()) {
    uv_handle_t* h = nullptr;
    // Only TCP and Pipe objects (no RTTI: the class name vouches for the native type).
    std::string ctor =
        ToStdString(args.GetIsolate(), args[2].As<v8::Object>()->GetConstructorName());
    if ((ctor == "TCP" || ctor == "Pipe") &&
        args[2].As<v8::Object>()->InternalFieldCount() >= BaseObject::kInternalFieldCount) {
      auto* wrap = BaseObject::Unwrap<HandleWrap>(args[2]);
      if (wrap != nullptr && !wrap->IsClosing()) h = wrap->handle();
    }
    if (h == nullptr || (h->type != UV_TCP && h->type != UV_NAMED_PIPE) ||
        self->stream()->type != UV_NAMED_PIPE ||
        !reinterpret_cast<uv_pipe_t*>(self->stream())->ipc) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    send_handle = reinterpret_cast<uv_stream_t*>(h);
  }
  auto view = args[1].As<v8::ArrayBufferView>();
  char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned>(view->ByteLength()));
  args.GetReturnValue().Set(
      self->Write(args[0].As<v8::Object>(), &buf, 1, view, nullptr, send_handle));
}

template <LibuvStreamWrap::Encoding E>
void LibuvStreamWrap::WriteStringMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  if (!args[0]->IsObject() || !args[1]->IsString()) {
    return ThrowTypeError(args.GetIsolate(), "write<Encoding>String(req, string)");
  }
  args.GetReturnValue().Set(
      self->WriteString(args[0].As<v8::Object>(), args[1].As<v8::String>(), E));
}

// writeHeadAndBody(req, head, body, tail[, headUtf8[, chunked]]) → as writeBuffer: `head` and
// `tail` latin1, `body` a utf8 string, sent as one buffer (an HTTP message's head, body and chunk
// framing in one write, with the head's bytes as Node sends them whatever the body's encoding).
// headUtf8: the head in utf8 too — one utf8 string's bytes, without concatenating (and so
// flattening) head and body first. chunked: the body goes as one chunk, its size line (hex, CRLF)
// written here between head and body once the body's byte length is known.
void LibuvStreamWrap::WriteHeadAndBody(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() || !args[1]->IsString() || !args[2]->IsString() ||
      !args[3]->IsString()) {
    return ThrowTypeError(isolate, "writeHeadAndBody(req, head, body, tail)");
  }
  auto head = args[1].As<v8::String>();
  auto body = args[2].As<v8::String>();
  auto tail = args[3].As<v8::String>();
  int head_encoding = args.Length() > 4 && args[4]->IsTrue() ? 1 : 2;
  bool chunked = args.Length() > 5 && args[5]->IsTrue();
  // Room for the chunk size line: at most 16 hex digits and CRLF.
  constexpr size_t kSizeLineMax = 18;
  size_t gap = chunked ? kSizeLineMax : 0;
  size_t head_len = static_cast<size_t>(head->Length()) * (head_encoding == 1 ? 3 : 1);
  size_t tail_len = static_cast<size_t>(tail->Length());
  size_t body_max = static_cast<size_t>(body->Length()) * 3;
  size_t max = head_len + gap + body_max + tail_len;
  char stack[kStackStringBytes];
  std::unique_ptr<char[]> heap;
  char* out = stack;
  if (max > sizeof(stack)) {
    body_max = EncodedLength(isolate, body, 1);
    max = head_len + gap + body_max + tail_len;
    heap = std::make_unique<char[]>(max > 0 ? max : 1);
    out = heap.get();
  }
  EncodedParts* parts = EncodedParts::Get(self->env());
  size_t len = parts->Encode(isolate, EncodedParts::kHead, head, head_encoding, out, head_len);
  size_t body_at = len + gap;
  size_t body_len = parts->Encode(isolate, EncodedParts::kBody, body, 1, out + body_at, body_max);
  char* start = out;
  if (chunked) {
    // The size line goes right before the body; the head moves up to meet it.
    char* at = out + body_at;
    *--at = '\n';
    *--at = '\r';
    size_t rest = body_len;
    do {
      *--at = "0123456789abcdef"[rest & 15];
      rest >>= 4;
    } while (rest != 0);
    size_t line_len = static_cast<size_t>(out + body_at - at);
    start = out + gap - line_len;
    memmove(start, out, len);
    len += line_len;
  }
  len += body_len;
  if (tail_len > 0)
    len += parts->Encode(isolate, EncodedParts::kTail, tail, 2, start + len, tail_len);
  if (heap) {
    uv_buf_t buf = uv_buf_init(start, static_cast<unsigned>(len));
    args.GetReturnValue().Set(
        self->Write(args[0].As<v8::Object>(), &buf, 1, v8::Local<v8::Value>(), std::move(heap)));
    return;
  }
  args.GetReturnValue().Set(self->WriteCopy(args[0].As<v8::Object>(), start, len));
}

// writev(req, chunks, allBuffers): chunks are Buffers, or [chunk, encoding, chunk, encoding, …]
// with strings in utf8/latin1/ucs2 (lib/ turns other encodings into Buffers first).
void LibuvStreamWrap::Writev(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() || !args[1]->IsArray()) {
    return ThrowTypeError(isolate, "writev(req, chunks, allBuffers)");
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto chunks = args[1].As<v8::Array>();
  bool all_buffers = args[2]->IsTrue();
  uint32_t n = chunks->Length();
  uint32_t step = all_buffers ? 1 : 2;
  std::vector<v8::Local<v8::Value>> values;
  std::vector<int> encodings;
  values.reserve(n / step);
  size_t string_bytes = 0;
  for (uint32_t i = 0; i < n; i += step) {
    v8::Local<v8::Value> chunk;
    if (!chunks->Get(context, i).ToLocal(&chunk)) return;
    int enc = 0;
    if (chunk->IsString()) {
      v8::Local<v8::Value> name;
      if (!chunks->Get(context, i + 1).ToLocal(&name)) return;
      enc = EncodingOf(isolate, name);
      string_bytes += EncodedLength(isolate, chunk.As<v8::String>(), enc);
    } else if (!chunk->IsArrayBufferView()) {
      return ThrowTypeError(isolate, "writev: chunks must be strings or Buffers");
    }
    values.push_back(chunk);
    encodings.push_back(enc);
  }
  std::unique_ptr<char[]> storage;
  if (string_bytes > 0) storage = std::make_unique<char[]>(string_bytes);
  char* owned = storage.get();
  size_t used = 0;
  std::vector<uv_buf_t> bufs;
  bufs.reserve(values.size());
  for (size_t i = 0; i < values.size(); i++) {
    if (encodings[i] != 0) {
      size_t len = Encode(isolate, values[i].As<v8::String>(), encodings[i], owned + used,
                          string_bytes - used);
      bufs.push_back(uv_buf_init(owned + used, static_cast<unsigned>(len)));
      used += len;
    } else {
      auto view = values[i].As<v8::ArrayBufferView>();
      char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
      bufs.push_back(uv_buf_init(data, static_cast<unsigned>(view->ByteLength())));
    }
  }
  args.GetReturnValue().Set(
      self->Write(args[0].As<v8::Object>(), bufs.data(), bufs.size(), chunks, std::move(storage)));
}

// setBlocking(bool) → 0 or a libuv error. stdout/stderr pipes and terminals are blocking, as in
// Node on POSIX: their output is never lost at exit.
void LibuvStreamWrap::SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = UnwrapOpen<LibuvStreamWrap>(args);
  if (self == nullptr) return;
  int err = uv_stream_set_blocking(self->stream(), args[0]->IsTrue() ? 1 : 0);
  if (err == 0) self->blocking_ = args[0]->IsTrue();
  args.GetReturnValue().Set(err);
}

void LibuvStreamWrap::GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<LibuvStreamWrap>(args.This());
  args.GetReturnValue().Set(self ? static_cast<double>(self->bytes_read_) : 0.0);
}

void LibuvStreamWrap::GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<LibuvStreamWrap>(args.This());
  args.GetReturnValue().Set(self ? static_cast<double>(self->bytes_written_) : 0.0);
}

void LibuvStreamWrap::GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<LibuvStreamWrap>(args.This());
  size_t size =
      self != nullptr && !self->IsClosing() ? uv_stream_get_write_queue_size(self->stream()) : 0;
  args.GetReturnValue().Set(static_cast<double>(size));
}

void LibuvStreamWrap::GetFd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* self = Unwrap<LibuvStreamWrap>(args.This());
  uv_os_fd_t fd = -1;
  if (self == nullptr || self->IsClosing() || uv_fileno(self->handle(), &fd) != 0) fd = -1;
  args.GetReturnValue().Set(static_cast<int32_t>(fd));
}

namespace {
void AddGetter(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
               v8::FunctionCallback getter) {
  v8::Local<v8::FunctionTemplate> fn = v8::FunctionTemplate::New(
      isolate, getter, v8::Local<v8::Value>(), v8::Signature::New(isolate, tmpl));
  tmpl->PrototypeTemplate()->SetAccessorProperty(OneByteString(isolate, name), fn,
                                                 v8::Local<v8::FunctionTemplate>(), v8::ReadOnly);
}
}  // namespace

void LibuvStreamWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  tmpl->InstanceTemplate()->SetInternalFieldCount(kStreamTagField + 1);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "readStart", ReadStart);
  SetProtoMethod(isolate, tmpl, "readStop", ReadStop);
  SetProtoMethod(isolate, tmpl, "shutdown", Shutdown);
  SetProtoMethod(isolate, tmpl, "writeBuffer", WriteBuffer);
  SetProtoMethod(isolate, tmpl, "writev", Writev);
  SetProtoMethod(isolate, tmpl, "writeUtf8String", WriteStringMethod<Encoding::kUtf8>);
  SetProtoMethod(isolate, tmpl, "writeLatin1String", WriteStringMethod<Encoding::kLatin1>);
  SetProtoMethod(isolate, tmpl, "writeAsciiString", WriteStringMethod<Encoding::kLatin1>);
  SetProtoMethod(isolate, tmpl, "writeUcs2String", WriteStringMethod<Encoding::kUcs2>);
  SetProtoMethod(isolate, tmpl, "writeHeadAndBody", WriteHeadAndBody);
  SetProtoMethod(isolate, tmpl, "setBlocking", SetBlocking);
  AddGetter(isolate, tmpl, "bytesRead", GetBytesRead);
  AddGetter(isolate, tmpl, "bytesWritten", GetBytesWritten);
  AddGetter(isolate, tmpl, "writeQueueSize", GetWriteQueueSize);
  AddGetter(isolate, tmpl, "fd", GetFd);
}

void LibuvStreamWrap::RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(ReadStart);
  registry->Add(ReadStop);
  registry->Add(Shutdown);
  registry->Add(WriteBuffer);
  registry->Add(Writev);
  registry->Add(WriteStringMethod<Encoding::kUtf8>);
  registry->Add(WriteStringMethod<Encoding::kLatin1>);
  registry->Add(WriteStringMethod<Encoding::kUcs2>);
  registry->Add(WriteHeadAndBody);
  registry->Add(SetBlocking);
  registry->Add(GetBytesRead);
  registry->Add(GetBytesWritten);
  registry->Add(GetWriteQueueSize);
  registry->Add(GetFd);
}

namespace bindings::stream_wrap {

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  for (const char* name : {"WriteWrap", "ShutdownWrap"}) {
    v8::Local<v8::FunctionTemplate> tmpl = NewRequestTemplate(isolate);
    tmpl->SetClassName(OneByteString(isolate, name));
    SetValue(context, target, name, tmpl->GetFunction(context).ToLocalChecked());
  }
  SetConstant(context, target, "UV_EOF", UV_EOF);
  // The fields live in a V8-owned ArrayBuffer (so the startup snapshot carries them); the
  // Environment reads and writes them through a pointer into it.
  StreamInfo* info = env->stream_info();
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(info->storage));
  auto* data = static_cast<uint32_t*>(buffer->Data());
  std::copy(info->fields, info->fields + StreamInfo::kFieldCount, data);
  info->fields = data;
  SetValue(context, target, "streamInfo", v8::Uint32Array::New(buffer, 0, StreamInfo::kFieldCount));
  SetConstant(context, target, "kWritesQueued", StreamInfo::kWritesQueued);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->Add(NewRequestObject);
  LibuvStreamWrap::RegisterExternalReferences(registry);
}

}  // namespace bindings::stream_wrap
}  // namespace tide
