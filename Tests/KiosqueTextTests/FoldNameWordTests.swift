import KiosqueText
import Testing

/// `foldNameWord` (the entity tokenizer's table fold over UTF-8 bytes) must give exactly
/// what `foldName` gives for the same word.
@Suite struct FoldNameWordTests {
    func byBytes(_ word: String) -> String {
        var word = word
        return word.withUTF8 { TextFolding.foldNameWord($0) }
    }

    @Test func everyLatinLetterFoldsAsFoldNameDoes() {
        for value in 0x41...0x24F {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
            for word in ["\(scalar)", "a\(scalar)b", "\(scalar)\(scalar)-X\(scalar)"] {
                #expect(byBytes(word) == TextFolding.foldName(word), "U+\(String(value, radix: 16)) in \(word)")
            }
        }
    }

    @Test func namesFoldAsFoldNameDoes() {
        for word in ["Díaz-Canel", "Borísov", "Œuvre", "Straße", "ÉTATS-UNIS", "Nguyễn", "Москва", "aujourd’hui", "l'Union", "e\u{301}te\u{301}"] {
            #expect(byBytes(word) == TextFolding.foldName(word), "\(word)")
        }
    }
}
