/// Joins a paragraph that the file broke mid-sentence across a blank line (guidelines §6):
/// when a block ends without sentence-final punctuation and the next starts lower-case.
enum ParagraphJoiner {
    static let finalPunctuation: Set<Character> = [".", "!", "?", ":", "»", "…", "\"", "”", ")"]

    static func join(_ blocks: [String]) -> [String] {
        var paragraphs: [String] = []
        for block in blocks where !block.isEmpty {
            if let last = paragraphs.last, let end = last.last, !finalPunctuation.contains(end),
               let start = block.first, start.isLowercase {
                paragraphs[paragraphs.count - 1] = last + " " + block
            } else {
                paragraphs.append(block)
            }
        }
        return paragraphs
    }
}
