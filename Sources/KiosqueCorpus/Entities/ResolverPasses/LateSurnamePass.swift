/// A surname seen before its person's full name (title first, body later): its group joins
/// the full name's.
enum LateSurnamePass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        guard !resolution.surnames.isEmpty else { return }
        // (Over the groups as they were before this pass: a merged group is not looked at again.)
        let groups = resolution.groups
        for (index, group) in groups.enumerated() where group.count > 0 {
            // (Field by field: binding the first candidate would copy it.)
            let folded = resolution.candidates[group[0]].folded
            guard resolution.candidates[group[0]].tokenCount <= resolution.longestKey, !resolution.ambiguous.contains(folded),
                  let full = resolution.surnames[folded], full != folded, let target = resolution.groupOf[full],
                  target != index,
                  // (`Servier investit …`, `le laboratoire Servier`, then `Jacques Servier`: a
                  // company named after its founder; a mention typed otherwise keeps the group apart.)
                  group.allSatisfy({ resolution.candidates[$0].type == nil || resolution.candidates[$0].type == .person })
            else { continue }
            resolution.groups[target].append(contentsOf: group)
            resolution.groups[index] = []
        }
    }
}
