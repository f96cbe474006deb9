// The general file-system calls of internalBinding('fs') (fs_ops.cc), added to the binding object
// by fs.cc's Initialize.
#pragma once

#include <uv.h>
#include <v8.h>

#include "env/binding_registry.h"
#include "env/environment.h"

namespace tide::bindings::fs {

void InitializeOps(Environment* env, v8::Local<v8::Object> target);
void RegisterOpsExternalReferences(ExternalReferenceRegistry* registry);

// A uv_stat_t as the 18 numbers of Node's stat arrays (dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, then atime/mtime/ctime/birthtime as seconds and nanoseconds), which
// lib/internal/fs/utils.js turns into Stats; fs calls and fs.watchFile's StatWatcher share it.
constexpr int kStatFields = 18;
void FillStatValues(double* out, const uv_stat_t* s);

}  // namespace tide::bindings::fs
