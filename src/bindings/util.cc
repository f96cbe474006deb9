// internalBinding('util'): what util.inspect needs to see that JS alone cannot — promise state,
// proxy internals, iterator and weak-collection entries, non-index own keys, constructor names; and
// the ArrayBuffer detaching that ArrayBuffer.prototype.transfer needs
// (lib/internal/native_builtins.js).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"

namespace tide::bindings::util {

namespace {

// getPromiseDetails(promise) → [state] or [state, result]
void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsPromise()) return;
  v8::Isolate* isolate = args.GetIsolate();
  auto promise = args[0].As<v8::Promise>();
  int state = promise->State();
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int count = 1;
  if (state != v8::Promise::kPending) values[count++] = promise->Result();
  args.GetReturnValue().Set(v8::Array::New(isolate, values, count));
}

// getProxyDetails(value, showProxy) → undefined | target | [target, handler]
void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsProxy()) return;
  auto proxy = args[0].As<v8::Proxy>();
  if (args.Length() == 1 || args[1]->IsTrue()) {
    v8::Local<v8::Value> pair[] = {proxy->GetTarget(), proxy->GetHandler()};
    args.GetReturnValue().Set(v8::Array::New(args.GetIsolate(), pair, 2));
  } else {
    args.GetReturnValue().Set(proxy->GetTarget());
  }
}

// previewEntries(obj, isIterator) → entries, or [entries, isKeyValue] when isIterator is true
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!args[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() < 2 || !args[1]->IsTrue()) return args.GetReturnValue().Set(entries);
  v8::Local<v8::Value> pair[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

// getOwnNonIndexProperties(obj, filter) → keys
void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject() || !args[1]->IsUint32()) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  auto filter = static_cast<v8::PropertyFilter>(args[1].As<v8::Uint32>()->Value());
  v8::Local<v8::Array> keys;
  if (args[0]
          .As<v8::Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&keys)) {
    args.GetReturnValue().Set(keys);
  }
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<v8::Object>()->GetConstructorName());
}

void GetExternalValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsExternal()) return;
  auto address = reinterpret_cast<uint64_t>(args[0].As<v8::External>()->Value());
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), address));
}

// The native half of ArrayBuffer.prototype.detached/transfer/transferToFixedLength
// (lib/internal/native_builtins.js checks the receiver and the length; these only act).

// arrayBufferWasDetached(buffer) → boolean
void ArrayBufferWasDetached(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsArrayBuffer()) return;
  args.GetReturnValue().Set(args[0].As<v8::ArrayBuffer>()->WasDetached());
}

// arrayBufferIsDetachable(buffer) → boolean (false for WebAssembly memory)
void ArrayBufferIsDetachable(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsArrayBuffer()) return;
  args.GetReturnValue().Set(args[0].As<v8::ArrayBuffer>()->IsDetachable());
}

// arrayBufferMove(buffer) → a new ArrayBuffer that owns buffer's memory; buffer is detached.
void ArrayBufferMove(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsArrayBuffer() || !args[0].As<v8::ArrayBuffer>()->IsDetachable()) {
    return ThrowTypeError(isolate, "ArrayBuffer is not detachable and could not be cloned.");
  }
  auto buffer = args[0].As<v8::ArrayBuffer>();
  std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
  buffer->Detach();
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// arrayBufferCopyAndDetach(source, target): copies what fits of source into the (zero-filled)
// target, then detaches source.
void ArrayBufferCopyAndDetach(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsArrayBuffer() || !args[1]->IsArrayBuffer() ||
      !args[0].As<v8::ArrayBuffer>()->IsDetachable()) {
    return ThrowTypeError(isolate, "ArrayBuffer is not detachable and could not be cloned.");
  }
  auto source = args[0].As<v8::ArrayBuffer>();
  auto target = args[1].As<v8::ArrayBuffer>();
  size_t length = std::min(source->ByteLength(), target->ByteLength());
  if (length > 0) memcpy(target->Data(), source->Data(), length);
  source->Detach();
}

// getCallSites(frameCount, skip) → [{ functionName, scriptId, scriptName, lineNumber,
// columnNumber, column }] for frameCount JavaScript frames after the top `skip` ones (util's own
// functions). util.getCallSites validated both. Lines and columns count from 1.
void GetCallSites(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int frame_count = args[0]->Int32Value(context).FromMaybe(10);
  int skip = args[1]->Int32Value(context).FromMaybe(1);
  v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, frame_count + skip);
  int length = trace->GetFrameCount();
  v8::Local<v8::Name> names[] = {
      OneByteString(isolate, "functionName"), OneByteString(isolate, "scriptId"),
      OneByteString(isolate, "scriptName"),   OneByteString(isolate, "lineNumber"),
      OneByteString(isolate, "columnNumber"), OneByteString(isolate, "column"),
  };
  std::vector<v8::Local<v8::Value>> sites;
  sites.reserve(length > skip ? length - skip : 0);
  for (int i = skip; i < length; i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    v8::Local<v8::String> function_name = frame->GetFunctionName();
    v8::Local<v8::String> script_name = frame->GetScriptName();
    v8::Local<v8::Value> column = v8::Integer::New(isolate, frame->GetColumn());
    v8::Local<v8::Value> values[] = {
        function_name.IsEmpty() ? v8::String::Empty(isolate) : function_name,
        OneByteString(isolate, std::to_string(frame->GetScriptId())),
        script_name.IsEmpty() ? v8::String::Empty(isolate) : script_name,
        v8::Integer::New(isolate, frame->GetLineNumber()),
        column,
        column,
    };
    sites.push_back(v8::Object::New(isolate, v8::Null(isolate), names, values, 6));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, sites.data(), sites.size()));
}

}  // namespace

const MethodEntry kMethods[] = {
    {"getCallSites", GetCallSites},
    {"getPromiseDetails", GetPromiseDetails},
    {"getProxyDetails", GetProxyDetails},
    {"previewEntries", PreviewEntries},
    {"getOwnNonIndexProperties", GetOwnNonIndexProperties},
    {"getConstructorName", GetConstructorName},
    {"getExternalValue", GetExternalValue},
    {"arrayBufferWasDetached", ArrayBufferWasDetached},
    {"arrayBufferIsDetachable", ArrayBufferIsDetachable},
    {"arrayBufferMove", ArrayBufferMove},
    {"arrayBufferCopyAndDetach", ArrayBufferCopyAndDetach},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethods(env->context(), target, kMethods);
  SetConstant(context, target, "kPending", v8::Promise::kPending);
  SetConstant(context, target, "kFulfilled", v8::Promise::kFulfilled);
  SetConstant(context, target, "kRejected", v8::Promise::kRejected);
  SetConstant(context, target, "ALL_PROPERTIES", v8::ALL_PROPERTIES);
  SetConstant(context, target, "ONLY_ENUMERABLE", v8::ONLY_ENUMERABLE);
  SetConstant(context, target, "ONLY_WRITABLE", v8::ONLY_WRITABLE);
  SetConstant(context, target, "ONLY_CONFIGURABLE", v8::ONLY_CONFIGURABLE);
  SetConstant(context, target, "SKIP_STRINGS", v8::SKIP_STRINGS);
  SetConstant(context, target, "SKIP_SYMBOLS", v8::SKIP_SYMBOLS);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}
}  // namespace tide::bindings::util
