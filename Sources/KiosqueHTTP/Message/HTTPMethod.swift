/// A request method token (RFC 9110 §9). Methods are case-sensitive: `get` is not `GET`.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let trace = HTTPMethod(rawValue: "TRACE")
    public static let connect = HTTPMethod(rawValue: "CONNECT")
    /// The safe QUERY method (IETF draft "The HTTP QUERY Method"): known, so a path that
    /// does not offer it answers 405 with `Allow`.
    public static let query = HTTPMethod(rawValue: "QUERY")

    /// Methods this server knows; any other token is answered 501 (RFC 9110 §9.1).
    public static let known: Set<HTTPMethod> = [.get, .head, .post, .put, .delete, .options, .patch, .trace, .connect, .query]

    /// The known method spelled by `bytes`, found without making a String or hashing one;
    /// nil for any other token. Most common first.
    static func recognized(_ bytes: ArraySlice<UInt8>) -> HTTPMethod? {
        for method in recognitionOrder where method.rawValue.utf8.elementsEqual(bytes) { return method }
        return nil
    }

    private static let recognitionOrder: [HTTPMethod] = [.get, .head, .post, .options, .put, .delete, .patch, .query, .trace, .connect]

    public var description: String { rawValue }
}
