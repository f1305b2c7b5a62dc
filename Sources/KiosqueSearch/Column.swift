import KiosqueCorpus

/// A `FlatArray` (its own storage or a view of a snapshot's mapping) read through its buffer.
/// `FlatArray` lives in another module, so its collection methods reached this one unspecialized:
/// checking and counting a 10,000-document table through them tripled a snapshot start's CPU.
/// This type is the module's own, so the optimiser specializes every loop over it.
struct Column<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// Keeps `buffer`'s memory alive; `FlatArray` never moves or writes it once built.
    private let storage: FlatArray<Element>
    private let buffer: UnsafeBufferPointer<Element>

    init(_ storage: FlatArray<Element>) {
        self.storage = storage
        buffer = storage.withUnsafeBufferPointer { $0 }
    }

    init(_ values: [Element]) {
        self.init(FlatArray(values))
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < buffer.count, "index out of range")
        return buffer[position]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(buffer)
    }
}
