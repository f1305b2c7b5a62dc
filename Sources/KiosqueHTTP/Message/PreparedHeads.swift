/// The header lines of a prepared body's responses, built on first use and reused: nginx
/// keeps a file's headers ready in the same way. One set of lines per representation
/// (status, coding, server name and the responder's own fields); a few sets at most, since
/// responders add the same fields to the same body.
final class PreparedHeads: Sendable {
    /// What the lines depend on besides the body itself.
    struct Key {
        var status: Int
        var gzip: Bool
        var serverName: String
        var headers: HTTPHeaders

        func matches(_ other: Key) -> Bool {
            status == other.status && gzip == other.gzip && serverName == other.serverName
                && headers.count == other.headers.count
                && headers.fields.elementsEqual(other.headers.fields) { $0.name == $1.name && $0.value == $1.value }
        }
    }

    /// A status line, and the field lines between `Date` and `Connection`.
    struct Lines: Sendable {
        var statusLine: [UInt8]
        var fields: [UInt8]
    }

    /// Beyond this many keys the lines are built per request rather than stored: a responder
    /// adding per-request fields to a prepared body must not grow memory without bound.
    private static let capacity = 8
    private let entries = LockedValue<[(key: Key, lines: Lines)]>([])

    /// The stored lines for `key`, or those `build` makes (stored while there is room).
    func lines(for key: Key, build: () -> Lines) -> Lines {
        if let found = entries.withLock({ entries in entries.first { $0.key.matches(key) }?.lines }) { return found }
        let built = build()
        entries.withLock { entries in
            if entries.count < Self.capacity, !entries.contains(where: { $0.key.matches(key) }) {
                entries.append((key, built))
            }
        }
        return built
    }
}
