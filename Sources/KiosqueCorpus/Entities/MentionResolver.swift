import KiosqueText

/// Turns one article's name candidates into entities: drops unconfirmed sentence starts and
/// weak words, joins surname-only mentions to the full name, acronyms to their expansion,
/// and case or accent variants to each other.
enum MentionResolver {
    static func resolve(_ found: [Candidate]) -> [ExtractedEntity] {
        // (Loops below go by index: a candidate is a large value, and `for x in array`
        // would copy each one, retaining its strings.)
        var candidates: [Candidate] = []
        candidates.reserveCapacity(found.count + 4)
        for index in found.indices {
            candidates.append(found[index])
            if var acronym = found[index].acronym {
                acronym.type = found[index].type ?? acronym.type
                candidates.append(acronym)
            }
        }
        // A sentence start is kept when the same word is seen capitalised elsewhere: as a name
        // of its own, or as a word of a longer name, not at a sentence start.
        let confirming = candidates.contains(where: \.needsConfirmation) ? candidates.filter { !$0.needsConfirmation }.map(\.folded) : []
        candidates.removeAll { candidate in
            (candidate.needsConfirmation && !confirming.contains { Self.hasWord(candidate.folded, in: $0) })
                || (candidate.isWeak && candidate.type == nil)
        }

        // Group: same folded name; acronym with its expansion; surname with the full name.
        // Groups hold indices into `candidates` (a candidate is a large value: no copies).
        var groupOf: [String: Int] = Dictionary(minimumCapacity: candidates.count)
        var groups: [[Int]] = []
        groups.reserveCapacity(candidates.count)
        func join(_ index: Int, to group: Int) {
            groups[group].append(index)
            groupOf[candidates[index].folded] = group
        }
        var surnames: [String: String] = [:]  // last word → full folded name
        var ambiguous: Set<String> = []
        let people = candidates.indices.filter { index in
            let person = candidates[index]
            return (person.type == .person || (person.type == nil && person.fallbackType == .person)) && person.tokenCount >= 2
        }
        // A shorter form of a longer name (`Dailenys Cabrera` for `Dailenys Cabrera Alfonso`,
        // `Thais Nogueira` for `Thaís Aparecida Nogueira`) is the same person: its first two
        // words, or its first and last word.
        var shortForms: [String: String] = [:]
        for index in people {
            let words = candidates[index].folded.split(separator: " ")
            guard words.count >= 3, let first = words.first, let last = words.last else { continue }
            for short in ["\(first) \(words[1])", "\(first) \(last)"] where shortForms[short] == nil {
                shortForms[short] = candidates[index].folded
            }
        }
        var seenPeople: Set<String> = []
        for index in people {
            let person = candidates[index]
            guard seenPeople.insert(person.folded).inserted else { continue }
            let full = shortForms[person.folded] ?? person.folded
            let words = person.folded.split(separator: " ")
            // The last one or two words (`Riabkov`, `Gutiérrez Alea`), or any word after the
            // first (`Lula` in `Luiz Inácio Lula da Silva`, `Rodríguez` in `Bruno Rodríguez Parrilla`).
            var keys = Set((1...min(2, words.count - 1)).map { words.suffix($0).joined(separator: " ") })
            for word in words.dropFirst() where word.count >= 3 && !Lexicon.connectors.contains(String(word)) { keys.insert(String(word)) }
            if full != person.folded { keys.insert(person.folded) }
            for surname in keys {
                if let other = surnames[surname], other != full { ambiguous.insert(surname) }
                surnames[surname] = full
            }
        }
        // A family name written first (`Wang` for `Wang Yi`, `Fidel` for `Fidel Castro`) joins
        // a two-word name when no other person has that word.
        for index in people {
            let words = candidates[index].folded.split(separator: " ")
            guard words.count == 2, let first = words.first, first.count >= 3 else { continue }
            let key = String(first)
            if let other = surnames[key] {
                if other != candidates[index].folded { ambiguous.insert(key) }
            } else {
                surnames[key] = candidates[index].folded
            }
        }
        var acronymOwners: [String: String] = [:]  // acronym → its first expansion, folded
        for owner in found.indices {
            if let acronym = found[owner].acronym, acronym.folded != found[owner].folded, acronymOwners[acronym.folded] == nil {
                acronymOwners[acronym.folded] = found[owner].folded
            }
        }
        for index in candidates.indices {
            let candidate = candidates[index]
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
        mergeShortForms(&groups, candidates)
        // An acronym never introduced in parentheses joins the name whose initials it spells
        // (`UE` … `Union européenne`, `TSE` … `Tribunal suprême électoral`).
        let acronymGroups = groups.indices.filter { !groups[$0].isEmpty && candidates[groups[$0][0]].isAcronymOnly }
        guard !acronymGroups.isEmpty else { return entities(groups, candidates) }
        var byInitials: [String: Int] = [:]
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let first = candidates[group[0]]
            guard first.tokenCount >= 2, first.type != .person, !first.isAcronymOnly else { continue }
            let initials = Self.initials(of: first.folded)
            if initials.count >= 2, byInitials[initials] == nil { byInitials[initials] = index }
        }
        for index in acronymGroups {
            let first = candidates[groups[index][0]]
            guard first.tokenCount == 1, let target = byInitials[first.folded], target != index else { continue }
            groups[target].append(contentsOf: groups[index])
            groups[index] = []
        }
        return entities(groups, candidates)
    }

