import KiosqueText

/// Resolves per-article entities into corpus-wide ones (see `Corpus` for the rules).
enum EntityResolver {
    struct Result {
        var entities: [Entity]
        var articleEntities: [[ArticleEntity]]
    }

    static func resolve(articles: [Article], extracted: [[ExtractedEntity]]) -> Result {
        // Keys: folded names; one-word person names join a unique longer person name.
        var surnameOwners: [String: Set<String>] = [:]
        for entities in extracted {
            for entity in entities where entity.type == .person {
                let words = TextFolding.foldName(entity.name).split(separator: " ")
                if words.count >= 2, let last = words.last { surnameOwners[String(last), default: []].insert(words.joined(separator: " ")) }
            }
        }
        func key(for entity: ExtractedEntity) -> String {
            let folded = TextFolding.foldName(entity.name)
            if entity.type == .person, !folded.contains(" "), let owners = surnameOwners[folded], owners.count == 1, let owner = owners.first {
                return owner
            }
            return folded
        }

        struct Accumulator {
            var names: [String] = []
            var variants: [String] = []
            var seenVariants: Set<String> = []
            var types: [EntityType: Int] = [:]
            var mentions = 0
            var articleIDs: [String] = []
        }
        var order: [String] = []
        var accumulators: [String: Accumulator] = [:]
        var perArticleKeys: [[(key: String, entity: ExtractedEntity)]] = []
        for (index, entities) in extracted.enumerated() {
            var keyed: [(String, ExtractedEntity)] = []
            for entity in entities {
                let entityKey = key(for: entity)
                if accumulators[entityKey] == nil { order.append(entityKey); accumulators[entityKey] = Accumulator() }
                accumulators[entityKey]?.names.append(entity.name)
                accumulators[entityKey]?.types[entity.type, default: 0] += entity.mentions.count
                accumulators[entityKey]?.mentions += entity.mentions.count
                if accumulators[entityKey]?.articleIDs.last != articles[index].id {
                    accumulators[entityKey]?.articleIDs.append(articles[index].id)
                }
                for mention in entity.mentions where accumulators[entityKey]?.seenVariants.contains(mention.text) == false {
                    accumulators[entityKey]?.seenVariants.insert(mention.text)
                    accumulators[entityKey]?.variants.append(mention.text)
                }
                keyed.append((entityKey, entity))
            }
            perArticleKeys.append(keyed)
        }

        var idForKey: [String: String] = [:]
        var entities: [Entity] = []
        var usedIDs: Set<String> = []
        for entityKey in order {
            guard let accumulator = accumulators[entityKey] else { continue }
            let name = CanonicalName.choose(from: accumulator.names)
            var id = Slug.make(name)
            if usedIDs.contains(id) { id += "-" + String(entities.count) }  // distinct keys, same slug: keep both
            usedIDs.insert(id)
            idForKey[entityKey] = id
            let type = accumulator.types.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .misc
            entities.append(Entity(id: id, name: name, type: type, variants: accumulator.variants,
                                   mentionCount: accumulator.mentions, articleIDs: accumulator.articleIDs))
        }
        let typeByID = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.type) })
        let articleEntities: [[ArticleEntity]] = perArticleKeys.map { keyed in
            var merged: [String: [Mention]] = [:]
            var firstSeen: [String] = []
            for (entityKey, entity) in keyed {
                guard let id = idForKey[entityKey] else { continue }
                if merged[id] == nil { firstSeen.append(id) }
                merged[id, default: []].append(contentsOf: entity.mentions)
            }
            return firstSeen.map { id in
                ArticleEntity(entityID: id, type: typeByID[id] ?? .misc, mentions: (merged[id] ?? []).sorted(by: MentionResolver.order))
            }
        }
        entities.sort { ($1.mentionCount, $0.name) < ($0.mentionCount, $1.name) }
        return Result(entities: entities, articleEntities: articleEntities)
    }
}

/// Entity ids: the folded canonical name, lower-case ASCII letters and digits joined by `-`.
public enum Slug {
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in TextFolding.foldName(name).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar.properties.isAlphabetic {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "entity" : slug
    }
}
