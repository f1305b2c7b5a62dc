import KiosqueCorpus

/// Typed access to a request's query parameters, each accessor failing with a 400 that names
/// the parameter. Values arrive percent-decoded from the HTTP layer.
package struct QueryParameters: Sendable {
    /// Longest accepted value of any parameter in bytes (each parameter also has its own
    /// limit in code points, as the OpenAPI document declares): larger values are refused.
    package static let maxValueLength = 8192

    private let items: [(name: String, value: String)]

    /// Wraps decoded `(name, value)` pairs in request order (repeated names are kept).
    package init(_ items: [(name: String, value: String)]) {
        self.items = items
    }

    /// Whether the parameter is present, with or without a value (`?pretty`).
    package func has(_ name: String) -> Bool {
        items.contains { $0.name == name }
    }

    /// Every value of a repeatable parameter, in order.
    package func all(_ name: String) throws(APIError) -> [String] {
        let values = items.filter { $0.name == name }.map(\.value)
        for value in values { try checkLength(name, value) }
        return values
    }

    /// The value of a single-valued parameter; a repeated one is ambiguous, hence an error.
    package func string(_ name: String) throws(APIError) -> String? {
        let values = try all(name)
        guard values.count <= 1 else {
            throw .badParameter(name, "'\(name)' may be given only once.")
        }
        return values.first
    }

    /// A non-empty single value, or nil when absent or empty.
    package func nonEmpty(_ name: String) throws(APIError) -> String? {
        guard let value = try string(name), !value.isEmpty else { return nil }
        return value
    }

    /// A single value of at most `maxCharacters` characters (names and ids), or nil.
    package func short(_ name: String, maxCharacters: Int = 200) throws(APIError) -> String? {
        guard let value = try nonEmpty(name) else { return nil }
        // JSON Schema's maxLength counts code points, not grapheme clusters.
        guard value.unicodeScalars.count <= maxCharacters else {
            throw .badParameter(name, "'\(name)' is longer than \(maxCharacters) characters.")
        }
        return value
    }

    /// Most distinct values of a repeatable id parameter: each one costs a filter pass.
    package static let maxRepeatedValues = 32
    /// Most words in a search text: each word costs a posting-list walk (and its expansions).
    package static let maxQueryTerms = 32

    /// Every distinct value of a repeatable id parameter, in first-seen order, each at most
    /// `maxCharacters` characters; repeats are dropped so they cost nothing, and more than
    /// `maxRepeatedValues` distinct values are refused.
    package func ids(_ name: String, maxCharacters: Int = 200) throws(APIError) -> [String] {
        var seen = Set<String>()
        let values = try all(name).filter { !$0.isEmpty && seen.insert($0).inserted }
        if values.contains(where: { $0.unicodeScalars.count > maxCharacters }) {
            throw .badParameter(name, "'\(name)' is longer than \(maxCharacters) characters.")
        }
        guard values.count <= Self.maxRepeatedValues else {
            throw .badParameter(name, "'\(name)' may be given at most \(Self.maxRepeatedValues) different values.")
        }
        return values
    }

    /// A search text (`text` rules) of at most `maxQueryTerms` words.
    package func searchText(_ name: String, what: String) throws(APIError) -> String {
        let value = try text(name, what: what)
        let words = value.split { !$0.isLetter && !$0.isNumber }.count
        guard words <= Self.maxQueryTerms else {
            throw .badParameter(name, "'\(name)' has \(words) words; at most \(Self.maxQueryTerms) are searched.")
        }
        return value
    }

    /// A required text (`q`, `text`): present, not only white space, at most 1,024 code points.
    package func text(_ name: String, what: String, maxCharacters: Int = 1024) throws(APIError) -> String {
        guard let value = try string(name), !value.allSatisfy(\.isWhitespace) else {
            throw .badParameter(name, "'\(name)' is required: \(what).")
        }
        guard value.unicodeScalars.count <= maxCharacters else {
            throw .badParameter(name, "'\(name)' is longer than \(maxCharacters) characters.")
        }
        return value
    }

    /// An integer within `range`, or `defaultValue` when absent.
    package func int(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(APIError) -> Int {
        guard let text = try string(name) else { return defaultValue }
        guard let value = Int(text) else {
            throw .badParameter(name, "'\(name)' must be an integer, not '\(text.prefix(40))'.")
        }
        guard range.contains(value) else {
            throw .badParameter(name, "'\(name)' must be between \(range.lowerBound) and \(range.upperBound), not \(value).")
        }
        return value
    }

    /// One of `allowed`, or `defaultValue` when absent.
    package func choice(_ name: String, _ allowed: [String], default defaultValue: String) throws(APIError) -> String {
        guard let value = try string(name) else { return defaultValue }
        guard allowed.contains(value) else {
            throw .badParameter(name, "'\(name)' must be one of \(allowed.joined(separator: ", ")), not '\(value.prefix(40))'.")
        }
        return value
    }

    /// Refuses a parameter the endpoint does not read (`limit` for `pageSize`, `order-by`
    /// for `sort`): silently ignoring it would answer a different question. `pretty` is
    /// allowed everywhere; a nameless item (`?=1`, `?&`) says nothing and is passed over.
    package func onlyAllowing(_ allowed: [String]) throws(APIError) {
        var unknown: [String] = []
        for item in items where !item.name.isEmpty && item.name != "pretty" && !allowed.contains(item.name) && !unknown.contains(item.name) {
            unknown.append(item.name)
        }
        guard let first = unknown.first else { return }
        let names = unknown.prefix(5).map { "'\($0.prefix(40))'" }.joined(separator: ", ")
        let list = allowed.isEmpty ? "this endpoint takes none but 'pretty'" : "allowed: \((allowed + ["pretty"]).joined(separator: ", "))"
        throw .badParameter(first, "Unknown query parameter\(unknown.count > 1 ? "s" : "") \(names); \(list).")
    }

    /// `from` and `to` as an inclusive range of `yyyymmdd` keys: each `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD` (a year or month stands for its first day in `from`, its last in `to`).
    package func dateRange() throws(APIError) -> (from: Int?, to: Int?) {
        let from = try dateBound("from", atStart: true)
        let to = try dateBound("to", atStart: false)
        if let from, let to, to < from {
            let (toText, fromText) = (try string("to") ?? "", try string("from") ?? "")
            throw .badParameter("to", "'to' (\(toText.prefix(40))) is before 'from' (\(fromText.prefix(40))): the range is empty.")
        }
        return (from, to)
    }

    private func dateBound(_ name: String, atStart: Bool) throws(APIError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let bound = DateBound(text) else {
            throw .badParameter(name, "'\(name)' must be a date YYYY, YYYY-MM or YYYY-MM-DD that exists (e.g. 2021, 2021-11, 2021-11-19), not '\(text.prefix(40))'.")
        }
        return atStart ? bound.first : bound.last
    }

    private func checkLength(_ name: String, _ value: String) throws(APIError) {
        if value.utf8.count > Self.maxValueLength {
            throw .badParameter(name, "'\(name)' is longer than \(Self.maxValueLength) bytes.")
        }
    }
}

/// A year, month or day as `from`/`to` give it, with its first and last day as `yyyymmdd`.
package struct DateBound: Sendable, Equatable {
    package let first: Int
    package let last: Int

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits exactly so); nil when malformed or
    /// when the date does not exist.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers[0] >= 1 else { return nil }
        let year = numbers[0]
        if numbers.count == 1 {
            (first, last) = (year * 10_000 + 101, year * 10_000 + 1231)
            return
        }
        let month = numbers[1]
        guard (1...12).contains(month) else { return nil }
        if numbers.count == 2 {
            let days = PublicationDate.daysIn(month: month, year: year)
            (first, last) = (year * 10_000 + month * 100 + 1, year * 10_000 + month * 100 + days)
            return
        }
        guard let date = PublicationDate(year: year, month: month, day: numbers[2]) else { return nil }
        (first, last) = (date.dayKey, date.dayKey)
    }
}

/// `page` and `pageSize` with the API's bounds, and the slice of a list they select.
package struct Paging: Sendable, Equatable {
    /// Largest page size a client may ask for.
    package static let maxPageSize = 100
    package let page: Int
    package let pageSize: Int

    /// A given page.
    package init(page: Int, pageSize: Int) {
        self.page = page
        self.pageSize = pageSize
    }

    /// Reads `page` (≥ 1) and `pageSize` (1…100, default 20).
    package init(_ query: QueryParameters, defaultPageSize: Int = 20) throws(APIError) {
        page = try query.int("page", default: 1, in: 1...1_000_000)
        pageSize = try query.int("pageSize", default: defaultPageSize, in: 1...Self.maxPageSize)
    }

    /// The range of a `total`-long list this page covers (empty past the end).
    package func range(total: Int) -> Range<Int> {
        let start = min(total, (page - 1) * pageSize)
        return start..<min(total, start + pageSize)
    }

    /// Number of pages for `total` items.
    package func pages(total: Int) -> Int {
        (total + pageSize - 1) / pageSize
    }
}
