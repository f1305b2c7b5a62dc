/// Finds words in text with their offsets: runs of letters, digits and combining marks,
/// joined by inner apostrophes (`aujourd’hui`) and hyphens (`Díaz-Canel`). An elided
/// article at the start (`l’`, `jusqu'`) is left out of the word.
enum WordScanner {
    struct Piece {
        let text: Substring
        let utf8: Range<Int>
        let utf16: Range<Int>
    }

    struct Word {
        let text: Substring
        let utf8: Range<Int>
        let utf16: Range<Int>
        /// The hyphen-separated parts (one part for a plain word).
        let parts: [Piece]
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return scalar != "\u{02BC}"
        default:
            return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    static func words(in text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var utf8Offsets = [Int](repeating: 0, count: scalars.count + 1)
        var utf16Offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            utf8Offsets[index + 1] = utf8Offsets[index] + UTF8.width(scalar)
            utf16Offsets[index + 1] = utf16Offsets[index] + UTF16.width(scalar)
        }
        let view = text.unicodeScalars
        var scalarIndices: [String.UnicodeScalarView.Index] = []
        scalarIndices.reserveCapacity(scalars.count + 1)
        var cursor = view.startIndex
        while cursor < view.endIndex {
            scalarIndices.append(cursor)
            cursor = view.index(after: cursor)
        }
        scalarIndices.append(view.endIndex)

        func piece(_ range: Range<Int>) -> Piece {
            Piece(text: Substring(view[scalarIndices[range.lowerBound]..<scalarIndices[range.upperBound]]),
                  utf8: utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound],
                  utf16: utf16Offsets[range.lowerBound]..<utf16Offsets[range.upperBound])
        }

        var words: [Word] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else { index += 1; continue }
            var start = index
            var end = index
            var partStarts = [index]
            var partEnds: [Int] = []
            // Extend over word scalars, inner apostrophes and inner hyphens.
            while end < scalars.count {
                if isWordScalar(scalars[end]) { end += 1; continue }
                if end + 1 < scalars.count && isWordScalar(scalars[end + 1]) {
                    if isApostrophe(scalars[end]) {
                        // An elided article before the first apostrophe is not part of the word.
                        let head = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
                        if partStarts.count == 1 && partStarts[0] == start && Elision.articles.contains(head) {
                            start = end + 1
                            partStarts = [start]
                        }
                        end += 1
                        continue
                    }
                    if isHyphen(scalars[end]) {
                        partEnds.append(end)
                        partStarts.append(end + 1)
                        end += 1
                        continue
                    }
                }
                break
            }
            partEnds.append(end)
            let whole = piece(start..<end)
            let parts = zip(partStarts, partEnds).map { piece($0..<$1) }
            words.append(Word(text: whole.text, utf8: whole.utf8, utf16: whole.utf16, parts: parts))
            index = end
        }
        return words
    }
}
