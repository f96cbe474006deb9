// internalBinding('v8_utils') (not "v8": a tide::bindings::v8 namespace would hide ::v8 in every
// binding) backs node:v8: heap, heap-space and code statistics, the code-cache version tag, V8
// flags set at run time, heap snapshots (V8's HeapProfiler, serialized to JSON in memory), the
// GCProfiler (GC prologue/epilogue callbacks), and the Serializer and Deserializer classes: V8's
// ValueSerializer/ValueDeserializer with the delegate calling back into the JS object
// (_writeHostObject, _getDataCloneError, _getSharedArrayBufferId, _readHostObject), as Node's
// classes do. Nothing per-run is kept at load (the binding may be created in the startup snapshot).
#include <uv.h>
#include <v8-profiler.h>
#include <v8.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "env/base_object.h"
#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::v8_utils {

namespace {

using ::v8::Local;
using ::v8::Value;

void SetNumber(Local<::v8::Context> context, Local<::v8::Object> obj, const char* name,
               double value) {
  SetValue(context, obj, name, ::v8::Number::New(context->GetIsolate(), value));
}

void GetHeapStatistics(const ::v8::FunctionCallbackInfo<Value>& args) {
  ::v8::Isolate* isolate = args.GetIsolate();
  Local<::v8::Context> context = isolate->GetCurrentContext();
  ::v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  Local<::v8::Object> o = ::v8::Object::New(isolate);
  SetNumber(context, o, "total_heap_size", s.total_heap_size());
  SetNumber(context, o, "total_heap_size_executable", s.total_heap_size_executable());
  SetNumber(context, o, "total_physical_size", s.total_physical_size());
  SetNumber(context, o, "total_available_size", s.total_available_size());
  SetNumber(context, o, "used_heap_size", s.used_heap_size());
  SetNumber(context, o, "heap_size_limit", s.heap_size_limit());
  SetNumber(context, o, "malloced_memory", s.malloced_memory());
  SetNumber(context, o, "peak_malloced_memory", s.peak_malloced_memory());
  SetNumber(context, o, "does_zap_garbage", s.does_zap_garbage());
  SetNumber(context, o, "number_of_native_contexts", s.number_of_native_contexts());
  SetNumber(context, o, "number_of_detached_contexts", s.number_of_detached_contexts());
  SetNumber(context, o, "total_global_handles_size", s.total_global_handles_size());
  SetNumber(context, o, "used_global_handles_size", s.used_global_handles_size());
  SetNumber(context, o, "external_memory", s.external_memory());
  args.GetReturnValue().Set(o);
}

void GetHeapSpaceStatistics(const ::v8::FunctionCallbackInfo<Value>& args) {
  ::v8::Isolate* isolate = args.GetIsolate();
  Local<::v8::Context> context = isolate->GetCurrentContext();
  size_t count = isolate->NumberOfHeapSpaces();
  Local<::v8::Array> result = ::v8::Array::New(isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++) {
    ::v8::HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    Local<::v8::Object> o = ::v8::Object::New(isolate);
    SetValue(context, o, "space_name", OneByteString(isolate, s.space_name()));
    SetNumber(context, o, "space_size", s.space_size());
    SetNumber(context, o, "space_used_size", s.space_used_size());
    SetNumber(context, o, "space_available_size", s.space_available_size());
    SetNumber(context, o, "physical_space_size", s.physical_space_size());
    if (result->Set(context, static_cast<uint32_t>(i), o).IsNothing()) return;
  }
  args.GetReturnValue().Set(result);
}

void GetHeapCodeStatistics(const ::v8::FunctionCallbackInfo<Value>& args) {
  ::v8::Isolate* isolate = args.GetIsolate();
  Local<::v8::Context> context = isolate->GetCurrentContext();
  ::v8::HeapCodeStatistics s;
  isolate->GetHeapCodeAndMetadataStatistics(&s);
  Local<::v8::Object> o = ::v8::Object::New(isolate);
  SetNumber(context, o, "code_and_metadata_size", s.code_and_metadata_size());
  SetNumber(context, o, "bytecode_and_metadata_size", s.bytecode_and_metadata_size());
  SetNumber(context, o, "external_script_source_size", s.external_script_source_size());
  SetNumber(context, o, "cpu_profiler_metadata_size", s.cpu_profiler_metadata_size());
  args.GetReturnValue().Set(o);
}

void CachedDataVersionTag(const ::v8::FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(::v8::ScriptCompiler::CachedDataVersionTag());
}

void SetFlagsFromString(const ::v8::FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsString()) return;
  std::string flags = ToStdString(args.GetIsolate(), args[0]);
  ::v8::V8::SetFlagsFromString(flags.c_str(), flags.size());
}

