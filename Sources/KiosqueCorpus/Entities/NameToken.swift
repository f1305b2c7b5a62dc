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
    /// `II`, `III`, `XXI`: a Roman numeral, which ends a name (`Felipe VI`) but starts none.
    let isRomanNumeral: Bool
    /// `al-Saboun`, `el-Fna`: the Arabic article, a hyphen and a capital; counted as capitalised.
    let opensWithArabicArticle: Bool
    /// Length in scalars.
    let length: Int
    /// The mark itself, for a punctuation token; NUL for a word.
    let symbol: Unicode.Scalar
    /// Which of the `LexiconFact` lists hold `folded`, one bit each (see `has(_:)`).
    let facts: UInt64
    /// `FoldHash.of(folded)`, computed once: every word list is asked by it.
    let hash: UInt32

    static let romanNumerals: WordSet = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "XXII"]

    /// Marks after which a new sentence starts.
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "«", ":", ";", "\"", "“", "…", "—", "–": return true
        default: return false
        }
    }

    /// Splits `text` into tokens. Words keep inner hyphens and apostrophes (`Díaz-Canel`,
    /// `aujourd'hui`); an elided article is dropped from the word it precedes.
    static func tokenize(_ text: String) -> [NameToken] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokenizer proper, over the text's UTF-8 bytes (valid UTF-8, as every `String` is).
    static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let lexicon = LexiconFact.table
        let asciiMarks = NameToken.asciiMarks
        let seed = FoldHash.currentSeed
        var sentenceStart = true
        var cursor = UTF8Cursor(bytes: bytes)
        while let scalar = cursor.peek() {
            guard ScalarClass.isWord(scalar) else {
                if !ScalarClass.isSpace(scalar) {
                    tokens.append(scalar.value < 0x80
                        ? NameToken(mark: asciiMarks[Int(scalar.value)], utf8: cursor.offset, utf16: cursor.utf16Offset)
                        : NameToken(punctuation: scalar, utf8: cursor.offset, utf16: cursor.utf16Offset))
                    if endsSentence(scalar) { sentenceStart = true }
                }
                cursor.advance()
                continue
            }
            var word = WordShape(start: cursor)
            var elided = false
            while let current = cursor.peek() {
                // ASCII letters and digits (most of a French text): no decoding, one table lookup.
                if current.value < 0x80, let ascii = ScalarClass.asciiWord(UInt8(current.value)) {
                    word.add(ascii: ascii)
                    cursor.advanceASCII()
                    // The lower-case letters after it (most of a word) in one tight loop.
                    let run = cursor.lowercaseASCIIRun()
                    if run > 0 {
                        word.addLowercaseASCII(count: run)
                        cursor.advanceASCII(by: run)
                    }
                    continue
                }
                if ScalarClass.isWord(current) {
                    word.add(current)
                    cursor.advance()
                    continue
                }
                let joiner = cursor
                cursor.advance()
                guard ScalarClass.isHyphen(current) || ScalarClass.isApostrophe(current),
                      let next = cursor.peek(), ScalarClass.isWord(next) else {
                    cursor = joiner
                    break
                }
                // (`N’Diaye`, `N’Djamena`, `M’Sila`, `M’Bour`: a capital N’ or M’ before a capital belongs
                // to the name; the negation `N’importe` and the pronoun `M’a-t-il` go on in lower case.)
                let nameInitial = word.scalars == 1 && (bytes[word.utf8Start] == 0x4E || bytes[word.utf8Start] == 0x4D)
                    && ScalarClass.isUpper(next)
                if ScalarClass.isApostrophe(current), !elided, word.joiners == 0, !nameInitial,
                   word.isArticleForNames(upTo: joiner.offset, in: bytes) {
                    word = WordShape(start: cursor)  // `l’Union`: the word starts after the apostrophe
                    elided = true
                    continue
                }
                word.addJoiner(current)
            }
            tokens.append(NameToken(word: word, end: cursor, bytes: bytes, afterElision: elided, sentenceStart: sentenceStart,
                                    lexicon: lexicon, seed: seed))
            sentenceStart = false
        }
        return tokens
    }

    /// What every token of one mark shares: its fold, hash and facts (`asciiMarks`).
    struct Mark {
        let symbol: Unicode.Scalar
        let folded: String
        let hash: UInt32
        let facts: UInt64
    }

    /// The ASCII marks' shared parts, made once: marks are frequent tokens.
    static let asciiMarks: [Mark] = (0..<128).map { byte in
        let symbol = Unicode.Scalar(UInt8(byte))
        let folded = String(symbol)
        return Mark(symbol: symbol, folded: folded, hash: FoldHash.of(folded), facts: LexiconFact.bits(ofMark: symbol))
    }

    /// A mark's token (an ASCII mark's `Mark` comes from `asciiMarks`, made once).
    private init(mark: Mark, utf8: Int, utf16: Int) {
        folded = mark.folded
        self.utf8 = utf8..<(utf8 + UTF8.width(mark.symbol))
        self.utf16 = utf16..<(utf16 + UTF16.width(mark.symbol))
        isWord = false
        afterElision = false
        sentenceStart = false
        isCapitalized = false
        isAcronym = false
        hasInnerCapital = false
        isRomanNumeral = false
        opensWithArabicArticle = false
        length = 1
        symbol = mark.symbol
        hash = mark.hash
        facts = mark.facts
    }

    private init(punctuation: Unicode.Scalar, utf8: Int, utf16: Int) {
        let folded = String(punctuation)
        let mark = Mark(symbol: punctuation, folded: folded, hash: FoldHash.of(folded), facts: LexiconFact.bits(ofMark: punctuation))
        self.init(mark: mark, utf8: utf8, utf16: utf16)
    }

    private init(word: WordShape, end: UTF8Cursor, bytes: UnsafeBufferPointer<UInt8>, afterElision: Bool, sentenceStart: Bool,
                 lexicon: WordTable<UInt64>, seed: UInt64) {
        let slice = UnsafeBufferPointer(rebasing: bytes[word.utf8Start..<end.offset])
        if word.plain {
            // The word is its own fold: hashed and looked up by the text's bytes.
            folded = String(decoding: slice, as: UTF8.self)
            hash = FoldHash.of(slice, seed: seed)
            facts = lexicon.value(ofBytes: slice, hash: hash) ?? 0
        } else {
            let folded = word.fold(slice)
            self.folded = folded
            // (The table is asked outside the closure: a closure holding it would retain its arrays.)
            let hash = folded.withUTF8Bytes { FoldHash.of($0, seed: seed) }
            self.hash = hash
            facts = lexicon[folded, hash: hash] ?? 0
        }
        utf8 = word.utf8Start..<end.offset
        utf16 = word.utf16Start..<end.utf16Offset
        isWord = true
        self.afterElision = afterElision
        self.sentenceStart = sentenceStart
        symbol = "\0"
        length = word.scalars
        hasInnerCapital = word.innerCapital
        // (`al-Saboun`, `el-Fna`: a word the Arabic article opens is a name's word as a capitalised one is.)
        opensWithArabicArticle = !word.firstIsUpper && word.innerCapital && word.joiners == 1 && Self.beginsWithArabicArticle(slice)
        isCapitalized = word.firstIsUpper || opensWithArabicArticle
        let allUpper = (word.firstIsUpper || word.firstIsDigit) && word.letters >= 2 && word.upper == word.letters
        isRomanNumeral = allUpper && word.firstIsUpper && Self.romanNumerals.contains(String(decoding: slice, as: UTF8.self))
        isAcronym = allUpper && !isRomanNumeral
    }
}

