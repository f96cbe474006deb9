// internalBinding('fs'), the file-system calls behind node:fs. One function serves the three APIs:
// its last argument `req` picks the form — undefined: synchronous on the calling thread, throwing a
// system error; an object: asynchronous on libuv's pool, then `req.oncomplete(err, result)`; a
// symbol (binding.kUsePromises): asynchronous, returning a promise. lib/ validates arguments.
#include "bindings/fs_ops.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "loop/callback_scope.h"
#include "loop/diagnostics.h"
#include "threads/thread_pool_work.h"
#include "util/args.h"
#include "util/uv_error.h"

namespace tide::bindings::fs {

namespace {

using v8::Local;
using v8::Value;
using Args = v8::FunctionCallbackInfo<v8::Value>;

// A path argument: a string (UTF-8) or the bytes of a Buffer.
std::string PathArg(v8::Isolate* isolate, Local<Value> v) {
  if (v->IsArrayBufferView()) {
    auto view = v.As<v8::ArrayBufferView>();
    std::string out(view->ByteLength(), '\0');
    view->CopyContents(out.data(), out.size());
    return out;
  }
  return ToStdString(isolate, v);
}

int64_t Int64Arg(Local<Value> v) {
  if (v->IsBigInt()) return v.As<v8::BigInt>()->Int64Value();
  if (v->IsNumber()) return static_cast<int64_t>(v.As<v8::Number>()->Value());
  return -1;
}

int32_t Int32Arg(Local<Value> v) { return v->IsInt32() ? v.As<v8::Int32>()->Value() : 0; }

double TimeArg(Local<Value> v) { return v->IsNumber() ? v.As<v8::Number>()->Value() : 0; }

// What a completed call hands to JS, besides errors.
enum class ResultKind {
  kUndefined,
  kInt,      // req->result (fd, bytes)
  kStat,     // fills the typed array argument, returns it
  kStatfs,   // same, from uv_statfs_t
  kPtrPath,  // req->ptr as a string (readlink, realpath)
  kReqPath,  // req->path as a string (mkdtemp)
  kScandir,  // names, or [names, types]
  kOpendir,  // stores the uv_dir_t in the DirHandle, returns it
  kDirRead,  // [name, type, name, type, ...] of the entries read, or null at the end
};

Local<Value> MakeString(v8::Isolate* isolate, const char* s, bool as_buffer) {
  if (!as_buffer) return Utf8String(isolate, s);
  size_t len = strlen(s);
  auto ab = v8::ArrayBuffer::New(isolate, len);
  memcpy(ab->GetBackingStore()->Data(), s, len);
  return v8::Uint8Array::New(ab, 0, len);
}

void FillStatArray(v8::Isolate* isolate, Local<Value> target, const uv_stat_t* s) {
  double values[kStatFields];
  FillStatValues(values, s);
  if (target->IsFloat64Array()) {
    auto arr = target.As<v8::Float64Array>();
    if (arr->Length() < kStatFields) return;
    double* out =
        reinterpret_cast<double*>(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset());
    memcpy(out, values, sizeof(values));
  } else if (target->IsBigInt64Array()) {
    auto arr = target.As<v8::BigInt64Array>();
    if (arr->Length() < kStatFields) return;
    int64_t* out =
        reinterpret_cast<int64_t*>(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset());
    const uint64_t raw[kStatFields] = {s->st_dev,
                                       s->st_mode,
                                       s->st_nlink,
                                       s->st_uid,
                                       s->st_gid,
                                       s->st_rdev,
                                       s->st_blksize,
                                       s->st_ino,
                                       s->st_size,
                                       s->st_blocks,
                                       static_cast<uint64_t>(s->st_atim.tv_sec),
                                       static_cast<uint64_t>(s->st_atim.tv_nsec),
                                       static_cast<uint64_t>(s->st_mtim.tv_sec),
                                       static_cast<uint64_t>(s->st_mtim.tv_nsec),
                                       static_cast<uint64_t>(s->st_ctim.tv_sec),
                                       static_cast<uint64_t>(s->st_ctim.tv_nsec),
                                       static_cast<uint64_t>(s->st_birthtim.tv_sec),
                                       static_cast<uint64_t>(s->st_birthtim.tv_nsec)};
    for (int i = 0; i < kStatFields; i++) out[i] = static_cast<int64_t>(raw[i]);
  }
  (void)isolate;
}

void FillStatfsArray(Local<Value> target, const uv_statfs_t* s) {
  const uint64_t raw[7] = {s->f_type,   s->f_bsize, s->f_blocks, s->f_bfree,
                           s->f_bavail, s->f_files, s->f_ffree};
  if (target->IsFloat64Array()) {
    auto arr = target.As<v8::Float64Array>();
    if (arr->Length() < 7) return;
    double* out =
        reinterpret_cast<double*>(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset());
    for (int i = 0; i < 7; i++) out[i] = static_cast<double>(raw[i]);
  } else if (target->IsBigInt64Array()) {
    auto arr = target.As<v8::BigInt64Array>();
    if (arr->Length() < 7) return;
    int64_t* out =
        reinterpret_cast<int64_t*>(static_cast<char*>(arr->Buffer()->Data()) + arr->ByteOffset());
    for (int i = 0; i < 7; i++) out[i] = static_cast<int64_t>(raw[i]);
  }
}

// An open directory (fs.Dir): owns a uv_dir_t and the buffer its reads fill. Made by JS
// (`new DirHandle()`), filled by opendir; closed by closeDir, or on garbage collection.
class DirHandle final : public BaseObject {
 public:
  DirHandle(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) {
    MakeWeak();
  }
  ~DirHandle() override {
    if (dir_ != nullptr) {
      uv_fs_t req;
      uv_fs_closedir(nullptr, &req, dir_, nullptr);
      uv_fs_req_cleanup(&req);
    }
  }
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (!args.IsConstructCall()) return ThrowTypeError(args.GetIsolate(), "use new DirHandle()");
    (new DirHandle(Environment::From(args), args.This()))->AsyncInit("DIRHANDLE");
  }
  uv_dir_t* dir_ = nullptr;
  std::vector<uv_dirent_t> entries_;
  bool busy_ = false;  // a read or close is in flight
};

// One call in flight (or running synchronously on the stack).
struct FSCall {
  uv_fs_t req;
  Environment* env = nullptr;
  const char* syscall = "";
  std::string path;
  std::string dest;
  bool has_path = false;
  bool has_dest = false;
  ResultKind kind = ResultKind::kUndefined;
  bool with_types = false;  // scandir
  bool as_buffer = false;   // string results as Buffers
  bool no_throw_enoent = false;
  std::vector<uv_buf_t> bufs;
  v8::Global<v8::Object> req_obj;
  v8::Global<v8::Promise::Resolver> resolver;
  v8::Global<Value> keep;    // buffers or the stat array
  v8::Global<Value> target;  // the stat array, or the DirHandle
  DirHandle* dir = nullptr;
  TrackedRequest tracked;  // in flight, for getActiveResourcesInfo() and the pool statistics
  AsyncIds ids;            // async_hooks: an FSREQCALLBACK or FSREQPROMISE

