// See cli.h.
#include "engine/cli.h"

#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

namespace tide {

namespace {

// Boolean options lib/ reads (by name, through process.execArgv-derived state).
constexpr std::string_view kTideBoolFlags[] = {
    "--no-warnings",
    "--trace-warnings",
    "--no-deprecation",
    "--throw-deprecation",
    "--trace-deprecation",
    "--pending-deprecation",
    "--trace-uncaught",
    "--interactive",
    "--trace-sigint",
    "--trace-exit",
    "--no-extra-info-on-fatal-exception",
    "--abort-on-uncaught-exception-free",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--expose-internals",
    "--insecure-http-parser",
    "--track-resources",
    "--watch",
    "--watch-preserve-output",
    "--test",
    "--test-only",
};
// Options that stand alone or take =value: --warn-blocked[=ms], --warn-pool-wait[=ms].
constexpr std::string_view kTideOptionalValueFlags[] = {"--warn-blocked", "--warn-pool-wait"};

bool IsMilliseconds(std::string_view value) {
  if (value.empty() || value.size() > 9) return false;
  for (char c : value) {
    if (c < '0' || c > '9') return false;
  }
  return value.find_first_not_of('0') != std::string_view::npos;
}
// Options of the form --name=value (or --name value).
// --conditions (-C), --require (-r), --import and --disable-warning may repeat: lib/ collects
// every value (internal/options.js).
constexpr std::string_view kTideValueFlags[] = {
    "--unhandled-rejections", "--title", "--conditions", "-C", "--input-type", "--dns-result-order",
    "--max-http-header-size",
    // Preloads (repeatable): -r is --require's short form.
    "--require", "-r", "--import",
    // Repeatable (each silences one warning code or type); then the signal for heap snapshots.
    "--disable-warning", "--heapsnapshot-signal",
    // Repeatable: what --watch watches instead of the files the script loads.
    "--watch-path"};
// node:test's value options (`tide --test` and test files run directly).
constexpr std::string_view kTestValueFlags[] = {"--test-reporter", "--test-reporter-destination",
                                                "--test-name-pattern"};

// clang-format off
// Experimental switches for features tide has on anyway: accepted, nothing to switch on.
constexpr std::string_view kOnByDefaultFlags[] = {
    "--experimental-require-module", "--experimental-detect-module",
    "--experimental-global-webcrypto", "--experimental-fetch",
    "--experimental-global-customevent", "--experimental-import-meta-resolve",
    "--experimental-global-navigator",
    // ... and the switch off for a global tide does not have (WebSocket): already off.
    "--no-experimental-websocket",
    // tide's default trust store is OpenSSL's, the system's (src/bindings/tls_root_store.h).
    "--use-openssl-ca", "--use-system-ca"};

// Switches that turn a feature off (or, --experimental-vm-modules, on); lib/ honours them
// (internal/bootstrap/prepare.js, buffer.js, the CommonJS loader, vm.js).
constexpr std::string_view kFeatureOffFlags[] = {
    "--experimental-vm-modules",
    "--zero-fill-buffers", "--no-experimental-fetch", "--no-experimental-global-webcrypto",
    "--no-experimental-global-customevent", "--no-experimental-global-navigator", "--no-addons",
    "--no-global-search-paths"};

// Node's options that tide knows but does not implement: a clear error (exit 9), never silently
// ignored.
constexpr std::string_view kUnsupportedFlags[] = {
    "--no-experimental-require-module", "--no-experimental-detect-module",
    "--experimental-loader", "--loader", "--experimental-policy",
    "--experimental-permission", "--experimental-sea-config", "--experimental-strip-types",
    "--experimental-transform-types", "--inspect", "--inspect-brk", "--inspect-port",
    "--inspect-wait", "--cpu-prof", "--heap-prof", "--prof", "--report-on-signal",
    "--snapshot-blob", "--build-snapshot", "-c", "--check", "--experimental-network-inspection", "--experimental-websocket",
    "--experimental-eventsource",
    // tide has no bundled copy of Mozilla's CA list.
    "--use-bundled-ca"};

// Options of Node's that NODE_OPTIONS may not carry (Node's list, as far as tide has them).
constexpr std::string_view kNotInNodeOptions[] = {
    "-e", "--eval", "-p", "--print", "-pe", "-ep", "-v", "--version", "-h", "--help",
    "--v8-options", "--expose-internals", "--env-file", "--env-file-if-exists", "-i",
    "--interactive", "-c", "--check", "-", "--test"};

// V8 options NODE_OPTIONS may carry (Node 22's list); every other V8 option is refused there.
constexpr std::string_view kV8InNodeOptions[] = {
    "--abort-on-uncaught-exception", "--disallow-code-generation-from-strings",
    "--enable-etw-stack-walking", "--expose-gc", "--huge-max-old-generation-size",
    "--interpreted-frames-native-stack", "--jitless", "--max-old-space-size",
    "--max-semi-space-size", "--perf-basic-prof", "--perf-basic-prof-only-functions",
    "--perf-prof", "--perf-prof-unwinding-info", "--stack-trace-limit"};
// clang-format on

template <size_t N>
bool IsIn(const std::string_view (&list)[N], std::string_view name) {
  for (auto item : list) {
    if (item == name) return true;
  }
  return false;
}

// An option's name: before any `=`, with V8's `_` spelled `-`, without a `--no-` prefix.
std::string NormalizedV8Name(std::string_view arg) {
  std::string name(arg.substr(0, arg.find('=')));
  for (size_t i = 2; i < name.size(); i++) {
    if (name[i] == '_') name[i] = '-';
  }
  if (name.rfind("--no-", 0) == 0) name = "--" + name.substr(5);
  return name;
}

bool IsBoolFlag(std::string_view arg) {
  for (auto f : kTideBoolFlags) {
    if (arg == f) return true;
  }
  return false;
}

// Parses args[1..] (args[0] is the program) into *o. From NODE_OPTIONS (from_env): what Node does
// not allow there is refused, nothing is added to execArgv, and a non-option is skipped.
bool ParseArgs(const std::vector<std::string>& args, bool from_env, CliOptions* o, int* exit_code) {
  *exit_code = 0;
  int argc = static_cast<int>(args.size());
  int i = 1;
  auto bad = [&](const std::string& message) {
    fprintf(stderr, "tide: %s\n", message.c_str());
    *exit_code = 9;
    return false;
  };
  // execArgv shows the command line's options only.
  std::vector<std::string> ignored_exec_argv;
  std::vector<std::string>& exec_argv = from_env ? ignored_exec_argv : o->exec_argv;
  auto argv = [&](int index) { return args[index].c_str(); };
  for (; i < argc; i++) {
    std::string_view arg = args[i];
    if (arg.empty() || arg[0] != '-') {
      if (from_env) continue;  // as Node: NODE_OPTIONS names no script
      break;                   // the script
    }
    if (from_env && (arg == "--watch" || arg.rfind("--watch-path", 0) == 0)) {
      return bad("--watch requires specifying a file");  // as Node 22 says of NODE_OPTIONS
    }
    if (from_env) {
      // Node names the option as given up to and including its `=`.
      size_t eq = arg.find('=');
      if (IsIn(kNotInNodeOptions, arg.substr(0, eq))) {
        return bad(std::string(eq == std::string_view::npos ? arg : arg.substr(0, eq + 1)) +
                   " is not allowed in NODE_OPTIONS");
      }
    }
    if (arg == "-") {
      o->mode = CliOptions::Mode::kStdin;
      i++;
      break;
    }
    if (arg == "--") {
      i++;
      break;
    }
    exec_argv.emplace_back(arg);
    if (arg == "-v" || arg == "--version") {
      o->mode = CliOptions::Mode::kVersion;
      return true;
    }
    if (arg == "-h" || arg == "--help") {
      o->mode = CliOptions::Mode::kHelp;
      return true;
    }
    if (arg == "--v8-options") {
      o->mode = CliOptions::Mode::kV8Help;
      return true;
    }
    // -e CODE, -p CODE, and the combined -pe / -ep; also --eval=CODE / --print=CODE.
    bool is_eval = arg == "-e" || arg == "--eval";
    bool is_print = arg == "-p" || arg == "--print" || arg == "-pe" || arg == "-ep";
    if (is_eval || is_print) {
      if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
      o->mode = CliOptions::Mode::kEval;
      o->print_eval = o->print_eval || is_print;
      o->eval_source = argv(++i);
      exec_argv.emplace_back(argv(i));
      continue;
    }
    if (arg.rfind("--eval=", 0) == 0 || arg.rfind("--print=", 0) == 0) {
      o->mode = CliOptions::Mode::kEval;
      o->print_eval = o->print_eval || arg[2] == 'p';
      o->eval_source = std::string(arg.substr(arg.find('=') + 1));
      continue;
    }
    if (arg == "-i") {
      o->tide_flags.emplace_back("--interactive");
      continue;
    }
    if (IsBoolFlag(arg)) {
      o->tide_flags.emplace_back(arg);
      continue;
    }
    bool optional_value = false;
    for (auto name : kTideOptionalValueFlags) {
      if (arg == name) {
        optional_value = true;
      } else if (arg.rfind(std::string(name) + "=", 0) == 0) {
        if (!IsMilliseconds(arg.substr(name.size() + 1))) {
          return bad(std::string(name) + " takes a whole number of milliseconds (1 or more)");
        }
        optional_value = true;
      }
    }
    if (optional_value) {
      o->tide_flags.emplace_back(arg);
      continue;
    }
    // --trace-loop=FILE or --trace-loop FILE
    if (arg == "--trace-loop" || arg.rfind("--trace-loop=", 0) == 0) {
      std::string file;
      if (arg == "--trace-loop") {
        if (i + 1 >= argc) return bad("--trace-loop requires a file name");
        file = argv(++i);
        exec_argv.emplace_back(argv(i));
      } else {
        file = std::string(arg.substr(strlen("--trace-loop=")));
      }
      if (file.empty()) return bad("--trace-loop requires a file name");
      o->tide_flags.push_back("--trace-loop=" + file);
      continue;
    }
    // --env-file=path / --env-file path, --env-file-if-exists (the file may be missing).
    bool env_file = arg == "--env-file" || arg.rfind("--env-file=", 0) == 0;
    bool env_file_if = arg == "--env-file-if-exists" || arg.rfind("--env-file-if-exists=", 0) == 0;
    if (env_file || env_file_if) {
      std::string path;
      size_t eq = arg.find('=');
      if (eq == std::string_view::npos) {
        if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
        path = argv(++i);
        exec_argv.emplace_back(argv(i));
      } else {
        path = std::string(arg.substr(eq + 1));
      }
      o->env_files.push_back({path, env_file_if});
      // For lib/ too: --watch watches the files.
      o->tide_flags.push_back((env_file_if ? "--env-file-if-exists=" : "--env-file=") + path);
      continue;
    }
    if (IsIn(kOnByDefaultFlags, arg)) continue;
    if (IsIn(kFeatureOffFlags, arg)) {
      o->tide_flags.emplace_back(arg);
      continue;
    }
    if (IsIn(kUnsupportedFlags, arg.substr(0, arg.find('=')))) {
      return bad(std::string(arg.substr(0, arg.find('='))) + " is not supported by tide");
    }
    bool matched = false;
    for (auto name : kTestValueFlags) {
      if (arg.rfind(std::string(name) + "=", 0) == 0) {
        o->tide_flags.emplace_back(arg);
        matched = true;
      } else if (arg == name) {
        if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
        o->tide_flags.push_back(std::string(arg) + "=" + argv(++i));
        exec_argv.emplace_back(argv(i));
        matched = true;
      }
    }
    if (matched) continue;
    for (auto name : kTideValueFlags) {
      if (arg == name) {
        if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
        o->tide_flags.push_back(std::string(arg) + "=" + argv(++i));
        exec_argv.emplace_back(argv(i));
        matched = true;
      } else if (arg.rfind(std::string(name) + "=", 0) == 0) {
        o->tide_flags.emplace_back(arg);
        matched = true;
      }
    }
    if (matched) {
      std::string_view last = o->tide_flags.back();
      if (last.rfind("--input-type=", 0) == 0 && last != "--input-type=module" &&
          last != "--input-type=commonjs") {
        return bad("--input-type must be \"module\" or \"commonjs\"");
      }
      continue;
    }
    if (from_env && !IsIn(kV8InNodeOptions, NormalizedV8Name(arg))) {
      // Node names the option as given up to its `=`.
      size_t eq = arg.find('=');
      return bad(std::string(eq == std::string_view::npos ? arg : arg.substr(0, eq + 1)) +
                 " is not allowed in NODE_OPTIONS");
    }
    // Anything else is V8's to accept (--expose-gc, --max-old-space-size=..., --stack-size=...).
    o->v8_flags.emplace_back(arg);
  }
  if (from_env) return true;
  bool watch = false;
  for (const auto& flag : o->tide_flags) {
    if (flag == "--watch" || flag.rfind("--watch-path=", 0) == 0) watch = true;
  }
  if (watch && o->mode == CliOptions::Mode::kEval) {
    return bad("either --watch or --eval can be used, not both");
  }
  if (watch && (o->mode == CliOptions::Mode::kStdin || i >= argc)) {
    return bad("--watch requires specifying a file");
  }
  bool test_mode = false;
  for (const auto& flag : o->tide_flags) test_mode = test_mode || flag == "--test";
  if (o->mode == CliOptions::Mode::kEval) {
    // With -e, every remaining argument is the script's.
  } else if (test_mode && o->mode != CliOptions::Mode::kStdin) {
    // `tide --test [files or globs]`: every argument names test files (node:test's runner).
    o->mode = CliOptions::Mode::kTest;
  } else if (o->mode != CliOptions::Mode::kStdin && i < argc) {
    o->mode = CliOptions::Mode::kScript;
    o->script = argv(i++);
  }
  for (; i < argc; i++) o->script_args.emplace_back(argv(i));
  return true;
}

}  // namespace

bool ParseCommandLine(int argc, char** argv, CliOptions* o, int* exit_code) {
  std::vector<std::string> args(argv, argv + argc);
  return ParseArgs(args, false, o, exit_code);
}

bool ParseNodeOptions(const char* value, CliOptions* o, int* exit_code) {
  *exit_code = 0;
  if (value == nullptr) return true;
  // Space-separated; "..." groups (spaces kept), and inside it a backslash takes the next
  // character as it is.
  std::vector<std::string> args = {"tide"};
  std::string current;
  bool in_token = false;
  bool in_string = false;
  for (const char* p = value; *p != '\0'; p++) {
    char c = *p;
    if (in_string && c == '\\' && p[1] != '\0') {
      current.push_back(*++p);
    } else if (c == '"') {
      in_string = !in_string;
      in_token = true;
    } else if (c == ' ' && !in_string) {
      if (in_token) args.push_back(std::move(current));
      current.clear();
      in_token = false;
    } else {
      current.push_back(c);
      in_token = true;
    }
  }
  if (in_string) {
    fprintf(stderr, "tide: invalid value for NODE_OPTIONS (unterminated string)\n");
    *exit_code = 9;
    return false;
  }
  if (in_token) args.push_back(std::move(current));
  return ParseArgs(args, true, o, exit_code);
}

const char* HelpText() {
  return "Usage: tide [options] [ script.js ] [arguments]\n"
         "       tide [options] -e|-p \"script\" [arguments]\n"
         "       tide [options] - [arguments]      (script read from stdin)\n"
         "\n"
         "Options:\n"
         "  -e, --eval script            evaluate script\n"
         "  -p, --print script           evaluate script and print the result\n"
         "  -i, --interactive            start the REPL even if stdin is not a terminal\n"
         "  -                            read the script from stdin\n"
         "  --                           end of options; what follows is the script and its "
         "arguments\n"
         "  -v, --version                print tide's version and the Node.js API level\n"
         "  -h, --help                   print this help\n"
         "  --v8-options                 print V8's options\n"
         "  --no-warnings                silence process warnings\n"
         "  --trace-warnings             print a stack trace with each warning\n"
         "  --trace-sigint               on SIGINT, print the running JavaScript stack first\n"
         "  --no-deprecation             silence deprecation warnings\n"
         "  --throw-deprecation          throw on deprecations\n"
         "  --trace-deprecation          print a stack trace with each deprecation\n"
         "  --pending-deprecation        emit pending deprecation warnings\n"
         "  --test [patterns]            run test files (default: node:test's file patterns)\n"
         "  --test-reporter=name         spec, tap, dot, junit or a module (node:test)\n"
         "  --test-reporter-destination=file  where the reporter writes (stdout, stderr, a file)\n"
         "  --test-name-pattern=regexp   run only the tests whose name matches\n"
         "  --test-only                  run only the tests marked `only`\n"
         "  --expose-internals           let require() load lib/internal/ modules (for tests)\n"
         "  --preserve-symlinks          resolve modules by their symlink path, not the target\n"
         "  --preserve-symlinks-main     the same for the main module\n"
         "  -C, --conditions=condition   an extra package exports/imports condition\n"
         "  --unhandled-rejections=mode  throw (default), strict, warn, none, "
         "warn-with-error-code\n"
         "  --title=title                set process.title\n"
         "  --warn-blocked[=ms]          warn (with the JS stack) when a callback blocks the\n"
         "                               event loop longer than ms (default 100)\n"
         "  --warn-pool-wait[=ms]        warn when work waits that long for a full thread pool\n"
         "                               (default 1000)\n"
         "  --trace-loop=file            write a Chrome trace of the event loop to file\n"
         "  --track-resources            remember where handles, requests and timers were\n"
         "                               created (tide:diagnostics whyAlive())\n"
         "  --input-type=module|commonjs how -e/-p/stdin code is run (default: detected)\n"
         "  --dns-result-order=order     dns.lookup's default order: verbatim (default),\n"
         "                               ipv4first or ipv6first\n"
         "  --max-http-header-size=bytes the HTTP parser's header limit (default 16384)\n"
         "  --insecure-http-parser       lenient HTTP parsing (accepts invalid headers)\n"
         "  -r, --require module         preload a CommonJS module (repeatable)\n"
         "  --import specifier           preload an ES module, awaited (repeatable)\n"
         "  --env-file=file              load environment variables from a dotenv file\n"
         "                               (repeatable; the environment's own values win)\n"
         "  --env-file-if-exists=file    the same, without an error if the file is missing\n"
         "  --disable-warning=code|type  do not print that warning (repeatable)\n"
         "  --zero-fill-buffers          Buffer.allocUnsafe() returns zeroed memory\n"
         "  --experimental-vm-modules    vm.SourceTextModule, vm.SyntheticModule, vm.Module\n"
         "  --heapsnapshot-signal=signal write a heap snapshot when the signal arrives\n"
         "  --watch                      run the script again when a file it loaded changes\n"
         "  --watch-path=path            the same, watching that path instead (repeatable)\n"
         "  --watch-preserve-output      do not clear the screen before restarting\n"
         "  --no-addons                  refuse to load native addons (ERR_DLOPEN_DISABLED)\n"
         "  --no-global-search-paths     no $HOME/.node_modules and similar global module paths\n"
         "  --no-experimental-fetch      no fetch, Request, Response, Headers, FormData globals\n"
         "  --no-experimental-global-webcrypto  no Crypto, CryptoKey, SubtleCrypto globals\n"
         "  --no-experimental-global-customevent  no CustomEvent global\n"
         "  --no-experimental-global-navigator  no navigator, Navigator globals\n"
         "  --experimental-require-module, --experimental-detect-module,\n"
         "  --experimental-fetch, --experimental-global-webcrypto   accepted (always on)\n"
         "\n"
         "V8 options are passed through to V8 (for example --expose-gc, --max-old-space-size=MB,\n"
         "--stack-size=KB); see --v8-options.\n"
         "\n"
         "Environment variables:\n"
         "  NODE_OPTIONS                 options applied before the command line's (Node's\n"
         "                               rules: -e, -p, --expose-internals, ... are refused)\n"
         "  NODE_PATH                    extra folders for require()\n"
         "  UV_THREADPOOL_SIZE           size of libuv's thread pool (default 4)\n"
         "  NO_COLOR, FORCE_COLOR        color output of the console\n";
}

}  // namespace tide
