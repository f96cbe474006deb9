// The host hooks V8 calls for ES modules (dynamic import(), import.meta); the module records
// themselves live in module_wrap.cc (internalBinding('module_wrap')).
#pragma once

#include <v8.h>

namespace tide::bindings::module_wrap {

// isolate->SetHostImportModuleDynamicallyCallback: hands (specifier, referrer, attributes) to the
// ESM loader's importModuleDynamically and returns its promise.
v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Data> host_defined_options,
                                                    v8::Local<v8::Value> resource_name,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> import_assertions);

// isolate->SetHostInitializeImportMetaObjectCallback: the loader fills import.meta.
void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta);

}  // namespace tide::bindings::module_wrap
