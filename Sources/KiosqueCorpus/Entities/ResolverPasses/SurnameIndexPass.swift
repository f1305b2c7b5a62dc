/// Indexes the people of the article by the shorter forms a later mention may take: a
/// surname (`Riabkov`, `Gutiérrez Alea`), any word after the first (`Lula`), a short form of a
/// longer name (`Dailenys Cabrera` for `Dailenys Cabrera Alfonso`), or a family name written
/// first (`Wang` for `Wang Yi`). A key two people share is ambiguous.
enum SurnameIndexPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let people = resolution.candidates.indices.filter { resolution.isPerson($0) && resolution.candidates[$0].tokenCount >= 2 }
        let peopleWords = people.map { resolution.candidates[$0].folded.split(separator: " ") }
        let shortForms = shortForms(people, peopleWords, resolution.candidates)
        var seenPeople: Set<String> = []
        for (position, index) in people.enumerated() {
            let person = resolution.candidates[index].folded
            guard seenPeople.insert(person).inserted else { continue }
            let full = shortForms[person] ?? person
            let words = peopleWords[position]
            // The last one or two words, or any word after the first (`Rodríguez` in `Bruno
            // Rodríguez Parrilla`); three for a surname with a particle (`Ruiz de Olano`).
            if words.count >= 4 { resolution.longestKey = 3 }
            // (An array, not a set: a key met twice is stored twice with the same name, a no-op.)
            var keys = (1...min(words.count >= 4 ? 3 : 2, words.count - 1)).map { lastWords(person, words, $0) }
            for word in words.dropFirst() where word.count >= 3 && !Lexicon.connectors.contains(String(word)) { keys.append(String(word)) }
            // A first surname with a particle, before a second surname: `Ponce de León` for
            // `Yarisleidy Ponce de León Brizuela`.
            if words.count >= 5, let particle = (2..<(words.count - 2)).first(where: { Lexicon.connectors.contains(String(words[$0])) }) {
                keys.append(words[1...(particle + 1)].joined(separator: " "))
            }
            if full != person { keys.append(person) }
            for surname in keys {
                if let other = resolution.surnames[surname], other != full { resolution.ambiguous.insert(surname) }
                resolution.surnames[surname] = full
            }
        }
        // A family name written first joins a two-word name when no other person has that word;
        // so does a given name said alone, in a quotation, of a longer name (`Yurieska` for
        // `Yurieska Ballester Cuza`).
        for (position, index) in people.enumerated() {
            let words = peopleWords[position]
            // (`Li` for `Li Wenjun`: Chinese family names are often two letters.)
            guard words.count >= 2, let first = words.first,
                  first.count >= 3 || (words.count == 2 && Lexicon.chineseSurnames.contains(String(first)))
            else { continue }
            let key = String(first), person = resolution.candidates[index].folded
            if let other = resolution.surnames[key] {
                // (`Mejía Zelaya` is itself a short form of `Ana Lucía Mejía Zelaya`: no conflict.)
                if other != person && other != resolution.surnames[person] { resolution.ambiguous.insert(key) }
            } else {
                resolution.surnames[key] = person
            }
        }
    }

    /// The last `count` of `words` (the words of `name`) joined by spaces: cut out of `name`
    /// when single spaces part them there (as they nearly always do), else joined.
    private static func lastWords(_ name: String, _ words: [Substring], _ count: Int) -> String {
        let first = words.count - count
        let singleSpaced = (first..<(words.count - 1)).allSatisfy { index in
            name.utf8.distance(from: words[index].endIndex, to: words[index + 1].startIndex) == 1
        }
        guard singleSpaced else { return words.suffix(count).joined(separator: " ") }
        return String(name[words[first].startIndex..<words[words.count - 1].endIndex])
    }

    /// The first two words, and the first and last word, of each name of three words or more
    /// → that name (the first name to have a short form keeps it).
    private static func shortForms(_ people: [Int], _ peopleWords: [[Substring]], _ candidates: [Candidate]) -> [String: String] {
        var shortForms: [String: String] = [:]
        for (position, index) in people.enumerated() {
            let words = peopleWords[position]
            guard words.count >= 3, let first = words.first, let last = words.last else { continue }
            for short in ["\(first) \(words[1])", "\(first) \(last)"] where shortForms[short] == nil {
                shortForms[short] = candidates[index].folded
            }
        }
        return shortForms
    }
}
