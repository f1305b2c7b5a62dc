import KiosqueText

/// A word or punctuation mark of a text, as the entity extractor sees it: with its case,
/// its offsets in the original text, and whether an elided article (`l’`, `d'`) preceded it.
///
/// Everything the rules ask of a token is computed once here, from Unicode scalars with an
/// ASCII fast path: the rules run over every token of every article, and `Character`
/// properties (grapheme breaking, binary property lookups) cost more than the rules.
struct NameToken {
    let folded: String
    let utf8: Range<Int>
    let utf16: Range<Int>
    let isWord: Bool
    /// An elided article was cut off its front (`l’Union` → `Union`).
    let afterElision: Bool
    /// First in its sentence (or after an opening quote).
    var sentenceStart: Bool
    /// The first letter is upper case.
    let isCapitalized: Bool
    /// `FMI`, `ALBA-TCP`, `G20`: two or more letters, all upper case (not a Roman numeral).
    let isAcronym: Bool
    /// An upper-case letter after the first one (`BioCubaFarma`, `McDonald`).
    let hasInnerCapital: Bool
    /// Length in scalars.
    let length: Int
    /// The mark itself, for a punctuation token; NUL for a word.
    let symbol: Unicode.Scalar

    static let romanNumerals: Set<String> = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "XXII"]
    /// Marks after which a new sentence starts.
    static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", "?", "«", ":", ";", "\"", "“", "…", "—", "–"]

    /// Splits `text` into tokens. Words keep inner hyphens and apostrophes (`Díaz-Canel`,
    /// `aujourd'hui`); an elided article is dropped from the word it precedes.
    static func tokenize(_ text: String) -> [NameToken] {
        let view = text.unicodeScalars
        var tokens: [NameToken] = []
        var sentenceStart = true
        var index = view.startIndex
        var utf8 = 0, utf16 = 0
        while index < view.endIndex {
            let scalar = view[index]
            if !ScalarClass.isWord(scalar) {
                let next = view.index(after: index)
                let width8 = UTF8.width(scalar), width16 = UTF16.width(scalar)
                if !ScalarClass.isSpace(scalar) {
                    tokens.append(NameToken(punctuation: scalar, utf8: utf8, utf16: utf16))
                    if sentenceEnders.contains(scalar) { sentenceStart = true }
                }
                utf8 += width8; utf16 += width16
                index = next
                continue
            }
            // A word: letters and digits, joined by inner hyphens and apostrophes.
            var start = index, start8 = utf8, start16 = utf16
            var end = index, end8 = utf8, end16 = utf16
            var elided = false
            while end < view.endIndex {
                let current = view[end]
                if ScalarClass.isWord(current) {
                    end8 += UTF8.width(current); end16 += UTF16.width(current)
                    end = view.index(after: end)
                    continue
                }
                let next = view.index(after: end)
                guard next < view.endIndex, ScalarClass.isWord(view[next]),
                      ScalarClass.isHyphen(current) || ScalarClass.isApostrophe(current) else { break }
                end8 += UTF8.width(current); end16 += UTF16.width(current)
                if ScalarClass.isApostrophe(current), !elided, start == index,
                   Elision.articlesForNames.contains(ScalarClass.lowercasedASCII(view[start..<end])) {
                    start = next; start8 = end8; start16 = end16
                    elided = true
                }
                end = next
            }
            tokens.append(NameToken(word: view[start..<end], utf8: start8..<end8, utf16: start16..<end16,
                                    afterElision: elided, sentenceStart: sentenceStart))
            sentenceStart = false
            utf8 = end8; utf16 = end16
            index = end
        }
        return tokens
    }

    private init(punctuation: Unicode.Scalar, utf8: Int, utf16: Int) {
        folded = String(punctuation)
        self.utf8 = utf8..<(utf8 + UTF8.width(punctuation))
        self.utf16 = utf16..<(utf16 + UTF16.width(punctuation))
        isWord = false
        afterElision = false
        sentenceStart = false
        isCapitalized = false
        isAcronym = false
        hasInnerCapital = false
        length = 1
        symbol = punctuation
    }

    private init(word: Substring.UnicodeScalarView, utf8: Range<Int>, utf16: Range<Int>, afterElision: Bool, sentenceStart: Bool) {
        folded = NameFold.fold(word)
        self.utf8 = utf8
        self.utf16 = utf16
        isWord = true
        self.afterElision = afterElision
        self.sentenceStart = sentenceStart
        symbol = "\0"
        var letters = 0, upper = 0, count = 0
        var innerCapital = false
        for scalar in word {
            count += 1
            if ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUpper(scalar) {
                    upper += 1
                    if count > 1 { innerCapital = true }
                }
            }
        }
        length = count
        hasInnerCapital = innerCapital
        let first = word.first.map { ScalarClass.isUpper($0) || ScalarClass.isDigit($0) } ?? false
        isCapitalized = word.first.map(ScalarClass.isUpper) ?? false
        isAcronym = first && letters >= 2 && upper == letters && !Self.romanNumerals.contains(String(word))
    }
}

/// Scalar classes for the tokenizer: ASCII answered by comparisons, the rest by Unicode properties.
enum ScalarClass {
    /// A letter, a digit or a combining mark (NFD accents stay inside their word).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return scalar != "\u{02BC}"
        default:
            return false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value | 0x20 >= 0x61 && value | 0x20 <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2011}" }
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// ASCII-lowercased text (non-ASCII scalars kept): enough to compare with elided articles.
    static func lowercasedASCII(_ scalars: Substring.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar)
        }
        return String(out)
    }
}

import KiosqueText

extension Elision {
    /// Articles elided before names (`l’`, `d’`, `qu’`...).
    static let articlesForNames: Set<String> = ["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "s", "n", "m", "t", "j", "c"]
}

/// Folding of name tokens.
enum NameFold {
    /// `TextFolding.foldName` of one token, with a fast path for ASCII tokens (most of a
    /// French text): capitals lowered and hyphens turned to spaces byte by byte.
    static func fold(_ word: Substring.UnicodeScalarView) -> String {
        var ascii = true
        var plain = true
        for scalar in word {
            let value = scalar.value
            if value >= 0x80 { ascii = false; break }
            if !((value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)) { plain = false }
        }
        if ascii && plain { return String(word) }
        guard ascii else { return TextFolding.foldName(String(word)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        for scalar in word {
            let byte = UInt8(scalar.value)
            bytes.append(byte == 0x2D ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
