import KiosqueText

/// Turns one article's name candidates into entities: drops unconfirmed sentence starts and
/// weak words, joins surname-only mentions to the full name, acronyms to their expansion,
/// and case or accent variants to each other.
enum MentionResolver {
    /// The passes in the order they run; each reads what the ones before it built.
    static let passes: [any ResolverPass.Type] = [
        AcronymMentionsPass.self,
        UnconfirmedWordsPass.self,
        SurnameIndexPass.self,
        GroupingPass.self,
        LateSurnamePass.self,
        ShortFormPass.self,
        InitialsPass.self,
        SiteNameTailPass.self,
        TypeAgreementPass.self,
        KinNamePass.self,
    ]

    static func resolve(_ found: [Candidate]) -> [ExtractedEntity] {
        var resolution = Resolution(found: found)
        for pass in passes { pass.run(&resolution) }
        return entities(resolution.groups, resolution.candidates)
    }

    /// A word of five bytes or more after the first that starts with a lower-case ASCII letter
    /// and is followed by one that does not (by bytes: connectors are shorter; the split and
    /// the case tests come only then).
    static func hasInnerLowercaseWord(_ text: String) -> Bool {
        var wordStart = -1, wordLength = 0, previousLongLower = false, position = 0
        for byte in text.utf8 {
            defer { position += 1 }
            if byte == 0x20 {
                if wordStart > 0 { previousLongLower = previousLongLower && wordLength >= 5 }
                wordStart = position + 1; wordLength = 0; continue
            }
            if position == wordStart {
                let lower = byte >= 0x61 && byte <= 0x7A
                if previousLongLower && !lower { return true }
                previousLongLower = lower
            }
            wordLength += 1
        }
        return false
    }