  const char* PathOrNull() const { return has_path ? path.c_str() : nullptr; }
  const char* DestOrNull() const { return has_dest ? dest.c_str() : nullptr; }
};

Local<Value> ScandirResult(v8::Isolate* isolate, FSCall* call) {
  Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<Local<Value>> names;
  std::vector<Local<Value>> types;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&call->req, &ent) != UV_EOF) {
    names.push_back(MakeString(isolate, ent.name, call->as_buffer));
    if (call->with_types) types.push_back(v8::Integer::New(isolate, ent.type));
  }
  Local<v8::Array> names_array = v8::Array::New(isolate, names.data(), names.size());
  if (!call->with_types) return names_array;
  Local<Value> pair[2] = {names_array, v8::Array::New(isolate, types.data(), types.size())};
  (void)context;
  return v8::Array::New(isolate, pair, 2);
}

Local<Value> CallResult(v8::Isolate* isolate, FSCall* call) {
  uv_fs_t* req = &call->req;
  switch (call->kind) {
    case ResultKind::kUndefined:
      return v8::Undefined(isolate);
    case ResultKind::kInt:
      return v8::Number::New(isolate, static_cast<double>(req->result));
    case ResultKind::kStat: {
      Local<Value> target = call->target.Get(isolate);
      FillStatArray(isolate, target, &req->statbuf);
      return target;
    }
    case ResultKind::kStatfs: {
      Local<Value> target = call->target.Get(isolate);
      FillStatfsArray(target, static_cast<uv_statfs_t*>(req->ptr));
      return target;
    }
    case ResultKind::kPtrPath:
      return MakeString(isolate, static_cast<const char*>(req->ptr), call->as_buffer);
    case ResultKind::kReqPath:
      return MakeString(isolate, req->path, call->as_buffer);
    case ResultKind::kScandir:
      return ScandirResult(isolate, call);
    case ResultKind::kOpendir:
      call->dir->dir_ = static_cast<uv_dir_t*>(req->ptr);
      return call->target.Get(isolate);
    case ResultKind::kDirRead: {
      call->dir->busy_ = false;
      if (req->result == 0) return v8::Null(isolate);
      std::vector<Local<Value>> out;
      uv_dir_t* dir = call->dir->dir_;
      for (ssize_t i = 0; i < req->result; i++) {
        out.push_back(MakeString(isolate, dir->dirents[i].name, call->as_buffer));
        out.push_back(v8::Integer::New(isolate, dir->dirents[i].type));
      }
      return v8::Array::New(isolate, out.data(), out.size());
    }
  }
  return v8::Undefined(isolate);
}

// Delivers an outcome to the callback or the promise, from the loop.
void Deliver(Environment* env, v8::Global<v8::Object>* req_obj,
             v8::Global<v8::Promise::Resolver>* resolver, Local<Value> err, Local<Value> result,
             const AsyncIds& ids) {
  v8::Isolate* isolate = env->isolate();
  Local<v8::Context> context = env->context();
  struct DestroyAfter {
    Environment* env;
    double id;
    ~DestroyAfter() {
      if (env->async_hooks()->Has(AsyncHooksInfo::kDestroy)) env->QueueDestroyAsyncId(id);
    }
  } destroy_after{env, ids.async_id};
  if (!resolver->IsEmpty()) {
    Local<v8::Promise::Resolver> r = resolver->Get(isolate);
    CallbackScope scope(env, r, ids);
    if (err.IsEmpty()) {
      (void)r->Resolve(context, result);
    } else {
      (void)r->Reject(context, err);
    }
    return;
  }
  Local<v8::Object> obj = req_obj->Get(isolate);
  Local<Value> oncomplete;
  if (!obj->Get(context, OneByteString(isolate, "oncomplete")).ToLocal(&oncomplete) ||
      !oncomplete->IsFunction()) {
    return;
  }
  Local<Value> argv[2] = {err.IsEmpty() ? Local<Value>(v8::Null(isolate)) : err, result};
  MakeCallback(env, obj, oncomplete.As<v8::Function>(), err.IsEmpty() ? 2 : 1, argv, {}, &ids);
}

