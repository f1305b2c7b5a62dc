/// The French analysis chain: tokenize → lowercase → elision → stop word? → stem → fold.
public struct FrenchAnalyzer: Sendable {
    public init() {}

    /// Every token of `text`, in order, with offsets into `text`.
    public func analyze(_ text: String) -> [Token] {
        // Placeholder tokenizer (letters and digits runs) until the real analyzer lands.
        var tokens: [Token] = []
        var utf8 = 0, utf16 = 0, position = 0
        var current = "", start8 = 0, start16 = 0
        func flush() {
            guard !current.isEmpty else { return }
            let folded = TextFolding.foldAccents(current)
            tokens.append(Token(original: current, normalized: current.lowercased(), folded: folded, stem: folded,
                                isStopWord: false, position: position,
                                utf8Range: start8..<utf8, utf16Range: start16..<utf16))
            position += 1
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start8 = utf8; start16 = utf16 }
                current.append(character)
            } else {
                flush()
            }
            utf8 += character.utf8.count
            utf16 += character.utf16.count
            if !(character.isLetter || character.isNumber) { start8 = utf8; start16 = utf16 }
        }
        flush()
        return tokens
    }
}
