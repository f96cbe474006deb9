// The signals tide knows by name, in one list: process.kill/process.on('SIGx')
// (bindings/process.cc) and os.constants.signals (bindings/os.cc) both expand it, so the two can
// never disagree.
#pragma once

#include <csignal>

// clang-format off
#define TIDE_SIGNALS(V)                                                                          \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT) V(SIGBUS) V(SIGFPE)   \
  V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE) V(SIGALRM) V(SIGTERM) V(SIGCHLD)        \
  V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP) V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU)       \
  V(SIGXFSZ) V(SIGVTALRM) V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)
// clang-format on
