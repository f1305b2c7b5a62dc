import Synchronization

/// The process-wide byte budget for identity forms inflated from gzip-only bodies
/// (`PreparedBody(keepIdentity: false)`, snapshot bodies). Clients that send no
/// `Accept-Encoding` (curl, wrk, many scripts) would otherwise pay one inflate per request;
/// the first bodies they ask for keep their inflated form until the budget is spent, and
/// later ones are inflated per request as before. Bounded, so memory stays what it was
/// planned to be however many distinct bodies are asked for.
enum InflatedBodies {
    /// 16 MiB: about 4,500 article bodies of 3.5 KB.
    static let budget = 16 << 20
    private static let used = Atomic<Int>(0)

    /// Takes `bytes` from the budget; false (and nothing taken) when they do not fit.
    static func reserve(_ bytes: Int) -> Bool {
        var current = used.load(ordering: .relaxed)
        while current + bytes <= budget {
            let (exchanged, original) = used.compareExchange(expected: current, desired: current + bytes,
                                                             ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Gives back what a body held (it went away, or another thread kept its own copy first).
    static func release(_ bytes: Int) {
        used.subtract(bytes, ordering: .relaxed)
    }

    /// Bytes held now (for tests and diagnostics).
    static var held: Int { used.load(ordering: .relaxed) }
}
