// internalBinding('zlib'): one native compression context per node:zlib stream (zlib's deflate and
// inflate in every wrapping, brotli's encoder and decoder). lib/zlib.js validates options and
// drives it; the loops that feed the library run here, on the backing stores, in big steps: a
// stream write goes through a whole input chunk (up to an output cap) in one thread-pool job, and
// the one-shot calls (deflateSync, and deflate on the pool) grow a single output buffer that V8
// adopts without a copy. Error messages, codes and errno values are Node's.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "loop/callback_scope.h"
#include "threads/thread_pool_work.h"
#include "util/args.h"

namespace tide::bindings::zlib {

namespace {

// Node's mode numbers (zlib.constants.DEFLATE …).
enum Mode {
  kNone = 0,
  kDeflate = 1,
  kInflate = 2,
  kGzip = 3,
  kGunzip = 4,
  kDeflateRaw = 5,
  kInflateRaw = 6,
  kUnzip = 7,
  kBrotliDecode = 8,
  kBrotliEncode = 9,
};

constexpr int kMaxBrotliParam = 9;

struct CodecError {
  bool failed = false;
  std::string message;
  std::string code;
  int err = 0;
};

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

// Node's code for a brotli decoder error: "ERR_" + prefix + name ("ERR__ERROR_FORMAT_PADDING_1"),
// as newer brotli releases spell BrotliDecoderErrorString (Debian's 1.0.9 drops the prefix).
std::string BrotliErrorCode(BrotliDecoderErrorCode code) {
#define TIDE_BROTLI_ERROR_CASE(PREFIX, NAME, CODE) \
  case CODE:                                       \
    return "ERR_" #PREFIX #NAME;
  switch (static_cast<int>(code)) { BROTLI_DECODER_ERROR_CODES_LIST(TIDE_BROTLI_ERROR_CASE, ) }
#undef TIDE_BROTLI_ERROR_CASE
  return "ERR_BROTLI_DECODER_UNKNOWN_ERROR";
}

// The state of one compression stream. Used by one thread at a time: the loop thread, or the pool
// thread running a job (the JS side never starts a second operation while one is in flight).
class Codec {
 public:
  explicit Codec(Mode mode) : mode_(mode) {}
  ~Codec() { Close(); }
  Codec(const Codec&) = delete;
  Codec& operator=(const Codec&) = delete;

  bool is_brotli() const { return mode_ == kBrotliDecode || mode_ == kBrotliEncode; }
  bool closed() const { return closed_; }

  // Records zlib's settings; the library state itself is created on first use (as Node does: most
  // streams made by http never compress anything).
  void SetZlibOptions(int level, int window_bits, int mem_level, int strategy,
                      std::vector<uint8_t> dictionary) {
    level_ = level;
    mem_level_ = mem_level;
    strategy_ = strategy;
    window_bits_ = window_bits;
    if (mode_ == kGzip || mode_ == kGunzip) window_bits_ += 16;
    if (mode_ == kUnzip) window_bits_ += 32;
    if (mode_ == kDeflateRaw || mode_ == kInflateRaw) window_bits_ *= -1;
    dictionary_ = std::move(dictionary);
  }

  // Creates the brotli state and applies `params` (UINT32_MAX = not set). False on failure.
  bool InitBrotli(const uint32_t* params) {
    for (int i = 0; i <= kMaxBrotliParam; i++) brotli_params_[i] = params[i];
    return CreateBrotli();
  }

  void SetInput(const uint8_t* in, size_t len) {
    next_in_ = in;
    avail_in_ = len;
  }
  void SetOutput(uint8_t* out, size_t len) {
    next_out_ = out;
    avail_out_ = len;
  }
  size_t avail_in() const { return avail_in_; }
  size_t avail_out() const { return avail_out_; }

  // One call into the library with the current input and output; then Check() says whether it
  // failed.
  void Step(int flush) {
    flush_ = flush;
    if (closed_) {
      err_ = Z_STREAM_ERROR;
      return;
    }
    if (is_brotli()) return BrotliStep();
    if (!EnsureZlib()) return;  // Check() reports init_error_
    // zlib counts in uInt: feed at most UINT_MAX bytes per call.
    size_t in_now = std::min<size_t>(avail_in_, UINT_MAX);
    size_t out_now = std::min<size_t>(avail_out_, UINT_MAX);
    strm_.next_in = const_cast<Bytef*>(next_in_);
    strm_.avail_in = static_cast<uInt>(in_now);
    strm_.next_out = next_out_;
    strm_.avail_out = static_cast<uInt>(out_now);
    ZlibStep();
    size_t used_in = in_now - strm_.avail_in;
    size_t used_out = out_now - strm_.avail_out;
    next_in_ += used_in;
    avail_in_ -= used_in;
    next_out_ += used_out;
    avail_out_ -= used_out;
  }

