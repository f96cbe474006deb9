// LibuvStreamWrap: what every libuv stream handle (TTY, pipe, later TCP) shows JavaScript. Reads
// arrive as `onread(nread, arrayBuffer)`; writes try uv_try_write first and queue only what the
// kernel did not take, so a write that completes at once needs no request object in C++ at all.
#pragma once

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>
#include <string>

#include "env/base_object.h"

namespace tide {

class ExternalReferenceRegistry;
class WriteBatch;

// UTF-8 of a one-byte string into `out` (room for `room` bytes), without flattening it first;
// stops at a whole character. Returns the bytes written.
size_t EncodeOneByteAsUtf8(v8::Isolate* isolate, v8::Local<v8::String> s, char* out, size_t room);

// Small writes to sockets made during the poll phase wait for its end (WriteBatch, in
// stream_wrap.cc). SendHeldWrites sends them now: before the thread blocks outside the loop
// (spawnSync), as a peer may be waiting for them. AfterStreamRead counts a read callback and
// sends them if they have waited long enough.
void SendHeldWrites(Environment* env);
void AfterStreamRead(Environment* env);

// Takes a stream's reads in C++ before JavaScript sees them (the HTTP parser's consume(), a TLS
// connection over a TCP handle): the bytes go from libuv's buffer to the listener, with no
// ArrayBuffer and no `onread` call. End of stream and read errors still reach JavaScript's
// `onread`.
class StreamReadListener {
 public:
  virtual ~StreamReadListener() = default;
  // `len` (> 0) bytes read; `data` is valid only during the call.
  virtual void OnStreamRead(const char* data, size_t len) = 0;
  // The stream is being destroyed: the listener must forget it.
  virtual void OnStreamGone() = 0;
};

// What a StreamReadListener can listen to: a libuv stream (its bytes as read) or a TLS connection
// over one (its plaintext), so the HTTP parser consumes a TLS socket as it consumes a TCP one.
class StreamReadSource {
 public:
  StreamReadListener* read_listener() const { return read_listener_; }
  void set_read_listener(StreamReadListener* listener) { read_listener_ = listener; }
  virtual bool IsReadSourceClosing() const = 0;

  // The source behind a TCP/Pipe/TTY handle object or a tagged object (TagObject), or nullptr.
  static StreamReadSource* FromObject(v8::Local<v8::Value> value);
  // Objects that are sources without being stream handles have kTaggedFieldCount internal fields.
  static constexpr int kTaggedFieldCount = 3;
  static void TagObject(v8::Local<v8::Object> object, StreamReadSource* source);

 protected:
  ~StreamReadSource() = default;
  // The source goes away: its listener forgets it.
  void NotifyGone() {
    StreamReadListener* listener = read_listener_;
    read_listener_ = nullptr;
    if (listener != nullptr) listener->OnStreamGone();
  }

 private:
  StreamReadListener* read_listener_ = nullptr;
};

class LibuvStreamWrap : public HandleWrap, public StreamReadSource {
 public:
  ~LibuvStreamWrap() override;

  // The stream behind a TCP/Pipe/TTY handle object, or nullptr when `value` is not one.
  static LibuvStreamWrap* FromObject(v8::Local<v8::Value> value);
  bool IsReadSourceClosing() const override { return IsClosing(); }

  // Writes `len` bytes from memory the caller keeps only for the call: what the kernel does not
  // take at once is copied and queued. 0 when all went out now, 1 when queued (req.oncomplete
  // follows, unless `req` is empty), or a negative libuv error.
  int WriteCopy(v8::Local<v8::Object> req, const char* data, size_t len);

  // Adds the stream methods (and HandleWrap's close/ref/unref/hasRef) to a handle class.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  static void RegisterExternalReferences(ExternalReferenceRegistry* registry);

  uv_stream_t* stream() const { return reinterpret_cast<uv_stream_t*>(handle()); }

 protected:
  LibuvStreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);
  // Sends the bytes a write batch holds for this stream (the descriptor is still open).
  void OnClosing() override;

 private:
  friend struct WriteRequest;
  friend class WriteBatch;
  enum class Encoding { kBuffer, kUtf8, kLatin1, kUcs2 };

  // Writes `count` buffers: 0 when all went out now, 1 when the rest was queued (req.oncomplete
  // follows), or a negative libuv error.
  // `keep_alive` holds the Buffers `bufs` point into; `owned` the bytes encoded from strings.
  // `send_handle` (IPC pipes only) travels with the bytes through uv_write2. `may_hold`: a small
  // write may wait for the end of the poll phase (HoldForBatch).
  int Write(v8::Local<v8::Object> req, uv_buf_t* bufs, size_t count,
            v8::Local<v8::Value> keep_alive, std::unique_ptr<char[]> owned,
            uv_stream_t* send_handle = nullptr, bool may_hold = true);
  int WriteString(v8::Local<v8::Object> req, v8::Local<v8::String> string, Encoding encoding);

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnWriteDone(uv_write_t* req, int status);
  static void OnShutdownDone(uv_shutdown_t* req, int status);

  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& args);
  template <Encoding E>
  static void WriteStringMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WriteHeadAndBody(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& args);

  // Where `len` more bytes written now can wait for the end of the poll phase (see WriteBatch in
  // stream_wrap.cc), or nullptr: they go out now, after any bytes already held.
  std::string* HoldForBatch(size_t len);
  // Sends the held bytes now; what the kernel does not take is queued with libuv.
  void SendHeld();
  // Queues bytes with libuv without a JS request (nothing is called back).
  int QueueCopy(const char* data, size_t len);

  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  bool blocking_ = false;        // setBlocking(true) succeeded
  std::string* held_ = nullptr;  // bytes a write batch holds for this stream (its buffer)
  WriteBatch* batch_ = nullptr;  // the batch holding them
};

}  // namespace tide
