// The `tide` command line, parsed the way node parses its own:
//   tide [options] [V8 options] [script.js | -e CODE | -p CODE | -] [--] [arguments]
#pragma once

#include <string>
#include <vector>

namespace tide {

struct CliOptions {
  enum class Mode { kScript, kEval, kStdin, kVersion, kHelp, kV8Help, kNoScript, kTest };
  Mode mode = Mode::kNoScript;
  std::string script;                    // kScript: path as given
  std::string eval_source;               // kEval: the code of -e / -p
  bool print_eval = false;               // -p
  std::vector<std::string> v8_flags;     // options tide does not know, for V8 to take or reject
  std::vector<std::string> exec_argv;    // every option before the script
  std::vector<std::string> script_args;  // what follows the script (or -e CODE)
  // Options lib/ reads through process.execArgv-like state (see bindings/process.cc).
  std::vector<std::string> tide_flags;  // --no-warnings, --unhandled-rejections=strict, ...
  struct EnvFile {
    std::string path;
    bool optional;  // --env-file-if-exists
  };
  std::vector<EnvFile> env_files;  // --env-file, in order (a later file's value wins)
};

// Parses argv. Returns false after printing a message to stderr if the command line is bad;
// *exit_code is then the code to exit with (9, as node).
bool ParseCommandLine(int argc, char** argv, CliOptions* options, int* exit_code);

// Parses the NODE_OPTIONS environment variable (null: unset) into *options the way Node does:
// space-separated, "..." quoting with backslash escapes, only the options Node allows there.
// Returns false after printing a message (*exit_code 9) if it is bad.
bool ParseNodeOptions(const char* value, CliOptions* options, int* exit_code);

// Text for --help.
const char* HelpText();

}  // namespace tide
