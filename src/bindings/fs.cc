// internalBinding('fs'): file-system calls. This first part holds what the runtime core needs
// synchronously (reading scripts for the module loader, stdio writes to files and pipes); the fs
// issue grows it into the full binding, sync on the calling thread and async on libuv's pool.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "bindings/fs_ops.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "loop/callback_scope.h"
#include "threads/thread_pool_work.h"
#include "util/args.h"
#include "util/uv_error.h"

namespace tide::bindings::fs {

namespace {

// Writes all of [data, data+len) to fd, waiting out EAGAIN on non-blocking descriptors (a pipe
// shared with a parent may be non-blocking). Returns 0 or a negative errno.
int WriteAll(int fd, const char* data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        pollfd p{fd, POLLOUT, 0};
        poll(&p, 1, -1);
        continue;
      }
      return -errno;
    }
    data += n;
    len -= static_cast<size_t>(n);
  }
  return 0;
}

// writeString(fd, string) → bytes written; throws a system error (EPIPE, EBADF, ...).
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsInt32() || !args[1]->IsString()) {
    return ThrowTypeError(isolate, "writeString(fd, string)");
  }
  int fd = args[0].As<v8::Int32>()->Value();
  v8::Local<v8::String> str = args[1].As<v8::String>();
  // Small strings go through a stack buffer without measuring them first (at most 3 UTF-8 bytes per
  // UTF-16 unit): console.log is a hot path.
  char stack_buf[16 * 1024];
  int max = str->Length() * 3 <= static_cast<int>(sizeof(stack_buf))
                ? static_cast<int>(sizeof(stack_buf))
                : str->Utf8Length(isolate);
  std::string heap;
  char* buf = stack_buf;
  if (max > static_cast<int>(sizeof(stack_buf))) {
    heap.resize(max);
    buf = heap.data();
  }
  int written = str->WriteUtf8(isolate, buf, max, nullptr,
                               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  int err = WriteAll(fd, buf, static_cast<size_t>(written));
  if (err != 0) return ThrowUVException(isolate, err, "write");
  args.GetReturnValue().Set(written);
}

// writeBuffer(fd, view) → bytes written
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsInt32() || !args[1]->IsArrayBufferView()) {
    return ThrowTypeError(isolate, "writeBuffer(fd, view)");
  }
  int fd = args[0].As<v8::Int32>()->Value();
  auto view = args[1].As<v8::ArrayBufferView>();
  const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  int err = WriteAll(fd, data, view->ByteLength());
  if (err != 0) return ThrowUVException(isolate, err, "write");
  args.GetReturnValue().Set(static_cast<double>(view->ByteLength()));
}

bool ReadWhole(int fd, std::string* out, int* err) {
  char chunk[64 * 1024];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd p{fd, POLLIN, 0};
        poll(&p, 1, -1);
        continue;
      }
      *err = -errno;
      return false;
    }
    if (n == 0) return true;
    out->append(chunk, static_cast<size_t>(n));
  }
}

// A file's bytes as an ArrayBuffer that takes over the string's memory (no copy).
v8::Local<v8::ArrayBuffer> BytesToArrayBuffer(v8::Isolate* isolate, std::string&& contents) {
  if (contents.empty()) return v8::ArrayBuffer::New(isolate, 0);
  auto* owned = new std::string(std::move(contents));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      owned->data(), owned->size(),
      [](void*, size_t, void* holder) { delete static_cast<std::string*>(holder); }, owned);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// readFileUtf8(path | fd) → string, readFileBytes(path | fd) → ArrayBuffer. Both throw ENOENT etc.
// with path and syscall 'open' / 'read'.
void ReadFile(const v8::FunctionCallbackInfo<v8::Value>& args, bool bytes) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string contents;
  int err = 0;
  if (args[0]->IsInt32()) {
    if (!ReadWhole(args[0].As<v8::Int32>()->Value(), &contents, &err)) {
      return ThrowUVException(isolate, err, "read");
    }
  } else if (args[0]->IsString()) {
    std::string path = ToStdString(isolate, args[0]);
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return ThrowUVException(isolate, -errno, "open", path.c_str());
    bool ok = ReadWhole(fd, &contents, &err);
    close(fd);
    if (!ok) return ThrowUVException(isolate, err, "read", path.c_str());
  } else {
    return ThrowTypeError(isolate, "readFile(path | fd)");
  }
  if (bytes) {
    return args.GetReturnValue().Set(BytesToArrayBuffer(isolate, std::move(contents)));
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, contents.data(), v8::NewStringType::kNormal,
                              static_cast<int>(contents.size()))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) { ReadFile(args, false); }
