// The general file-system calls of internalBinding('fs') (fs_ops.cc), added to the binding object
// by fs.cc's Initialize.
#pragma once

#include <v8.h>

#include "env/binding_registry.h"
#include "env/environment.h"

namespace tide::bindings::fs {

void InitializeOps(Environment* env, v8::Local<v8::Object> target);
void RegisterOpsExternalReferences(ExternalReferenceRegistry* registry);

}  // namespace tide::bindings::fs