void IsStringOneByteRepresentation(const ::v8::FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsString()) return;
  args.GetReturnValue().Set(args[0].As<::v8::String>()->IsOneByte());
}

// Collects a serialized heap snapshot in chunks of at least kChunk bytes.
class ChunkCollector : public ::v8::OutputStream {
 public:
  static constexpr size_t kChunk = 1 << 20;
  std::vector<std::string> chunks;
  void EndOfStream() override {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (chunks.empty() || chunks.back().size() >= kChunk) chunks.emplace_back();
    chunks.back().append(data, static_cast<size_t>(size));
    return kContinue;
  }
};

// takeHeapSnapshot(exposeNumericValues) → [ArrayBuffer, ...]: the snapshot's
// JSON (the .heapsnapshot format), in order.
void TakeHeapSnapshot(const ::v8::FunctionCallbackInfo<Value>& args) {
  ::v8::Isolate* isolate = args.GetIsolate();
  ::v8::HeapProfiler* profiler = isolate->GetHeapProfiler();
  bool numeric = args[0]->IsTrue();
  const ::v8::HeapSnapshot* snapshot = profiler->TakeHeapSnapshot(nullptr, nullptr, true, numeric);
  if (snapshot == nullptr) {
    return ThrowErrorWithCode(isolate, ErrorKind::kError, "ERR_V8_HEAP_SNAPSHOT",
                              "V8 could not take a heap snapshot");
  }
  ChunkCollector out;
  snapshot->Serialize(&out, ::v8::HeapSnapshot::kJSON);
  const_cast<::v8::HeapSnapshot*>(snapshot)->Delete();
  Local<::v8::Array> result = ::v8::Array::New(isolate, static_cast<int>(out.chunks.size()));
  Local<::v8::Context> context = isolate->GetCurrentContext();
  for (size_t i = 0; i < out.chunks.size(); i++) {
    std::string& chunk = out.chunks[i];
    Local<::v8::ArrayBuffer> ab = ::v8::ArrayBuffer::New(isolate, chunk.size());
    std::memcpy(ab->Data(), chunk.data(), chunk.size());
    std::string().swap(chunk);
    if (result->Set(context, static_cast<uint32_t>(i), ab).IsNothing()) return;
  }
  args.GetReturnValue().Set(result);
}

// Calls obj[name](...argv) when it is a function; `found` says whether it was one.
::v8::MaybeLocal<Value> CallMethod(Local<::v8::Object> obj, const char* name, int argc,
                                   Local<Value>* argv, bool* found) {
  ::v8::Isolate* isolate = obj->GetIsolate();
  Local<::v8::Context> context = isolate->GetCurrentContext();
  Local<Value> fn;
  *found = false;
  if (!obj->Get(context, OneByteString(isolate, name)).ToLocal(&fn)) return {};
  if (!fn->IsFunction()) return ::v8::Undefined(isolate).As<Value>();
  *found = true;
  return fn.As<::v8::Function>()->Call(context, obj, argc, argv);
}

// Node throws these as plain Errors without a code.
void ThrowPlainError(::v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(::v8::Exception::Error(OneByteString(isolate, message)));
}

Local<::v8::ArrayBuffer> AdoptMalloced(::v8::Isolate* isolate, uint8_t* data, size_t length) {
  std::unique_ptr<::v8::BackingStore> store = ::v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* p, size_t, void*) { std::free(p); }, nullptr);
  return ::v8::ArrayBuffer::New(isolate, std::move(store));
}

class SerializerContext : public BaseObject, public ::v8::ValueSerializer::Delegate {
 public:
  SerializerContext(Environment* env, Local<::v8::Object> object)
      : BaseObject(env, object), serializer_(env->isolate(), this) {
    MakeWeak();
  }
  ~SerializerContext() override = default;

