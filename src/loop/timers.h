// The native half of JS timers and immediates. One uv_timer_t per Environment drives every
// setTimeout/setInterval (lib/internal/timers.js keeps the lists and tells us the next expiry); a
// uv_check_t runs the immediate queue after poll, and a uv_idle_t keeps poll from blocking while
// immediates are waiting.
#pragma once

#include <uv.h>

#include "env/environment.h"

namespace tide {

class LoopTimers final : public Environment::BindingData {
 public:
  explicit LoopTimers(Environment* env);
  ~LoopTimers() override;

  static LoopTimers* Get(Environment* env);

  // Arms the timer to fire `ms` from the loop's cached now (minimum 1 ms).
  void ScheduleTimer(int64_t ms);
  void ToggleTimerRef(bool ref);
  void ToggleImmediateRef(bool ref);
  double LoopNow() const;

 private:
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);

  Environment* env_;
  uv_timer_t* timer_;
  uv_check_t* check_;
  uv_idle_t* idle_;
};

}  // namespace tide
