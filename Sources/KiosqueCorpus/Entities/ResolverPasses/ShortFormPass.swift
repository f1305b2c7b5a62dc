import KiosqueText

/// Joins a group to a longer name it shortens: a name cut before a complement
/// (`Conseil de sécurité` … `Conseil de sécurité de l’ONU`, `Cinémathèque` … `Cinémathèque
/// de Cuba`, `BioHabana` … `BioHabana 2026`), or a name without its article (`Caire` …
/// `Le Caire`). People are left out: their partial forms are surnames (see above).
enum ShortFormPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        mergeShortForms(&resolution.groups, resolution.candidates)
    }

    private static func mergeShortForms(_ groups: inout [[Int]], _ candidates: [Candidate]) {
        // The shorter forms each longer name could have; most articles have none, and then
        // no table of names is built.
        var wanted: [(group: Int, short: Substring)] = []
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let long = group[0], type = candidates[long].type
            // (One word may have a short form too: `L’Oréal`, its article kept.)
            guard candidates[long].tokenCount >= 2 || MentionResolver.elidedArticleLength(candidates[long].folded) != nil, type != .person, !(type == nil && candidates[long].fallbackType == .person) else { continue }
            MentionResolver.shortForms(of: candidates[long].folded) { wanted.append((index, $0)) }
        }
        // `Festival Jazz Plaza` for `Festival international Jazz Plaza`: without a lower-case
        // adjective standing between capitalised words.
        var dropped: [(group: Int, short: String)] = []
        for (index, group) in groups.enumerated() where !group.isEmpty {
            let long = group[0], type = candidates[long].type
            guard candidates[long].tokenCount >= 3, type == .org || type == .misc else { continue }
            guard MentionResolver.hasInnerLowercaseWord(candidates[long].text) else { continue }
            let words = candidates[long].text.split(separator: " ")
            var kept: [Substring] = []
            for (position, word) in words.enumerated() {
                let inner = position > 0 && position + 1 < words.count && (word.first?.isLowercase ?? false)
                    && (words[position + 1].first?.isUppercase ?? false) && !Lexicon.connectors.contains(String(word))
                if !inner { kept.append(word) }
            }
            if kept.count < words.count { dropped.append((index, TextFolding.foldName(kept.joined(separator: " ")))) }
        }
        for (index, short) in dropped { wanted.append((index, Substring(short))) }
        guard !wanted.isEmpty else { return }
        // The first group that has a member named each short form, looked for in the groups
        // as they are before any merge. (A scan with a length test first: an article has a
        // few short forms and a few dozen names, cheaper than hashing every name.)
        let targets = wanted.map { want in
            groups.indices.first { group in
                groups[group].contains { member in
                    let folded = candidates[member].folded.utf8
                    return folded.count == want.short.utf8.count && folded.elementsEqual(want.short.utf8)
                }
            }
        }
        for ((index, _), target) in zip(wanted, targets) {
            let longType = candidates[groups[index].first ?? 0].type
            guard !groups[index].isEmpty, let target, target != index, !groups[target].isEmpty,
                  groups[target].allSatisfy({ member in candidates[member].type.map { $0 == longType || longType == nil } ?? true })
            else { continue }
            groups[index].append(contentsOf: groups[target])
            groups[target] = []
        }
    }
}