void AfterFSCall(uv_fs_t* req) {
  std::unique_ptr<FSCall> call(static_cast<FSCall*>(req->data));
  Environment* env = call->env;
  env->DecreasePendingWork();
  call->tracked.Finish(env);
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> err;
  Local<Value> result = v8::Undefined(isolate);
  if (call->dir != nullptr) call->dir->busy_ = false;
  if (req->result < 0) {
    err = UVException(isolate, static_cast<int>(req->result), call->syscall, call->PathOrNull(),
                      call->DestOrNull());
  } else {
    result = CallResult(isolate, call.get());
  }
  uv_fs_req_cleanup(req);
  Deliver(env, &call->req_obj, &call->resolver, err, result, call->ids);
}

// Runs `issue(loop, req, cb)` in the form `req_arg` asks for. `call` is prepared by the caller
// (syscall, paths, result kind, kept buffers).
template <typename Issue>
void Dispatch(const Args& args, Local<Value> req_arg, std::unique_ptr<FSCall> call, Issue issue) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  call->env = env;
  if (req_arg->IsUndefined()) {
    int err = issue(env->loop(), &call->req, nullptr);
    if (err < 0) {
      uv_fs_req_cleanup(&call->req);
      if (call->no_throw_enoent && (err == UV_ENOENT || err == UV_ENOTDIR)) return;
      return ThrowUVException(isolate, err, call->syscall, call->PathOrNull(), call->DestOrNull());
    }
    Local<Value> result = CallResult(isolate, call.get());
    uv_fs_req_cleanup(&call->req);
    args.GetReturnValue().Set(result);
    return;
  }
  if (req_arg->IsSymbol()) {
    Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(env->context()).ToLocal(&resolver)) return;
    call->resolver.Reset(isolate, resolver);
    args.GetReturnValue().Set(resolver->GetPromise());
  } else if (req_arg->IsObject()) {
    call->req_obj.Reset(isolate, req_arg.As<v8::Object>());
  } else {
    return ThrowTypeError(isolate, "tide: fs binding called with a bad req");
  }
  call->ids = env->NewAsyncResource(
      call->resolver.IsEmpty() ? call->req_obj.Get(isolate)
                               : call->resolver.Get(isolate)->GetPromise().As<v8::Object>(),
      call->resolver.IsEmpty() ? "FSREQCALLBACK" : "FSREQPROMISE");
  call->req.data = call.get();
  call->tracked.Start(env, call->resolver.IsEmpty() ? "FSReqCallback" : "FSReqPromise",
                      PoolKind::kFs);
  int err = issue(env->loop(), &call->req, AfterFSCall);
  if (err < 0) {
    // libuv refused the arguments before queueing: complete at once, as Node does.
    call->req.result = err;
    env->IncreasePendingWork();
    AfterFSCall(&call.release()->req);
    return;
  }
  env->IncreasePendingWork();
  call.release();
}

std::unique_ptr<FSCall> NewCall(const char* syscall, ResultKind kind = ResultKind::kUndefined) {
  auto call = std::make_unique<FSCall>();
  call->syscall = syscall;
  call->kind = kind;
  return call;
}

void SetPath(FSCall* call, v8::Isolate* isolate, Local<Value> v) {
  call->path = PathArg(isolate, v);
  call->has_path = true;
}
void SetDest(FSCall* call, v8::Isolate* isolate, Local<Value> v) {
  call->dest = PathArg(isolate, v);
  call->has_dest = true;
}

// open(path, flags, mode, req) → fd
void Open(const Args& args) {
  auto call = NewCall("open", ResultKind::kInt);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  int flags = Int32Arg(args[1]) | O_CLOEXEC;
  int mode = Int32Arg(args[2]);
  const char* path = call->path.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_open(loop, req, path, flags, mode, cb);
  });
}

// close(fd, req)
void Close(const Args& args) {
  int fd = Int32Arg(args[0]);
  Dispatch(args, args[1], NewCall("close"), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_close(loop, req, fd, cb);
  });
}

char* ViewData(Local<v8::ArrayBufferView> view) {
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

// read(fd, buffer, offset, length, position, req) → bytes read; position -1: the current one.
void Read(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int fd = Int32Arg(args[0]);
  if (!args[1]->IsArrayBufferView()) return ThrowTypeError(isolate, "read: buffer");
  auto view = args[1].As<v8::ArrayBufferView>();
  int64_t offset = Int64Arg(args[2]);
  int64_t length = Int64Arg(args[3]);
  int64_t position = Int64Arg(args[4]);
  auto call = NewCall("read", ResultKind::kInt);
  call->keep.Reset(isolate, view);
  call->bufs.push_back(uv_buf_init(ViewData(view) + offset, static_cast<unsigned int>(length)));
  uv_buf_t* bufs = call->bufs.data();
  Dispatch(args, args[5], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_read(loop, req, fd, bufs, 1, position, cb);
  });
}

