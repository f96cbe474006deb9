// internalBinding('worker'): the native Worker (threads/worker.h), getWorkerInfo() and
// getParentPort() for lib/worker_threads.js and lib/internal/main/worker_thread.js.
#include "threads/worker.h"

#include "env/binding_registry.h"

namespace tide::bindings::worker {

void Initialize(Environment* env, v8::Local<v8::Object> target) { Worker::Initialize(env, target); }

void RegisterExternalReferences(ExternalReferenceRegistry* registry) {
  Worker::RegisterExternalReferences(registry);
}

}  // namespace tide::bindings::worker