  CodecError Check() const {
    if (is_brotli()) {
      if (mode_ == kBrotliEncode) {
        if (!brotli_ok_) return {true, "Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
        return {};
      }
      if (brotli_error_ != BROTLI_DECODER_NO_ERROR) {
        return {true, "Decompression failed", BrotliErrorCode(brotli_error_),
                static_cast<int>(brotli_error_)};
      }
      if (flush_ == BROTLI_OPERATION_FINISH &&
          brotli_result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
        // Brotli reports no error for truncated input; Node calls it one.
        return {true, "unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
      }
      return {};
    }
    if (init_error_ != nullptr) return ZlibError(init_error_);
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (avail_out_ != 0 && flush_ == Z_FINISH) return ZlibError("unexpected end of file");
        return {};
      case Z_STREAM_END:
        return {};
      case Z_NEED_DICT:
        return ZlibError(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
      default:
        return ZlibError("Zlib error");
    }
  }

  CodecError Params(int level, int strategy) {
    if (is_brotli() || closed_) return {};  // brotli has none to change (as in Node)
    if (!EnsureZlib()) return ZlibError("Failed to init stream before set parameters");
    if (mode_ == kDeflate || mode_ == kDeflateRaw) {
      err_ = deflateParams(&strm_, level, strategy);
      if (err_ != Z_OK && err_ != Z_BUF_ERROR) return ZlibError("Failed to set parameters");
      level_ = level;
      strategy_ = strategy;
    }
    return {};
  }

  CodecError Reset() {
    if (closed_) return {};
    if (is_brotli()) {
      DestroyBrotli();
      if (!CreateBrotli())
        return {true, "Failed to reset stream", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
      return {};
    }
    if (!zlib_ready_) {
      if (!EnsureZlib()) return ZlibError("Failed to init stream before reset");
      return {};
    }
    return ResetZlib();
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    if (zlib_ready_) {
      if (deflating_) {
        deflateEnd(&strm_);
      } else {
        inflateEnd(&strm_);
      }
      zlib_ready_ = false;
    }
    DestroyBrotli();
    dictionary_.clear();
    dictionary_.shrink_to_fit();
  }

 private:
  CodecError ZlibError(const char* fallback) const {
    // zlib's own message when it has one ("incorrect header check"), else Node's.
    std::string message = strm_.msg != nullptr ? strm_.msg : fallback;
    return {true, message, ZlibCodeName(err_), err_};
  }

  bool EnsureZlib() {
    if (zlib_ready_) return init_error_ == nullptr;
    if (init_error_ != nullptr) return false;
    std::memset(&strm_, 0, sizeof(strm_));
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        deflating_ = true;
        err_ = deflateInit2(&strm_, level_, Z_DEFLATED, window_bits_, mem_level_, strategy_);
        break;
      case kInflate:
      case kGunzip:
      case kInflateRaw:
      case kUnzip:
        deflating_ = false;
        err_ = inflateInit2(&strm_, window_bits_);
        break;
      default:
        err_ = Z_STREAM_ERROR;
    }
    if (err_ != Z_OK) {
      init_error_ = "Init error";
      return false;
    }
    zlib_ready_ = true;
    if (!SetDictionary()) {
      init_error_ = "Failed to set dictionary";
      return false;
    }
    return true;
  }

  bool SetDictionary() {
    if (dictionary_.empty()) return true;
    if (mode_ == kDeflate || mode_ == kDeflateRaw) {
      err_ =
          deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    } else if (mode_ == kInflateRaw) {
      // Raw streams carry no dictionary id: it is set up front (others wait for Z_NEED_DICT).
      err_ =
          inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    }
    return err_ == Z_OK;
  }

  CodecError ResetZlib() {
    err_ = deflating_ ? deflateReset(&strm_) : inflateReset(&strm_);
    if (err_ != Z_OK) return ZlibError("Failed to reset stream");
    if (!SetDictionary()) return ZlibError("Failed to set dictionary");
    return {};
  }

  void ZlibStep() {
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        err_ = deflate(&strm_, flush_);
        return;
      case kUnzip:
        // Look at the first two bytes: a gzip member is inflated as gzip (with multi-member
        // support), anything else as a zlib stream.
        if (strm_.avail_in > 0) {
          const Bytef* next = strm_.next_in;
          uInt avail = strm_.avail_in;
          if (gzip_id_bytes_read_ == 0) {
            if (next[0] == 0x1f) {
              gzip_id_bytes_read_ = 1;
              next++;
              avail--;
            } else {
              mode_ = kInflate;
            }
          }
          if (mode_ == kUnzip && gzip_id_bytes_read_ == 1 && avail > 0) {
            if (next[0] == 0x8b) {
              gzip_id_bytes_read_ = 2;
              mode_ = kGunzip;
            } else {
              mode_ = kInflate;
            }
          }
        }
        [[fallthrough]];
      case kInflate:
      case kGunzip:
      case kInflateRaw:
        err_ = inflate(&strm_, flush_);
        if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
          err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                      static_cast<uInt>(dictionary_.size()));
          if (err_ == Z_OK) {
            err_ = inflate(&strm_, flush_);
          } else if (err_ == Z_DATA_ERROR) {
            // Tell a wrong dictionary apart from corrupt data.
            err_ = Z_NEED_DICT;
          }
        }
        // Input after the end of a gzip member: another member, or trailing garbage (zero bytes
        // of padding are allowed and ignored).
        while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
               strm_.next_in[0] != 0x00) {
          const Bytef* in = strm_.next_in;
          uInt avail_in = strm_.avail_in;
          Bytef* out = strm_.next_out;
          uInt avail_out = strm_.avail_out;
          if (ResetZlib().failed) return;
          strm_.next_in = const_cast<Bytef*>(in);
          strm_.avail_in = avail_in;
          strm_.next_out = out;
          strm_.avail_out = avail_out;
          err_ = inflate(&strm_, flush_);
        }
        return;
      default:
        err_ = Z_STREAM_ERROR;
    }
  }

