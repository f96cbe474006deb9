// Process milestones behind performance.nodeTiming: uv_hrtime() stamps taken by the runtime at
// fixed points of startup and shutdown (main thread only).
#pragma once

#include <cstdint>

namespace tide::bindings::performance {

enum class Milestone {
  kNodeStart,
  kV8Start,
  kEnvironment,
  kBootstrapComplete,
  kLoopStart,
  kLoopExit,
  kCount
};

// Records uv_hrtime() for `milestone` (the latest call wins).
void MarkMilestone(Milestone milestone);

}  // namespace tide::bindings::performance
