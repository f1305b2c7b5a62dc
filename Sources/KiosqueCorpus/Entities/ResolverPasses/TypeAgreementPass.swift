/// Makes the mentions of one entity agree on its type before the vote: what evidence said of
/// one mention outweighs what mere defaults said of the others. `la vallée de la Quelmize`
/// (a river, by its article after `de`) … `La Quelmize est sortie de son lit` (a sentence start,
/// an organisation only by default): the river. Mentions typed by a strong cue (a class noun,
/// a title, the name's shape) decide first; when none is, the fallbacks given by evidence
/// decide over the default guesses when they are as many. Only an undivided verdict is passed on: when the
/// evidence disagrees, the vote in `MentionResolver` weighs it as before.
enum TypeAgreementPass: ResolverPass {
    static func run(_ resolution: inout Resolution) {
        for group in resolution.groups where group.count >= 2 {
            let strong = group.filter { resolution.candidates[$0].type != nil }
            if let first = strong.first, let verdict = resolution.candidates[first].type,
               strong.allSatisfy({ resolution.candidates[$0].type == verdict }) {
                for member in group where resolution.candidates[member].type == nil {
                    resolution.candidates[member].fallbackType = verdict
                }
                continue
            }
            guard strong.isEmpty else { continue }
            // (Evidence of the fallback kind is weak, a preposition or an article: it must be
            // given at least as often as the default is guessed.)
            let evidence = group.filter { !resolution.candidates[$0].isGuess }
            if evidence.isEmpty {
                placeGuessesOutweighDefaults(group, &resolution)
                continue
            }
            guard evidence.count < group.count, evidence.count * 2 >= group.count, let first = evidence.first else { continue }
            let verdict = resolution.candidates[first].fallbackType
            guard evidence.allSatisfy({ resolution.candidates[$0].fallbackType == verdict }) else { continue }
            for member in group where resolution.candidates[member].isGuess {
                resolution.candidates[member].fallbackType = verdict
            }
        }
    }

    /// `la banlieue de Mashteuiatsh` … `Uapukun Launière, de Mashteuiatsh, …`: when every mention is a
    /// guess, a place guessed from a noun or a preposition of places outweighs the body a bare
    /// name is given by default.
    private static func placeGuessesOutweighDefaults(_ group: [Int], _ resolution: inout Resolution) {
        let fallbacks = group.map { resolution.candidates[$0].fallbackType }
        guard group.count >= 2, fallbacks.contains(.place), fallbacks.allSatisfy({ $0 == .place || $0 == .org }) else { return }
        for member in group { resolution.candidates[member].fallbackType = .place }
    }
}
