/// Loading makes and drops many short-lived buffers (file bytes, decoded JSON, tokens) on
/// several threads; glibc keeps their pages in its arenas, so the process would stay as
/// large as its peak. Handing them back after each phase keeps the resident size close to
/// what the corpus really holds.
package enum FreedMemory {
    package static func returnToSystem() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim(3)` (declared in `<malloc.h>`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
