/// An article's place in date order: articles with a full date first, then those with a
/// yearless dateline (day and month only), then undated ones.
public enum Chronology: Sendable, Hashable {
    case dated(PublicationDate)
    /// Month and day (day 0 when the dateline has none).
    case yearless(month: Int, day: Int)
    case undated

    public init(_ article: Article) {
        if let published = article.published {
            self = .dated(published)
        } else if let month = article.dateline?.month {
            self = .yearless(month: month, day: article.dateline?.day ?? 0)
        } else {
            self = .undated
        }
    }

    /// 0 dated, 1 yearless, 2 undated: the groups keep this order both ways.
    public var group: Int {
        switch self {
        case .dated: 0
        case .yearless: 1
        case .undated: 2
        }
    }

    /// Whether `lhs` comes before `rhs` (`newestFirst` reverses the order inside a group,
    /// not the groups); nil when they tie.
    public static func precedes(_ lhs: Chronology, _ rhs: Chronology, newestFirst: Bool) -> Bool? {
        if lhs.group != rhs.group { return lhs.group < rhs.group }
        switch (lhs, rhs) {
        case (.dated(let a), .dated(let b)) where a != b: return newestFirst ? b < a : a < b
        case (.yearless(let m1, let d1), .yearless(let m2, let d2)) where (m1, d1) != (m2, d2):
            return newestFirst ? (m2, d2) < (m1, d1) : (m1, d1) < (m2, d2)
        default: return nil
        }
    }
}