  bool CreateBrotli() {
    if (mode_ == kBrotliEncode) {
      encoder_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
      if (encoder_ == nullptr) return false;
      for (int i = 0; i <= kMaxBrotliParam; i++) {
        if (brotli_params_[i] == UINT32_MAX) continue;
        if (!BrotliEncoderSetParameter(encoder_, static_cast<BrotliEncoderParameter>(i),
                                       brotli_params_[i])) {
          return false;
        }
      }
    } else {
      decoder_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
      if (decoder_ == nullptr) return false;
      for (int i = 0; i <= kMaxBrotliParam; i++) {
        if (brotli_params_[i] == UINT32_MAX) continue;
        if (!BrotliDecoderSetParameter(decoder_, static_cast<BrotliDecoderParameter>(i),
                                       brotli_params_[i])) {
          return false;
        }
      }
    }
    brotli_ok_ = true;
    brotli_error_ = BROTLI_DECODER_NO_ERROR;
    brotli_result_ = BROTLI_DECODER_RESULT_SUCCESS;
    return true;
  }

  void DestroyBrotli() {
    if (encoder_ != nullptr) BrotliEncoderDestroyInstance(encoder_);
    if (decoder_ != nullptr) BrotliDecoderDestroyInstance(decoder_);
    encoder_ = nullptr;
    decoder_ = nullptr;
  }

  void BrotliStep() {
    if (mode_ == kBrotliEncode) {
      if (encoder_ == nullptr) {
        brotli_ok_ = false;
        return;
      }
      brotli_ok_ = BrotliEncoderCompressStream(
                       encoder_, static_cast<BrotliEncoderOperation>(flush_), &avail_in_, &next_in_,
                       &avail_out_, &next_out_, nullptr) == BROTLI_TRUE;
      return;
    }
    if (decoder_ == nullptr) {
      brotli_error_ = BROTLI_DECODER_ERROR_UNREACHABLE;
      return;
    }
    brotli_result_ = BrotliDecoderDecompressStream(decoder_, &avail_in_, &next_in_, &avail_out_,
                                                   &next_out_, nullptr);
    if (brotli_result_ == BROTLI_DECODER_RESULT_ERROR) {
      brotli_error_ = BrotliDecoderGetErrorCode(decoder_);
    }
  }

  Mode mode_;
  bool closed_ = false;
  int flush_ = 0;
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;

  // zlib
  z_stream strm_{};
  bool zlib_ready_ = false;
  const char* init_error_ = nullptr;  // creating the state or setting the dictionary failed
  bool deflating_ = false;
  int err_ = Z_OK;
  int level_ = Z_DEFAULT_COMPRESSION;
  int window_bits_ = 15;
  int mem_level_ = 8;
  int strategy_ = Z_DEFAULT_STRATEGY;
  int gzip_id_bytes_read_ = 0;
  std::vector<uint8_t> dictionary_;

  // brotli
  BrotliEncoderState* encoder_ = nullptr;
  BrotliDecoderState* decoder_ = nullptr;
  uint32_t brotli_params_[kMaxBrotliParam + 1] = {};
  bool brotli_ok_ = true;
  BrotliDecoderErrorCode brotli_error_ = BROTLI_DECODER_NO_ERROR;
  BrotliDecoderResult brotli_result_ = BROTLI_DECODER_RESULT_SUCCESS;
};

