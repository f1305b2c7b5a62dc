import KiosqueCorpus

/// JSON shapes of an article (OpenAPI schemas `Article` and `ArticleSummary`): one summary
/// for every list (articles, search hits, an entity's articles, similar articles) and one
/// full document for `/articles/{id}`.
package enum ArticleRepresentation {
    /// Keys an `ArticleSummary` has, in output order; `fields=` selects among them.
    package static let summaryKeys = ["id", "title", "published", "dateline", "author", "agency", "source", "url",
                                      "excerpt", "entityCount"]

    /// The full article with its entities and every mention's offsets.
    package static func full(_ article: Article, entities: [ArticleEntity], names: (String) -> String,
                             into json: inout JSONWriter) {
        json.object { json in
            json.field("id", article.id)
            json.field("title", article.title)
            json.field("published", article.published?.iso)
            writeMetadataAndParagraphs(article, into: &json)
            json.key("entities")
            json.array(entities) { json, entity in
                json.object { json in
                    json.field("id", entity.entityID)
                    json.field("name", names(entity.entityID))
                    json.field("type", entity.type.rawValue)
                    json.field("mentionCount", entity.mentions.count)
                    json.key("mentions")
                    json.array(entity.mentions) { json, mention in MentionRepresentation.write(mention, into: &json) }
                }
            }
        }
    }

    /// The dateline object, author, agency, source, URL, publisher and paragraphs members.
    package static func writeMetadataAndParagraphs(_ article: Article, into json: inout JSONWriter) {
        json.key("dateline")
        dateline(article.dateline, into: &json)
        json.field("author", article.author)
        json.field("agency", article.agency)
        json.field("source", article.source)
        json.field("url", article.url)
        json.field("publisher", article.publisher)
        json.key("paragraphs")
        json.array(article.paragraphs) { json, paragraph in json.string(paragraph) }
    }

    /// `{raw, place, day, month}` or null.
    static func dateline(_ dateline: Dateline?, into json: inout JSONWriter) {
        guard let dateline else { return json.null() }
        json.object { json in
            json.field("raw", dateline.raw)
            json.field("place", dateline.place)
            json.field("day", dateline.day)
            json.field("month", dateline.month)
        }
    }

    /// The summary, restricted to `fields` when given (in `summaryKeys` order).
    package static func summary(_ article: Article, entityCount: Int, fields: Set<String>? = nil,
                                into json: inout JSONWriter) {
        json.object { json in summaryMembers(article, entityCount: entityCount, fields: fields, into: &json) }
    }

    /// The summary's members, written into the current object (search hits add theirs).
    package static func summaryMembers(_ article: Article, entityCount: Int, fields: Set<String>? = nil,
                                       into json: inout JSONWriter) {
        for key in summaryKeys where fields?.contains(key) ?? true {
            switch key {
            case "id": json.field(key, article.id)
            case "title": json.field(key, article.title)
            case "published": json.field(key, article.published?.iso)
            case "dateline":
                json.key(key)
                dateline(article.dateline, into: &json)
            case "author": json.field(key, article.author)
            case "agency": json.field(key, article.agency)
            case "source": json.field(key, article.source)
            case "url": json.field(key, article.url)
            case "excerpt": json.field(key, excerpt(of: article))
            case "entityCount": json.field(key, entityCount)
            default: break
            }
        }
    }

    /// The first ~200 characters of the first paragraph, cut at a word boundary.
    package static func excerpt(of article: Article, limit: Int = 200) -> String {
        guard let first = article.paragraphs.first else { return "" }
        guard first.count > limit else { return first }
        var cut = first.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut + "…"
    }
}

extension Corpus {
    /// The summary of an article of this corpus.
    package func writeSummary(_ article: Article, fields: Set<String>? = nil, into json: inout JSONWriter) {
        ArticleRepresentation.summary(article, entityCount: entityCount(inArticle: article.id), fields: fields, into: &json)
    }

    /// The summary's members into the current object (a search hit or similar article adds its own).
    package func writeSummaryMembers(_ article: Article, into json: inout JSONWriter) {
        ArticleRepresentation.summaryMembers(article, entityCount: entityCount(inArticle: article.id), into: &json)
    }
}

/// JSON shape of one mention (OpenAPI schema `Mention`).
package enum MentionRepresentation {
    /// Writes `{text, field, paragraph, utf8Start, utf8Length, utf16Start, utf16Length}`.
    package static func write(_ mention: Mention, into json: inout JSONWriter) {
        json.object { json in
            json.field("text", mention.text)
            writeLocation(mention, into: &json)
        }
    }

    /// Writes the field, paragraph and offset members of a mention into the current object.
    package static func writeLocation(_ mention: Mention, into json: inout JSONWriter) {
        json.field("field", mention.field.name)
        json.field("paragraph", mention.field.paragraphIndex)
        json.field("utf8Start", mention.utf8Range.lowerBound)
        json.field("utf8Length", mention.utf8Range.count)
        json.field("utf16Start", mention.utf16Range.lowerBound)
        json.field("utf16Length", mention.utf16Range.count)
    }
}
