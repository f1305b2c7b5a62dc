/// An acronym never introduced in parentheses joins the name whose initials it spells (`UE` …
/// `Union européenne`, `TSE` … `Tribunal suprême électoral`), or the one long name that spells
/// it when articles and prepositions may give a letter (`CEDEAO`).
enum InitialsPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let groups = resolution.groups, candidates = resolution.candidates
        let acronymGroups = groups.indices.filter { !groups[$0].isEmpty && candidates[groups[$0][0]].isAcronymOnly }
        guard !acronymGroups.isEmpty else { return }
        let byInitials = namesByInitials(groups, candidates)
        for index in acronymGroups {
            guard let first = resolution.groups[index].first, candidates[first].tokenCount == 1 else { continue }
            let acronym = candidates[first].folded
            var found = byInitials[acronym]
            if found == nil, acronym.utf8.count >= 3 {
                var spelling: [Int] = []
                for target in byInitials.values where spelling.count < 2 {
                    // (Long names with the same first letter only, before any splitting.)
                    let name = candidates[groups[target][0]].folded
                    guard candidates[groups[target][0]].tokenCount >= 3, name.utf8.first == acronym.utf8.first,
                          !spelling.contains(target) else { continue }
                    if MentionResolver.spells(acronym, name.split { $0 == " " || $0 == "'" }.map(String.init)) { spelling.append(target) }
                }
                if spelling.count == 1 { found = spelling[0] }
            }
            guard let target = found, target != index else { continue }
            resolution.merge(index, into: target)
        }
    }

    /// The initials of every group's first name of two words or more that is not a person's
    /// (and the usual acronym of a few two-word names: `ONU`) → that group (the first wins).
    private static func namesByInitials(_ groups: [[Int]], _ candidates: [Candidate]) -> [String: Int] {
        var byInitials: [String: Int] = [:]
        for (index, group) in groups.enumerated() where !group.isEmpty {
            // (Field by field: binding the first candidate would copy it.)
            let first = group[0], tokenCount = candidates[first].tokenCount
            guard tokenCount >= 2, candidates[first].type != .person, !candidates[first].isAcronymOnly else { continue }
            let folded = candidates[first].folded
            let initials = MentionResolver.initials(of: folded)
            if initials.count >= 2, byInitials[initials] == nil { byInitials[initials] = index }
            if tokenCount == 2, let acronym = Lexicon.knownAcronyms[folded], byInitials[acronym] == nil {
                byInitials[acronym] = index
            }
        }
        return byInitials
    }
}
