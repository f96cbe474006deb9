// See dotenv.h.
#include "util/dotenv.h"

#include <cerrno>
#include <cstdio>

namespace tide {

namespace {

// Node trims these three characters only (not \r, \v, \f).
bool IsTrimmed(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsTrimmed(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsTrimmed(text.back())) text.remove_suffix(1);
  return text;
}

// What follows the first newline at or after `from`; empty without one.
std::string_view AfterNewline(std::string_view text, size_t from) {
  size_t newline = text.find('\n', from);
  return newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
}

}  // namespace

std::map<std::string, std::string> ParseDotenv(std::string_view content) {
  std::string storage;
  storage.reserve(content.size());
  for (char c : content) {
    if (c != '\r') storage.push_back(c);
  }
  std::map<std::string, std::string> entries;
  std::string_view text = Trim(storage);
  while (!text.empty()) {
    if (text[0] == '\n' || text[0] == '#') {
      text = AfterNewline(text, 0);
      continue;
    }
    // A line with no `=` before its end carries nothing.
    size_t equals = text.find_first_of("=\n");
    if (equals == std::string_view::npos) break;
    if (text[equals] == '\n') {
      text = Trim(text.substr(equals + 1));
      continue;
    }
    std::string_view key = Trim(text.substr(0, equals));
    text = text.substr(equals + 1);
    if (text.empty() || text[0] == '\n') {
      // KEY= with nothing after it (the key keeps an `export ` prefix, as in Node).
      entries[std::string(key)] = "";
      continue;
    }
    text = Trim(text);
    if (key.empty()) continue;
    if (key.substr(0, 7) == "export ") key = Trim(key.substr(7));
    if (text.empty()) {
      entries[std::string(key)] = "";
      break;
    }
    char quote = text[0];
    if (quote == '"' || quote == '\'' || quote == '`') {
      size_t closing = text.find(quote, 1);
      if (closing == std::string_view::npos) {
        // No closing quote: the line, opening quote included, is the value.
        size_t newline = text.find('\n');
        if (newline == std::string_view::npos) {
          entries[std::string(key)] = std::string(text);
          break;
        }
        entries[std::string(key)] = std::string(text.substr(0, newline));
        text = text.substr(newline + 1);
      } else {
        std::string_view inner = text.substr(1, closing - 1);
        std::string value;
        for (size_t i = 0; i < inner.size(); i++) {
          if (quote == '"' && inner[i] == '\\' && i + 1 < inner.size() && inner[i + 1] == 'n') {
            value.push_back('\n');
            i++;
          } else {
            value.push_back(inner[i]);
          }
        }
        entries[std::string(key)] = std::move(value);
        // Whatever follows the closing quote on its line is ignored.
        text = AfterNewline(text, closing + 1);
      }
    } else {
      size_t newline = text.find('\n');
      std::string_view value = newline == std::string_view::npos ? text : text.substr(0, newline);
      size_t hash = value.find('#');
      if (hash != std::string_view::npos) value = value.substr(0, hash);
      entries[std::string(key)] = std::string(Trim(value));
      text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    }
    text = Trim(text);
  }
  return entries;
}

bool ReadDotenvFile(const std::string& path, std::map<std::string, std::string>* entries) {
  FILE* file = fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  std::string content;
  char buffer[8192];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), file)) > 0) content.append(buffer, n);
  bool failed = ferror(file) != 0;
  int saved = errno;
  fclose(file);
  if (failed) {
    errno = saved;
    return false;
  }
  for (auto& [key, value] : ParseDotenv(content)) (*entries)[key] = std::move(value);
  return true;
}

}  // namespace tide
