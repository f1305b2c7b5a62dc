extension SpanFinder {
    /// `entre Brest et Rennes`, `Tignes, Val-d’Isère et Chamonix`: names joined by a comma,
    /// `et` or `ou` are mostly of one kind. An unknown single name whose type was only the
    /// default guess takes the place or organisation type that a coordinated name has by
    /// evidence (a list or a rule); what it takes passes on along the coordination.
    func agreeInCoordinations(_ found: inout [Candidate]) {
        guard found.count >= 2, found.contains(where: \.isGuess) else { return }
        for index in found.indices.dropFirst() where found[index].isGuess {
            take(from: index - 1, into: index, &found)
        }
        for index in found.indices.dropLast().reversed() where found[index].isGuess {
            take(from: index + 1, into: index, &found)
        }
    }

    private func take(from source: Int, into guess: Int, _ found: inout [Candidate]) {
        let neighbour = found[source]
        guard !neighbour.isGuess, neighbour.acronyms.isEmpty, found[guess].acronyms.isEmpty else { return }
        let type = neighbour.type ?? neighbour.fallbackType
        guard type == .place || type == .org, areCoordinated(found[min(source, guess)], found[max(source, guess)]) else { return }
        found[guess].fallbackType = type
        found[guess].isGuess = false
    }

    /// Whether only `,`, `et` or `ou` (and spaces) stand between two mentions of this text.
    private func areCoordinated(_ first: Candidate, _ second: Candidate) -> Bool {
        let start = first.mention.utf8Range.upperBound, end = second.mention.utf8Range.lowerBound
        guard start < end, end - start <= 5 else { return false }
        let between = utf8[start..<end].filter { $0 != 0x20 }
        if between == [0x2C] { return listGoesOn(after: second) }  // `,`
        return between == [0x65, 0x74] || between == [0x6F, 0x75]  // `et` `ou`
    }

    /// `Tignes, Val-d’Isère et …`: a comma joins two names of a list only when the list goes on
    /// after the second (`Après Vorlax, Quelmont tente …` is a clause, no list).
    private func listGoesOn(after mention: Candidate) -> Bool {
        let rest = utf8[mention.mention.utf8Range.upperBound...].drop { $0 == 0x20 }.prefix(3)
        return rest.first == 0x2C || rest.elementsEqual([0x65, 0x74, 0x20]) || rest.elementsEqual([0x6F, 0x75, 0x20])  // `,` `et ` `ou `
    }
}