// Memory handed to V8 as an ArrayBuffer's backing store, freed with it.
v8::Local<v8::ArrayBuffer> AdoptMalloced(v8::Isolate* isolate, uint8_t* data, size_t length) {
  if (data == nullptr || length == 0) {
    free(data);
    return v8::ArrayBuffer::New(isolate, 0);
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* memory, size_t, void*) { free(memory); }, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

struct ByteRange {
  uint8_t* data = nullptr;
  size_t length = 0;
};

// The bytes of an ArrayBufferView, or of [offset, offset + length) within it.
bool ViewRange(v8::Local<v8::Value> value, double offset, double length, ByteRange* out) {
  if (!value->IsArrayBufferView()) return false;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  size_t size = view->ByteLength();
  if (!(offset >= 0 && length >= 0 && offset + length <= static_cast<double>(size))) return false;
  auto* base = static_cast<uint8_t*>(view->Buffer()->Data());
  out->data = base == nullptr ? nullptr : base + view->ByteOffset() + static_cast<size_t>(offset);
  out->length = static_cast<size_t>(length);
  return true;
}

// The result of a one-shot operation: every output byte in one malloc'd buffer.
struct OneShotResult {
  uint8_t* data = nullptr;
  size_t length = 0;
  size_t consumed = 0;
  bool too_large = false;
  bool out_of_memory = false;
  CodecError error;
};

// Runs `codec` over all of `input` with `flush`, growing one output buffer; stops with too_large
// once more than `max_output` bytes came out. Runs on any thread.
void RunOneShot(Codec* codec, ByteRange input, int flush, size_t max_output, size_t size_hint,
                OneShotResult* result) {
  codec->SetInput(input.data, input.length);
  size_t capacity = std::min(std::max<size_t>(size_hint, 1024), max_output + 1);
  uint8_t* data = static_cast<uint8_t*>(malloc(capacity));
  if (data == nullptr) {
    result->out_of_memory = true;
    return;
  }
  size_t length = 0;
  for (;;) {
    codec->SetOutput(data + length, capacity - length);
    codec->Step(flush);
    length = capacity - codec->avail_out();
    result->error = codec->Check();
    if (result->error.failed) break;
    if (codec->avail_out() != 0) break;
    if (length > max_output) {
      result->too_large = true;
      break;
    }
    // Output full: grow (doubling; realloc moves big blocks with mremap, without copying).
    size_t grown = std::min(capacity * 2, max_output + 1);
    if (grown <= capacity) grown = capacity + 1;
    auto* bigger = static_cast<uint8_t*>(realloc(data, grown));
    if (bigger == nullptr) {
      result->out_of_memory = true;
      break;
    }
    data = bigger;
    capacity = grown;
  }
  result->consumed = input.length - codec->avail_in();
  if (result->error.failed || result->too_large || result->out_of_memory) {
    free(data);
    return;
  }
  if (length < capacity && length > 0) {
    auto* shrunk = static_cast<uint8_t*>(realloc(data, length));
    if (shrunk != nullptr) data = shrunk;
  }
  if (length == 0) {
    free(data);
    data = nullptr;
  }
  result->data = data;
  result->length = length;
}

// The result of one stream write: output goes first into the caller's current buffer, then into
// new blocks of chunk_size bytes; the job stops when the input is used up (the output buffer is
// not full after a step), on an error, or once `cap` bytes came out (`more`: call again).
struct StreamWriteResult {
  size_t first_have = 0;
  std::vector<uint8_t*> blocks;
  size_t last_have = 0;
  size_t avail_in_after = 0;
  bool more = false;
  bool out_of_memory = false;
  CodecError error;
};

void RunStreamWrite(Codec* codec, ByteRange input, int flush, ByteRange first, size_t chunk_size,
                    size_t cap, StreamWriteResult* result) {
  codec->SetInput(input.data, input.length);
  codec->SetOutput(first.data, first.length);
  size_t total = 0;
  size_t block_size = first.length;
  for (;;) {
    codec->Step(flush);
    size_t have = block_size - codec->avail_out();
    if (result->blocks.empty()) {
      result->first_have = have;
    } else {
      result->last_have = have;
    }
    result->error = codec->Check();
    if (result->error.failed) break;
    if (codec->avail_out() != 0) break;
    total += block_size;
    if (total >= cap) {
      result->more = true;
      break;
    }
    auto* block = static_cast<uint8_t*>(malloc(chunk_size));
    if (block == nullptr) {
      result->out_of_memory = true;
      break;
    }
    result->blocks.push_back(block);
    result->last_have = 0;
    block_size = chunk_size;
    codec->SetOutput(block, chunk_size);
  }
  result->avail_in_after = codec->avail_in();
}

class ZlibStream;

// A stream write or a one-shot operation on the thread pool.
class CompressionWork final : public ThreadPoolWork {
 public:
  enum Kind { kStreamWrite, kOneShot };
  CompressionWork(Environment* env, ZlibStream* stream, Kind kind, v8::Local<v8::Value> input,
                  v8::Local<v8::Value> output, v8::Local<v8::Function> callback)
      : ThreadPoolWork(env), stream_(stream), kind_(kind) {
    v8::Isolate* isolate = env->isolate();
    input_.Reset(isolate, input);
    if (!output.IsEmpty()) output_.Reset(isolate, output);
    // The pool thread reads and writes these bytes: hold the memory itself, so that detaching or
    // transferring the ArrayBuffer (and collecting the new owner) cannot free it meanwhile.
    in_store_ = StoreOf(input);
    if (!output.IsEmpty()) out_store_ = StoreOf(output);
    callback_.Reset(isolate, callback);
  }

  ByteRange in;
  ByteRange first;
  int flush = 0;
  size_t chunk_size = 0;
  size_t cap = 0;
  size_t max_output = 0;
  size_t size_hint = 0;

 protected:
  PoolKind pool_kind() const override { return PoolKind::kZlib; }
  void DoWork() override;
  void AfterWork(int status) override;

 private:
  ZlibStream* stream_;
  Kind kind_;
  static std::shared_ptr<v8::BackingStore> StoreOf(v8::Local<v8::Value> view) {
    if (!view->IsArrayBufferView()) return nullptr;
    return view.As<v8::ArrayBufferView>()->Buffer()->GetBackingStore();
  }

  v8::Global<v8::Value> input_;
  v8::Global<v8::Value> output_;
  std::shared_ptr<v8::BackingStore> in_store_;
  std::shared_ptr<v8::BackingStore> out_store_;
  v8::Global<v8::Function> callback_;
  StreamWriteResult stream_result_;
  OneShotResult one_shot_result_;
};

class ZlibStream final : public BaseObject {
 public:
  ZlibStream(Environment* env, v8::Local<v8::Object> object, Mode mode)
      : BaseObject(env, object),
        codec_(mode),
        compress_(mode == kDeflate || mode == kGzip || mode == kDeflateRaw ||
                  mode == kBrotliEncode) {
    MakeWeak();
  }

  Codec* codec() { return &codec_; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) return ThrowTypeError(isolate, "use new ZlibStream(mode, state)");
    if (!args[0]->IsInt32() || !args[1]->IsFloat64Array()) {
      return ThrowTypeError(isolate, "ZlibStream(mode, state)");
    }
    int32_t mode = args[0].As<v8::Int32>()->Value();
    if (mode < kDeflate || mode > kBrotliEncode) return ThrowTypeError(isolate, "ZlibStream: mode");
    auto* self = new ZlibStream(Environment::From(args), args.This(), static_cast<Mode>(mode));
    self->AsyncInit("ZLIB");
    v8::Local<v8::Float64Array> state = args[1].As<v8::Float64Array>();
    self->state_.Reset(isolate, state);
    self->state_data_ = reinterpret_cast<double*>(static_cast<uint8_t*>(state->Buffer()->Data()) +
                                                  state->ByteOffset());
  }

  // init(windowBits, level, memLevel, strategy, dictionary?) → true, or false when zlib refused
  // the settings.
  static void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    if (self->codec_.is_brotli() || !args[0]->IsInt32() || !args[1]->IsInt32() ||
        !args[2]->IsInt32() || !args[3]->IsInt32()) {
      return ThrowTypeError(args.GetIsolate(), "init(windowBits, level, memLevel, strategy)");
    }
    std::vector<uint8_t> dictionary;
    if (args[4]->IsArrayBufferView()) {
      ByteRange r;
      v8::Local<v8::ArrayBufferView> view = args[4].As<v8::ArrayBufferView>();
      ViewRange(view, 0, static_cast<double>(view->ByteLength()), &r);
      dictionary.assign(r.data, r.data + r.length);
    }
    self->codec_.SetZlibOptions(args[1].As<v8::Int32>()->Value(), args[0].As<v8::Int32>()->Value(),
                                args[2].As<v8::Int32>()->Value(), args[3].As<v8::Int32>()->Value(),
                                std::move(dictionary));
    args.GetReturnValue().Set(true);
  }

  // initBrotli(params: Uint32Array of kMaxBrotliParam + 1, 0xFFFFFFFF = unset) → boolean
  static void InitBrotli(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    if (!self->codec_.is_brotli() || !args[0]->IsUint32Array() ||
        args[0].As<v8::Uint32Array>()->Length() != kMaxBrotliParam + 1) {
      return ThrowTypeError(args.GetIsolate(), "initBrotli(params)");
    }
    uint32_t params[kMaxBrotliParam + 1];
    args[0].As<v8::Uint32Array>()->CopyContents(params, sizeof(params));
    args.GetReturnValue().Set(self->codec_.InitBrotli(params));
  }

  // write(flush, input, inOff, inLen, out, outOff, outLen, chunkSize, cap, callback): a stream
  // write on the pool; callback(firstHave, blocks, lastHave, availInAfter, more), or onerror.
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    v8::Isolate* isolate = args.GetIsolate();
    ByteRange in, first;
    if (!args[0]->IsInt32() || !ViewRange(args[1], Num(args[2]), Num(args[3]), &in) ||
        !ViewRange(args[4], Num(args[5]), Num(args[6]), &first) || !args[7]->IsNumber() ||
        !args[8]->IsNumber() || !args[9]->IsFunction() || first.length == 0) {
      return ThrowTypeError(isolate, "write(flush, in, inOff, inLen, out, outOff, outLen, ...)");
    }
    if (self->write_in_progress_) return ThrowTypeError(isolate, "zlib: write already in progress");
    auto* work = new CompressionWork(self->env(), self, CompressionWork::kStreamWrite, args[1],
                                     args[4], args[9].As<v8::Function>());
    work->in = in;
    work->first = first;
    work->flush = args[0].As<v8::Int32>()->Value();
    work->chunk_size = static_cast<size_t>(Num(args[7]));
    work->cap = static_cast<size_t>(Num(args[8]));
    self->StartWork(work);
  }

  // processSync(flush, input, inOff, inLen, maxOutput) → ArrayBuffer with all output, -1 when
  // it would exceed maxOutput, undefined after an error (reported through onerror). state[0] =
  // input bytes consumed.
  static void ProcessSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    v8::Isolate* isolate = args.GetIsolate();
    ByteRange in;
    if (!args[0]->IsInt32() || !ViewRange(args[1], Num(args[2]), Num(args[3]), &in) ||
        !args[4]->IsNumber()) {
      return ThrowTypeError(isolate, "processSync(flush, in, inOff, inLen, maxOutput)");
    }
    if (self->write_in_progress_) return ThrowTypeError(isolate, "zlib: write already in progress");
    OneShotResult result;
    RunOneShot(&self->codec_, in, args[0].As<v8::Int32>()->Value(),
               static_cast<size_t>(Num(args[4])), self->SizeHint(in.length), &result);
    self->state_data_[0] = static_cast<double>(result.consumed);
    self->DeliverOneShot(
        &result, [&](v8::Local<v8::Value> value) { args.GetReturnValue().Set(value); },
        /*from_loop=*/false);
  }

  // processAsync(flush, input, inOff, inLen, maxOutput, callback): the same on the pool;
  // callback(ArrayBuffer | -1), or onerror.
  static void ProcessAsync(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    v8::Isolate* isolate = args.GetIsolate();
    ByteRange in;
    if (!args[0]->IsInt32() || !ViewRange(args[1], Num(args[2]), Num(args[3]), &in) ||
        !args[4]->IsNumber() || !args[5]->IsFunction()) {
      return ThrowTypeError(isolate, "processAsync(flush, in, inOff, inLen, maxOutput, cb)");
    }
    if (self->write_in_progress_) return ThrowTypeError(isolate, "zlib: write already in progress");
    auto* work = new CompressionWork(self->env(), self, CompressionWork::kOneShot, args[1],
                                     v8::Local<v8::Value>(), args[5].As<v8::Function>());
    work->in = in;
    work->flush = args[0].As<v8::Int32>()->Value();
    work->max_output = static_cast<size_t>(Num(args[4]));
    work->size_hint = self->SizeHint(in.length);
    self->StartWork(work);
  }

  // params(level, strategy); errors go to onerror.
  static void Params(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsInt32() || !args[1]->IsInt32()) {
      return ThrowTypeError(args.GetIsolate(), "params(level, strategy)");
    }
    int level = args[0].As<v8::Int32>()->Value();
    int strategy = args[1].As<v8::Int32>()->Value();
    if (self->write_in_progress_) {
      // Never touch the codec while a pool thread uses it: apply once that work is done.
      self->pending_params_ = true;
      self->pending_level_ = level;
      self->pending_strategy_ = strategy;
      return;
    }
    CodecError err = self->codec_.Params(level, strategy);
    if (err.failed) self->EmitError(err, false);
  }

  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    if (self->write_in_progress_) {
      self->pending_reset_ = true;
      self->pending_params_ = false;
      return;
    }
    CodecError err = self->codec_.Reset();
    if (err.failed) self->EmitError(err, false);
  }

  // close(): frees the library state now, or after the write in flight.
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& args) {
    ZlibStream* self = Self(args);
    if (self == nullptr) return;
    if (self->write_in_progress_) {
      self->pending_close_ = true;
    } else {
      self->codec_.Close();
    }
  }

  // Called by CompressionWork::AfterWork on the loop thread.
  // Returns an error from a reset()/params() that waited for the job, if any.
  CodecError FinishWork() {
    write_in_progress_ = false;
    MakeWeak();
    CodecError err;
    if (pending_reset_) err = codec_.Reset();
    if (pending_params_ && !err.failed) err = codec_.Params(pending_level_, pending_strategy_);
    pending_reset_ = false;
    pending_params_ = false;
    return err;
  }
  bool pending_close() const { return pending_close_; }

  // Reports an error to JS: this.onerror(message, errno, code).
  void EmitError(const CodecError& err, bool from_loop) {
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Context> context = env()->context();
    v8::Local<v8::Object> obj = object();
    v8::Local<v8::Value> onerror;
    if (!obj->Get(context, OneByteString(isolate, "onerror")).ToLocal(&onerror) ||
        !onerror->IsFunction()) {
      return;
    }
    v8::Local<v8::Value> argv[3] = {Utf8String(isolate, err.message),
                                    v8::Integer::New(isolate, err.err),
                                    Utf8String(isolate, err.code)};
    if (from_loop) {
      MakeCallback(env(), obj, onerror.As<v8::Function>(), 3, argv);
    } else {
      // An exception thrown by onerror propagates to the caller of the sync method.
      v8::MaybeLocal<v8::Value> ignored = onerror.As<v8::Function>()->Call(context, obj, 3, argv);
      (void)ignored;
    }
  }

  template <typename Set>
  void DeliverOneShot(OneShotResult* result, Set set, bool from_loop) {
    v8::Isolate* isolate = env()->isolate();
    if (result->out_of_memory) return ThrowOutOfMemory(isolate);
    if (result->error.failed) return EmitError(result->error, from_loop);
    if (result->too_large) return set(v8::Integer::New(isolate, -1));
    set(AdoptMalloced(isolate, result->data, result->length));
    result->data = nullptr;
  }

 private:
  static double Num(v8::Local<v8::Value> v) {
    return v->IsNumber() ? v.As<v8::Number>()->Value() : -1;
  }

  static ZlibStream* Self(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* self = Unwrap<ZlibStream>(args.This());
    if (self == nullptr) ThrowTypeError(args.GetIsolate(), "Illegal invocation");
    return self;
  }

  // A first guess at the output size of a one-shot operation, to grow the buffer less often.
  size_t SizeHint(size_t in_length) const {
    size_t hint = compress_ ? in_length / 3 + 4096 : in_length * 4 + 16384;
    return std::min<size_t>(hint, 256u << 20);  // beyond that, doubling is cheap enough
  }

  void StartWork(CompressionWork* work) {
    write_in_progress_ = true;
    ClearWeak();  // kept alive while the pool works on it
    work->ScheduleWork();
  }

  Codec codec_;
  bool compress_;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool pending_reset_ = false;
  bool pending_params_ = false;
  int pending_level_ = 0;
  int pending_strategy_ = 0;
  v8::Global<v8::Float64Array> state_;
  double* state_data_ = nullptr;

  friend class CompressionWork;
};