// write(fd, buffer, offset, length, position, req) → bytes written; position null/-1: current.
void Write(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int fd = Int32Arg(args[0]);
  if (!args[1]->IsArrayBufferView()) return ThrowTypeError(isolate, "write: buffer");
  auto view = args[1].As<v8::ArrayBufferView>();
  int64_t offset = Int64Arg(args[2]);
  int64_t length = Int64Arg(args[3]);
  int64_t position = args[4]->IsNullOrUndefined() ? -1 : Int64Arg(args[4]);
  auto call = NewCall("write", ResultKind::kInt);
  call->keep.Reset(isolate, view);
  call->bufs.push_back(uv_buf_init(ViewData(view) + offset, static_cast<unsigned int>(length)));
  uv_buf_t* bufs = call->bufs.data();
  Dispatch(args, args[5], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_write(loop, req, fd, bufs, 1, position, cb);
  });
}

// readBuffers(fd, views, position, req) / writeBuffers(fd, views, position, req)
void Vectored(const Args& args, bool write) {
  v8::Isolate* isolate = args.GetIsolate();
  Local<v8::Context> context = isolate->GetCurrentContext();
  int fd = Int32Arg(args[0]);
  if (!args[1]->IsArray()) return ThrowTypeError(isolate, "readv/writev: buffers");
  auto array = args[1].As<v8::Array>();
  int64_t position = args[2]->IsNullOrUndefined() ? -1 : Int64Arg(args[2]);
  auto call = NewCall(write ? "write" : "read", ResultKind::kInt);
  call->keep.Reset(isolate, array);
  for (uint32_t i = 0; i < array->Length(); i++) {
    Local<Value> v;
    if (!array->Get(context, i).ToLocal(&v) || !v->IsArrayBufferView()) {
      return ThrowTypeError(isolate, "readv/writev: buffers");
    }
    auto view = v.As<v8::ArrayBufferView>();
    call->bufs.push_back(
        uv_buf_init(ViewData(view), static_cast<unsigned int>(view->ByteLength())));
  }
  uv_buf_t* bufs = call->bufs.data();
  unsigned int n = static_cast<unsigned int>(call->bufs.size());
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return write ? uv_fs_write(loop, req, fd, bufs, n, position, cb)
                 : uv_fs_read(loop, req, fd, bufs, n, position, cb);
  });
}
void ReadBuffers(const Args& args) { Vectored(args, false); }
void WriteBuffers(const Args& args) { Vectored(args, true); }

// stat(path, array, req, throwIfNoEntry) / lstat(...) / fstat(fd, array, req)
void StatCommon(const Args& args, int which) {
  v8::Isolate* isolate = args.GetIsolate();
  const char* names[] = {"stat", "lstat", "fstat"};
  auto call = NewCall(names[which], ResultKind::kStat);
  call->target.Reset(isolate, args[1]);
  int fd = -1;
  if (which == 2) {
    fd = Int32Arg(args[0]);
  } else {
    SetPath(call.get(), isolate, args[0]);
    call->no_throw_enoent = args[3]->IsFalse();
  }
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    if (which == 0) return uv_fs_stat(loop, req, path, cb);
    if (which == 1) return uv_fs_lstat(loop, req, path, cb);
    return uv_fs_fstat(loop, req, fd, cb);
  });
}
void Stat(const Args& args) { StatCommon(args, 0); }
void LStat(const Args& args) { StatCommon(args, 1); }
void FStat(const Args& args) { StatCommon(args, 2); }

// statfs(path, array, req)
void StatFs(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto call = NewCall("statfs", ResultKind::kStatfs);
  call->target.Reset(isolate, args[1]);
  SetPath(call.get(), isolate, args[0]);
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_statfs(loop, req, path, cb);
  });
}

// One-path calls with an integer or nothing: access(path, mode), chmod(path, mode), rmdir, unlink.
void Access(const Args& args) {
  auto call = NewCall("access");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  int mode = Int32Arg(args[1]);
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_access(loop, req, path, mode, cb);
  });
}

// existsSync(path) → bool, without building an error.
void ExistsSync(const Args& args) {
  std::string path = PathArg(args.GetIsolate(), args[0]);
  args.GetReturnValue().Set(access(path.c_str(), F_OK) == 0);
}

void Chmod(const Args& args) {
  auto call = NewCall("chmod");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  int mode = Int32Arg(args[1]);
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_chmod(loop, req, path, mode, cb);
  });
}

void FChmod(const Args& args) {
  int fd = Int32Arg(args[0]);
  int mode = Int32Arg(args[1]);
  Dispatch(args, args[2], NewCall("fchmod"), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fchmod(loop, req, fd, mode, cb);
  });
}

// chown(path, uid, gid, req), lchown(...), fchown(fd, uid, gid, req)
void ChownCommon(const Args& args, int which) {
  const char* names[] = {"chown", "lchown", "fchown"};
  auto call = NewCall(names[which]);
  int fd = -1;
  if (which == 2) {
    fd = Int32Arg(args[0]);
  } else {
    SetPath(call.get(), args.GetIsolate(), args[0]);
  }
  auto uid = static_cast<uv_uid_t>(Int64Arg(args[1]));
  auto gid = static_cast<uv_gid_t>(Int64Arg(args[2]));
  const char* path = call->path.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    if (which == 0) return uv_fs_chown(loop, req, path, uid, gid, cb);
    if (which == 1) return uv_fs_lchown(loop, req, path, uid, gid, cb);
    return uv_fs_fchown(loop, req, fd, uid, gid, cb);
  });
}
void Chown(const Args& args) { ChownCommon(args, 0); }
void LChown(const Args& args) { ChownCommon(args, 1); }
void FChown(const Args& args) { ChownCommon(args, 2); }

