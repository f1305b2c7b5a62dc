/// Turns one article's name candidates into entities: drops unconfirmed sentence starts and
/// weak words, joins surname-only mentions to the full name, acronyms to their expansion,
/// and case or accent variants to each other.
enum MentionResolver {
    static func resolve(_ found: [Candidate]) -> [ExtractedEntity] {
        var candidates: [Candidate] = []
        for candidate in found {
            candidates.append(candidate)
            if var acronym = candidate.acronym {
                acronym.type = candidate.type ?? acronym.type
                candidates.append(acronym)
            }
        }
        // A sentence start is kept when the same word is seen capitalised elsewhere: as a name
        // of its own, or as a word of a longer name, not at a sentence start.
        let confirming = candidates.filter { !$0.needsConfirmation }.map(\.folded)
        candidates.removeAll { candidate in
            (candidate.needsConfirmation && !confirming.contains { Self.hasWord(candidate.folded, in: $0) })
                || (candidate.isWeak && candidate.type == nil)
        }

        // Group: same folded name; acronym with its expansion; surname with the full name.
        // Groups hold indices into `candidates` (a candidate is a large value: no copies).
        var groupOf: [String: Int] = [:]
        var groups: [[Int]] = []
        func join(_ index: Int, to group: Int) {
            groups[group].append(index)
            groupOf[candidates[index].folded] = group
        }
        var surnames: [String: String] = [:]  // last word → full folded name
        var ambiguous: Set<String> = []
        var seenPeople: Set<String> = []
        for person in candidates where (person.type == .person || (person.type == nil && person.fallbackType == .person))
            && person.tokenCount >= 2 && seenPeople.insert(person.folded).inserted {
            let words = person.folded.split(separator: " ")
            // The last one or two words (`Riabkov`, `Gutiérrez Alea`), or any word after the
            // first (`Lula` in `Luiz Inácio Lula da Silva`, `Rodríguez` in `Bruno Rodríguez Parrilla`).
            var keys = Set((1...min(2, words.count - 1)).map { words.suffix($0).joined(separator: " ") })
            for word in words.dropFirst() where word.count >= 3 && !Lexicon.connectors.contains(String(word)) { keys.insert(String(word)) }
            for surname in keys {
                if let other = surnames[surname], other != person.folded { ambiguous.insert(surname) }
                surnames[surname] = person.folded
            }
        }
        var acronymOwners: [String: String] = [:]  // acronym → its first expansion, folded
        for owner in found {
            if let acronym = owner.acronym, acronym.folded != owner.folded, acronymOwners[acronym.folded] == nil {
                acronymOwners[acronym.folded] = owner.folded
            }
        }
        for (index, candidate) in candidates.enumerated() {
            // An expansion whose acronym was seen first (title `FMI`, body `Fonds … (FMI)`).
            if let acronym = candidate.acronym, groupOf[candidate.folded] == nil, let group = groupOf[acronym.folded] {
                join(index, to: group); continue
            }
            if let owner = acronymOwners[candidate.folded], let group = groupOf[owner] {
                join(index, to: group); continue
            }
            if let group = groupOf[candidate.folded] { join(index, to: group); continue }
            if candidate.tokenCount <= 2, candidate.type == nil || candidate.type == .person, !ambiguous.contains(candidate.folded),
               let full = surnames[candidate.folded], full != candidate.folded, let group = groupOf[full] {
                join(index, to: group); continue
            }
            groups.append([index])
            groupOf[candidate.folded] = groups.count - 1
        }
        // A surname seen before its full name (title first, body later): merge backwards.
        for (index, group) in groups.enumerated() where group.count > 0 {
            let first = candidates[group[0]]
            guard first.tokenCount <= 2, !ambiguous.contains(first.folded),
                  let full = surnames[first.folded], full != first.folded, let target = groupOf[full], target != index,
                  first.type == nil || first.type == .person else { continue }
            groups[target].append(contentsOf: group)
            groups[index] = []
        }
        // An acronym never introduced in parentheses joins the name whose initials it spells
        // (`UE` … `Union européenne`, `TSE` … `Tribunal suprême électoral`).
        var byInitials: [String: Int] = [:]
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let first = candidates[group[0]]
            guard first.tokenCount >= 2, first.type != .person, !first.isAcronymOnly else { continue }
            let initials = Self.initials(of: first.folded)
            if initials.count >= 2, byInitials[initials] == nil { byInitials[initials] = index }
        }
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let first = candidates[group[0]]
            guard first.isAcronymOnly, first.tokenCount == 1, let target = byInitials[first.folded], target != index else { continue }
            groups[target].append(contentsOf: group)
            groups[index] = []
        }
        return groups.filter { !$0.isEmpty }.map { entity(from: $0.map { candidates[$0] }) }
    }

    /// First letters of a folded name's words, articles and prepositions left out.
    static func initials(of folded: String) -> String {
        String(folded.split(separator: " ").filter { !initialsSkipped.contains($0) }.compactMap(\.first))
    }

    private static let initialsSkipped: Set<Substring> = ["de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "en", "a", "au", "aux"]

    /// `name` equals `word`, or has it as one of its space-separated words.
    static func hasWord(_ word: String, in name: String) -> Bool {
        if name == word { return true }
        let haystack = name.utf8, needle = word.utf8
        guard !needle.isEmpty, needle.count < haystack.count else { return false }
        var start = haystack.startIndex
        while true {
            // Compare the word starting at `start` with `needle`, up to the next space.
            var cursor = start
            var matched = needle.startIndex
            while cursor < haystack.endIndex, haystack[cursor] != 0x20, matched < needle.endIndex, haystack[cursor] == needle[matched] {
                haystack.formIndex(after: &cursor)
                needle.formIndex(after: &matched)
            }
            if matched == needle.endIndex && (cursor == haystack.endIndex || haystack[cursor] == 0x20) { return true }
            guard let space = haystack[cursor...].firstIndex(of: 0x20) else { return false }
            start = haystack.index(after: space)
        }
    }

    private static func entity(from group: [Candidate]) -> ExtractedEntity {
        var votes: [EntityType: Int] = [:]
        for candidate in group { if let type = candidate.type { votes[type, default: 0] += 2 } else { votes[candidate.fallbackType, default: 0] += 1 } }
        let type = votes.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .misc
        let mentions = group.map(\.mention).sorted { Self.order($0, $1) }
        let expansions = group.filter { !$0.isAcronymOnly }
        let name = CanonicalName.choose(from: (expansions.isEmpty ? group : expansions).map(\.text))
        return ExtractedEntity(name: name, type: type, mentions: mentions)
    }

    static func order(_ lhs: Mention, _ rhs: Mention) -> Bool {
        func key(_ mention: Mention) -> (Int, Int) {
            switch mention.field {
            case .title: return (-1, mention.utf8Range.lowerBound)
            case .paragraph(let index): return (index, mention.utf8Range.lowerBound)
            case .dateline: return (-5, mention.utf8Range.lowerBound)
            case .author: return (-4, mention.utf8Range.lowerBound)
            case .source: return (Int.max - 2, mention.utf8Range.lowerBound)
            case .publisher: return (Int.max - 1, mention.utf8Range.lowerBound)
            }
        }
        return key(lhs) < key(rhs)
    }
}