  void ThrowDataCloneError(Local<::v8::String> message) override {
    ::v8::Isolate* isolate = env()->isolate();
    Local<::v8::Context> context = isolate->GetCurrentContext();
    Local<Value> argv[] = {message};
    Local<Value> fn;
    if (!object()->Get(context, OneByteString(isolate, "_getDataCloneError")).ToLocal(&fn)) {
      return;
    }
    if (fn->IsFunction()) {
      Local<Value> error;
      if (!fn.As<::v8::Function>()->Call(context, object(), 1, argv).ToLocal(&error)) return;
      isolate->ThrowException(error);
      return;
    }
    isolate->ThrowException(::v8::Exception::Error(message));
  }

  ::v8::Maybe<uint32_t> GetSharedArrayBufferId(
      ::v8::Isolate* isolate, Local<::v8::SharedArrayBuffer> shared_array_buffer) override {
    Local<Value> argv[] = {shared_array_buffer};
    bool found;
    Local<Value> id;
    if (!CallMethod(object(), "_getSharedArrayBufferId", 1, argv, &found).ToLocal(&id)) {
      return ::v8::Nothing<uint32_t>();
    }
    if (!found) {
      return ::v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, shared_array_buffer);
    }
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  ::v8::Maybe<bool> WriteHostObject(::v8::Isolate* isolate, Local<::v8::Object> input) override {
    Local<Value> argv[] = {input};
    bool found;
    Local<Value> ret;
    if (!CallMethod(object(), "_writeHostObject", 1, argv, &found).ToLocal(&ret)) {
      return ::v8::Nothing<bool>();
    }
    if (!found) return ::v8::ValueSerializer::Delegate::WriteHostObject(isolate, input);
    return ::v8::Just(true);
  }

  static void New(const ::v8::FunctionCallbackInfo<Value>& args) {
    if (!args.IsConstructCall()) {
      return ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kTypeError,
                                "ERR_CONSTRUCT_CALL_REQUIRED",
                                "Class constructor Serializer cannot be invoked without 'new'");
    }
    new SerializerContext(Environment::From(args), args.This());
  }

  static SerializerContext* Self(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Unwrap<SerializerContext>(args.This());
    if (self == nullptr) ThrowTypeError(args.GetIsolate(), "Illegal invocation");
    return self;
  }

  static void WriteHeader(const ::v8::FunctionCallbackInfo<Value>& args) {
    if (auto* self = Self(args)) self->serializer_.WriteHeader();
  }

  static void WriteValue(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    ::v8::Maybe<bool> ok =
        self->serializer_.WriteValue(args.GetIsolate()->GetCurrentContext(), args[0]);
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  static void SetTreatArrayBufferViewsAsHostObjects(const ::v8::FunctionCallbackInfo<Value>& args) {
    if (auto* self = Self(args)) {
      self->serializer_.SetTreatArrayBufferViewsAsHostObjects(args[0]->IsTrue());
    }
  }

  // Returns an ArrayBuffer; lib/v8.js wraps it as a Buffer.
  static void ReleaseBuffer(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    std::pair<uint8_t*, size_t> data = self->serializer_.Release();
    if (data.first == nullptr) {
      return args.GetReturnValue().Set(::v8::ArrayBuffer::New(args.GetIsolate(), 0));
    }
    args.GetReturnValue().Set(AdoptMalloced(args.GetIsolate(), data.first, data.second));
  }

  static void TransferArrayBuffer(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    Local<::v8::Context> context = args.GetIsolate()->GetCurrentContext();
    uint32_t id;
    if (!args[0]->Uint32Value(context).To(&id)) return;
    if (!args[1]->IsArrayBuffer()) {
      return ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                                "arrayBuffer must be an ArrayBuffer");
    }
    self->serializer_.TransferArrayBuffer(id, args[1].As<::v8::ArrayBuffer>());
  }

  static void WriteUint32(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    uint32_t value;
    if (!args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).To(&value)) return;
    self->serializer_.WriteUint32(value);
  }

  static void WriteUint64(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    Local<::v8::Context> context = args.GetIsolate()->GetCurrentContext();
    uint32_t hi, lo;
    if (!args[0]->Uint32Value(context).To(&hi)) return;
    if (!args[1]->Uint32Value(context).To(&lo)) return;
    self->serializer_.WriteUint64((static_cast<uint64_t>(hi) << 32) | lo);
  }

  static void WriteDouble(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    double value;
    if (!args[0]->NumberValue(args.GetIsolate()->GetCurrentContext()).To(&value)) return;
    self->serializer_.WriteDouble(value);
  }

  static void WriteRawBytes(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    if (!args[0]->IsArrayBufferView()) {
      return ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                                "source must be a TypedArray or a DataView");
    }
    Local<::v8::ArrayBufferView> view = args[0].As<::v8::ArrayBufferView>();
    size_t length = view->ByteLength();
    std::string copy(length, '\0');
    if (length > 0) view->CopyContents(copy.data(), length);
    self->serializer_.WriteRawBytes(copy.data(), length);
  }

 private:
  ::v8::ValueSerializer serializer_;
};

