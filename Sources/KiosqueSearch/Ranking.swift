/// Picks one page of hits in result order without sorting every hit: a bounded heap keeps the
/// best `page × size` seen so far, so most hits cost one comparison with its worst.
enum Ranking {
    /// Result order: `primary` ascending (0 for relevance, the date for date orders), then
    /// score descending, then document order.
    struct Key: Comparable {
        let primary: Int32
        let score: Double
        let doc: Int32

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.doc < rhs.doc
        }
    }

    /// The hits `start..<start + size` in `order`.
    static func page(documents: UnsafeBufferPointer<Int32>, scores: UnsafeBufferPointer<Double>, order: SearchSort,
                     sortDates: DateOrder, start: Int, size: Int) -> [(doc: Int32, score: Double)] {
        guard start < documents.count else { return [] }
        let end = start + min(max(0, size), documents.count - start)
        guard start < end else { return [] }
        var best = TopK<Key>(end)
        switch order {
        case .relevance:
            for index in documents.indices { best.insert(Key(primary: 0, score: scores[index], doc: documents[index])) }
        case .dateDescending, .dateAscending:
            let descending = order == .dateDescending
            for index in documents.indices {
                let doc = documents[index]
                best.insert(Key(primary: sortDates.primary(Int(doc), descending: descending), score: scores[index], doc: doc))
            }
        }
        return best.sorted()[start..<end].map { ($0.doc, $0.score) }
    }

    /// The `capacity` smallest keys inserted, in a max-heap: a key no better than the worst
    /// kept is rejected with one comparison.
    struct TopK<Element: Comparable> {
        private var heap: [Element] = []
        private let capacity: Int

        init(_ capacity: Int) {
            self.capacity = capacity
            heap.reserveCapacity(capacity)
        }

        @inline(__always)
        mutating func insert(_ key: Element) {
            if heap.count < capacity {
                heap.append(key)
                Heap.siftUp(&heap, heap.count - 1)
            } else if key < heap[0] {
                heap[0] = key
                Heap.siftDown(&heap, 0)
            }
        }

        func sorted() -> [Element] { heap.sorted() }

        var isFull: Bool { heap.count == capacity }
        /// The worst key kept (valid once there is one).
        var worst: Element { heap[0] }
    }
}

/// The `k` smallest elements of a sequence, in order, with a max-heap of size `k`.
enum Heap {
    /// The `capacity` largest counts seen; `threshold` is the least of them once there are
    /// that many (a count below it cannot enter).
    struct Bounded {
        /// The counts negated, so that the max-heap helpers keep the least count on top.
        private var heap: [Int32] = []
        private let capacity: Int

        init(_ capacity: Int) {
            self.capacity = max(0, capacity)
        }

        var threshold: Int32? {
            capacity == 0 ? .max : (heap.count == capacity ? -heap[0] : nil)
        }

        mutating func insert(_ count: Int32) {
            if heap.count < capacity {
                heap.append(-count)
                Heap.siftUp(&heap, heap.count - 1)
            } else if capacity > 0 && -count < heap[0] {
                heap[0] = -count
                Heap.siftDown(&heap, 0)
            }
        }
    }

    static func smallest<S: Sequence>(_ k: Int, of elements: S) -> [S.Element] where S.Element: Comparable {
        guard k > 0 else { return [] }
        var heap: [S.Element] = []
        heap.reserveCapacity(k)
        for element in elements {
            if heap.count < k {
                heap.append(element)
                siftUp(&heap, heap.count - 1)
            } else if element < heap[0] {
                heap[0] = element
                siftDown(&heap, 0)
            }
        }
        return heap.sorted()
    }

    static func siftUp<T: Comparable>(_ heap: inout [T], _ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent] < heap[child] else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    static func siftDown<T: Comparable>(_ heap: inout [T], _ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < heap.count && heap[largest] < heap[left] { largest = left }
            if right < heap.count && heap[largest] < heap[right] { largest = right }
            if largest == parent { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
