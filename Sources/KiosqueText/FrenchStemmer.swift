/// The Snowball French stemmer, written from the algorithm's published description
/// (snowballstem.org, `algorithms/french`): prelude, regions RV/R1/R2, standard suffixes,
/// verb suffixes, residual suffixes, un-doubling, un-accenting, postlude.
///
/// Input is one lower-case word with its accents (NFC); the product folds accents after.
/// The word is handled as an array of Unicode scalars: in NFC every French letter is one.
public enum FrenchStemmer {
    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        var state = StemState(word)
        state.run()
        var result = String.UnicodeScalarView()
        result.append(contentsOf: state.w)
        return String(result)
    }
}

/// The word being stemmed and its regions. `U`, `I`, `Y` and `H` are the prelude's markers:
/// upper-case letters count as consonants, which keeps them out of the vowel tests.
private struct StemState {
    var w: [Unicode.Scalar]
    var pV = 0
    var p1 = 0
    var p2 = 0

    init(_ word: String) {
        w = Array(word.unicodeScalars)
    }

    static let vowels: Set<Unicode.Scalar> = Set("aeiouyâàëéêèïîôûù".unicodeScalars)

    func isVowel(_ index: Int) -> Bool {
        index >= 0 && index < w.count && Self.vowels.contains(w[index])
    }

    func isConsonant(_ index: Int) -> Bool {
        index >= 0 && index < w.count && !Self.vowels.contains(w[index])
    }

    mutating func run() {
        removeElision()
        prelude()
        markRegions()
        if standardSuffix() || iVerbSuffix() || verbSuffix() {
            if w.last == "Y" { w[w.count - 1] = "i" } else if w.last == "ç" { w[w.count - 1] = "c" }
        } else {
            residualSuffix()
        }
        unDouble()
        unAccent()
        postlude()
    }

    // MARK: Helpers