class DeserializerContext : public BaseObject, public ::v8::ValueDeserializer::Delegate {
 public:
  DeserializerContext(Environment* env, Local<::v8::Object> object,
                      Local<::v8::ArrayBufferView> view)
      : BaseObject(env, object),
        data_(view->ByteLength(), '\0'),
        deserializer_(env->isolate(), Copy(view, &data_), data_.size(), this) {
    MakeWeak();
  }
  ~DeserializerContext() override = default;

  ::v8::MaybeLocal<::v8::Object> ReadHostObject(::v8::Isolate* isolate) override {
    // V8 forbids running JS while it deserializes; the host-object hook is the exception.
    ::v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    bool found;
    Local<Value> ret;
    if (!CallMethod(object(), "_readHostObject", 0, nullptr, &found).ToLocal(&ret)) return {};
    if (!found) return ::v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    if (!ret->IsObject()) {
      isolate->ThrowException(::v8::Exception::TypeError(
          OneByteString(isolate, "readHostObject must return an object")));
      return {};
    }
    return ret.As<::v8::Object>();
  }

  // This V8 reads shared buffers through the delegate: answer with those transferArrayBuffer
  // registered.
  ::v8::MaybeLocal<::v8::SharedArrayBuffer> GetSharedArrayBufferFromId(::v8::Isolate* isolate,
                                                                       uint32_t clone_id) override {
    auto it = shared_buffers_.find(clone_id);
    if (it == shared_buffers_.end()) {
      return ::v8::ValueDeserializer::Delegate::GetSharedArrayBufferFromId(isolate, clone_id);
    }
    return it->second.Get(isolate);
  }

