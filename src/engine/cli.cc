// See cli.h.
#include "engine/cli.h"

#include <cstdio>
#include <cstring>
#include <string_view>

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
    "--trace-sigint",
    "--trace-exit",
    "--no-extra-info-on-fatal-exception",
    "--abort-on-uncaught-exception-free",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--expose-internals",
    "--insecure-http-parser",
    "--track-resources",
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
// --conditions (-C) may repeat: lib/ collects every value.
constexpr std::string_view kTideValueFlags[] = {
    "--unhandled-rejections", "--title", "--conditions", "-C", "--input-type", "--dns-result-order",
    "--max-http-header-size"};
// node:test's value options (`tide --test` and test files run directly).
constexpr std::string_view kTestValueFlags[] = {"--test-reporter", "--test-reporter-destination",
                                                "--test-name-pattern"};

bool IsBoolFlag(std::string_view arg) {
  for (auto f : kTideBoolFlags) {
    if (arg == f) return true;
  }
  return false;
}

}  // namespace

bool ParseCommandLine(int argc, char** argv, CliOptions* o, int* exit_code) {
  *exit_code = 0;
  int i = 1;
  auto bad = [&](const std::string& message) {
    fprintf(stderr, "tide: %s\n", message.c_str());
    *exit_code = 9;
    return false;
  };
  for (; i < argc; i++) {
    std::string_view arg = argv[i];
    if (arg.empty() || arg[0] != '-') break;  // the script
    if (arg == "-") {
      o->mode = CliOptions::Mode::kStdin;
      i++;
      break;
    }
    if (arg == "--") {
      i++;
      break;
    }
    o->exec_argv.emplace_back(arg);
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
      o->eval_source = argv[++i];
      o->exec_argv.emplace_back(argv[i]);
      continue;
    }
    if (arg.rfind("--eval=", 0) == 0 || arg.rfind("--print=", 0) == 0) {
      o->mode = CliOptions::Mode::kEval;
      o->print_eval = o->print_eval || arg[2] == 'p';
      o->eval_source = std::string(arg.substr(arg.find('=') + 1));
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
        file = argv[++i];
        o->exec_argv.emplace_back(argv[i]);
      } else {
        file = std::string(arg.substr(strlen("--trace-loop=")));
      }
      if (file.empty()) return bad("--trace-loop requires a file name");
      o->tide_flags.push_back("--trace-loop=" + file);
      continue;
    }
    bool matched = false;
    for (auto name : kTestValueFlags) {
      if (arg.rfind(std::string(name) + "=", 0) == 0) {
        o->tide_flags.emplace_back(arg);
        matched = true;
      } else if (arg == name) {
        if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
        o->tide_flags.push_back(std::string(arg) + "=" + argv[++i]);
        o->exec_argv.emplace_back(argv[i]);
        matched = true;
      }
    }
    if (matched) continue;
    for (auto name : kTideValueFlags) {
      if (arg == name) {
        if (i + 1 >= argc) return bad(std::string(arg) + " requires an argument");
        o->tide_flags.push_back(std::string(arg) + "=" + argv[++i]);
        o->exec_argv.emplace_back(argv[i]);
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
    // Anything else is V8's to accept (--expose-gc, --max-old-space-size=..., --stack-size=...).
    o->v8_flags.emplace_back(arg);
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
    o->script = argv[i++];
  }
  for (; i < argc; i++) o->script_args.emplace_back(argv[i]);
  return true;
}

const char* HelpText() {
  return "Usage: tide [options] [ script.js ] [arguments]\n"
         "       tide [options] -e|-p \"script\" [arguments]\n"
         "       tide [options] - [arguments]      (script read from stdin)\n"
         "\n"
         "Options:\n"
         "  -e, --eval script            evaluate script\n"
         "  -p, --print script           evaluate script and print the result\n"
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
         "\n"
         "V8 options are passed through to V8 (for example --expose-gc, --max-old-space-size=MB,\n"
         "--stack-size=KB); see --v8-options.\n"
         "\n"
         "Environment variables:\n"
         "  UV_THREADPOOL_SIZE           size of libuv's thread pool (default 4)\n"
         "  NO_COLOR, FORCE_COLOR        color output of the console\n";
}

}  // namespace tide
