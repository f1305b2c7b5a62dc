/// `Fonds monétaire international (FMI)`: the acronym in parentheses becomes a candidate of
/// its own, right after its expansion and with the expansion's type.
enum AcronymMentionsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let found = resolution.found
        // (Without an acronym in parentheses, the candidates are the ones found, their storage
        // shared: no candidate is copied, retaining its strings.)
        guard found.indices.contains(where: { !found[$0].acronyms.isEmpty }) else {
            resolution.candidates = found
            return
        }
        resolution.candidates.reserveCapacity(found.count + 4)
        // (By index: `for x in array` would copy each candidate, retaining its strings.)
        for index in found.indices {
            resolution.candidates.append(found[index])
            if var acronym = found[index].acronym {
                acronym.type = found[index].type ?? acronym.type
                resolution.candidates.append(acronym)
            }
        }
    }
}
