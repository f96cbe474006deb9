// The part of child_process's spawn options that process_wrap.cc (spawn) and spawn_sync.cc
// (spawnSync) read alike: file, args, cwd, envPairs, uid, gid, detached, into a
// uv_process_options_t whose strings this object owns.
#pragma once

#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

#include "util/args.h"

namespace tide {

inline v8::MaybeLocal<v8::Value> GetProp(v8::Local<v8::Context> context,
                                         v8::Local<v8::Object> object, const char* name) {
  return object->Get(context, OneByteString(context->GetIsolate(), name));
}

class SpawnOptions {
 public:
  // Fills options() from `js`; false with a JS exception pending on bad input.
  bool Read(v8::Local<v8::Context> context, v8::Local<v8::Object> js, uv_exit_cb exit_cb) {
    v8::Isolate* isolate = context->GetIsolate();
    options_.exit_cb = exit_cb;
    v8::Local<v8::Value> value;
    if (!GetProp(context, js, "file").ToLocal(&value)) return false;
    if (!value->IsString()) {
      ThrowTypeError(isolate, "options.file must be a string");
      return false;
    }
    file_ = ToStdString(isolate, value);
    options_.file = file_.c_str();

    if (!GetProp(context, js, "args").ToLocal(&value)) return false;
    if (!value->IsUndefined() && !ToStringVector(context, value, &argv_)) {
      if (!value->IsArray()) ThrowTypeError(isolate, "options.args must be an array");
      return false;
    }
    if (argv_.empty()) argv_.push_back(file_);
    argv_ptrs_ = ToCharPointers(argv_);
    options_.args = argv_ptrs_.data();

    if (!GetProp(context, js, "cwd").ToLocal(&value)) return false;
    if (value->IsString()) {
      cwd_ = ToStdString(isolate, value);
      if (!cwd_.empty()) options_.cwd = cwd_.c_str();
    }

    if (!GetProp(context, js, "envPairs").ToLocal(&value)) return false;
    if (!value->IsUndefined()) {
      if (!ToStringVector(context, value, &env_pairs_)) {
        if (!value->IsArray()) ThrowTypeError(isolate, "options.envPairs must be an array");
        return false;
      }
      env_ptrs_ = ToCharPointers(env_pairs_);
      options_.env = env_ptrs_.data();
    }

    if (!GetProp(context, js, "uid").ToLocal(&value)) return false;
    if (value->IsInt32()) {
      options_.flags |= UV_PROCESS_SETUID;
      options_.uid = static_cast<uv_uid_t>(value.As<v8::Int32>()->Value());
    }
    if (!GetProp(context, js, "gid").ToLocal(&value)) return false;
    if (value->IsInt32()) {
      options_.flags |= UV_PROCESS_SETGID;
      options_.gid = static_cast<uv_gid_t>(value.As<v8::Int32>()->Value());
    }
    if (!GetProp(context, js, "detached").ToLocal(&value)) return false;
    if (value->IsTrue()) options_.flags |= UV_PROCESS_DETACHED;
    return true;
  }

  uv_process_options_t& options() { return options_; }

 private:
  // An array of strings as owned std::strings (argv, envPairs). Like Node, any value is taken by
  // its string form (ToString may throw, e.g. for a Symbol).
  static bool ToStringVector(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                             std::vector<std::string>* out) {
    if (!value->IsArray()) return false;
    v8::Local<v8::Array> array = value.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); ++i) {
      v8::Local<v8::Value> item;
      v8::Local<v8::String> string;
      if (!array->Get(context, i).ToLocal(&item) || !item->ToString(context).ToLocal(&string)) {
        return false;
      }
      out->push_back(ToStdString(context->GetIsolate(), string));
    }
    return true;
  }

  static std::vector<char*> ToCharPointers(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    pointers.reserve(strings.size() + 1);
    for (std::string& s : strings) pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
  }

  uv_process_options_t options_{};
  std::string file_;
  std::string cwd_;
  std::vector<std::string> argv_;
  std::vector<std::string> env_pairs_;
  std::vector<char*> argv_ptrs_;
  std::vector<char*> env_ptrs_;
};

}  // namespace tide