// utimes(path, atime, mtime, req), lutimes(...), futimes(fd, ...): seconds as doubles.
void UtimesCommon(const Args& args, int which) {
  const char* names[] = {"utime", "lutime", "futime"};
  auto call = NewCall(names[which]);
  int fd = -1;
  if (which == 2) {
    fd = Int32Arg(args[0]);
  } else {
    SetPath(call.get(), args.GetIsolate(), args[0]);
  }
  double atime = TimeArg(args[1]);
  double mtime = TimeArg(args[2]);
  const char* path = call->path.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    if (which == 0) return uv_fs_utime(loop, req, path, atime, mtime, cb);
    if (which == 1) return uv_fs_lutime(loop, req, path, atime, mtime, cb);
    return uv_fs_futime(loop, req, fd, atime, mtime, cb);
  });
}
void Utimes(const Args& args) { UtimesCommon(args, 0); }
void LUtimes(const Args& args) { UtimesCommon(args, 1); }
void FUtimes(const Args& args) { UtimesCommon(args, 2); }

// Calls on one fd: fsync, fdatasync; ftruncate(fd, len, req).
void FSync(const Args& args) {
  int fd = Int32Arg(args[0]);
  Dispatch(args, args[1], NewCall("fsync"), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fsync(loop, req, fd, cb);
  });
}
void FDatasync(const Args& args) {
  int fd = Int32Arg(args[0]);
  Dispatch(args, args[1], NewCall("fdatasync"), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fdatasync(loop, req, fd, cb);
  });
}
void FTruncate(const Args& args) {
  int fd = Int32Arg(args[0]);
  int64_t len = Int64Arg(args[1]);
  Dispatch(args, args[2], NewCall("ftruncate"), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_ftruncate(loop, req, fd, len, cb);
  });
}

void PathOnly(const Args& args, const char* syscall) {
  auto call = NewCall(syscall);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  const char* path = call->path.c_str();
  bool is_rmdir = strcmp(syscall, "rmdir") == 0;
  Dispatch(args, args[1], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return is_rmdir ? uv_fs_rmdir(loop, req, path, cb) : uv_fs_unlink(loop, req, path, cb);
  });
}
void Rmdir(const Args& args) { PathOnly(args, "rmdir"); }
void Unlink(const Args& args) { PathOnly(args, "unlink"); }

// Two-path calls: rename(from, to), link(from, to), symlink(target, path, flags), copyfile(src,
// dest, mode).
void Rename(const Args& args) {
  auto call = NewCall("rename");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  SetDest(call.get(), args.GetIsolate(), args[1]);
  const char* from = call->path.c_str();
  const char* to = call->dest.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_rename(loop, req, from, to, cb);
  });
}
void Link(const Args& args) {
  auto call = NewCall("link");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  SetDest(call.get(), args.GetIsolate(), args[1]);
  const char* from = call->path.c_str();
  const char* to = call->dest.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_link(loop, req, from, to, cb);
  });
}
void Symlink(const Args& args) {
  auto call = NewCall("symlink");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  SetDest(call.get(), args.GetIsolate(), args[1]);
  int flags = Int32Arg(args[2]);
  const char* target = call->path.c_str();
  const char* path = call->dest.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_symlink(loop, req, target, path, flags, cb);
  });
}
void CopyFile(const Args& args) {
  auto call = NewCall("copyfile");
  SetPath(call.get(), args.GetIsolate(), args[0]);
  SetDest(call.get(), args.GetIsolate(), args[1]);
  int mode = Int32Arg(args[2]);
  const char* src = call->path.c_str();
  const char* dest = call->dest.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_copyfile(loop, req, src, dest, mode, cb);
  });
}

// readlink(path, asBuffer, req), realpathNative(path, asBuffer, req), mkdtemp(prefix, asBuffer,
// req) → string or Buffer.
void Readlink(const Args& args) {
  auto call = NewCall("readlink", ResultKind::kPtrPath);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  call->as_buffer = args[1]->IsTrue();
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_readlink(loop, req, path, cb);
  });
}
void RealpathNative(const Args& args) {
  auto call = NewCall("realpath", ResultKind::kPtrPath);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  call->as_buffer = args[1]->IsTrue();
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_realpath(loop, req, path, cb);
  });
}
void Mkdtemp(const Args& args) {
  auto call = NewCall("mkdtemp", ResultKind::kReqPath);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  call->path += "XXXXXX";
  call->as_buffer = args[1]->IsTrue();
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_mkdtemp(loop, req, path, cb);
  });
}

// readdir(path, withTypes, asBuffer, req) → names, or [names, types] (UV_DIRENT_* types).
void Readdir(const Args& args) {
  auto call = NewCall("scandir", ResultKind::kScandir);
  SetPath(call.get(), args.GetIsolate(), args[0]);
  call->with_types = args[1]->IsTrue();
  call->as_buffer = args[2]->IsTrue();
  const char* path = call->path.c_str();
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_scandir(loop, req, path, 0, cb);
  });
}

