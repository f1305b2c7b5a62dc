import KiosqueCorpus
import KiosqueText

/// Per article, its source, author and dateline place folded (case, accents, hyphens) for the
/// list's filters, as numbers into one table of the distinct folded values: the values repeat
/// across articles, and three optional strings per article were 48 bytes each in memory.
struct FoldedArticleFields: Sendable {
    enum Field: Int, CaseIterable {
        case source, author, place
    }

    /// Per article, per field (`Field` order): the value's number in `numbers`, -1 for none.
    private let values: [Int32]
    private let numbers: [String: Int32]

    init(_ articles: ArticleList) {
        var numbers: [String: Int32] = [:]
        var values: [Int32] = []
        values.reserveCapacity(articles.count * Field.allCases.count)
        // Each spelling is folded once: the same sources and authors sign thousands of articles.
        var spellings: [String: Int32] = [:]
        for article in articles {
            for value in [article.source, article.author, article.dateline?.place] {
                guard let value else {
                    values.append(-1)
                    continue
                }
                if let known = spellings[value] {
                    values.append(known)
                    continue
                }
                let folded = TextFolding.foldName(value)
                let number = numbers[folded] ?? Int32(numbers.count)
                numbers[folded] = number
                spellings[value] = number
                values.append(number)
            }
        }
        self.values = values
        self.numbers = numbers
    }

    /// What `matches` compares with for a folded value: its number, or one no article has.
    func wanted(_ folded: String) -> Int32 {
        numbers[folded] ?? -2
    }

    /// Whether the article at `index` has the value `wanted` gave for `field`.
    func matches(_ index: Int, _ field: Field, _ wanted: Int32) -> Bool {
        values[index * Field.allCases.count + field.rawValue] == wanted
    }
}