  static void New(const ::v8::FunctionCallbackInfo<Value>& args) {
    ::v8::Isolate* isolate = args.GetIsolate();
    if (!args.IsConstructCall()) {
      return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_CONSTRUCT_CALL_REQUIRED",
                                "Class constructor Deserializer cannot be invoked without 'new'");
    }
    if (!args[0]->IsArrayBufferView()) {
      return ThrowErrorWithCode(isolate, ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                                "buffer must be a TypedArray or a DataView");
    }
    Local<::v8::Context> context = isolate->GetCurrentContext();
    if (args.This()->Set(context, OneByteString(isolate, "buffer"), args[0]).IsNothing()) return;
    new DeserializerContext(Environment::From(args), args.This(),
                            args[0].As<::v8::ArrayBufferView>());
  }

  static DeserializerContext* Self(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Unwrap<DeserializerContext>(args.This());
    if (self == nullptr) ThrowTypeError(args.GetIsolate(), "Illegal invocation");
    return self;
  }

  static void ReadHeader(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    ::v8::Maybe<bool> ok = self->deserializer_.ReadHeader(args.GetIsolate()->GetCurrentContext());
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  static void ReadValue(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    Local<Value> value;
    if (self->deserializer_.ReadValue(args.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
      args.GetReturnValue().Set(value);
    }
  }

  static void TransferArrayBuffer(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    uint32_t id;
    if (!args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).To(&id)) return;
    if (args[1]->IsArrayBuffer()) {
      self->deserializer_.TransferArrayBuffer(id, args[1].As<::v8::ArrayBuffer>());
      return;
    }
    if (args[1]->IsSharedArrayBuffer()) {
      Local<::v8::SharedArrayBuffer> sab = args[1].As<::v8::SharedArrayBuffer>();
      self->deserializer_.TransferSharedArrayBuffer(id, sab);
      self->shared_buffers_[id].Reset(args.GetIsolate(), sab);
      return;
    }
    ThrowErrorWithCode(args.GetIsolate(), ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                       "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
  }

  static void GetWireFormatVersion(const ::v8::FunctionCallbackInfo<Value>& args) {
    if (auto* self = Self(args)) {
      args.GetReturnValue().Set(self->deserializer_.GetWireFormatVersion());
    }
  }

  static void ReadUint32(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    uint32_t value;
    if (!self->deserializer_.ReadUint32(&value)) {
      return ThrowPlainError(args.GetIsolate(), "ReadUint32() failed");
    }
    args.GetReturnValue().Set(value);
  }

  static void ReadUint64(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    ::v8::Isolate* isolate = args.GetIsolate();
    uint64_t value;
    if (!self->deserializer_.ReadUint64(&value)) {
      return ThrowPlainError(isolate, "ReadUint64() failed");
    }
    Local<Value> parts[] = {::v8::Integer::NewFromUnsigned(isolate, value >> 32),
                            ::v8::Integer::NewFromUnsigned(isolate, value & 0xffffffffu)};
    args.GetReturnValue().Set(::v8::Array::New(isolate, parts, 2));
  }

  static void ReadDouble(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    double value;
    if (!self->deserializer_.ReadDouble(&value)) {
      return ThrowPlainError(args.GetIsolate(), "ReadDouble() failed");
    }
    args.GetReturnValue().Set(value);
  }

  // Returns the offset of the bytes read within the buffer given to the constructor.
  static void ReadRawBytes(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr) return;
    int64_t length;
    if (!args[0]->IntegerValue(args.GetIsolate()->GetCurrentContext()).To(&length)) return;
    const void* data;
    if (length < 0 || !self->deserializer_.ReadRawBytes(static_cast<size_t>(length), &data)) {
      return ThrowPlainError(args.GetIsolate(), "ReadRawBytes() failed");
    }
    const uint8_t* base = reinterpret_cast<const uint8_t*>(self->data_.data());
    args.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(data) - base));
  }

 private:
  // The deserializer reads a private copy, so JS changing the buffer mid-read cannot hurt it.
  static const uint8_t* Copy(Local<::v8::ArrayBufferView> view, std::string* out) {
    if (!out->empty()) view->CopyContents(out->data(), out->size());
    return reinterpret_cast<const uint8_t*>(out->data());
  }

  std::string data_;
  ::v8::ValueDeserializer deserializer_;
  std::map<uint32_t, ::v8::Global<::v8::SharedArrayBuffer>> shared_buffers_;
};

// GCProfiler: V8's GC prologue/epilogue callbacks record heap and space statistics around every
// collection while started; stop() returns Node's result object.
class GCProfiler : public BaseObject {
 public:
  GCProfiler(Environment* env, Local<::v8::Object> object) : BaseObject(env, object) { MakeWeak(); }
  ~GCProfiler() override { Stop(); }

  static void New(const ::v8::FunctionCallbackInfo<Value>& args) {
    new GCProfiler(Environment::From(args), args.This());
  }

  static GCProfiler* Self(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Unwrap<GCProfiler>(args.This());
    if (self == nullptr) ThrowTypeError(args.GetIsolate(), "Illegal invocation");
    return self;
  }

