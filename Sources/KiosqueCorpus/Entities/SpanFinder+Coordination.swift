extension SpanFinder {
    /// `entre Brest et Rennes`, `Tignes, Val-d’Isère et Chamonix`: names joined by a comma,
    /// `et` or `ou` are mostly of one kind. An unknown single name whose type was only the
    /// default guess takes the place, organisation or thing type that a coordinated name has by
    /// evidence (a list or a rule; `litres de Vorlacid et de Brenzol`); what it takes passes on
    /// along the coordination.
    func agreeInCoordinations(_ found: inout [Candidate]) {
        guard found.count >= 2 else { return }
        for index in found.indices where (found[index].type ?? found[index].fallbackType) == .person {
            placeNamedAfterSomeone(at: index, &found)
        }
        guard found.contains(where: \.isGuess) else { return }
        for index in found.indices.dropFirst() where found[index].isGuess {
            take(from: index - 1, into: index, &found)
        }
        for index in found.indices.dropLast().reversed() where found[index].isGuess {
            take(from: index + 1, into: index, &found)
        }
    }

    /// `de Puerto Padre et de Vázquez`, `à Cacocum et à Urbano Noris`: a name shaped like someone's,
    /// joined by `et` and its preposition said again to a place the gazetteer knows, is a town named
    /// after someone (`de Meinrad Theler, de Rarogne,` is where someone comes from).
    private func placeNamedAfterSomeone(at index: Int, _ found: inout [Candidate]) {
        for source in [index - 1, index + 1] where found.indices.contains(source) {
            let neighbour = found[source]
            guard !neighbour.isGuess, neighbour.type == .place || neighbour.fallbackType == .place,
                  Lexicon.cities.contains(neighbour.folded) || Lexicon.places.contains(neighbour.folded),
                  neighbour.acronyms.isEmpty, found[index].acronyms.isEmpty else { continue }
            let first = found[min(source, index)], second = found[max(source, index)]
            guard let link = linkBefore(second), let kind = Self.linkKind(link),
                  kind == Self.linkKind("de".utf8) || kind == Self.linkKind("à".utf8),
                  isJoinedByConjunction(first, second), areCoordinated(first, second) else { continue }
            found[index].type = .place
            found[index].fallbackType = .place
            return
        }
    }

    private func take(from source: Int, into guess: Int, _ found: inout [Candidate]) {
        let neighbour = found[source]
        // (`les communes voisines de Court, de Perrefitte et de …`: a place guessed from weak evidence,
        // a noun of places before it, still outweighs the default a name with none is given.)
        let weakPlace = neighbour.isGuess && neighbour.type == nil && neighbour.fallbackType == .place
            && found[guess].fallbackType == .org
        guard !neighbour.isGuess || weakPlace, neighbour.acronyms.isEmpty, found[guess].acronyms.isEmpty else { return }
        let type = neighbour.type ?? neighbour.fallbackType
        guard type == .place || type == .org || type == .misc else { return }
        // (`Macolin (Magglingen pour les germanophones)`: a name opening a place's bracket, and
        // glossed, is its other name; `… en RDC (Monusco)`, closed at once, may be a body's short name.)
        let bracketed = type == .place && source < guess && opensBracket(after: found[source], with: found[guess])
            && !closesBracket(after: found[guess])
        let first = found[min(source, guess)], second = found[max(source, guess)]
        guard bracketed || areCoordinated(first, second) || type == .place && areRangeEnds(first, second) else { return }
        found[guess].fallbackType = type
        found[guess].isGuess = false
    }

    /// Whether only `,`, `et` or `ou` (and spaces) stand between two mentions of this text, the
    /// conjunction maybe followed by the first name's preposition or article said again
    /// (`de Brest et de Rennes`, `la Creuse et la Somme`).
    private func areCoordinated(_ first: Candidate, _ second: Candidate) -> Bool {
        let start = first.mention.utf8Range.upperBound, end = second.mention.utf8Range.lowerBound
        guard start < end, end - start <= 12 else { return false }  // (` et de l’`: 11 bytes)
        let between = utf8[start..<end].filter { $0 != 0x20 }
        if between == [0x2C] { return listGoesOn(after: second) }  // `,`
        // (`de Duck Lake, de Hoey et de …`: after a comma, the first name's preposition said again.)
        if between.first == 0x2C {
            guard let kind = Self.linkKind(between.dropFirst()), let before = innerLink(of: first) ?? linkBefore(first),
                  Self.linkKind(before) == kind
            else { return false }
            return listGoesOn(after: second)
        }
        guard between.starts(with: [0x65, 0x74]) || between.starts(with: [0x6F, 0x75]) else { return false }  // `et` `ou`
        let repeated = between.dropFirst(2)
        guard !repeated.isEmpty else { return true }
        // (`entre Israël et le Hamas`: an article that only the second name has joins nothing.)
        guard let kind = Self.linkKind(repeated) ?? Self.linkKindBeforeArticle(repeated),
              let before = innerLink(of: first) ?? linkBefore(first) else { return false }
        if Self.linkKind(before) == kind { return true }
        // (`de la Jamaïque et d’Hispaniola`: `de` said again, without the article an island does not take.)
        return kind == Self.linkKind("de".utf8) && Self.linkKind(before) == Self.linkKind("la".utf8)
            && shortWord(beforeSpaceAt: before.startIndex - 1).map { Self.linkKind($0) == kind } ?? false
    }

    /// `Juan Blas, de Narganá à Colón,`: the two ends of a range opened by `de` after a comma and
    /// closed by `à` are of one kind, and a place at one end makes the other a place (not
    /// `le terminal d’Eurotunnel à Coquelles`, where a noun owns the first name).
    private func areRangeEnds(_ first: Candidate, _ second: Candidate) -> Bool {
        let start = first.mention.utf8Range.upperBound, end = second.mention.utf8Range.lowerBound
        guard start < end, end - start <= 4, utf8[start..<end].elementsEqual([0x20, 0xC3, 0xA0, 0x20]),  // ` à `
              let before = linkBefore(first), Self.linkKind(before) == Self.linkKind("de".utf8),
              before.startIndex >= 2 else { return false }
        return utf8[before.startIndex - 1] == 0x20 && utf8[before.startIndex - 2] == 0x2C  // `, de`
    }

    /// Whether `et` or `ou` opens what stands between two mentions.
    private func isJoinedByConjunction(_ first: Candidate, _ second: Candidate) -> Bool {
        let start = first.mention.utf8Range.upperBound, end = second.mention.utf8Range.lowerBound
        guard start < end else { return false }
        let between = utf8[start..<end].filter { $0 != 0x20 }
        return between.starts(with: [0x65, 0x74]) || between.starts(with: [0x6F, 0x75])  // `et` `ou`
    }

    /// Whether only `(` (and spaces) stand between two mentions.
    private func opensBracket(after first: Candidate, with second: Candidate) -> Bool {
        let start = first.mention.utf8Range.upperBound, end = second.mention.utf8Range.lowerBound
        guard start < end, end - start <= 3 else { return false }
        return utf8[start..<end].filter { $0 != 0x20 } == [0x28]
    }

    private func closesBracket(after mention: Candidate) -> Bool {
        utf8[mention.mention.utf8Range.upperBound...].first { $0 != 0x20 } == 0x29
    }

    /// The preposition or article written right before a mention (`de`, or `d’` glued to it).
    private func linkBefore(_ mention: Candidate) -> ArraySlice<UInt8>? {
        let start = mention.mention.utf8Range.lowerBound
        if start >= 2, utf8[start - 1] == 0x27 { return utf8[(start - 2)..<start] }  // `d'`
        if start >= 4, utf8[start - 3] == 0xE2, utf8[start - 2] == 0x80, utf8[start - 1] == 0x99 { return utf8[(start - 4)..<start] }  // `d’`
        return shortWord(beforeSpaceAt: start - 1)
    }

    /// The word of up to four bytes that ends right before the space at `space`.
    private func shortWord(beforeSpaceAt space: Int) -> ArraySlice<UInt8>? {
        guard space >= 1, utf8[space] == 0x20 else { return nil }
        var start = space
        while start > 0 && utf8[start - 1] != 0x20 && space - start < 4 { start -= 1 }
        return utf8[start..<space]
    }

    /// `la province du Nord, de Luapula et …`: the link after a lower-case head that opens the
    /// mention, which the next names of the list repeat (`du`, `de`).
    private func innerLink(of mention: Candidate) -> ArraySlice<UInt8>? {
        let range = mention.mention.utf8Range
        guard let first = utf8[range].first, first >= 0x61 && first <= 0x7A,
              let space = utf8[range].firstIndex(of: 0x20) else { return nil }
        let rest = utf8[(space + 1)..<range.upperBound]
        guard let end = rest.firstIndex(of: 0x20) else { return nil }
        let link = utf8[(space + 1)..<end]
        return Self.linkKind(link) == Self.linkKind("de".utf8) ? link : nil
    }

    /// Links said again after the conjunction, by kind (`de` and `d’` are one, as are the articles).
    private static func linkKind(_ bytes: some Collection<UInt8>) -> Int? {
        linkKinds.firstIndex { kind in kind.contains { bytes.elementsEqual($0.utf8) } }
    }

    /// `du Tigré et de l’Amhara`, `au Vorlac et à la Brenzie`: a preposition said again with the
    /// article the second name takes is the first name's link said again.
    private static func linkKindBeforeArticle(_ bytes: some Collection<UInt8>) -> Int? {
        for article in ["la", "l’", "l'"] where bytes.count > article.utf8.count && bytes.reversed().starts(with: article.utf8.reversed()) {
            let preposition = bytes.dropLast(article.utf8.count)
            if let kind = linkKind(preposition), kind == linkKind("de".utf8) || kind == linkKind("à".utf8) { return kind }
        }
        return nil
    }

    private static let linkKinds = [["de", "d’", "d'", "D’", "D'", "du", "des"], ["la", "le", "les", "l’", "l'", "L’", "L'"],
                                     ["à", "au", "aux"], ["en"]]

    /// `Tignes, Val-d’Isère et …`: a comma joins two names of a list only when the list goes on
    /// after the second (`Après Vorlax, Quelmont tente …` is a clause, no list).
    private func listGoesOn(after mention: Candidate) -> Bool {
        let rest = utf8[mention.mention.utf8Range.upperBound...].drop { $0 == 0x20 }.prefix(3)
        return rest.first == 0x2C || rest.elementsEqual([0x65, 0x74, 0x20]) || rest.elementsEqual([0x6F, 0x75, 0x20])  // `,` `et ` `ou `
    }
}
