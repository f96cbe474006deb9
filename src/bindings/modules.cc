// internalBinding('modules'): the module loader's file probes. Resolution looks for package.json in
// many directories that have none, so a missing file is an answer (undefined), not an exception.
#include <fcntl.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "env/binding_registry.h"
#include "env/environment.h"
#include "util/args.h"
#include "util/uv_error.h"

namespace tide::bindings::modules {

namespace {

// readPackageJSON(path) → the file's text, or undefined when there is no such file (ENOENT,
// ENOTDIR, or a directory of that name). Other errors (EACCES, EIO, ...) throw as fs does.
void ReadPackageJSON(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "readPackageJSON(path)");
  std::string path = ToStdString(isolate, args[0]);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return;
    return ThrowUVException(isolate, -errno, "open", path.c_str());
  }
  std::string contents;
  char chunk[16 * 1024];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      close(fd);
      if (err == EISDIR) return;
      return ThrowUVException(isolate, -err, "read", path.c_str());
    }
    if (n == 0) break;
    contents.append(chunk, static_cast<size_t>(n));
  }
  close(fd);
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, contents.data(), v8::NewStringType::kNormal,
                              static_cast<int>(contents.size()))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// realpathOrFalse(path) → the canonical path, or false when it cannot be resolved (the loader
// then keeps the path it has, as Node's toRealPath callers do after a successful stat).
void RealpathOrFalse(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "realpathOrFalse(path)");
  std::string path = ToStdString(isolate, args[0]);
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return args.GetReturnValue().Set(false);
  v8::Local<v8::String> result;
  bool ok = v8::String::NewFromUtf8(isolate, resolved).ToLocal(&result);
  free(resolved);
  if (ok) args.GetReturnValue().Set(result);
}

// unicodeSetOf(property) → [strings, ranges] for a Unicode property of strings such as
// RGI_Emoji (ICU 70+ knows them): the multi-code-point members as strings, and the single code
// points as a flat [first, last, first, last, …] array. The source rewriter turns `\p{RGI_Emoji}`
// in `v`-flag regular expressions into an alternation of these (internal/modules/unicode_sets.js).
void UnicodeSetOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return ThrowTypeError(isolate, "unicodeSetOf(property)");
  v8::String::Utf8Value name(isolate, args[0]);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet set(icu::UnicodeString::fromUTF8("[:" + std::string(*name) + ":]"), status);
  if (U_FAILURE(status)) return;  // undefined: not a property ICU knows
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> strings = v8::Array::New(isolate);
  uint32_t string_count = 0;
  icu::UnicodeSetIterator it(set);
  while (it.next()) {
    if (!it.isString()) continue;
    const icu::UnicodeString& text = it.getString();
    v8::Local<v8::String> value;
    if (!v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(text.getBuffer()),
                                    v8::NewStringType::kNormal, text.length())
             .ToLocal(&value) ||
        strings->Set(context, string_count++, value).IsNothing()) {
      return;
    }
  }
  v8::Local<v8::Array> ranges = v8::Array::New(isolate);
  for (int32_t r = 0; r < set.getRangeCount(); r++) {
    if (ranges->Set(context, 2 * r, v8::Integer::New(isolate, set.getRangeStart(r))).IsNothing() ||
        ranges->Set(context, 2 * r + 1, v8::Integer::New(isolate, set.getRangeEnd(r)))
            .IsNothing()) {
      return;
    }
  }
  v8::Local<v8::Value> pair[] = {strings, ranges};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

const MethodEntry kMethods[] = {
    {"unicodeSetOf", UnicodeSetOf},
    {"readPackageJSON", ReadPackageJSON},
    {"realpathOrFalse", RealpathOrFalse},
};

}  // namespace

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env->context(), target, kMethods);
}

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  registry->AddMethods(kMethods);
}

}  // namespace tide::bindings::modules