/// The canonical name of an entity, by one documented rule:
/// 1. the fullest form: the most words (an acronym's entity takes its expansion);
/// 2. a form that starts with a capital (`La Havane` over `la Havane`);
/// 3. among spellings of that form, the one with the most accented letters (readers expect
///    the name written as the articles accent it: `Yuri Borísov`);
/// 4. then the most frequent; 5. then the one with more words kept lower-case inside
///    (`Amérique latine` over `Amérique Latine`); 6. then code-point order.
public enum CanonicalName {
    public static func choose(from forms: [String]) -> String {
        // Most entities are written one way in an article: nothing to choose.
        if let first = forms.first, forms.allSatisfy({ $0 == first }) { return first }
        var counts: [String: Int] = [:]
        for form in forms { counts[form, default: 0] += 1 }
        return choose(fromCounts: counts)
    }

    /// The same rule over forms already counted (form → how often it was used).
    public static func choose(fromCounts counts: [String: Int]) -> String {
        if counts.count == 1, let only = counts.first { return only.key }
        return counts.max { lhs, rhs in key(lhs.key, lhs.value) < key(rhs.key, rhs.value) }?.key ?? ""
    }

    private static func key(_ form: String, _ count: Int) -> (Int, Int, Int, Int, Int, String) {
        let words = form.split(whereSeparator: { $0 == " " || $0 == "-" }).count
        let capitalised = (form.first?.isUppercase ?? false) ? 1 : 0
        let accents = form.unicodeScalars.filter { $0.value > 0x7F && $0.properties.isAlphabetic }.count
        let lowercaseInside = form.split(separator: " ").dropFirst().filter { $0.first?.isLowercase ?? false }.count
        // Reverse code-point order in the last slot so that `max` picks the smallest string.
        return (words, capitalised, accents, count, lowercaseInside, String(form.unicodeScalars.map { Character(Unicode.Scalar(0x10FFFF - $0.value) ?? " ") }))
    }
}
