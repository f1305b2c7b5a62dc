#ifndef KIOSQUE_CLINUX_SHIM_H
#define KIOSQUE_CLINUX_SHIM_H
/* Linux calls Glibc's Swift overlay leaves out: epoll, eventfd, and two GNU-only calls
   reached through syscall() so that no _GNU_SOURCE is needed. */
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
/* syscall() as unistd.h declares it; that header is not included because the names it
   brings belong to Glibc's module, and a second owner would hide them from Swift. */
extern long syscall(long number, ...);

/* malloc_trim as malloc.h declares it (not included, for the reason above). */
extern int malloc_trim(unsigned long pad);

/* accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC: one call instead of accept and two fcntl. */
static inline int kiosque_accept_nonblocking(int listener) {
    /* SOCK_NONBLOCK and SOCK_CLOEXEC are O_NONBLOCK and O_CLOEXEC on Linux; spelled out so
       that this header includes no socket header (its names belong to Glibc's module). */
    return (int)syscall(SYS_accept4, listener, (void *)0, (void *)0, 04000 | 02000000);
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
