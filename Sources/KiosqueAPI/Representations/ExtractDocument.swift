import KiosqueCorpus

/// The JSON `kiosque extract` prints for one article: its parse and its entities, in the
/// field names of the gold files (`../shared/gold/`) so the entity scorer reads it as is.
package enum ExtractDocument {
    package static func write(_ article: Article, corpus: Corpus, into json: inout JSONWriter) {
        json.object { json in
            json.field("file", article.origin.path)
            json.field("id", article.id)
            json.field("title", article.title)
            json.field("date_or_dateline", article.dateline?.raw)
            json.key("dateline")
            if let dateline = article.dateline {
                json.object { json in
                    json.field("raw", dateline.raw)
                    json.field("place", dateline.place)
                    json.field("day", dateline.day)
                    json.field("month", dateline.month)
                }
            } else {
                json.null()
            }
            json.field("author", article.author)
            json.field("agency", article.agency)
            json.field("source", article.source)
            json.field("url", article.url)
            json.field("publisher", article.publisher)
            json.key("paragraphs")
            json.array(article.paragraphs) { json, paragraph in json.string(paragraph) }
            json.key("entities")
            json.array(corpus.entities(inArticle: article.id)) { json, entity in
                json.object { json in
                    json.field("id", entity.entityID)
                    json.field("canonical", corpus.entity(id: entity.entityID)?.name ?? entity.entityID)
                    json.field("type", entity.type.rawValue)
                    var surfaces: [String] = []
                    for mention in entity.mentions where !surfaces.contains(mention.text) { surfaces.append(mention.text) }
                    json.key("mentions")
                    json.array(surfaces) { json, surface in json.string(surface) }
                    json.key("occurrences")
                    json.array(entity.mentions) { json, mention in MentionRepresentation.write(mention, into: &json) }
                }
            }
        }
    }
}