void CompressionWork::DoWork() {
  if (kind_ == kStreamWrite) {
    RunStreamWrite(stream_->codec(), in, flush, first, chunk_size, cap, &stream_result_);
  } else {
    RunOneShot(stream_->codec(), in, flush, max_output, size_hint, &one_shot_result_);
  }
}

void CompressionWork::AfterWork(int status) {
  std::unique_ptr<CompressionWork> self(this);
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  ZlibStream* stream = stream_;
  CodecError deferred = stream->FinishWork();
  v8::Local<v8::Function> callback = callback_.Get(isolate);
  v8::Local<v8::Object> recv = stream->object();
  if (deferred.failed) {
    for (uint8_t* block : stream_result_.blocks) free(block);
    free(one_shot_result_.data);
    stream->EmitError(deferred, true);
    if (stream->pending_close()) stream->codec()->Close();
    return;
  }
  if (status == UV_ECANCELED) {
    for (uint8_t* block : stream_result_.blocks) free(block);
    free(one_shot_result_.data);
    stream->codec()->Close();
    return;
  }
  if (kind_ == kStreamWrite) {
    StreamWriteResult& r = stream_result_;
    if (r.out_of_memory || r.error.failed) {
      for (uint8_t* block : r.blocks) free(block);
      if (r.out_of_memory) {
        r.error = {true, "Out of memory", "Z_MEM_ERROR", Z_MEM_ERROR};
      }
      stream->EmitError(r.error, true);
    } else {
      v8::Local<v8::Value> blocks = v8::Undefined(isolate);
      if (!r.blocks.empty()) {
        std::vector<v8::Local<v8::Value>> buffers;
        buffers.reserve(r.blocks.size());
        for (uint8_t* block : r.blocks)
          buffers.push_back(AdoptMalloced(isolate, block, chunk_size));
        blocks = v8::Array::New(isolate, buffers.data(), buffers.size());
      }
      v8::Local<v8::Value> argv[5] = {
          v8::Number::New(isolate, static_cast<double>(r.first_have)), blocks,
          v8::Number::New(isolate, static_cast<double>(r.last_have)),
          v8::Number::New(isolate, static_cast<double>(r.avail_in_after)),
          v8::Boolean::New(isolate, r.more)};
      MakeCallback(env, recv, callback, 5, argv);
    }
  } else {
    stream->state_data_[0] = static_cast<double>(one_shot_result_.consumed);
    if (one_shot_result_.out_of_memory) {
      one_shot_result_.out_of_memory = false;
      one_shot_result_.error = {true, "Out of memory", "Z_MEM_ERROR", Z_MEM_ERROR};
    }
    stream->DeliverOneShot(
        &one_shot_result_,
        [&](v8::Local<v8::Value> value) { MakeCallback(env, recv, callback, 1, &value); },
        /*from_loop=*/true);
  }
  if (stream->pending_close()) stream->codec()->Close();
}

