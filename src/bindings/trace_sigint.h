// SIGINT's handler (see trace_sigint.cc): with --trace-sigint / util.setTraceSigInt(true) on, it
// has the running JavaScript stack printed before the process dies of the signal; otherwise it
// leaves the terminal as tide found it (raw mode off) and dies of the signal, as Node does.
#pragma once

namespace tide::bindings::trace_sigint {

// Async-signal-safe.
void OnSigint(int signo);

}  // namespace tide::bindings::trace_sigint
