// UVException: system errors shaped as Node's, `ENOENT: no such file or directory, open '/x'` with
// errno, code, syscall, path and dest.
#include "util/uv_error.h"

#include <uv.h>

#include "fixture.h"
#include "util/args.h"

namespace tide::test {
namespace {

class UVExceptionTest : public EnvironmentTest {
 protected:
  // Makes the error and exposes it to JS as `err`.
  void Make(int code, const char* syscall, const char* path = nullptr, const char* dest = nullptr) {
    v8::Local<v8::Context> context = env_->context();
    context->Global()
        ->Set(context, OneByteString(isolate_, "err"),
              UVException(isolate_, code, syscall, path, dest))
        .Check();
  }
};

TEST_F(UVExceptionTest, BuildsNodesMessageAndProperties) {
  Make(UV_ENOENT, "open", "/x");
  EXPECT_EQ(Run("err.message"), "ENOENT: no such file or directory, open '/x'");
  EXPECT_EQ(Run("err instanceof Error"), "true");
  EXPECT_EQ(Run("err.errno"), std::to_string(UV_ENOENT));
  EXPECT_EQ(Run("err.errno"), "-2");
  EXPECT_EQ(Run("err.code"), "ENOENT");
  EXPECT_EQ(Run("err.syscall"), "open");
  EXPECT_EQ(Run("err.path"), "/x");
  EXPECT_EQ(Run("'dest' in err"), "false");
  EXPECT_EQ(Run("err.stack.split('\\n')[0]"),
            "Error: ENOENT: no such file or directory, open '/x'");
}

TEST_F(UVExceptionTest, WithDestination) {
  Make(UV_EEXIST, "rename", "/a", "/b");
  EXPECT_EQ(Run("err.message"), "EEXIST: file already exists, rename '/a' -> '/b'");
  EXPECT_EQ(Run("err.path + ' ' + err.dest"), "/a /b");
}

TEST_F(UVExceptionTest, WithoutPath) {
  Make(UV_ECONNREFUSED, "connect");
  EXPECT_EQ(Run("err.message"), "ECONNREFUSED: connection refused, connect");
  EXPECT_EQ(Run("err.code + ' ' + err.syscall"), "ECONNREFUSED connect");
  EXPECT_EQ(Run("'path' in err || 'dest' in err"), "false");
}

TEST_F(UVExceptionTest, NonAsciiPathSurvives) {
  Make(UV_EACCES, "open", "/tmp/h\xc3\xa9llo \xe2\x9c\x93");
  EXPECT_EQ(Run("err.path === '/tmp/h\\u00e9llo \\u2713'"), "true");
  EXPECT_EQ(Run("err.message.endsWith(\"open '/tmp/h\\u00e9llo \\u2713'\")"), "true");
}

TEST_F(UVExceptionTest, ThrowUVExceptionIsCatchableFromJs) {
  v8::Local<v8::Context> context = env_->context();
  SetMethod(context, context->Global(), "failOpen",
            [](const v8::FunctionCallbackInfo<v8::Value>& args) {
              ThrowUVException(args.GetIsolate(), UV_ENOENT, "open", "/missing");
            });
  EXPECT_EQ(Run("try { failOpen(); 'no throw' } catch (e) { e.code + ' ' + e.path }"),
            "ENOENT /missing");
}

}  // namespace
}  // namespace tide::test
