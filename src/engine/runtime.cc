// See runtime.h. The order of a run: command line → V8 flags → platform → isolate + Environment →
// lib/ bootstrap → main script → event loop → 'exit' → teardown.
#include "engine/runtime.h"

#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bindings/performance.h"
#include "bindings/trace_sigint.h"
#include "engine/cli.h"
#include "engine/isolate.h"
#include "engine/platform.h"
#include "engine/snapshot.h"
#include "env/environment.h"
#include "loop/run_loop.h"
#include "util/args.h"
#include "util/dotenv.h"

namespace tide {

namespace {
using bindings::performance::MarkMilestone;
using bindings::performance::Milestone;

constexpr const char* kNodeApiVersion = "v22.12.0";

// Hands V8 the flags tide did not take; anything V8 does not know either is a bad option (exit 9).
bool ApplyV8Flags(const CliOptions& options, int* exit_code) {
  // Node 22 code uses import attributes; V8 10.2 needs this for the `assert { type: 'json' }` form
  // that the ESM loader rewrites `with { ... }` into.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  // TurboFan compiles on the main thread. V8 10.2 compiling off the main thread refuses every
  // string-named property looked up past a typed array's own map (it cannot read the name's
  // characters there to rule out a numeric index), so `buf.length`, `buf.byteLength`,
  // `buf.subarray` and the rest, of every Buffer, become generic IC calls in optimized code;
  // compiled on the main thread they are field loads and inlined calls, as in node's newer V8.
  // Less process CPU in every benchmark that touches bytes (docs/design-notes.md "Streams",
  // Throughput); `--concurrent-recompilation` on the command line restores V8's default.
  v8::V8::SetFlagsFromString("--no-concurrent-recompilation");
  // V8 10.2 lets each semi-space of the young generation grow to 16 MB; Node 20's V8 stops at 8 MB.
  // A busy server reaches the cap within seconds, so this is 16 MB of resident memory (78 against
  // node's 70 MB for bench/http's hello under load) for no measured throughput. A user's own
  // --max-semi-space-size, applied below, still wins.
  v8::V8::SetFlagsFromString("--max-semi-space-size=8");
  if (options.v8_flags.empty()) return true;
  std::vector<std::string> storage;
  storage.emplace_back("tide");
  for (const auto& flag : options.v8_flags) storage.push_back(flag);
  std::vector<char*> argv;
  for (auto& s : storage) argv.push_back(s.data());
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), true);
  for (int i = 1; i < argc; i++) {
    fprintf(stderr, "tide: bad option: %s\n", argv[i]);
    *exit_code = 9;
    return false;
  }
  return true;
}

// libnode's first segment holds its dynamic symbol tables and relocations (~9 MB): the dynamic
// loader reads all of it once at start-up and tide never needs it again. Handing those pages back
// keeps tide's memory footprint well under node's; should anything read them later (dladdr, a
// debugger), they are simply read from the file again.
void ReleaseLoaderOnlyPages() {
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void*) -> int {
        if (info->dlpi_name == nullptr || strstr(info->dlpi_name, "libnode.so") == nullptr)
          return 0;
        for (int i = 0; i < info->dlpi_phnum; i++) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_LOAD || ph.p_offset != 0 || (ph.p_flags & (PF_W | PF_X)) != 0)
            continue;
          uintptr_t start = info->dlpi_addr + ph.p_vaddr;
          long page = sysconf(_SC_PAGESIZE);
          uintptr_t aligned = start & ~static_cast<uintptr_t>(page - 1);
          madvise(reinterpret_cast<void*>(aligned), ph.p_memsz + (start - aligned), MADV_DONTNEED);
        }
        return 1;
      },
      nullptr);
}

// --env-file / --env-file-if-exists: the files' variables (a later file's value wins) join the
// environment, whose own values win, before NODE_OPTIONS is read (a file may set it).
bool IsWatchMode(const CliOptions& options) {
  if (options.mode != CliOptions::Mode::kScript) return false;
  for (const auto& flag : options.tide_flags) {
    if (flag == "--watch" || flag.rfind("--watch-path=", 0) == 0) return true;
  }
  return false;
}