extension NameToken {
    /// `al-Saboun`: two or three lower-case letters of `Lexicon.arabicArticles`, a hyphen, and an
    /// upper-case letter.
    static func beginsWithArabicArticle(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let hyphen = slice.prefix(4).firstIndex(of: 0x2D), hyphen >= 2, hyphen + 1 < slice.count,
              slice[hyphen + 1] >= 0x41 && slice[hyphen + 1] <= 0x5A || slice[hyphen + 1] >= 0xC3 else { return false }
        return Lexicon.arabicArticles.contains(String(decoding: UnsafeBufferPointer(rebasing: slice[..<hyphen]), as: UTF8.self))
    }
}

/// A position in valid UTF-8 text, with its UTF-16 offset kept alongside.
struct UTF8Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    private(set) var utf16Offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar at the cursor, nil at the end.
    func peek() -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return Unicode.Scalar(UInt8(lead)) }
        let width = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard offset + width <= bytes.count else { return nil }
        var value = lead & (0x7F >> width)
        for index in 1..<width { value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Past an ASCII byte (the caller has just peeked it).
    mutating func advanceASCII() {
        offset += 1
        utf16Offset += 1
    }

    /// Past `count` ASCII bytes (the caller has just read them).
    mutating func advanceASCII(by count: Int) {
        offset += count
        utf16Offset += count
    }

    /// How many lower-case ASCII letters follow from the cursor.
    func lowercaseASCIIRun() -> Int {
        var end = offset
        while end < bytes.count, bytes[end] &- 0x61 < 26 { end += 1 }
        return end - offset
    }

    mutating func advance() {
        guard offset < bytes.count else { return }
        let lead = bytes[offset]
        let width = lead < 0x80 ? 1 : (lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2))
        offset = min(bytes.count, offset + width)
        utf16Offset += width == 4 ? 2 : 1
    }
}

