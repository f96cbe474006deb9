// The startup snapshot: the JS heap as it stands after lib/'s bootstrap
// (internal/bootstrap/node.js), made at build time by scripts/mksnapshot.cc and embedded in tide,
// so a start deserializes it instead of compiling and running the bootstrap again.
#pragma once

#include <v8.h>

#include <string>

namespace tide {

// The embedded snapshot, or nullptr in a binary built without one (the snapshot builder itself,
// the unit tests): those bootstrap from source.
const v8::StartupData* EmbeddedSnapshot();

// The snapshot's bootstrapped main context (v8::Context::FromSnapshot); its default context is a
// pristine one, which v8::Context::New gives node:vm.
constexpr size_t kMainContextIndex = 0;

// Hands the embedded snapshot's pages back to the kernel once an isolate and its context are made
// from it: ~2.8 MB of resident memory that V8 reads only while deserializing. A later read (a
// Worker's isolate, a node:vm context) finds them in the file again. Nothing without a snapshot.
void ReleaseSnapshotPages();

// Bootstraps an Environment in a SnapshotCreator and writes the blob as a C++ source file defining
// EmbeddedSnapshot(). Returns 0 on success. V8 must be initialised.
class Platform;
int BuildSnapshot(Platform* platform, const std::string& output_path);

}  // namespace tide