    /// The longest of `suffixes` that ends the word and starts at or after `limit`.
    func longest(_ suffixes: [[Unicode.Scalar]], limit: Int = 0) -> [Unicode.Scalar]? {
        for suffix in suffixes where suffix.count <= w.count - limit && ends(with: suffix) {
            return suffix
        }
        return nil
    }

    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= w.count else { return false }
        return w[(w.count - suffix.count)...].elementsEqual(suffix)
    }

    func ends(with suffix: String) -> Bool {
        ends(with: Array(suffix.unicodeScalars))
    }

    mutating func replaceEnd(length: Int, with replacement: String) {
        w.removeLast(length)
        w.append(contentsOf: replacement.unicodeScalars)
    }

    static func list(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    // MARK: Prelude and regions

    /// `l'`, `qu'`… at the start (the analyzer usually removed it already).
    mutating func removeElision() {
        for prefix in ["qu'", "c'", "d'", "j'", "l'", "m'", "n'", "s'", "t'"] {
            let scalars = Array(prefix.unicodeScalars)
            if w.count > scalars.count && w.starts(with: scalars) {
                w.removeFirst(scalars.count)
                return
            }
        }
    }

    /// Marks `u`/`i` between vowels, `y` next to a vowel and `u` after `q` as consonants;
    /// `ë` and `ï` become `He` and `Hi`.
    mutating func prelude() {
        var c = 0
        while c < w.count {
            // After a change the same position is examined again ("goto" leaves the cursor
            // before the match): in `nouaient` the `a` that closed `o-u-a` opens `a-i-e`.
            if isVowel(c) && c + 1 < w.count {
                let next = w[c + 1]
                if next == "u" && isVowel(c + 2) { w[c + 1] = "U"; continue }
                if next == "i" && isVowel(c + 2) { w[c + 1] = "I"; continue }
                if next == "y" { w[c + 1] = "Y"; continue }
            }
            if w[c] == "ë" { w.replaceSubrange(c...c, with: ["H", "e"]); continue }
            if w[c] == "ï" { w.replaceSubrange(c...c, with: ["H", "i"]); continue }
            if w[c] == "y" && isVowel(c + 1) { w[c] = "Y"; continue }
            if w[c] == "q" && c + 1 < w.count && w[c + 1] == "u" { w[c + 1] = "U"; continue }
            c += 1
        }
    }

    mutating func markRegions() {
        let n = w.count
        pV = n
        if n >= 3 && isVowel(0) && isVowel(1) {
            pV = 3
        } else if let prefix = ["par", "col", "tap"].first(where: { w.starts(with: Array($0.unicodeScalars)) }) {
            pV = prefix.unicodeScalars.count
        } else if w.starts(with: ["n", "i"]) && isVowel(2) {
            pV = 3
        } else if let first = (1..<max(1, n)).first(where: { isVowel($0) }) {
            pV = first + 1
        }
        p1 = regionStart(from: 0)
        p2 = regionStart(from: p1)
    }

    /// After the first consonant that follows a vowel, searching from `start`.
    func regionStart(from start: Int) -> Int {
        var index = start
        while index < w.count && !isVowel(index) { index += 1 }
        while index < w.count && isVowel(index) { index += 1 }
        return index < w.count ? index + 1 : w.count
    }

    mutating func postlude() {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(w.count)
        var index = 0
        while index < w.count {
            switch w[index] {
            case "I": out.append("i")
            case "U": out.append("u")
            case "Y": out.append("y")
            case "H":
                if index + 1 < w.count && w[index + 1] == "e" { out.append("ë"); index += 1 }
                else if index + 1 < w.count && w[index + 1] == "i" { out.append("ï"); index += 1 }
            default: out.append(w[index])
            }
            index += 1
        }
        w = out
    }

    // MARK: Step 1: standard suffixes

    static let standard = list([
        "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
        "atrice", "ateur", "ation", "atrices", "ateurs", "ations", "logie", "logies",
        "usion", "ution", "usions", "utions", "ence", "ences", "ement", "ements", "ité", "ités",
        "if", "ive", "ifs", "ives", "eaux", "aux", "oux", "euse", "euses", "issement", "issements",
        "amment", "emment", "ment", "ments",
    ])
    static let afterEment = list(["iv", "eus", "abl", "iqU", "ièr", "Ièr"])
    static let afterIte = list(["abil", "ic", "iv"])

    /// True when a suffix was handled; false otherwise, including the `-ment` family, which
    /// edits the word and then hands it on to the verb steps.
    mutating func standardSuffix() -> Bool {
        guard let suffix = longest(Self.standard) else { return false }
        let start = w.count - suffix.count
        switch String(String.UnicodeScalarView(suffix)) {
        case "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes":
            guard start >= p2 else { return false }
            w.removeLast(suffix.count)
        case "atrice", "ateur", "ation", "atrices", "ateurs", "ations":
            guard start >= p2 else { return false }
            w.removeLast(suffix.count)
            if ends(with: "ic") {
                if w.count - 2 >= p2 { w.removeLast(2) } else { replaceEnd(length: 2, with: "iqU") }
            }
        case "logie", "logies":
            guard start >= p2 else { return false }
            replaceEnd(length: suffix.count, with: "log")
        case "usion", "ution", "usions", "utions":
            guard start >= p2 else { return false }
            replaceEnd(length: suffix.count, with: "u")
        case "ence", "ences":
            guard start >= p2 else { return false }
            replaceEnd(length: suffix.count, with: "ent")
        case "ement", "ements":
            guard start >= pV else { return false }
            w.removeLast(suffix.count)
            afterEmentRemoval()
        case "ité", "ités":
            guard start >= p2 else { return false }
            w.removeLast(suffix.count)
            if let before = longest(Self.afterIte) {
                let at = w.count - before.count
                switch String(String.UnicodeScalarView(before)) {
                case "abil": if at >= p2 { w.removeLast(4) } else { replaceEnd(length: 4, with: "abl") }
                case "ic": if at >= p2 { w.removeLast(2) } else { replaceEnd(length: 2, with: "iqU") }
                default: if at >= p2 { w.removeLast(2) }
                }
            }
        case "if", "ive", "ifs", "ives":
            guard start >= p2 else { return false }
            w.removeLast(suffix.count)
            if ends(with: "at") && w.count - 2 >= p2 {
                w.removeLast(2)
                if ends(with: "ic") {
                    if w.count - 2 >= p2 { w.removeLast(2) } else { replaceEnd(length: 2, with: "iqU") }
                }
            }
        case "eaux":
            replaceEnd(length: 4, with: "eau")
        case "aux":
            guard start >= p1 else { return false }
            replaceEnd(length: 3, with: "al")
        case "oux":
            guard start >= 1, "bhjlnp".unicodeScalars.contains(w[start - 1]) else { return false }
            replaceEnd(length: 3, with: "ou")
        case "euse", "euses":
            if start >= p2 { w.removeLast(suffix.count) }
            else if start >= p1 { replaceEnd(length: suffix.count, with: "eux") }
            else { return false }
        case "issement", "issements":
            guard start >= p1, isConsonant(start - 1) else { return false }
            w.removeLast(suffix.count)
        case "amment":
            if start >= pV { replaceEnd(length: 6, with: "ant") }
            return false
        case "emment":
            if start >= pV { replaceEnd(length: 6, with: "ent") }
            return false
        default:  // "ment", "ments": after a vowel in RV
            if isVowel(start - 1) && start - 1 >= pV { w.removeLast(suffix.count) }
            return false
        }
        return true
    }

    private mutating func afterEmentRemoval() {
        guard let before = longest(Self.afterEment) else { return }
        let at = w.count - before.count
        switch String(String.UnicodeScalarView(before)) {
        case "iv":
            guard at >= p2 else { return }
            w.removeLast(2)
            if ends(with: "at") && w.count - 2 >= p2 { w.removeLast(2) }
        case "eus":
            if at >= p2 { w.removeLast(3) } else if at >= p1 { replaceEnd(length: 3, with: "eux") }
        case "abl", "iqU":
            if at >= p2 { w.removeLast(3) }
        default:  // "ièr", "Ièr"
            if at >= pV { replaceEnd(length: 3, with: "i") }
        }
    }

    // MARK: Step 2: verb suffixes (within RV)

    static let iVerb = list([
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras",
        "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
        "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez", "issiez",
        "issions", "issons", "it",
    ])

    /// Verb endings starting with `i`, after a consonant (not `H`) that is itself in RV.
    mutating func iVerbSuffix() -> Bool {
        guard let suffix = longest(Self.iVerb, limit: pV) else { return false }
        let before = w.count - suffix.count - 1
        guard before >= pV, w[before] != "H", isConsonant(before) else { return false }
        w.removeLast(suffix.count)
        return true
    }

    static let verbDelete: Set<String> = [
        "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez",
        "eriez", "erions", "erons", "eront", "ez", "iez",
    ]
    static let verbDeleteWithE: Set<String> = [
        "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant", "ante", "antes", "ants", "as",
        "asse", "assent", "asses", "assiez", "assions",
    ]
    static let verb = list(["ions", "ais", "aise", "aises", "eais"] + Array(verbDelete) + Array(verbDeleteWithE))

    mutating func verbSuffix() -> Bool {
        guard let suffix = longest(Self.verb, limit: pV) else { return false }
        let start = w.count - suffix.count
        let text = String(String.UnicodeScalarView(suffix))
        if text == "ions" {
            guard start >= p2 else { return false }
            w.removeLast(4)
        } else if Self.verbDelete.contains(text) || text == "eais" {
            w.removeLast(suffix.count)
        } else if text.hasPrefix("ais") {
            // -ais/-aise(s), except in words where they are not a verb ending:
            // balais, malais, palais (one letter + al), mauvais, déplais.
            let before = w[..<start]
            if before.count == 3 && before.suffix(2).elementsEqual(["a", "l"]) { return false }
            if before.suffix(3).elementsEqual(["a", "u", "v"]) || before.suffix(3).elementsEqual(["é", "p", "l"]) { return false }
            w.removeLast(suffix.count)
        } else {
            w.removeLast(suffix.count)
            if start - 1 >= pV && w.last == "e" { w.removeLast() }
        }
        return true
    }

    // MARK: Step 4: residual suffixes

    static let residual = list(["ion", "ier", "ière", "Ier", "Ière", "e"])

    mutating func residualSuffix() {
        if w.last == "s", w.count >= 2 {
            let before = w[w.count - 2]
            let afterHi = w.count >= 3 && w[w.count - 3] == "H" && before == "i"
            if afterHi || !"aiouès".unicodeScalars.contains(before) { w.removeLast() }
        }
        guard let suffix = longest(Self.residual, limit: pV) else { return }
        let start = w.count - suffix.count
        switch String(String.UnicodeScalarView(suffix)) {
        case "ion":
            if start >= p2 && start - 1 >= pV && (w[start - 1] == "s" || w[start - 1] == "t") { w.removeLast(3) }
        case "e":
            w.removeLast()
        default:
            replaceEnd(length: suffix.count, with: "i")
        }
    }

    // MARK: Steps 5 and 6

    mutating func unDouble() {
        for ending in ["enn", "onn", "ett", "ell", "eill"] where ends(with: ending) {
            w.removeLast()
            return
        }
    }

    /// `é` or `è` followed only by consonants (at least one) loses its accent.
    mutating func unAccent() {
        var index = w.count - 1
        while index >= 0 && isConsonant(index) { index -= 1 }
        guard index < w.count - 1, index >= 0, w[index] == "é" || w[index] == "è" else { return }
        w[index] = "e"
    }
}