// crc32(data: string | ArrayBufferView, value: uint32) → uint32
void Crc32(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[1]->IsUint32()) return ThrowTypeError(isolate, "crc32(data, value)");
  uLong crc = args[1].As<v8::Uint32>()->Value();
  if (args[0]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    ByteRange r;
    ViewRange(view, 0, static_cast<double>(view->ByteLength()), &r);
    const uint8_t* p = r.data;
    size_t left = r.length;
    while (left > 0) {
      uInt n = static_cast<uInt>(std::min<size_t>(left, 1u << 30));
      crc = ::crc32(crc, p, n);
      p += n;
      left -= n;
    }
  } else if (args[0]->IsString()) {
    std::string utf8 = ToStdString(isolate, args[0]);
    crc = ::crc32(crc, reinterpret_cast<const Bytef*>(utf8.data()), static_cast<uInt>(utf8.size()));
  } else {
    return ThrowTypeError(isolate, "crc32(data, value)");
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(crc));
}

}  // namespace

const MethodEntry kMethods[] = {
    {"crc32", Crc32},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethods(context, target, kMethods);
  v8::Local<v8::FunctionTemplate> tmpl =
      NewConstructorTemplate(isolate, ZlibStream::New, "ZlibStream");
  SetProtoMethod(isolate, tmpl, "init", ZlibStream::Init);
  SetProtoMethod(isolate, tmpl, "initBrotli", ZlibStream::InitBrotli);
  SetProtoMethod(isolate, tmpl, "write", ZlibStream::Write);
  SetProtoMethod(isolate, tmpl, "processSync", ZlibStream::ProcessSync);
  SetProtoMethod(isolate, tmpl, "processAsync", ZlibStream::ProcessAsync);
  SetProtoMethod(isolate, tmpl, "params", ZlibStream::Params);
  SetProtoMethod(isolate, tmpl, "reset", ZlibStream::Reset);
  SetProtoMethod(isolate, tmpl, "close", ZlibStream::Close);
  SetValue(context, target, "ZlibStream", tmpl->GetFunction(context).ToLocalChecked());
  SetConstant(context, target, "ZLIB_VERNUM", ZLIB_VERNUM);
  SetConstant(context, target, "kMaxBrotliParam", kMaxBrotliParam);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(ZlibStream::New);
  registry->Add(ZlibStream::Init);
  registry->Add(ZlibStream::InitBrotli);
  registry->Add(ZlibStream::Write);
  registry->Add(ZlibStream::ProcessSync);
  registry->Add(ZlibStream::ProcessAsync);
  registry->Add(ZlibStream::Params);
  registry->Add(ZlibStream::Reset);
  registry->Add(ZlibStream::Close);
}

}  // namespace tide::bindings::zlib
