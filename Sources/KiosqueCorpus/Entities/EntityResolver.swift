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
                let words = entity.folded.split(separator: " ")
                if words.count >= 2, let last = words.last { surnameOwners[String(last), default: []].insert(words.joined(separator: " ")) }
            }
        }
        func key(for entity: ExtractedEntity) -> String {
            let folded = entity.folded
            if entity.type == .person, !folded.contains(" "), let owners = surnameOwners[folded], owners.count == 1, let owner = owners.first {
                return owner
            }
            return folded
        }

        struct Accumulator {
            var key: String
            /// How often each surface form was an article's name for the entity.
            var names: [String: Int] = [:]
            var variants: [String] = []
            var seenVariants: Set<String> = []
            var types: [EntityType: Int] = [:]
            var mentions = 0
            var articleIDs: [String] = []
        }
        // Accumulators live in an array, mutated in place (a dictionary of structs would
        // copy one on every optional-chained update: quadratic for frequent entities).
        var accumulators: [Accumulator] = []
        var accumulatorOf: [String: Int] = [:]
        var perArticleKeys: [[(slot: Int, entity: ExtractedEntity)]] = []
        perArticleKeys.reserveCapacity(extracted.count)
        for (index, entities) in extracted.enumerated() {
            var keyed: [(slot: Int, entity: ExtractedEntity)] = []
            keyed.reserveCapacity(entities.count)
            for entity in entities {
                let entityKey = key(for: entity)
                let slot: Int
                if let existing = accumulatorOf[entityKey] {
                    slot = existing
                } else {
                    slot = accumulators.count
                    accumulatorOf[entityKey] = slot
                    accumulators.append(Accumulator(key: entityKey))
                }
                accumulators[slot].names[entity.name, default: 0] += 1
                accumulators[slot].types[entity.type, default: 0] += entity.mentions.count
                accumulators[slot].mentions += entity.mentions.count
                if accumulators[slot].articleIDs.last != articles[index].id {
                    accumulators[slot].articleIDs.append(articles[index].id)
                }
                var previous: String?
                for mention in entity.mentions where mention.text != previous {
                    previous = mention.text  // runs of one form (the usual case) cost one lookup
                    if accumulators[slot].seenVariants.insert(mention.text).inserted {
                        accumulators[slot].variants.append(mention.text)
                    }
                }
                keyed.append((slot, entity))
            }
            perArticleKeys.append(keyed)
        }

        var idForSlot: [String] = []
        idForSlot.reserveCapacity(accumulators.count)
        var entities: [Entity] = []
        var usedIDs: Set<String> = []
        for accumulator in accumulators {
            let name = CanonicalName.choose(fromCounts: accumulator.names)
            var id = Slug.make(name)
            if usedIDs.contains(id) { id += "-" + String(entities.count) }  // distinct keys, same slug: keep both
            usedIDs.insert(id)
            idForSlot.append(id)
            let type = accumulator.types.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .misc
            entities.append(Entity(id: id, name: name, type: type, variants: accumulator.variants,
                                   mentionCount: accumulator.mentions, articleIDs: accumulator.articleIDs))
        }
        let articleEntities: [[ArticleEntity]] = perArticleKeys.map { keyed in
            var merged: [Int: [Mention]] = [:]
            var firstSeen: [Int] = []
            for (slot, entity) in keyed {
                if merged[slot] == nil {
                    firstSeen.append(slot)
                    merged[slot] = entity.mentions  // shared, not copied, when nothing joins it
                } else {
                    merged[slot]?.append(contentsOf: entity.mentions)
                }
            }
            return firstSeen.map { slot in
                let mentions = merged[slot] ?? []
                let ordered = zip(mentions, mentions.dropFirst()).allSatisfy { !MentionResolver.order($1, $0) }
                return ArticleEntity(entityID: idForSlot[slot], type: entities[slot].type,
                                     mentions: ordered ? mentions : mentions.sorted(by: MentionResolver.order))
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
