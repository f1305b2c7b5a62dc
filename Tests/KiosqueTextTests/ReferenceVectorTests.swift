import Foundation
import KiosqueTestSupport
import KiosqueText
import Testing

/// Every line of `Tests/Fixtures/analysis/*.tsv` (the reference vectors of the French analyzer).
@Suite struct ReferenceVectorTests {
    static func vectors(_ name: String) throws -> [(input: String, expected: String)] {
        let text = try PackageRoot.text("Tests/Fixtures/analysis/" + name)
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    func check(_ name: String, minimum: Int, transform: (String) -> String) throws {
        let lines = try Self.vectors(name)
        #expect(lines.count >= minimum, "\(name) has \(lines.count) lines")
        var mismatches: [String] = []
        for (input, expected) in lines {
            let actual = transform(input)
            if actual != expected { mismatches.append("\(input) → \(actual) (expected \(expected))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(lines.count) differ, e.g. \(mismatches.prefix(15).joined(separator: "; "))")
    }

    @Test func snowballStems() throws {
        try check("fr_stem_vectors.tsv", minimum: 20_000, transform: FrenchStemmer.stem)
    }

    @Test func folding() throws {
        try check("fr_fold_vectors.tsv", minimum: 304, transform: TextFolding.foldToken)
    }

    @Test func elision() throws {
        try check("fr_elision_vectors.tsv", minimum: 97, transform: Elision.elide)
    }
}
