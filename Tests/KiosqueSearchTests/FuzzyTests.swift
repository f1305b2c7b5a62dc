@testable import KiosqueSearch
import Testing

/// The banded edit distance and the bucketed candidate lookup against plain full computations.
@Suite struct FuzzyTests {
    /// Optimal string alignment distance, the whole matrix.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { matrix[i][0] = i }
        for j in 0...b.count { matrix[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                matrix[i][j] = min(matrix[i - 1][j] + 1, matrix[i][j - 1] + 1, matrix[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { matrix[i][j] = min(matrix[i][j], matrix[i - 2][j - 2] + 1) }
            }
        }
        return matrix[a.count][b.count]
    }

    static func randomWord(_ generator: inout SeededGenerator, letters: String = "abcdeé") -> String {
        String((0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator) ?? "a" })
    }

    @Test func bandedDistanceAgreesWithTheFullMatrix() {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<4_000 {
            let a = Array(Self.randomWord(&generator).unicodeScalars), b = Array(Self.randomWord(&generator).unicodeScalars)
            let exact = Self.distance(a, b)
            for limit in 0...3 { #expect(EditDistance.within(a, b, limit) == (exact <= limit), "\(a) \(b) \(limit)") }
        }
    }

    @Test func candidatesAreEveryWordInReach() {
        var generator = SeededGenerator(seed: 23)
        let words = Array(Set((0..<3000).map { _ in Self.randomWord(&generator, letters: "abcdé") }.filter { !$0.isEmpty })).sorted()
        let fuzzy = FuzzyIndex(words: words)
        for _ in 0..<120 {
            let query = Self.randomWord(&generator, letters: "abcdé")
            for edits in 1...2 {
                let expected = words.indices.filter { position in
                    words[position].first == query.first && words[position] != query
                        && Self.distance(Array(query.unicodeScalars), Array(words[position].unicodeScalars)) <= edits
                }.map(Int32.init)
                #expect(fuzzy.candidates(query, maxEdits: edits) == expected, "\(query)")
            }
        }
    }
}
