#ifndef KIOSQUE_CLINUX_SHIM_H
#define KIOSQUE_CLINUX_SHIM_H
/* Linux calls Glibc's Swift overlay leaves out: epoll, eventfd, and two GNU-only calls
   reached through syscall() so that no _GNU_SOURCE is needed. */
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

/* accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC: one call instead of accept and two fcntl. */
static inline int kiosque_accept_nonblocking(int listener) {
    return (int)syscall(SYS_accept4, listener, (void *)0, (void *)0, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

/* CPUs this process may run on (taskset narrows it); 0 when the kernel will not say. */
static inline int kiosque_allowed_cpu_count(void) {
    unsigned long long mask[16] = {0};
    long copied = syscall(SYS_sched_getaffinity, 0, sizeof(mask), mask);
    if (copied <= 0) return 0;
    int count = 0;
    for (long i = 0; i < copied / (long)sizeof(mask[0]); i++) count += __builtin_popcountll(mask[i]);
    return count;
}
#endif
