/// Groups the mentions of one entity, in text order: the same folded name; an expansion and
/// its acronym (whichever comes first); a surname or short form and the person's full name.
enum GroupingPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let owners = acronymOwners(resolution.found)
        resolution.groupOf = Dictionary(minimumCapacity: resolution.candidates.count)
        resolution.groups.reserveCapacity(resolution.candidates.count)
        for index in resolution.candidates.indices {
            let folded = resolution.candidates[index].folded
            // (Looked up once: nothing below changes the table before it is read.)
            let own = resolution.groupOf[folded]
            // An expansion whose acronym was seen first (title `FMI`, body `Fonds … (FMI)`).
            if let acronym = resolution.candidates[index].acronyms.first?.folded, own == nil,
               let group = resolution.groupOf[acronym] {
                resolution.join(index, to: group); continue
            }
            if !owners.isEmpty, let owner = owners[folded], let group = resolution.groupOf[owner] {
                resolution.join(index, to: group); continue
            }
            // (Its fold already maps to that group: appended without storing it again.)
            if let group = own { resolution.groups[group].append(index); continue }
            if let group = personGroup(of: index, in: resolution) { resolution.join(index, to: group); continue }
            resolution.groups.append([index])
            resolution.groupOf[folded] = resolution.groups.count - 1
        }
    }

    /// The group of the person whose surname or short form candidate `index` is, if one is known.
    static func personGroup(of index: Int, in resolution: Resolution) -> Int? {
        // (Field by field: binding the candidate would copy it.)
        let type = resolution.candidates[index].type
        guard resolution.candidates[index].tokenCount <= resolution.longestKey, !resolution.surnames.isEmpty else { return nil }
        let folded = resolution.candidates[index].folded
        // (`La Varende` after `Apolline de La Varende`: a surname with its article reads as a
        // place's name; one that no list knows is the person's.)
        guard type == nil || type == .person || type == .place && isArticledSurname(folded) else { return nil }
        guard !resolution.ambiguous.contains(folded), let full = resolution.surnames[folded], full != folded else { return nil }
        return resolution.groupOf[full]
    }

    private static func isArticledSurname(_ folded: String) -> Bool {
        (folded.hasPrefix("la ") || folded.hasPrefix("le ")) && !Lexicon.places.contains(folded) && !Lexicon.cities.contains(folded)
    }

    /// Each acronym given in parentheses → the fold of the first name it was given after.
    private static func acronymOwners(_ found: [Candidate]) -> [String: String] {
        var owners: [String: String] = [:]
        for owner in found.indices {
            if let acronym = found[owner].acronym, acronym.folded != found[owner].folded, owners[acronym.folded] == nil {
                owners[acronym.folded] = found[owner].folded
            }
        }
        return owners
    }
}
