// tide-mksnapshot: the build step that makes tide's startup snapshot (see src/engine/snapshot.h).
// Usage: tide-mksnapshot <output.cc>
#include <cstdio>
#include <memory>

#include "engine/platform.h"
#include "engine/snapshot.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: tide-mksnapshot <output.cc>\n");
    return 1;
  }
  // The same V8 flags as a tide run: a snapshot only fits the flags it was made with.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  auto platform = std::make_unique<tide::Platform>(2);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  int result = tide::BuildSnapshot(platform.get(), argv[1]);
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  return result;
}