void ReadFileBytes(const v8::FunctionCallbackInfo<v8::Value>& args) { ReadFile(args, true); }

// internalModuleStat(path) → 0 file, 1 directory, negative errno: the module resolver's probe.
int32_t InternalModuleStat(Environment* env, std::string path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return -errno;
  return S_ISDIR(st.st_mode) ? 1 : 0;
}

// realpath(path) → string; throws like fs.realpathSync.native.
void Realpath(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "realpath(path)");
  std::string path = ToStdString(isolate, args[0]);
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return ThrowUVException(isolate, -errno, "realpath", path.c_str());
  args.GetReturnValue().Set(Utf8String(isolate, resolved));
  free(resolved);
}

// Reads a whole file on the thread pool, as UTF-8 text or as bytes (an ArrayBuffer);
// `oncomplete(err, result)` runs on the loop.
class ReadFileUtf8Work final : public ThreadPoolWork {
 public:
  ReadFileUtf8Work(Environment* env, std::string path, v8::Local<v8::Function> oncomplete,
                   bool bytes = false)
      : ThreadPoolWork(env),
        path_(std::move(path)),
        oncomplete_(env->isolate(), oncomplete),
        bytes_(bytes) {
    tracked_.Start(env, "FSReqCallback", PoolKind::kCount);
  }

 protected:
  PoolKind pool_kind() const override { return PoolKind::kFs; }
  void DoWork() override {
    int fd = open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      err_ = -errno;
      syscall_ = "open";
      return;
    }
    if (!ReadWhole(fd, &contents_, &err_)) syscall_ = "read";
    close(fd);
  }

  void AfterWork(int status) override {
    std::unique_ptr<ReadFileUtf8Work> self(this);  // freed when this returns
    Environment* env = this->env();
    tracked_.Finish(env);
    v8::Isolate* isolate = env->isolate();
    if (status == UV_ECANCELED) {
      err_ = UV_ECANCELED;
      syscall_ = "read";
    }
    v8::Local<v8::Value> argv[2] = {v8::Null(isolate), v8::Undefined(isolate)};
    if (err_ != 0) {
      argv[0] = UVException(isolate, err_, syscall_, path_.c_str());
    } else if (bytes_) {
      argv[1] = BytesToArrayBuffer(isolate, std::move(contents_));
    } else if (!v8::String::NewFromUtf8(isolate, contents_.data(), v8::NewStringType::kNormal,
                                        static_cast<int>(contents_.size()))
                    .ToLocal(&argv[1])) {
      argv[0] = v8::Exception::RangeError(
          OneByteString(isolate, "Cannot create a string longer than 0x1fffffe8 characters"));
    }
    MakeCallback(env, v8::Undefined(isolate), oncomplete_.Get(isolate), 2, argv);
  }

 private:
  std::string path_;
  v8::Global<v8::Function> oncomplete_;
  std::string contents_;
  int err_ = 0;
  const char* syscall_ = "open";
  bool bytes_;
  TrackedRequest tracked_;
};

// readFileUtf8Async(path, oncomplete)
void ReadFileUtf8Async(Environment* env, std::string path, v8::Local<v8::Function> oncomplete) {
  (new ReadFileUtf8Work(env, std::move(path), oncomplete))->ScheduleWork();
}

// readFileBytesAsync(path, oncomplete): the same with an ArrayBuffer of the bytes.
void ReadFileBytesAsync(Environment* env, std::string path, v8::Local<v8::Function> oncomplete) {
  (new ReadFileUtf8Work(env, std::move(path), oncomplete, true))->ScheduleWork();
}

}  // namespace

const MethodEntry kMethods[] = {
    {"readFileBytes", ReadFileBytes},
    {"readFileBytesAsync", Bind<ReadFileBytesAsync>},
    {"readFileUtf8", ReadFileUtf8},
    {"readFileUtf8Async", Bind<ReadFileUtf8Async>},
    {"writeString", WriteString},
    {"writeBuffer", WriteBuffer},
    {"internalModuleStat", Bind<InternalModuleStat>},
    {"realpath", Realpath},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
  InitializeOps(env, target);  // fs_ops.cc: the calls behind node:fs
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  RegisterOpsExternalReferences(registry);
}
}  // namespace tide::bindings::fs
