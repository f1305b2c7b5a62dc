import Foundation
@testable import KiosqueAPI
import Testing

/// The links the API gives out escape everything but RFC 3986's unreserved characters, as
/// Foundation's percent-encoding does with that set.
@Suite struct PathEscapingTests {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    @Test(arguments: ["cuba", "la-havane", "Miguel Díaz-Canel", "a&b=c?d/e%f", "l’État", "日本", "🙂 ok", "", "~._-"])
    func escapesLikeFoundation(value: String) throws {
        let expected = try #require(value.addingPercentEncoding(withAllowedCharacters: Self.unreserved))
        #expect(PathEscaping.query(value) == expected)
    }
}
