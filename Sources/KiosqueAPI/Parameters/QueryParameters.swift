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

    /// A month-day date `MM-DD` (the corpus has no years).
    package func monthDay(_ name: String) throws(APIError) -> MonthDay? {
        guard let text = try string(name) else { return nil }
        guard let date = MonthDay(text) else {
            throw .badParameter(name, "'\(name)' must be a date MM-DD (e.g. 11-19), not '\(text.prefix(40))'.")
        }
        return date
    }

    private func checkLength(_ name: String, _ value: String) throws(APIError) {
        if value.utf8.count > Self.maxValueLength {
            throw .badParameter(name, "'\(name)' is longer than \(Self.maxValueLength) bytes.")
        }
    }
}

/// A day of the year without a year, as the articles' datelines give it.
package struct MonthDay: Sendable, Hashable, Comparable {
    /// 1–12.
    package let month: Int
    /// 1–31. Any month accepts up to 31: as a range bound `02-30` simply means "the end of
    /// February", and the OpenAPI pattern allows it.
    package let day: Int

    /// Validated month and day, or nil.
    package init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD` (exactly two digits each).
    package init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) })
        else { return nil }
        let digit = { (index: Int) in Int(bytes[index] - UInt8(ascii: "0")) }
        self.init(month: digit(0) * 10 + digit(1), day: digit(3) * 10 + digit(4))
    }

    /// Orders by month, then day.
    package static func < (lhs: MonthDay, rhs: MonthDay) -> Bool {
        (lhs.month, lhs.day) < (rhs.month, rhs.day)
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
