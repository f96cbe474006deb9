// Bind<Fn>: a plain C++ function becomes a V8 callback whose arguments are converted and checked; a
// wrong type is a TypeError in JS, never a crash, and the function is then not called.
#include "util/args.h"

#include <algorithm>
#include <cctype>

#include "fixture.h"

namespace tide::test {
namespace {

int32_t Add(Environment*, int32_t a, int32_t b) { return a + b; }
uint32_t Twice(Environment*, uint32_t v) { return v * 2; }
int64_t Next(Environment*, int64_t v) { return v + 1; }
double Half(Environment*, double v) { return v / 2; }
bool Negate(Environment*, bool b) { return !b; }
std::string Greet(Environment*, std::string name, bool loud) {
  std::string s = "hello " + name;
  if (loud)
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}
std::string Echo(Environment*, std::string s) { return s; }
v8::MaybeLocal<v8::Value> CallWith(Environment* env, v8::Local<v8::Function> fn, int32_t arg) {
  v8::Local<v8::Value> argv[] = {v8::Integer::New(env->isolate(), arg)};
  return fn->Call(env->context(), v8::Undefined(env->isolate()), 1, argv);
}

// Records its calls in the Environment's exit code, which nothing else touches in these tests.
void Record(Environment* env, int32_t v) { env->set_exit_code(env->exit_code() * 10 + v); }
Environment* seen_env = nullptr;
void SeeEnv(Environment* env) { seen_env = env; }

class BindTest : public EnvironmentTest {
 protected:
  void SetUp() override {
    EnvironmentTest::SetUp();
    v8::Local<v8::Context> context = env_->context();
    v8::Local<v8::Object> global = context->Global();
    SetMethod(context, global, "add", Bind<Add>);
    SetMethod(context, global, "twice", Bind<Twice>);
    SetMethod(context, global, "next", Bind<Next>);
    SetMethod(context, global, "half", Bind<Half>);
    SetMethod(context, global, "negate", Bind<Negate>);
    SetMethod(context, global, "greet", Bind<Greet>);
    SetMethod(context, global, "echo", Bind<Echo>);
    SetMethod(context, global, "callWith", Bind<CallWith>);
    SetMethod(context, global, "record", Bind<Record>);
    SetMethod(context, global, "seeEnv", Bind<SeeEnv>);
  }

  // "TypeError: <message>" if `call` throws, else its result.
  std::string Try(const std::string& call) {
    return Run("try { String(" + call + ") } catch (e) { e.constructor.name + ': ' + e.message }");
  }
};

constexpr const char* kWrongTypes =
    "TypeError: tide: internal binding called with wrong argument types";

TEST_F(BindTest, ConvertsArgumentsAndResults) {
  EXPECT_EQ(Run("add(2, 3)"), "5");
  EXPECT_EQ(Run("add(-7, 3)"), "-4");
  EXPECT_EQ(Run("twice(4000000000 / 2)"), "4000000000");
  EXPECT_EQ(Run("next(2 ** 40)"), "1099511627777");
  EXPECT_EQ(Run("half(3)"), "1.5");
  EXPECT_EQ(Run("negate(false) === true && negate(true) === false"), "true");
  EXPECT_EQ(Run("greet('tide', false)"), "hello tide");
  EXPECT_EQ(Run("greet('tide', true)"), "HELLO TIDE");
  EXPECT_EQ(Run("echo('h\\u00e9llo \\u2713 \\u{1F600}') === 'h\\u00e9llo \\u2713 \\u{1F600}'"),
            "true");
  EXPECT_EQ(Run("callWith((x) => x * 3, 5)"), "15");
  EXPECT_EQ(Run("typeof record(1)"), "undefined");
  EXPECT_EQ(Run("add(1, 2, 'extra args are ignored')"), "3");
  Run("seeEnv()");
  EXPECT_EQ(seen_env, env_.get());
}

TEST_F(BindTest, WrongTypesThrowTypeError) {
  EXPECT_EQ(Try("add('2', 3)"), kWrongTypes);
  EXPECT_EQ(Try("add(1.5, 1)"), kWrongTypes);
  EXPECT_EQ(Try("add(1)"), kWrongTypes) << "a missing argument is undefined, not 0";
  EXPECT_EQ(Try("add()"), kWrongTypes);
  EXPECT_EQ(Try("add({ valueOf() { return 1; } }, 2)"), kWrongTypes);
  EXPECT_EQ(Try("twice(-1)"), kWrongTypes);
  EXPECT_EQ(Try("next('1')"), kWrongTypes);
  EXPECT_EQ(Try("half(1n)"), kWrongTypes);
  EXPECT_EQ(Try("negate(0)"), kWrongTypes);
  EXPECT_EQ(Try("negate(null)"), kWrongTypes);
  EXPECT_EQ(Try("greet(1, true)"), kWrongTypes);
  EXPECT_EQ(Try("greet('x', 'yes')"), kWrongTypes);
  EXPECT_EQ(Try("echo(Symbol('s'))"), kWrongTypes);
  EXPECT_EQ(Try("callWith({}, 1)"), kWrongTypes);
  EXPECT_EQ(Try("callWith(() => 1, '1')"), kWrongTypes);
}

TEST_F(BindTest, FunctionIsNotCalledWhenConversionFails) {
  EXPECT_EQ(Try("record('x')"), kWrongTypes);
  EXPECT_EQ(env_->exit_code(), 0);
  EXPECT_EQ(Try("record(7)"), "undefined");
  EXPECT_EQ(env_->exit_code(), 7);
}

TEST_F(BindTest, MethodsAreNamedAndNotConstructors) {
  EXPECT_EQ(Run("add.name"), "add");
  EXPECT_EQ(Run("try { new add(1, 2); 'constructed' } catch (e) { e.constructor.name }"),
            "TypeError");
}

}  // namespace
}  // namespace tide::test