    /// `conseil de securite de l'onu` → `conseil de securite`; `le caire` → `caire`;
    /// `fihav 2026` → `fihav`; `vorlic sa` → `vorlic`: cuts before `de`/`des`/`du`, after an
    /// article, before a year, before a legal form.
    /// (Byte comparisons: this runs for every multi-word name of every article.)
    static func shortForms(of folded: String, _ found: (Substring) -> Void) {
        let bytes = folded.utf8
        // The bytes after `start` begin with `word` and a space.
        func startsWord(_ word: StaticString, at start: String.Index) -> Bool {
            var cursor = start
            for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
                guard cursor < bytes.endIndex, bytes[cursor] == expected else { return false }
                bytes.formIndex(after: &cursor)
            }
            return cursor < bytes.endIndex && bytes[cursor] == 0x20
        }
        for article: StaticString in ["le", "la", "les"] where startsWord(article, at: bytes.startIndex) {
            found(folded[bytes.index(bytes.startIndex, offsetBy: article.utf8CodeUnitCount + 1)...])
        }
        // `L’Oréal` … `Oréal` (a sentence start, where the capital says nothing).
        if let article = elidedArticleLength(folded) {
            found(folded[bytes.index(bytes.startIndex, offsetBy: article)...])
        }
        // `Vorlic SA` … `Vorlic`, `Brelvon Inc.` … `Brelvon`: a company named without its legal form.
        // (The length first: most last words are longer than a legal form's six bytes.)
        if let space = bytes.lastIndex(of: 0x20), bytes.distance(from: space, to: bytes.endIndex) <= 7,
           Lexicon.legalForms.contains(folded[bytes.index(after: space)...].filter { $0 != "." }) {
            found(folded[..<space])
        }
        var index = bytes.startIndex
        while let space = bytes[index...].firstIndex(of: 0x20) {
            let next = bytes.index(after: space)
            if startsWord("de", at: next) || startsWord("des", at: next) || startsWord("du", at: next) || isYear(bytes[next...]) {
                found(folded[..<space])
            }
            index = next
        }
    }

    /// The bytes of the elided article `l'` or `l’` a fold opens with (`l'oreal`), or nil.
    static func elidedArticleLength(_ folded: String) -> Int? {
        let bytes = folded.utf8
        if bytes.starts(with: [0x6C, 0x27]) { return 2 }
        if bytes.starts(with: [0x6C, 0xE2, 0x80, 0x99]) { return 4 }
        return nil
    }

    /// A four-digit year ending the name (an edition: `FIHAV 2026`).
    private static func isYear(_ word: Substring.UTF8View) -> Bool {
        guard word.count == 4, word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let first = word.first,
              let second = word.dropFirst().first else { return false }
        return (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30)  // 19xx, 20xx
    }

    private static func entities(_ groups: [[Int]], _ candidates: [Candidate]) -> [ExtractedEntity] {
        var result: [ExtractedEntity] = []
        result.reserveCapacity(groups.count)
        for group in groups where !group.isEmpty { result.append(entity(from: group, of: candidates)) }
        return result
    }

    /// First letters of a folded name's words, articles and prepositions left out.
    static func initials(of folded: String) -> String {
        var name = folded
        // ASCII names (nearly all, once folded) by bytes in place, without splitting or hashing.
        let ascii = name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { letters in
                var count = 0, wordStart = 0
                while wordStart < bytes.count {
                    var wordEnd = wordStart
                    while wordEnd < bytes.count, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                    if wordEnd > wordStart, !isSkippedForInitials(UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])) {
                        letters[count] = bytes[wordStart]
                        count += 1
                    }
                    wordStart = wordEnd + 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: letters[..<count]), as: UTF8.self)
            }
        }
        return ascii ?? String(folded.split(separator: " ").filter { !initialsSkipped.contains($0) }.compactMap(\.first))
    }

    /// Whether an ASCII word is one of `initialsSkipped` (byte equality is theirs for ASCII).
    private static func isSkippedForInitials(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 4 else { return false }
        return packedInitialsSkipped.contains(packed(word))
    }

    /// Up to four bytes (big-endian, low half) and their count (high half) in one integer.
    private static func packed(_ word: some Collection<UInt8>) -> UInt64 {
        var bytes: UInt64 = 0
        for byte in word { bytes = bytes << 8 | UInt64(byte) }
        return UInt64(word.count) << 32 | bytes
    }

    /// Whether `acronym` takes the first letter of each of `words` in order, where articles
    /// and prepositions may give a letter or none (`CEDEAO`, `NBD`, `TREP`).
    static func spells(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.utf8)
        guard letters.count >= 2, letters.count <= 10, words.count <= 16 else { return false }
        func match(_ letter: Int, _ word: Int) -> Bool {
            if word == words.count { return letter == letters.count }
            let skippable = initialsSkipped.contains(Substring(words[word]))
            if letter < letters.count, words[word].utf8.first == letters[letter], match(letter + 1, word + 1) { return true }
            return skippable && match(letter, word + 1)
        }
        return match(0, 0)
    }

    private static let initialsSkipped: Set<Substring> = ["de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "en", "a", "au", "aux"]

    /// `initialsSkipped`, each word packed with its length (all are ASCII, at most four bytes).
    private static let packedInitialsSkipped: [UInt64] = initialsSkipped.map { packed($0.utf8) }

    /// `name` equals `word`, or has it as one of its space-separated words.
    static func hasWord(_ word: String, in name: String) -> Bool {
        if name == word { return true }
        // (Over the bytes in place: the resolver asks this for every pair of some candidates.)
        return name.withUTF8Bytes { haystack in
            word.withUTF8Bytes { needle in
                guard !needle.isEmpty, needle.count < haystack.count else { return false }
                var start = 0
                while true {
                    // Compare the word starting at `start` with `needle`, up to the next space.
                    var cursor = start, matched = 0
                    while cursor < haystack.count, haystack[cursor] != 0x20, matched < needle.count, haystack[cursor] == needle[matched] {
                        cursor += 1
                        matched += 1
                    }
                    if matched == needle.count && (cursor == haystack.count || haystack[cursor] == 0x20) { return true }
                    while cursor < haystack.count, haystack[cursor] != 0x20 { cursor += 1 }
                    guard cursor < haystack.count else { return false }
                    start = cursor + 1
                }
            }
        }
    }

    private static func entity(from group: [Int], of candidates: [Candidate]) -> ExtractedEntity {
        let type: EntityType
        if group.count == 1 {
            type = candidates[group[0]].type ?? candidates[group[0]].fallbackType
        } else if group.contains(where: { candidates[$0].type == .person && candidates[$0].tokenCount >= 2 }),
                  group.allSatisfy({ candidates[$0].type == .person || (candidates[$0].type == nil && candidates[$0].tokenCount == 1) }) {
            // `l’Américain Ernest Hemingway` … `à Hemingway`: a surname's guessed type does not
            // outvote the full name's.
            type = .person
        } else {
            var votes = (person: 0, place: 0, org: 0, misc: 0)
            for member in group {
                let (vote, weight) = candidates[member].type.map { ($0, 2) } ?? (candidates[member].fallbackType, 1)
                switch vote {
                case .person: votes.person += weight
                case .place: votes.place += weight
                case .org: votes.org += weight
                case .misc: votes.misc += weight
                }
            }
            // Most votes; a tie goes to the type whose raw value sorts first (MISC, ORG, PERSON, PLACE).
            let ranked: [(EntityType, Int)] = [(.misc, votes.misc), (.org, votes.org), (.person, votes.person), (.place, votes.place)]
            type = ranked.reduce(ranked[0]) { best, next in next.1 > best.1 ? next : best }.0
        }
        var mentions = group.map { candidates[$0].mention }
        if mentions.count > 1 { mentions.sort { Self.order($0, $1) } }
        let named = group.contains { candidates[$0].isAcronymOnly } && !group.allSatisfy({ candidates[$0].isAcronymOnly })
            ? group.filter { !candidates[$0].isAcronymOnly } : group
        let firstText = candidates[named[0]].text
        let name = named.allSatisfy({ candidates[$0].text == firstText })
            ? firstText : CanonicalName.choose(from: named.map { candidates[$0].text })
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
        // What `counts.max { key(…) < key(…) }` picks (the first of the greatest keys), with
        // each form's key made once instead of once per comparison.
        var best: (form: String, key: (Int, Int, Int, Int, Int, String))?
        for (form, count) in counts {
            let formKey = key(form, count)
            if let current = best, !(current.key < formKey) { continue }
            best = (form, formKey)
        }
        return best?.form ?? ""
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