// opendir(path, handle, req) → handle, now open. readDir(handle, bufferSize, asBuffer, req) →
// [name, type, ...] or null at the end. closeDir(handle, req). lib/ keeps one operation at a time.
void Opendir(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* handle = BaseObject::Unwrap<DirHandle>(args[1]);
  if (handle == nullptr || handle->dir_ != nullptr) return ThrowTypeError(isolate, "opendir");
  auto call = NewCall("opendir", ResultKind::kOpendir);
  SetPath(call.get(), isolate, args[0]);
  call->dir = handle;
  call->target.Reset(isolate, args[1]);
  const char* path = call->path.c_str();
  Dispatch(args, args[2], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_opendir(loop, req, path, cb);
  });
}

void ReadDir(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* handle = BaseObject::Unwrap<DirHandle>(args[0]);
  if (handle == nullptr || handle->dir_ == nullptr || handle->busy_) {
    return ThrowTypeError(isolate, "readDir");
  }
  uint32_t size = args[1]->IsUint32() ? args[1].As<v8::Uint32>()->Value() : 32;
  if (size == 0) size = 1;
  handle->entries_.resize(size);
  handle->dir_->dirents = handle->entries_.data();
  handle->dir_->nentries = size;
  auto call = NewCall("scandir", ResultKind::kDirRead);
  call->dir = handle;
  call->as_buffer = args[2]->IsTrue();
  call->target.Reset(isolate, args[0]);  // keeps the handle (and its buffer) alive
  uv_dir_t* dir = handle->dir_;
  if (!args[3]->IsUndefined()) handle->busy_ = true;
  Dispatch(args, args[3], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_readdir(loop, req, dir, cb);
  });
}

void CloseDir(const Args& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* handle = BaseObject::Unwrap<DirHandle>(args[0]);
  if (handle == nullptr || handle->dir_ == nullptr || handle->busy_) {
    return ThrowTypeError(isolate, "closeDir");
  }
  auto call = NewCall("closedir");
  call->target.Reset(isolate, args[0]);
  uv_dir_t* dir = handle->dir_;
  handle->dir_ = nullptr;  // closed from here on, whatever the outcome
  Dispatch(args, args[1], std::move(call), [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_closedir(loop, req, dir, cb);
  });
}

// mkdir(path, mode, recursive, req): recursive returns the first directory created, or undefined.
// The recursive walk runs as one job (on the pool when asynchronous); see MkdirpJob.
struct Job {
  virtual ~Job() = default;
  virtual void Run() = 0;  // off the loop thread when async: no V8
  virtual Local<Value> Result(v8::Isolate* isolate) = 0;
  int err = 0;
  const char* syscall = "";
  std::string err_path;
  std::string err_dest;
  bool has_path = true;
};

class JobWork final : public ThreadPoolWork {
 public:
  JobWork(Environment* env, std::unique_ptr<Job> job) : ThreadPoolWork(env), job_(std::move(job)) {}
  v8::Global<v8::Object> req_obj;
  v8::Global<v8::Promise::Resolver> resolver;
  TrackedRequest tracked;  // timed as pool work by ThreadPoolWork itself

 protected:
  PoolKind pool_kind() const override { return PoolKind::kFs; }
  const char* async_type() const override { return nullptr; }  // RunJob emits init itself
  void DoWork() override { job_->Run(); }
  void AfterWork(int status) override {
    std::unique_ptr<JobWork> self(this);
    tracked.Finish(env());
    v8::Isolate* isolate = env()->isolate();
    if (status == UV_ECANCELED) job_->err = UV_ECANCELED;
    Local<Value> err;
    Local<Value> result = v8::Undefined(isolate);
    if (job_->err != 0) {
      err = UVException(isolate, job_->err, job_->syscall,
                        job_->has_path ? job_->err_path.c_str() : nullptr,
                        job_->err_dest.empty() ? nullptr : job_->err_dest.c_str());
    } else {
      result = job_->Result(isolate);
    }
    Deliver(env(), &req_obj, &resolver, err, result, async_ids());
  }

 private:
  std::unique_ptr<Job> job_;
};

void RunJob(const Args& args, Local<Value> req_arg, std::unique_ptr<Job> job) {
  Environment* env = Environment::From(args);
  v8::Isolate* isolate = env->isolate();
  if (req_arg->IsUndefined()) {
    job->Run();
    if (job->err != 0) {
      return ThrowUVException(isolate, job->err, job->syscall,
                              job->has_path ? job->err_path.c_str() : nullptr,
                              job->err_dest.empty() ? nullptr : job->err_dest.c_str());
    }
    args.GetReturnValue().Set(job->Result(isolate));
    return;
  }
  auto* work = new JobWork(env, std::move(job));
  if (req_arg->IsSymbol()) {
    Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(env->context()).ToLocal(&resolver)) {
      delete work;
      return;
    }
    work->resolver.Reset(isolate, resolver);
    args.GetReturnValue().Set(resolver->GetPromise());
  } else {
    work->req_obj.Reset(isolate, req_arg.As<v8::Object>());
  }
  env->EmitAsyncInit(
      work->resolver.IsEmpty() ? work->req_obj.Get(isolate)
                               : work->resolver.Get(isolate)->GetPromise().As<v8::Object>(),
      work->resolver.IsEmpty() ? "FSREQCALLBACK" : "FSREQPROMISE", work->async_ids());
  work->tracked.Start(env, work->resolver.IsEmpty() ? "FSReqCallback" : "FSReqPromise",
                      PoolKind::kCount);
  work->ScheduleWork();
}

