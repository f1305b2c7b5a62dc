#if canImport(Glibc)
import Glibc
#endif

/// CPU time (user and system, all threads) this process has used so far: a start-up phase's
/// CPU beside its wall time tells how many cores it kept busy.
package enum ProcessCPU {
    package static var seconds: Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
