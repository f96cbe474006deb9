// measure: runs one command once and prints how long it took, as the operating system accounts it.
//
//   measure [-t SECONDS] [-o FILE] COMMAND [ARG ...]
//
// prints one line:  <wall ms> <cpu ms> <user ms> <sys ms> <peak RSS KiB> <exit status>
//   wall   a monotonic clock read just before fork() and just after the child is reaped
//   cpu    user + system time of the child (getrusage of the reaped child, microsecond resolution)
//   peak   the child's ru_maxrss
//   status the exit code, or 128 + signal number if a signal ended it (124 if -t killed it)
// The child inherits this process's environment (run.sh starts measure under `env -i ...`, so the
// clean environment costs the measured command nothing), gets /dev/null as standard input, and
// writes its output to FILE (-o, appended) or to /dev/null. -t kills it after SECONDS (default 60).
//
// Built by run.sh with `cc -O2` into a temporary directory: needs nothing but libc, so the start-up
// figures have microsecond resolution without python, hyperfine or GNU time's 10 ms rounding.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static volatile sig_atomic_t timed_out = 0;
static void on_alarm(int sig) { (void)sig; timed_out = 1; }

static double tv_ms(struct timeval tv) { return tv.tv_sec * 1e3 + tv.tv_usec / 1e3; }

int main(int argc, char** argv) {
  int timeout_s = 60;
  const char* out = "/dev/null";
  int opt;
  while ((opt = getopt(argc, argv, "+t:o:")) != -1) {
    if (opt == 't') timeout_s = atoi(optarg);
    else if (opt == 'o') out = optarg;
    else return 2;
  }
  if (optind >= argc) {
    fprintf(stderr, "usage: measure [-t SECONDS] [-o FILE] COMMAND [ARG ...]\n");
    return 2;
  }
  int in_fd = open("/dev/null", O_RDONLY);
  int out_fd = open(out, O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (in_fd < 0 || out_fd < 0) {
    perror("measure: open");
    return 2;
  }

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;  // no SA_RESTART: wait4 returns EINTR
  sigaction(SIGALRM, &sa, NULL);
  alarm(timeout_s);

  double start = now_ms();
  pid_t pid = fork();
  if (pid < 0) {
    perror("measure: fork");
    return 2;
  }
  if (pid == 0) {
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(out_fd, 2);
    execvp(argv[optind], argv + optind);
    dprintf(out_fd, "measure: cannot run %s: %s\n", argv[optind], strerror(errno));
    _exit(127);
  }

  // Bound the run: SIGALRM (installed without SA_RESTART) interrupts the blocking wait4, and the
  // child is killed. Blocking, not polling, so the wall time is read as soon as the child is reaped.
  int status = 0;
  struct rusage ru;
  for (;;) {
    pid_t r = wait4(pid, &status, 0, &ru);
    if (r == pid) break;
    if (r < 0 && errno == EINTR) {
      if (timed_out) kill(pid, SIGKILL);
      continue;
    }
    perror("measure: wait4");
    return 2;
  }
  double wall = now_ms() - start;

  int code;
  if (timed_out) code = 124;
  else if (WIFEXITED(status)) code = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) code = 128 + WTERMSIG(status);
  else code = 1;
  double user = tv_ms(ru.ru_utime), sys = tv_ms(ru.ru_stime);
  printf("%.3f %.3f %.3f %.3f %ld %d\n", wall, user + sys, user, sys, ru.ru_maxrss, code);
  return 0;
}