/// What the rules need to know of a word, gathered while it is scanned.
struct WordShape {
    let utf8Start: Int
    let utf16Start: Int
    var scalars = 0
    var letters = 0
    var upper = 0
    var joiners = 0
    var innerCapital = false
    var firstIsUpper = false
    var firstIsDigit = false
    /// Only lower-case ASCII letters and digits: the word is its own fold.
    var plain = true
    var ascii = true

    init(start: UTF8Cursor) {
        utf8Start = start.offset
        utf16Start = start.utf16Offset
    }

    mutating func add(_ scalar: Unicode.Scalar) {
        scalars += 1
        let value = scalar.value
        if value >= 0x80 { ascii = false; plain = false }
        if ScalarClass.isLetter(scalar) {
            letters += 1
            if ScalarClass.isUpper(scalar) {
                upper += 1
                plain = false
                if scalars == 1 { firstIsUpper = true } else { innerCapital = true }
            }
        } else if scalars == 1 {
            firstIsDigit = ScalarClass.isDigit(scalar)
        }
    }

    /// An ASCII letter or digit, classified by `ScalarClass.asciiWord`.
    mutating func add(ascii kind: ScalarClass.ASCIIWord) {
        scalars += 1
        switch kind {
        case .lower:
            letters += 1
        case .upper:
            letters += 1
            upper += 1
            plain = false
            if scalars == 1 { firstIsUpper = true } else { innerCapital = true }
        case .digit:
            if scalars == 1 { firstIsDigit = true }
        }
    }

    /// `count` lower-case ASCII letters, none of them the word's first.
    mutating func addLowercaseASCII(count: Int) {
        scalars += count
        letters += count
    }

    mutating func addJoiner(_ scalar: Unicode.Scalar) {
        scalars += 1
        joiners += 1
        plain = false
        if scalar.value >= 0x80 { ascii = false }
    }

    /// `TextFolding.foldName` of the word: ASCII folded byte by byte, the rest by the full fold.
    func fold(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        if plain { return String(decoding: slice, as: UTF8.self) }
        guard ascii else { return TextFolding.foldNameWord(slice) }
        return String(unsafeUninitializedCapacity: slice.count) { output in
            for (index, byte) in slice.enumerated() {
                output[index] = byte == 0x2D ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return slice.count
        }
    }

    /// Whether the word so far, up to `end`, is one of `Elision.articlesForNames` in any ASCII
    /// case (by its bytes packed in a word: this runs at every apostrophe inside a word).
    func isArticleForNames(upTo end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > utf8Start, end - utf8Start <= 8 else { return false }
        var packed: UInt64 = 0
        for offset in utf8Start..<end {
            let byte = bytes[offset]
            packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return Elision.packedArticlesForNames.contains(packed)
    }
}

/// Scalar classes for the tokenizer: ASCII answered by comparisons, the rest by Unicode properties.
enum ScalarClass {
    /// The classes of U+0080–U+017F (where the accented letters of French and Spanish are),
    /// computed once from the Unicode properties: a table lookup instead of a property query.
    private static let latin: [UInt8] = (0x80..<0x180).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (unicodeIsWord(scalar) ? 1 : 0) | (scalar.properties.isAlphabetic ? 2 : 0)
            | (scalar.properties.isUppercase ? 4 : 0) | (scalar.properties.numericType != nil ? 8 : 0)
            | (scalar.properties.isWhitespace ? 16 : 0)
    }

    private static func latinClass(_ value: UInt32, _ bit: UInt8) -> Bool? {
        value < 0x180 ? latin[Int(value) - 0x80] & bit != 0 : nil
    }

    enum ASCIIWord {
        case lower, upper, digit
    }

    /// What an ASCII byte is inside a word, nil when it is not a letter or digit.
    @inline(__always)
    static func asciiWord(_ byte: UInt8) -> ASCIIWord? {
        switch byte {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        default: return nil
        }
    }

    /// A letter, a digit or a combining mark (NFD accents stay inside their word).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) }
        return latinClass(value, 1) ?? unicodeIsWord(scalar)
    }

    private static func unicodeIsWord(_ scalar: Unicode.Scalar) -> Bool {
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
        return latinClass(value, 2) ?? scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return latinClass(value, 4) ?? scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return latinClass(value, 8) ?? (scalar.properties.numericType != nil)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return latinClass(value, 16) ?? scalar.properties.isWhitespace
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2011}" }
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
}

import KiosqueText

extension Elision {
    /// Articles elided before names (`l’`, `d’`, `qu’`...).
    static let articlesForNames: Set<String> = ["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "s", "n", "m", "t", "j", "c"]

    /// `articlesForNames`, each article's bytes packed big-endian in a word (none is longer
    /// than eight bytes, and no word holds a NUL byte, so packing keeps them distinct).
    static let packedArticlesForNames: [UInt64] = articlesForNames.map { article in
        article.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
