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
  double LoopNow() const { return FreshNow(env_->loop()); }
  // The loop's time in ms. The loop caches "now" at the start of each iteration; JS may have run
  // for a while since, so it is refreshed first, or a timer set late in a long callback would fire
  // early.
  static double FreshNow(uv_loop_t* loop) {
    uv_update_time(loop);
    return static_cast<double>(uv_now(loop));
  }

 private:
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);

  Environment* env_;
  uv_timer_t* timer_;
  uv_check_t* check_;
  uv_idle_t* idle_;
};

}  // namespace tide