// In watch mode the files are only checked: the child that runs the script reads them, afresh
// at each restart, so a changed value is seen.
bool LoadEnvFiles(const CliOptions& options) {
  if (options.env_files.empty()) return true;
  std::map<std::string, std::string> entries;
  for (const auto& file : options.env_files) {
    if (ReadDotenvFile(file.path, &entries)) continue;
    if (!file.optional) {
      fprintf(stderr, "tide: %s: not found\n", file.path.c_str());
      return false;
    }
    fprintf(stderr, "%s not found. Continuing without it.\n", file.path.c_str());
  }
  if (IsWatchMode(options)) return true;
  for (const auto& [key, value] : entries) setenv(key.c_str(), value.c_str(), 0);
  return true;
}

const char* MainScriptFor(const CliOptions& options) {
  switch (options.mode) {
    case CliOptions::Mode::kEval:
      return "internal/main/eval_string";
    case CliOptions::Mode::kStdin:
      return "internal/main/eval_stdin";
    case CliOptions::Mode::kScript:
      return IsWatchMode(options) ? "internal/main/watch_mode" : "internal/main/run_main_module";
    case CliOptions::Mode::kTest:
      return "internal/main/test_runner";
    default: {
      // No script: the REPL on a terminal or with -i/--interactive, else stdin is the script.
      bool interactive = false;
      for (const auto& flag : options.tide_flags)
        interactive = interactive || flag == "--interactive";
      return interactive || isatty(STDIN_FILENO) ? "internal/main/repl"
                                                 : "internal/main/eval_stdin";
    }
  }
}

int RunMainEnvironment(Platform* platform, const CliOptions& options, char* exec_path_arg) {
  uv_loop_t* loop = uv_default_loop();
  // Idle-time accounting for performance.eventLoopUtilization(); must precede the first uv_run.
  uv_loop_configure(loop, UV_METRICS_IDLE_TIME);
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  // Heap limits from the machine's memory, as Node sizes them (a quarter of it, up to 4 GB of old
  // space on 64-bit); V8's own default is a fixed ~1.4 GB. --max-old-space-size still wins.
  v8::ResourceConstraints constraints;
  constraints.ConfigureDefaults(uv_get_total_memory(), 0);
  v8::Isolate* isolate = NewIsolate(platform, loop, allocator.get(), &constraints);
  for (const auto& flag : options.tide_flags) {
    // Where a non-error value was thrown is only known if V8 records it at the throw.
    if (flag == "--trace-uncaught") isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  }
  int exit_code;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    // From the snapshot: the bootstrapped context (the default one is a pristine context).
    v8::Local<v8::Context> context =
        EmbeddedSnapshot() != nullptr
            ? v8::Context::FromSnapshot(isolate, kMainContextIndex).ToLocalChecked()
            : v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);

    EnvironmentOptions env_options;
    env_options.argv.emplace_back(exec_path_arg);
    if (options.mode == CliOptions::Mode::kScript) env_options.argv.push_back(options.script);
    for (const auto& a : options.script_args) env_options.argv.push_back(a);
    env_options.exec_argv = options.exec_argv;
    env_options.tide_flags = options.tide_flags;
    if (options.mode == CliOptions::Mode::kEval) {
      env_options.eval_source = options.eval_source;
      env_options.print_eval = options.print_eval;
      env_options.has_eval = true;
    }
    auto env = std::make_unique<Environment>(platform, isolate, loop, context, env_options);
    ReleaseSnapshotPages();
    MarkMilestone(Milestone::kEnvironment);

    if (!BootstrapEnvironment(env.get())) {
      exit_code = 1;
    } else {
      MarkMilestone(Milestone::kBootstrapComplete);
      RunMain(env.get(), MainScriptFor(options));
      MarkMilestone(Milestone::kLoopStart);
      SpinEventLoop(env.get());
      MarkMilestone(Milestone::kLoopExit);
      exit_code = env->is_stopping() ? env->exit_code() : EmitExit(env.get());
    }
    env->RunCleanup();
    // process.exit() or a fatal error can end the program while fs, dns, crypto or zlib work is
    // still on libuv's pool. Like Node, tide does not wait for it; but its completion callbacks
    // would find no Environment, so the loop must never run again: the process ends here (stdio
    // is flushed; RunCleanup ran the cleanup hooks).
    if (loop->active_reqs.count > 0) {
      fflush(nullptr);
      _exit(exit_code);
    }
    env.reset();
  }
  DisposeIsolate(platform, isolate, loop);
  // Thread-pool work may still hold the loop; the process is ending, so it is not waited for.
  uv_loop_close(loop);
  return exit_code;
}

}  // namespace

