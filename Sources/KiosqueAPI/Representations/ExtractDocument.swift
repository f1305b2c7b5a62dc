import KiosqueCorpus

/// The JSON `kiosque extract` prints for one article: its parse and its entities, in the
/// field names of the gold files (`Tests/Fixtures/gold/`) so the entity scorer reads it as is.
package enum ExtractDocument {
    package static func write(_ article: Article, corpus: Corpus, into json: inout JSONWriter) {
        json.object { json in
            json.field("file", article.origin.path)
            json.field("id", article.id)
            json.field("title", article.title)
            json.field("date_or_dateline", article.dateline?.raw)
            json.field("published", article.published?.iso)
            ArticleRepresentation.writeMetadataAndParagraphs(article, into: &json)
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
