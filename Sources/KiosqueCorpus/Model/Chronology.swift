/// What an article's date is: a full date, a yearless dateline (day and month only), or none.
/// `ChronologicalOrder` puts them in that order.
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
}