struct MkdirpJob final : Job {
  std::string path;
  int mode = 0777;
  bool recursive = false;
  std::string first_created;

  // Creates `p` and its missing parents (each parent is `p` up to its last '/', as Node cuts it, so
  // "a//b/" keeps its slashes); records the first one made. A non-directory in the way is EEXIST
  // for the path asked for and ENOTDIR for a parent, as in Node.
  int Mkdirp(const std::string& p, bool leaf) {
    if (mkdir(p.c_str(), mode) == 0) {
      if (first_created.empty()) first_created = p;
      return 0;
    }
    int e = errno;
    if (e == ENOENT) {
      size_t slash = p.find_last_of('/');
      if (slash == std::string::npos || slash == 0) return -ENOENT;
      int r = Mkdirp(p.substr(0, slash), false);
      if (r < 0) return r;
      if (mkdir(p.c_str(), mode) == 0) {
        if (first_created.empty()) first_created = p;
        return 0;
      }
      e = errno;
    }
    if (e == EACCES || e == ENOSPC || e == ENOTDIR || e == EPERM) return -e;
    struct stat st;
    if (stat(p.c_str(), &st) != 0) return -errno;
    if (!S_ISDIR(st.st_mode)) return leaf || e != EEXIST ? -EEXIST : -ENOTDIR;
    return 1;  // there already
  }

  void Run() override {
    syscall = "mkdir";
    err_path = path;
    if (!recursive) {
      if (mkdir(path.c_str(), mode) != 0) err = -errno;
      return;
    }
    int r = Mkdirp(path, true);
    if (r < 0) err = r;
  }
  Local<Value> Result(v8::Isolate* isolate) override {
    if (!recursive || first_created.empty()) return v8::Undefined(isolate);
    return Utf8String(isolate, first_created);
  }
};

void Mkdir(const Args& args) {
  auto job = std::make_unique<MkdirpJob>();
  job->path = PathArg(args.GetIsolate(), args[0]);
  job->mode = Int32Arg(args[1]);
  job->recursive = args[2]->IsTrue();
  if (!job->recursive) {
    // The plain case goes through libuv like the other calls.
    auto call = NewCall("mkdir");
    call->path = job->path;
    call->has_path = true;
    int mode = job->mode;
    const char* path = call->path.c_str();
    return Dispatch(args, args[3], std::move(call),
                    [=](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
                      return uv_fs_mkdir(loop, req, path, mode, cb);
                    });
  }
  RunJob(args, args[3], std::move(job));
}

// rmrf(path, maxRetries, retryDelayMs, req): removes a file or a whole tree (fs.rm recursive). The
// first failure stops the walk; EBUSY/EMFILE/ENFILE/ENOTEMPTY/EPERM are retried as Node does, with
// a linearly growing pause.
struct RmrfJob final : Job {
  std::string path;
  int max_retries = 0;
  int retry_delay = 100;

  int RemoveTree(const std::string& p) {
    struct stat st;
    if (lstat(p.c_str(), &st) != 0) return Fail(-errno, "lstat", p);
    if (!S_ISDIR(st.st_mode)) {
      if (unlink(p.c_str()) != 0) return Fail(-errno, "unlink", p);
      return 0;
    }
    DIR* dir = opendir(p.c_str());
    if (dir == nullptr) return Fail(-errno, "opendir", p);
    std::vector<std::string> children;
    while (dirent* ent = readdir(dir)) {
      if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0) continue;
      children.push_back(p + "/" + ent->d_name);
    }
    closedir(dir);
    for (const std::string& child : children) {
      int r = RemoveTree(child);
      if (r < 0) return r;
    }
    if (rmdir(p.c_str()) != 0) return Fail(-errno, "rmdir", p);
    return 0;
  }
  int Fail(int e, const char* sc, const std::string& p) {
    syscall = sc;
    err_path = p;
    return e;
  }

  void Run() override {
    for (int attempt = 0;; attempt++) {
      int r = RemoveTree(path);
      if (r == 0) {
        err = 0;
        return;
      }
      err = r;
      bool retryable =
          r == -EBUSY || r == -EMFILE || r == -ENFILE || r == -ENOTEMPTY || r == -EPERM;
      if (!retryable || attempt >= max_retries) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(retry_delay * (attempt + 1)));
    }
  }
  Local<Value> Result(v8::Isolate* isolate) override { return v8::Undefined(isolate); }
};

void Rmrf(const Args& args) {
  auto job = std::make_unique<RmrfJob>();
  job->path = PathArg(args.GetIsolate(), args[0]);
  job->max_retries = Int32Arg(args[1]);
  job->retry_delay = Int32Arg(args[2]);
  RunJob(args, args[3], std::move(job));
}

// readFileAll(path | fd, flags, req) → ArrayBuffer of the whole file, read straight into one
// allocation sized by fstat (growing for files that report no size, like /proc).
struct ReadAllJob final : Job {
  std::string path;
  int fd = -1;
  int flags = O_RDONLY;
  std::unique_ptr<v8::BackingStore> store;
  char* data = nullptr;
  size_t size = 0;
  size_t cap = 0;
  bool too_large = false;

