import KiosqueCorpus

/// JSON shapes of entities (OpenAPI schemas `EntitySummary`, `Entity`, `RelatedEntity`,
/// `EntityMention`).
package enum EntityRepresentation {
    package static func summary(_ entity: Entity, into json: inout JSONWriter) {
        json.object { json in
            json.field("id", entity.id)
            json.field("name", entity.name)
            json.field("type", entity.type.rawValue)
            json.field("mentionCount", entity.mentionCount)
            json.field("articleCount", entity.articleIDs.count)
        }
    }

    /// The entity with one page of its articles (summaries, newest first: see `articles(of:)`).
    package static func full(_ entity: Entity, corpus: Corpus, paging: Paging, into json: inout JSONWriter) {
        json.object { json in
            json.field("id", entity.id)
            json.field("name", entity.name)
            json.field("type", entity.type.rawValue)
            json.key("variants")
            json.array(entity.variants) { json, variant in json.string(variant) }
            json.field("mentionCount", entity.mentionCount)
            json.field("articleCount", entity.articleIDs.count)
            json.key("articles")
            let newestFirst = articleIndices(of: entity, corpus: corpus)
            ListEnvelope.write(newestFirst, paging: paging, into: &json) { json, index in
                corpus.writeSummary(corpus.articles[index], into: &json)
            }
            let appearances = corpus.appearances(amongArticlesAt: newestFirst)
            json.key("firstAppearance")
            appearance(appearances?.first, into: &json)
            json.key("lastAppearance")
            appearance(appearances?.last, into: &json)
        }
    }

    private static func appearance(_ article: Article?, into json: inout JSONWriter) {
        guard let article else { return json.null() }
        json.object { json in
            json.field("articleId", article.id)
            json.field("title", article.title)
            json.field("published", article.published?.iso)
            json.field("day", article.dateline?.day)
            json.field("month", article.dateline?.month)
        }
    }

    /// An entity's articles, newest first (full dates, yearless, undated; ties by id).
    package static func articles(of entity: Entity, corpus: Corpus) -> LazyMapCollection<[Int], Article> {
        articleIndices(of: entity, corpus: corpus).lazy.map { corpus.articles[$0] }
    }

    /// The positions of an entity's articles, newest first: sorting positions, not `Article`
    /// copies (each a dozen retains), is what keeps an entity's page cheap at start.
    static func articleIndices(of entity: Entity, corpus: Corpus) -> [Int] {
        let ranks = corpus.chronology.newestRank
        return corpus.articlePositions(of: entity).sorted { ranks[$0] < ranks[$1] }
    }

    /// Most shared article ids a related entity lists; the rest are paged by
    /// `/api/v1/articles?entity=A&entity=B` (`articles` is that link).
    package static let sharedArticleLimit = 10

    package static func related(_ related: RelatedEntity, of entityID: String, corpus: Corpus, into json: inout JSONWriter) {
        json.object { json in
            json.key("entity")
            if let entity = corpus.entity(id: related.entityID) { summary(entity, into: &json) } else { json.null() }
            json.field("count", related.count)
            json.key("articleIds")
            json.array(related.articleIDs.prefix(sharedArticleLimit)) { json, id in json.string(id) }
            json.field("articles", "/api/v1/articles?entity=\(PathEscaping.query(entityID))&entity=\(PathEscaping.query(related.entityID))")
        }
    }

    /// One mention in its sentence.
    package struct MentionInContext {
        let article: Article
        let mention: Mention
    }

    /// Every mention of an entity, in corpus order.
    package static func mentions(of entity: Entity, corpus: Corpus) -> MentionList {
        MentionList(entity: entity, corpus: corpus)
    }

    /// An entity's mentions as a collection that builds only the ones read: a page of a
    /// frequent entity's mentions costs the page, not the hundreds of thousands before it.
    package struct MentionList: RandomAccessCollection {
        let corpus: Corpus
        /// The entity's position in `corpus.entities`, and its articles' in `corpus.articles`
        /// (positions, not copies: this is built for every entity at start).
        let entity: Int
        let articles: [Int]
        /// Mentions before each article (one more entry at the end: the total).
        let starts: [Int]

        init(entity: Entity, corpus: Corpus) {
            self.corpus = corpus
            let position = corpus.entityIndex(id: entity.id) ?? -1
            self.entity = position
            articles = corpus.articlePositions(of: entity)
            var starts = [0]
            starts.reserveCapacity(articles.count + 1)
            var total = 0
            for article in articles {
                total += corpus.mentionCount(ofEntityAt: position, inArticleAt: article)
                starts.append(total)
            }
            self.starts = starts
        }

        package var startIndex: Int { 0 }
        package var endIndex: Int { starts.last ?? 0 }

        package subscript(position: Int) -> MentionInContext {
            // The last article whose first mention is at or before `position`.
            var low = 0, high = articles.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= position { low = middle } else { high = middle - 1 }
            }
            let article = articles[low]
            let mentions = corpus.mentions(ofEntityAt: entity, inArticleAt: article)
            return MentionInContext(article: corpus.articles[article], mention: mentions[position - starts[low]])
        }
    }

    package static func mention(_ item: MentionInContext, into json: inout JSONWriter) {
        let text = item.mention.field.text(in: item.article)
        let sentence = Sentences.around(item.mention, in: text)
        json.object { json in
            json.field("articleId", item.article.id)
            json.field("articleTitle", item.article.title)
            json.field("text", item.mention.text)
            json.field("sentence", sentence.text)
            // Where the sentence starts in the field's text (the mention is at `utf16Start`).
            json.field("sentenceUtf16Start", sentence.utf16Start)
            MentionRepresentation.writeLocation(item.mention, into: &json)
        }
    }
}

/// Sentence boundaries, for showing a mention in context.
enum Sentences {
    /// The sentence of `text` that contains `mention`, and where it starts (UTF-16, like the
    /// mention's own offsets). Found in the UTF-8 bytes, where `.`, `!`, `?` and the space
    /// are single bytes as in UTF-16, without copying the field to UTF-16 first.
    static func around(_ mention: Mention, in text: String) -> (text: String, utf16Start: Int) {
        var text = text
        let range = mention.utf8Range
        let found: (text: String, utf16Before: Int)? = text.withUTF8 { bytes in
            guard range.upperBound <= bytes.count else { return nil }
            func isEnd(_ index: Int) -> Bool {
                let byte = bytes[index]
                guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { return false }  // . ! ?
                return index + 1 >= bytes.count || bytes[index + 1] == 0x20
            }
            var start = range.lowerBound
            while start > 0 && !isEnd(start - 1) { start -= 1 }
            while start < range.lowerBound && bytes[start] == 0x20 { start += 1 }
            var end = range.upperBound
            while end < bytes.count && !isEnd(end) { end += 1 }
            if end < bytes.count { end += 1 }
            // UTF-16 units between the sentence's start and the mention's: one per scalar,
            // two for a scalar outside the BMP (a four-byte sequence).
            var units = 0
            for byte in bytes[start..<range.lowerBound] where byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), units)
        }
        guard let found else { return (text, 0) }
        return (found.text, mention.utf16Range.lowerBound - found.utf16Before)
    }
}

/// Percent-encoding for values put into links the API gives out.
enum PathEscaping {
    /// `value` with everything but unreserved characters percent-encoded.
    static func query(_ value: String) -> String {
        // Built as bytes: appending scalar by scalar to a String was 2 % of a raw start (every
        // related entity's link).
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count * 3)
        for byte in value.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(upperHexDigits[Int(byte >> 4)])
                out.append(upperHexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