  // start(startTime): does nothing when already started.
  static void JsStart(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr || self->started_) return;
    self->started_ = true;
    self->records_.clear();
    ::v8::Isolate* isolate = args.GetIsolate();
    isolate->AddGCPrologueCallback(Prologue, self);
    isolate->AddGCEpilogueCallback(Epilogue, self);
  }

  // stop() → [[gcType, costMicros, before, after], ...] with before/after as
  // [heapStatistics, heapSpaceStatistics]; undefined when not started.
  static void JsStop(const ::v8::FunctionCallbackInfo<Value>& args) {
    auto* self = Self(args);
    if (self == nullptr || !self->started_) return;
    self->Stop();
    ::v8::Isolate* isolate = args.GetIsolate();
    Local<::v8::Context> context = isolate->GetCurrentContext();
    Local<::v8::Array> list = ::v8::Array::New(isolate);
    uint32_t n = 0;
    for (const Record& r : self->records_) {
      if (!r.complete) continue;
      Local<Value> entry[] = {OneByteString(isolate, GCTypeName(r.type)),
                              ::v8::Number::New(isolate, r.cost_us), Snapshot(isolate, r.before),
                              Snapshot(isolate, r.after)};
      if (list->Set(context, n++, ::v8::Array::New(isolate, entry, 4)).IsNothing()) return;
    }
    self->records_.clear();
    args.GetReturnValue().Set(list);
  }

 private:
  struct Space {
    std::string name;
    double size, used, available, physical;
  };
  struct Stats {
    ::v8::HeapStatistics heap;
    std::vector<Space> spaces;
  };
  struct Record {
    ::v8::GCType type;
    uint64_t start_ns = 0;
    double cost_us = 0;
    bool complete = false;
    Stats before, after;
  };

  void Stop() {
    if (!started_) return;
    started_ = false;
    ::v8::Isolate* isolate = env()->isolate();
    isolate->RemoveGCPrologueCallback(Prologue, this);
    isolate->RemoveGCEpilogueCallback(Epilogue, this);
  }

  static void Collect(::v8::Isolate* isolate, Stats* out) {
    isolate->GetHeapStatistics(&out->heap);
    size_t count = isolate->NumberOfHeapSpaces();
    out->spaces.clear();
    for (size_t i = 0; i < count; i++) {
      ::v8::HeapSpaceStatistics s;
      if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
      out->spaces.push_back({s.space_name(), static_cast<double>(s.space_size()),
                             static_cast<double>(s.space_used_size()),
                             static_cast<double>(s.space_available_size()),
                             static_cast<double>(s.physical_space_size())});
    }
  }

  static void Prologue(::v8::Isolate* isolate, ::v8::GCType type, ::v8::GCCallbackFlags,
                       void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    Record& r = self->records_.emplace_back();
    r.type = type;
    Collect(isolate, &r.before);
    r.start_ns = uv_hrtime();
  }

  static void Epilogue(::v8::Isolate* isolate, ::v8::GCType type, ::v8::GCCallbackFlags,
                       void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    if (self->records_.empty() || self->records_.back().complete) return;
    Record& r = self->records_.back();
    r.cost_us = static_cast<double>(uv_hrtime() - r.start_ns) / 1e3;
    Collect(isolate, &r.after);
    r.complete = true;
  }

  static const char* GCTypeName(::v8::GCType type) {
    switch (type) {
      case ::v8::kGCTypeScavenge:
        return "Scavenge";
      case ::v8::kGCTypeMinorMarkCompact:
        return "MinorMarkCompact";
      case ::v8::kGCTypeMarkSweepCompact:
        return "MarkSweepCompact";
      case ::v8::kGCTypeIncrementalMarking:
        return "IncrementalMarking";
      case ::v8::kGCTypeProcessWeakCallbacks:
        return "ProcessWeakCallbacks";
      default:
        return "Unknown";
    }
  }

  // [flat heap numbers in Node's key order, [[name, size, used, available, physical], ...]]
  static Local<Value> Snapshot(::v8::Isolate* isolate, const Stats& s) {
    ::v8::HeapStatistics h = s.heap;  // its getters are not const
    double heap[] = {static_cast<double>(h.total_heap_size()),
                     static_cast<double>(h.total_heap_size_executable()),
                     static_cast<double>(h.total_physical_size()),
                     static_cast<double>(h.total_available_size()),
                     static_cast<double>(h.total_global_handles_size()),
                     static_cast<double>(h.used_global_handles_size()),
                     static_cast<double>(h.used_heap_size()),
                     static_cast<double>(h.heap_size_limit()),
                     static_cast<double>(h.malloced_memory()),
                     static_cast<double>(h.external_memory()),
                     static_cast<double>(h.peak_malloced_memory())};
    Local<Value> heap_values[11];
    for (int i = 0; i < 11; i++) heap_values[i] = ::v8::Number::New(isolate, heap[i]);
    std::vector<Local<Value>> spaces;
    for (const Space& sp : s.spaces) {
      Local<Value> fields[] = {OneByteString(isolate, sp.name), ::v8::Number::New(isolate, sp.size),
                               ::v8::Number::New(isolate, sp.used),
                               ::v8::Number::New(isolate, sp.available),
                               ::v8::Number::New(isolate, sp.physical)};
      spaces.push_back(::v8::Array::New(isolate, fields, 5));
    }
    Local<Value> pair[] = {::v8::Array::New(isolate, heap_values, 11),
                           ::v8::Array::New(isolate, spaces.data(), spaces.size())};
    return ::v8::Array::New(isolate, pair, 2);
  }

  bool started_ = false;
  std::vector<Record> records_;
};