  void Grow(size_t want) {
    char* next = static_cast<char*>(realloc(data, want));
    if (next == nullptr) return;
    data = next;
    cap = want;
  }
  void Run() override {
    int f = fd;
    if (f < 0) {
      syscall = "open";
      err_path = path;
      f = open(path.c_str(), flags | O_CLOEXEC, 0666);
      if (f < 0) {
        err = -errno;
        return;
      }
    } else {
      has_path = false;
    }
    struct stat st;
    size_t hint = 0;
    if (fstat(f, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        err = UV_EISDIR;
        syscall = "read";
        has_path = false;  // Node names no path for read errors
        if (fd < 0) close(f);
        return;
      }
      if (S_ISREG(st.st_mode)) hint = static_cast<size_t>(st.st_size);
    }
    constexpr size_t kMax = (size_t{1} << 31) - 1;  // kIoMaxLength, as Node checks
    if (hint > kMax) {
      too_large = true;
      size = hint;
      if (fd < 0) close(f);
      return;
    }
    Grow(hint > 0 ? hint + 1 : 64 * 1024);
    for (;;) {
      if (size == cap) {
        if (cap >= kMax) {
          too_large = true;
          size = cap;
          break;
        }
        Grow(cap * 2);
        if (size == cap) {
          err = UV_ENOMEM;
          syscall = "read";
          break;
        }
      }
      ssize_t n = read(f, data + size, cap - size);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = -errno;
        syscall = "read";
        has_path = false;
        break;
      }
      if (n == 0) break;
      size += static_cast<size_t>(n);
    }
    if (fd < 0) close(f);
  }
  Local<Value> Result(v8::Isolate* isolate) override {
    if (too_large) {
      // lib/ turns a negative size into ERR_FS_FILE_TOO_LARGE.
      return v8::Number::New(isolate, -static_cast<double>(size));
    }
    if (size == 0) {
      free(data);
      data = nullptr;
      return v8::ArrayBuffer::New(isolate, 0);
    }
    char* owned = data;
    data = nullptr;
    auto bs = v8::ArrayBuffer::NewBackingStore(
        owned, size, [](void* p, size_t, void*) { free(p); }, nullptr);
    return v8::ArrayBuffer::New(isolate, std::move(bs));
  }
  ~ReadAllJob() override { free(data); }
};

void ReadFileAll(const Args& args) {
  auto job = std::make_unique<ReadAllJob>();
  if (args[0]->IsInt32()) {
    job->fd = args[0].As<v8::Int32>()->Value();
  } else {
    job->path = PathArg(args.GetIsolate(), args[0]);
  }
  job->flags = Int32Arg(args[1]);
  RunJob(args, args[2], std::move(job));
}

}  // namespace

const MethodEntry kOpsMethods[] = {
    {"open", Open},
    {"close", Close},
    {"read", Read},
    {"write", Write},
    {"readBuffers", ReadBuffers},
    {"writeBuffers", WriteBuffers},
    {"stat", Stat},
    {"lstat", LStat},
    {"fstat", FStat},
    {"statfs", StatFs},
    {"access", Access},
    {"existsSync", ExistsSync},
    {"chmod", Chmod},
    {"fchmod", FChmod},
    {"chown", Chown},
    {"lchown", LChown},
    {"fchown", FChown},
    {"utimes", Utimes},
    {"lutimes", LUtimes},
    {"futimes", FUtimes},
    {"fsync", FSync},
    {"fdatasync", FDatasync},
    {"ftruncate", FTruncate},
    {"rmdir", Rmdir},
    {"unlink", Unlink},
    {"rename", Rename},
    {"link", Link},
    {"symlink", Symlink},
    {"copyFile", CopyFile},
    {"readlink", Readlink},
    {"realpathNative", RealpathNative},
    {"mkdtemp", Mkdtemp},
    {"readdir", Readdir},
    {"mkdir", Mkdir},
    {"rmrf", Rmrf},
    {"readFileAll", ReadFileAll},
    {"opendir", Opendir},
    {"readDir", ReadDir},
    {"closeDir", CloseDir},
};

void InitializeOps(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kOpsMethods);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> dir =
      NewConstructorTemplate(isolate, DirHandle::New, "DirHandle");
  SetValue(env->context(), target, "DirHandle", dir->GetFunction(env->context()).ToLocalChecked());
  SetValue(env->context(), target, "kUsePromises",
           v8::Symbol::New(isolate, OneByteString(isolate, "fs_use_promises_symbol")));
}

void RegisterOpsExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kOpsMethods);
  registry->Add(DirHandle::New);
}

void FillStatValues(double* out, const uv_stat_t* s) {
  const double values[kStatFields] = {
      static_cast<double>(s->st_dev),
      static_cast<double>(s->st_mode),
      static_cast<double>(s->st_nlink),
      static_cast<double>(s->st_uid),
      static_cast<double>(s->st_gid),
      static_cast<double>(s->st_rdev),
      static_cast<double>(s->st_blksize),
      static_cast<double>(s->st_ino),
      static_cast<double>(s->st_size),
      static_cast<double>(s->st_blocks),
      static_cast<double>(s->st_atim.tv_sec),
      static_cast<double>(s->st_atim.tv_nsec),
      static_cast<double>(s->st_mtim.tv_sec),
      static_cast<double>(s->st_mtim.tv_nsec),
      static_cast<double>(s->st_ctim.tv_sec),
      static_cast<double>(s->st_ctim.tv_nsec),
      static_cast<double>(s->st_birthtim.tv_sec),
      static_cast<double>(s->st_birthtim.tv_nsec),
  };
  memcpy(out, values, sizeof(values));
}

}  // namespace tide::bindings::fs
