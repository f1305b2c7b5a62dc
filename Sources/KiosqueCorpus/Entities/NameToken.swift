/// A word or punctuation mark of a text, as the entity extractor sees it: with its case,
/// its offsets in the original text, and whether an elided article (`l’`, `d'`) preceded it.
struct NameToken {
    let text: Substring
    let folded: String
    let utf8: Range<Int>
    let utf16: Range<Int>
    let isWord: Bool
    /// An elided article was cut off its front (`l’Union` → `Union`).
    let afterElision: Bool
    /// First in its sentence (or after an opening quote).
    var sentenceStart: Bool

    var isCapitalized: Bool { text.first?.isUppercase ?? false }
    /// `FMI`, `ALBA-TCP`, `G20`: two or more letters, all upper case.
    var isAcronym: Bool {
        // Cheap rejection first: most words start lower-case.
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !Self.romanNumerals.contains(String(text))
    }
    static let romanNumerals: Set<String> = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "XXII"]

    /// Splits `text` into tokens. Words keep inner hyphens and apostrophes (`Díaz-Canel`,
    /// `aujourd'hui`); an elided article is dropped from the word it precedes.
    static func tokenize(_ text: String) -> [NameToken] {
        var tokens: [NameToken] = []
        var utf8 = 0, utf16 = 0
        var index = text.startIndex
        var sentenceStart = true
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                var end = index
                var end8 = utf8, end16 = utf16
                var start = index, start8 = utf8, start16 = utf16
                var elided = false
                while end < text.endIndex {
                    let current = text[end]
                    if current.isLetter || current.isNumber {
                        end8 += current.utf8.count; end16 += current.utf16.count
                        end = text.index(after: end)
                        continue
                    }
                    let next = text.index(after: end)
                    let joins = next < text.endIndex && (text[next].isLetter || text[next].isNumber)
                    if joins && (current == "-" || current == "\u{2011}") {
                        end8 += current.utf8.count; end16 += current.utf16.count
                        end = next
                        continue
                    }
                    if joins && (current == "'" || current == "\u{2019}") {
                        let head = text[start..<end].lowercased()
                        if !elided && start == index && Elision.articlesForNames.contains(head) {
                            end8 += current.utf8.count; end16 += current.utf16.count
                            start = next; start8 = end8; start16 = end16
                            elided = true
                            end = next
                            continue
                        }
                        end8 += current.utf8.count; end16 += current.utf16.count
                        end = next
                        continue
                    }
                    break
                }
                let word = text[start..<end]
                tokens.append(NameToken(text: word, folded: FoldCache.fold(word), utf8: start8..<end8, utf16: start16..<end16,
                                        isWord: true, afterElision: elided, sentenceStart: sentenceStart))
                sentenceStart = false
                utf8 = end8; utf16 = end16
                index = end
                continue
            }
            if !character.isWhitespace {
                tokens.append(NameToken(text: text[index...index], folded: String(character), utf8: utf8..<(utf8 + character.utf8.count),
                                        utf16: utf16..<(utf16 + character.utf16.count), isWord: false, afterElision: false,
                                        sentenceStart: false))
                if ".!?«:;\"“…—–".contains(character) { sentenceStart = true }
            }
            utf8 += character.utf8.count
            utf16 += character.utf16.count
            index = text.index(after: index)
        }
        return tokens
    }
}

import KiosqueText

extension Elision {
    /// Articles elided before names (`l’`, `d’`, `qu’`...).
    static let articlesForNames: Set<String> = ["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "s", "n", "m", "t", "j", "c"]
}

/// Folding of name tokens.
enum FoldCache {
    static func fold(_ word: Substring) -> String {
        // Fast path: plain lower-case ASCII words (most of a text) fold to themselves.
        if word.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) { return String(word) }
        return TextFolding.foldName(String(word))
    }
}
