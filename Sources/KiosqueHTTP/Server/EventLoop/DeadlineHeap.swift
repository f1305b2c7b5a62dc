/// The deadlines of one event loop's connections, earliest first: a binary min-heap whose
/// top sets `epoll_wait`'s timeout, so a deadline ends when it passes, not at the next sweep.
///
/// Entries are never removed when a deadline moves: the loop remembers, per connection, the
/// instant it last scheduled, and an entry that no longer matches is skipped when it comes
/// out (lazy deletion). That keeps every request free of heap work but a push when its
/// deadline moves earlier.
struct DeadlineHeap {
    struct Entry {
        let instant: UInt64
        let descriptor: Int32
        /// Tells a connection from a later one that reuses its descriptor.
        let serial: UInt64
    }

    private(set) var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var earliest: UInt64? { entries.first?.instant }

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].instant < entries[parent].instant else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest entry if it is due at `now`.
    mutating func popDue(at now: UInt64) -> Entry? {
        guard let first = entries.first, first.instant <= now else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            siftDown(from: 0)
        }
        return first
    }

    /// Keeps only the entries `isLive` accepts: stale ones of closed connections would
    /// otherwise stay until their instant, however many connections came and went.
    mutating func compact(keeping isLive: (Entry) -> Bool) {
        entries.removeAll { !isLive($0) }
        for index in stride(from: entries.count / 2 - 1, through: 0, by: -1) { siftDown(from: index) }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < entries.count else { return }
            var smallest = left
            if left + 1 < entries.count && entries[left + 1].instant < entries[left].instant { smallest = left + 1 }
            guard entries[smallest].instant < entries[parent].instant else { return }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
