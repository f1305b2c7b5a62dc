/// `le stade Marcel-Vardin` … `Marcel-Vardin a vibré`: a name alone that ends a named site of the
/// article (a lower-case feature noun and its name) stands for that site, or for the town or the
/// person it is named after: a place by default, not the body an unknown word is guessed to be.
enum SiteNameTailPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        let tails = siteNameTails(resolution.candidates)
        guard !tails.isEmpty else { return }  // most articles name no site
        for index in resolution.candidates.indices where resolution.candidates[index].type == nil
            && resolution.candidates[index].isGuess && tails.contains(resolution.candidates[index].folded) {
            resolution.candidates[index].fallbackType = .place
            resolution.candidates[index].isGuess = false
        }
    }

    /// The folded names after the feature noun (and its `de`) of every site's name.
    private static func siteNameTails(_ candidates: [Candidate]) -> [String] {
        var tails: [String] = []
        // (By index, and the first byte first: binding a candidate would copy it.)
        for index in candidates.indices where candidates[index].type == .place && candidates[index].tokenCount >= 2 {
            let folded = candidates[index].folded
            guard let firstByte = candidates[index].text.utf8.first, firstByte >= 0x61 && firstByte <= 0x7A,
                  let space = folded.firstIndex(of: " "), case let head = String(folded[..<space]),
                  Lexicon.featureNouns.contains(head) || Lexicon.areaNouns.contains(head) else { continue }
            var tail = folded[folded.index(after: space)...]
            // (`parc national de Miguasha` … `Miguasha`: over a protected area's adjective.)
            if let next = tail.firstIndex(of: " "), Lexicon.protectedAreaAdjectives.contains(String(tail[..<next])) {
                tail = tail[tail.index(after: next)...]
            }
            for link in ["de la ", "de l'", "du ", "des ", "de ", "d'"] where tail.hasPrefix(link) {
                tail = tail.dropFirst(link.count)
                break
            }
            if !tail.isEmpty { tails.append(String(tail)) }
        }
        return tails
    }
}