const MethodEntry kMethods[] = {
    {"getHeapStatistics", GetHeapStatistics},
    {"getHeapSpaceStatistics", GetHeapSpaceStatistics},
    {"getHeapCodeStatistics", GetHeapCodeStatistics},
    {"cachedDataVersionTag", CachedDataVersionTag},
    {"setFlagsFromString", SetFlagsFromString},
    {"isStringOneByteRepresentation", IsStringOneByteRepresentation},
    {"takeHeapSnapshot", TakeHeapSnapshot},
};

const MethodEntry kSerializerMethods[] = {
    {"writeHeader", SerializerContext::WriteHeader},
    {"writeValue", SerializerContext::WriteValue},
    {"_releaseBuffer", SerializerContext::ReleaseBuffer},
    {"transferArrayBuffer", SerializerContext::TransferArrayBuffer},
    {"writeUint32", SerializerContext::WriteUint32},
    {"writeUint64", SerializerContext::WriteUint64},
    {"writeDouble", SerializerContext::WriteDouble},
    {"writeRawBytes", SerializerContext::WriteRawBytes},
    {"_setTreatArrayBufferViewsAsHostObjects",
     SerializerContext::SetTreatArrayBufferViewsAsHostObjects},
};

const MethodEntry kDeserializerMethods[] = {
    {"readHeader", DeserializerContext::ReadHeader},
    {"readValue", DeserializerContext::ReadValue},
    {"getWireFormatVersion", DeserializerContext::GetWireFormatVersion},
    {"transferArrayBuffer", DeserializerContext::TransferArrayBuffer},
    {"readUint32", DeserializerContext::ReadUint32},
    {"readUint64", DeserializerContext::ReadUint64},
    {"readDouble", DeserializerContext::ReadDouble},
    {"_readRawBytes", DeserializerContext::ReadRawBytes},
};

}  // namespace

void Initialize(Environment* env, Local<::v8::Object> target) {
  ::v8::Isolate* isolate = env->isolate();
  Local<::v8::Context> context = env->context();
  SetMethods(context, target, kMethods);

  Local<::v8::FunctionTemplate> ser =
      NewConstructorTemplate(isolate, SerializerContext::New, "Serializer");
  for (const MethodEntry& m : kSerializerMethods) SetProtoMethod(isolate, ser, m.name, m.callback);
  SetValue(context, target, "Serializer", ser->GetFunction(context).ToLocalChecked());

  Local<::v8::FunctionTemplate> des =
      NewConstructorTemplate(isolate, DeserializerContext::New, "Deserializer");
  for (const MethodEntry& m : kDeserializerMethods) {
    SetProtoMethod(isolate, des, m.name, m.callback);
  }
  SetValue(context, target, "Deserializer", des->GetFunction(context).ToLocalChecked());

  Local<::v8::FunctionTemplate> gc = NewConstructorTemplate(isolate, GCProfiler::New, "GCProfiler");
  SetProtoMethod(isolate, gc, "start", GCProfiler::JsStart);
  SetProtoMethod(isolate, gc, "stop", GCProfiler::JsStop);
  SetValue(context, target, "GCProfiler", gc->GetFunction(context).ToLocalChecked());
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
  registry->Add(SerializerContext::New);
  registry->AddMethods(kSerializerMethods);
  registry->Add(DeserializerContext::New);
  registry->AddMethods(kDeserializerMethods);
  registry->Add(GCProfiler::New);
  registry->Add(GCProfiler::JsStart);
  registry->Add(GCProfiler::JsStop);
}

}  // namespace tide::bindings::v8_utils
