/// BM25 (k1 = 1.2, b = 0.75) per field, combined with field weights (title 2, body 1,
/// entity names 1.5). The length norm of every field of every document, the idf of every
/// term and the field score of every posting are computed once at build time; at query time
/// a posting scores one multiplication (its word's weight × idf).
struct BM25: Sendable {
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 2.0, bodyWeight = 1.0, entityWeight = 1.5

    /// `k1 × (1 − b + b × length / average length)`, three per document: title, body, entities.
    let norms: [Double]
    let inverseDocumentFrequencies: [Double]

    /// `lengths` holds three per document, as `norms`; `documentFrequencies` are per term.
    init(lengths: [UInt32], documentFrequencies: [Int], documentCount: Int) {
        let count = Double(max(1, documentCount))
        var sums = [0, 0, 0]
        for (index, length) in lengths.enumerated() { sums[index % 3] += Int(length) }
        let averages = sums.map { max(1, Double($0) / count) }
        norms = lengths.enumerated().map { index, length in
            Self.k1 * (1 - Self.b + Self.b * Double(length) / averages[index % 3])
        }
        let n = Double(documentCount)
        inverseDocumentFrequencies = documentFrequencies.map { frequency in
            let df = Double(frequency)
            return log(1 + (n - df + 0.5) / (df + 0.5))
        }
    }

    /// Σ over fields of weight × BM25 term-frequency saturation with length normalisation.
    @inline(__always)
    static func fieldScore(_ packed: UInt32, norms: UnsafeBufferPointer<Double>, doc: Int) -> Double {
        var total = 0.0
        let title = packed >> 24, body = packed & 0xFFFF, entities = (packed >> 16) & 0xFF
        if title > 0 {
            let tf = Double(title)
            total += titleWeight * tf * (k1 + 1) / (tf + norms[3 * doc])
        }
        if body > 0 {
            let tf = Double(body)
            total += bodyWeight * tf * (k1 + 1) / (tf + norms[3 * doc + 1])
        }
        if entities > 0 {
            let tf = Double(entities)
            total += entityWeight * tf * (k1 + 1) / (tf + norms[3 * doc + 2])
        }
        return total
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