    /// Joins a group to a longer name it shortens: a name cut before a complement
    /// (`Conseil de sécurité` … `Conseil de sécurité de l’ONU`, `Cinémathèque` … `Cinémathèque
    /// de Cuba`, `BioHabana` … `BioHabana 2026`), or a name without its article (`Caire` …
    /// `Le Caire`). People are left out: their partial forms are surnames (see above).
    private static func mergeShortForms(_ groups: inout [[Int]], _ candidates: [Candidate]) {
        // The shorter forms each longer name could have; most articles have none, and then
        // no table of names is built.
        var wanted: [(group: Int, short: Substring)] = []
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let long = candidates[group[0]]
            guard long.tokenCount >= 2, long.type != .person, !(long.type == nil && long.fallbackType == .person) else { continue }
            for short in shortForms(of: long.folded) { wanted.append((index, short)) }
        }
        guard !wanted.isEmpty else { return }
        var byName: [Substring: Int] = [:]
        for (index, group) in groups.enumerated() {
            // (Members mostly share the first one's fold: only the other folds are hashed again.)
            guard let firstMember = group.first else { continue }
            let firstFold = candidates[firstMember].folded
            if byName[Substring(firstFold)] == nil { byName[Substring(firstFold)] = index }
            for member in group.dropFirst() where candidates[member].folded != firstFold {
                let folded = Substring(candidates[member].folded)
                if byName[folded] == nil { byName[folded] = index }
            }
        }
        for (index, short) in wanted {
            let longType = candidates[groups[index].first ?? 0].type
            guard !groups[index].isEmpty, let target = byName[short], target != index, !groups[target].isEmpty,
                  groups[target].allSatisfy({ member in candidates[member].type.map { $0 == longType || longType == nil } ?? true })
            else { continue }
            groups[index].append(contentsOf: groups[target])
            groups[target] = []
        }
    }

    /// `conseil de securite de l'onu` → `conseil de securite`; `le caire` → `caire`;
    /// `fihav 2026` → `fihav`: cuts before `de`/`des`/`du`, after an article, before a year.
    static func shortForms(of folded: String) -> [Substring] {
        var shorts: [Substring] = []
        let bytes = folded.utf8
        for article in ["le ", "la ", "les "] where folded.hasPrefix(article) {
            shorts.append(folded[folded.index(folded.startIndex, offsetBy: article.count)...])
        }
        var index = bytes.startIndex
        while let space = bytes[index...].firstIndex(of: 0x20) {
            let rest = folded[bytes.index(after: space)...]
            if rest.hasPrefix("de ") || rest.hasPrefix("des ") || rest.hasPrefix("du ") || (!rest.contains(" ") && isYear(rest)) {
                shorts.append(folded[..<space])
            }
            index = bytes.index(after: space)
        }
        return shorts
    }

    /// A four-digit year (an edition: `FIHAV 2026`).
    private static func isYear(_ word: Substring) -> Bool {
        word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (word.hasPrefix("19") || word.hasPrefix("20"))
    }

    private static func entities(_ groups: [[Int]], _ candidates: [Candidate]) -> [ExtractedEntity] {
        var result: [ExtractedEntity] = []
        result.reserveCapacity(groups.count)
        for group in groups where !group.isEmpty { result.append(entity(from: group, of: candidates)) }
        return result
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

    private static func entity(from group: [Int], of candidates: [Candidate]) -> ExtractedEntity {
        var votes = [Int](repeating: 0, count: EntityType.allCases.count)
        for member in group {
            let candidate = candidates[member]
            if let type = candidate.type { votes[type.voteSlot] += 2 } else { votes[candidate.fallbackType.voteSlot] += 1 }
        }
        // Most votes; a tie goes to the type whose raw value sorts first.
        let type = EntityType.allCases.max { lhs, rhs in
            (votes[lhs.voteSlot], rhs.rawValue) < (votes[rhs.voteSlot], lhs.rawValue)
        } ?? .misc
        var mentions = group.map { candidates[$0].mention }
        if mentions.count > 1 { mentions.sort { Self.order($0, $1) } }
        let expansions = group.filter { !candidates[$0].isAcronymOnly }
        let named = expansions.isEmpty ? group : expansions
        let name = CanonicalName.choose(from: named.map { candidates[$0].text })
        // The chosen form's fold is already known: its candidate's.
        let folded = named.first { candidates[$0].text == name }.map { candidates[$0].folded } ?? TextFolding.foldName(name)
        return ExtractedEntity(name: name, type: type, mentions: mentions, folded: folded)
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
