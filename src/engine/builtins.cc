// See builtins.h.
#include "engine/builtins.h"

#include <string>
#include <vector>

#include "util/args.h"

namespace tide::builtins {

namespace {

// The embedded arrays live as long as the process, so V8 can use them in place.
class OneByteResource final : public v8::String::ExternalOneByteStringResource {
 public:
  OneByteResource(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const char* data_;
  size_t length_;
};

class TwoByteResource final : public v8::String::ExternalStringResource {
 public:
  TwoByteResource(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const uint16_t* data_;
  size_t length_;
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::vector<const char*> ParametersFor(std::string_view id) {
  if (StartsWith(id, "internal/per_context/")) return {"exports", "primordials"};
  // Embedded npm dependencies are plain CommonJS modules (lib/internal/bootstrap/realm.js).
  if (StartsWith(id, "internal/deps/")) {
    return {"exports", "require", "module", "__filename", "__dirname"};
  }
  if (id == "internal/bootstrap/realm") return {"process", "internalBinding", "primordials"};
  if (StartsWith(id, "internal/bootstrap/") || StartsWith(id, "internal/main/")) {
    return {"process", "require", "internalBinding", "primordials"};
  }
  return {"exports", "require", "module", "process", "internalBinding", "primordials"};
}

}  // namespace

const BuiltinSource* Find(std::string_view id) {
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    if (id == kBuiltinSources[i].id) return &kBuiltinSources[i];
  }
  return nullptr;
}

v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, std::string_view id) {
  v8::Isolate* isolate = context->GetIsolate();
  const BuiltinSource* builtin = Find(id);
  if (builtin == nullptr) {
    std::string message = "No such built-in module: " + std::string(id);
    isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, message)));
    return {};
  }
  v8::Local<v8::String> text;
  if (builtin->one_byte != nullptr) {
    if (!v8::String::NewExternalOneByte(isolate,
                                        new OneByteResource(builtin->one_byte, builtin->length))
             .ToLocal(&text)) {
      return {};
    }
  } else if (!v8::String::NewExternalTwoByte(
                  isolate, new TwoByteResource(builtin->two_byte, builtin->length))
                  .ToLocal(&text)) {
    return {};
  }
  std::string name = "node:" + std::string(id);
  v8::ScriptOrigin origin(isolate, Utf8String(isolate, name), 0, 0, false, -1,
                          v8::Local<v8::Value>(), false, false, false);
  v8::ScriptCompiler::Source source(text, origin);
  std::vector<const char*> names = ParametersFor(id);
  std::vector<v8::Local<v8::String>> params;
  params.reserve(names.size());
  for (const char* n : names) params.push_back(OneByteString(isolate, n));
  return v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0,
                                             nullptr);
}

}  // namespace tide::builtins
