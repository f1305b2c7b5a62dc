/// What the resolver's passes read and build for one article's candidates.
/// (Groups hold indices into `candidates`: a candidate is a large value, never copied.)
struct Resolution {
    /// The candidates as the span finder gave them, acronyms still inside their expansions.
    let found: [Candidate]
    /// Every mention that may become an entity, acronyms included.
    var candidates: [Candidate] = []
    /// Groups of indices into `candidates`: each non-empty group becomes one entity.
    var groups: [[Int]] = []
    /// The group of each folded name met so far.
    var groupOf: [String: Int] = [:]
    /// A person's surname or short form (folded) → the full folded name it stands for.
    var surnames: [String: String] = [:]
    /// Surnames that two different people share: never joined.
    var ambiguous: Set<String> = []
    /// The most words a surname key has (three only when some name has four words).
    var longestKey = 2

    init(found: [Candidate]) {
        self.found = found
    }

    /// Puts candidate `index` into `group`, and its fold with it.
    mutating func join(_ index: Int, to group: Int) {
        groups[group].append(index)
        groupOf[candidates[index].folded] = group
    }

    /// Moves every member of group `source` into `target`, leaving `source` empty.
    mutating func merge(_ source: Int, into target: Int) {
        groups[target].append(contentsOf: groups[source])
        groups[source] = []
    }

    /// Whether a candidate counts as a person: typed so, or untyped with a person's fallback.
    func isPerson(_ index: Int) -> Bool {
        // (Field by field: binding the candidate would copy it, retaining its strings.)
        let type = candidates[index].type
        return type == .person || (type == nil && candidates[index].fallbackType == .person)
    }
}

/// One pass of `MentionResolver`, in the order `MentionResolver.passes` declares.
protocol ResolverPass: Sendable {
    static func run(_ resolution: inout Resolution)
}
