import KiosqueText

/// Entities named by an article's metadata (guidelines §1: listed, though optional in the
/// gold): the source agency and the publisher (organisations), the author (a person), the
/// dateline's place, and the agency in parentheses when it abbreviates the publisher
/// (`RHC` for `Radio Habana Cuba`).
enum MetadataEntities {
    static func extract(_ article: Article) -> [ExtractedEntity] {
        var found: [ExtractedEntity] = []
        func whole(_ text: String?, _ field: TextField, _ type: EntityType) {
            guard let text, !text.isEmpty else { return }
            let mention = Mention(text: text, field: field, utf8Range: 0..<text.utf8.count, utf16Range: 0..<text.utf16.count)
            found.append(ExtractedEntity(name: text, type: type, mentions: [mention]))
        }
        whole(article.source, .source, .org)
        whole(article.author, .author, .person)
        if let dateline = article.dateline, let place = dateline.place, dateline.raw.hasPrefix(place) {
            found.append(ExtractedEntity(name: place, type: .place, mentions: [
                Mention(text: place, field: .dateline, utf8Range: 0..<place.utf8.count, utf16Range: 0..<place.utf16.count),
            ]))
        }
        if let publisher = article.publisher, !publisher.isEmpty {
            var mentions = [Mention(text: publisher, field: .publisher, utf8Range: 0..<publisher.utf8.count, utf16Range: 0..<publisher.utf16.count)]
            let initials = String(publisher.split(separator: " ").compactMap(\.first).filter(\.isUppercase))
            if let agency = article.agency, agency == initials, let raw = article.dateline?.raw,
               raw.hasSuffix("(\(agency))") {
                // The agency closes the dateline: `Moscou, 19 novembre (RHC)`.
                let utf8 = raw.utf8.count - agency.utf8.count - 1, utf16 = raw.utf16.count - agency.utf16.count - 1
                mentions.insert(Mention(text: agency, field: .dateline, utf8Range: utf8..<(utf8 + agency.utf8.count),
                                        utf16Range: utf16..<(utf16 + agency.utf16.count)), at: 0)
            }
            found.append(ExtractedEntity(name: publisher, type: .org, mentions: mentions))
        }
        return found
    }

    /// Adds metadata entities to the body's: same folded name → more mentions of one entity.
    /// The body's type stands, except against the dateline: what a dateline names is a place
    /// (`Ben Guerdane, 9 décembre (TAP)`, whose given-name-like first word made it a person).
    static func merge(_ metadata: [ExtractedEntity], into body: [ExtractedEntity]) -> [ExtractedEntity] {
        var result = body
        for entity in metadata {
            if let index = result.firstIndex(where: { $0.folded == entity.folded }) {
                let existing = result[index]
                let datelinePlace = entity.type == .place && entity.mentions.contains { $0.field == .dateline }
                result[index] = ExtractedEntity(name: existing.name, type: datelinePlace ? .place : existing.type,
                                                mentions: (existing.mentions + entity.mentions).sorted(by: MentionResolver.order))
            } else {
                result.append(entity)
            }
        }
        return result
    }
}