// Async-signal-safe: uv_tty_reset_mode is meant for signal handlers; SA_RESETHAND has already put
// the default action back, so raising the signal again ends the process by it.
static void ResetTerminalAndDie(int signo) {
  uv_tty_reset_mode();
  raise(signo);
}

int RuntimeMain(int argc, char** argv) {
  MarkMilestone(Milestone::kNodeStart);
  argv = uv_setup_args(argc, argv);
  CliOptions options;
  int exit_code = 0;
  if (!ParseCommandLine(argc, argv, &options, &exit_code)) return exit_code;
  if (!LoadEnvFiles(options)) return 9;
  // NODE_OPTIONS (perhaps from an env file) come before the command line's own options, which
  // thus win; they are not in execArgv.
  CliOptions from_env;
  if (!ParseNodeOptions(getenv("NODE_OPTIONS"), &from_env, &exit_code)) return exit_code;
  options.tide_flags.insert(options.tide_flags.begin(), from_env.tide_flags.begin(),
                            from_env.tide_flags.end());
  options.v8_flags.insert(options.v8_flags.begin(), from_env.v8_flags.begin(),
                          from_env.v8_flags.end());
  if (options.mode == CliOptions::Mode::kVersion) {
    printf("tide %s (Node.js API %s, V8 %s)\n", TIDE_VERSION, kNodeApiVersion,
           v8::V8::GetVersion());
    return 0;
  }
  if (options.mode == CliOptions::Mode::kHelp) {
    fputs(HelpText(), stdout);
    return 0;
  }
  if (options.mode == CliOptions::Mode::kV8Help) {
    v8::V8::SetFlagsFromString("--help");  // V8 prints its options and exits
    return 0;
  }
  ReleaseLoaderOnlyPages();
  // Writes to a closed pipe must fail with EPIPE, not kill the process.
  signal(SIGPIPE, SIG_IGN);
  // Killed by SIGINT/SIGTERM: leave the terminal as tide found it (raw mode off), then die of the
  // signal, as Node does. A JS listener for the signal replaces this handler while it listens.
  // SIGINT's handler can also print the JavaScript stack first (--trace-sigint).
  for (int signo : {SIGINT, SIGTERM}) {
    struct sigaction action {};
    sigaction(signo, nullptr, &action);
    if (action.sa_handler == SIG_IGN) continue;  // inherited "ignore" stays
    action = {};
    action.sa_handler = signo == SIGINT ? bindings::trace_sigint::OnSigint : ResetTerminalAndDie;
    action.sa_flags = signo == SIGINT ? SA_RESTART : SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(signo, &action, nullptr);
  }
  if (!ApplyV8Flags(options, &exit_code)) return exit_code;

  const char* pool = getenv("UV_THREADPOOL_SIZE");
  int workers = pool != nullptr ? atoi(pool) : 4;
  if (workers < 1) workers = 4;
  auto platform = std::make_unique<Platform>(workers);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  MarkMilestone(Milestone::kV8Start);

  exit_code = RunMainEnvironment(platform.get(), options, argv[0]);

  fflush(stdout);
  fflush(stderr);
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  return exit_code;
}

const char* NodeApiVersion() { return kNodeApiVersion; }

}  // namespace tide
