/// The name of an office is no name, though it holds a capital: the `garde des Sceaux` (or
/// `Garde des Sceaux`) is the justice minister, not the town of Sceaux.
enum OfficeTitleRule: SpanRule {
    static func decide(at cursor: TokenCursor, in finder: SpanFinder) -> SpanDecision {
        let atKeeper = isKeeperOfTheSeals(cursor, garde: 0)
        return atKeeper || isKeeperOfTheSeals(cursor, garde: -2) ? .none : .pass
    }

    private static func isKeeperOfTheSeals(_ cursor: TokenCursor, garde offset: Int) -> Bool {
        cursor.lookahead(offset) { $0.folded == "garde" }
            && cursor.lookahead(offset + 1) { $0.folded == "des" }
            && cursor.lookahead(offset + 2) { $0.folded == "sceaux" }
    }
}
