// The dotenv format (.env files) as Node reads it: one parser behind --env-file,
// --env-file-if-exists, process.loadEnvFile() and util.parseEnv().
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tide {

// KEY=VALUE lines; `#` lines and lines without `=` are skipped; an `export ` prefix on the key is
// dropped; a value in '', "" or `` keeps its inner text (and may span lines), a double-quoted one
// turns each `\n` (backslash, n) into a newline; an unquoted value ends at `#` and is trimmed. A
// later key wins. The map orders keys by their UTF-8 bytes, as Node's does.
std::map<std::string, std::string> ParseDotenv(std::string_view content);

// Reads `path` and adds its variables to *entries (a later file's value wins). Returns false if
// the file cannot be read (errno is left set).
bool ReadDotenvFile(const std::string& path, std::map<std::string, std::string>* entries);

}  // namespace tide
