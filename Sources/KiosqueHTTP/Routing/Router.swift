/// Maps method and path to handlers. Built once, then frozen into a `Router` (an immutable
/// `HTTPResponder`): literal segments are looked up in dictionaries, `:name` segments
/// capture, a final `*` captures the rest.
///
/// - Unknown path: the fallback responder (e.g. static files), else 404.
/// - Known path, other method: 405 with `Allow` (RFC 9110 §15.5.6); `OPTIONS` answers 204
///   with `Allow`; every GET route answers HEAD too.
public struct Router: HTTPResponder {
    /// Path parameters captured by `:name` (and `*` under the name `*`).
    public typealias Parameters = [String: String]
    /// A route handler.
    public typealias Handler = @Sendable (HTTPRequest, Parameters) -> HTTPResponse

    /// The mutable form used to declare routes.
    public struct Builder {
        fileprivate var root = Node()
        fileprivate var fallback: (any HTTPResponder)?

        public init() {}

        /// Adds a route; `pattern` is like `/api/v1/articles/:id`. `inline`: the handler only
        /// looks up prepared bytes, so it may run on the I/O queue (see `respondInline`).
        public mutating func add(_ method: HTTPMethod, _ pattern: String, inline: Bool = false, _ handler: @escaping Handler) {
            var node = root
            let route = Route(pattern: pattern, inline: inline, handler: handler)
            root = Self.inserting(into: &node, segments: Router.segments(of: pattern)[...], method: method, route: route)
        }

        /// Shorthand for `add(.get, ...)`.
        public mutating func get(_ pattern: String, inline: Bool = false, _ handler: @escaping Handler) {
            add(.get, pattern, inline: inline, handler)
        }

        /// Answers every request no route matches by path.
        public mutating func fallback(_ responder: any HTTPResponder) {
            fallback = responder
        }

        /// The frozen router.
        public func build() -> Router {
            Router(root: root, fallback: fallback)
        }

        private static func inserting(into node: inout Node, segments: ArraySlice<String>, method: HTTPMethod,
                                      route: Route) -> Node {
            guard let segment = segments.first else {
                node.routes[method] = route
                return node
            }
            let rest = segments.dropFirst()
            if segment == "*" {
                var child = node.wildcard?.node ?? Node()
                node.wildcard = Box(name: "*", node: inserting(into: &child, segments: [], method: method, route: route))
            } else if segment.hasPrefix(":") {
                var child = node.parameter?.node ?? Node()
                let name = String(segment.dropFirst())
                node.parameter = Box(name: name, node: inserting(into: &child, segments: rest, method: method, route: route))
            } else {
                var child = node.literals[segment] ?? Node()
                node.literals[segment] = inserting(into: &child, segments: rest, method: method, route: route)
            }
            return node
        }
    }

    fileprivate struct Route: Sendable {
        let pattern: String
        let inline: Bool
        let handler: Handler
    }

    fileprivate struct Node: Sendable {
        var literals: [String: Node] = [:]
        /// `:name` child; boxed because a struct cannot contain itself directly.
        var parameter: Box?
        var wildcard: Box?
        var routes: [HTTPMethod: Route] = [:]
    }

    fileprivate final class Box: Sendable {
        let name: String
        let node: Node
        init(name: String, node: Node) {
            self.name = name
            self.node = node
        }
    }

    private let root: Node
    private let fallback: (any HTTPResponder)?

    fileprivate init(root: Node, fallback: (any HTTPResponder)?) {
        self.root = root
        self.fallback = fallback
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        answer(request, inline: false) ?? .problem(.notFound, detail: "No resource at this path.")
    }

    /// Answers on the I/O queue only what an `inline` route or an inline fallback can answer.
    public func respondInline(to request: HTTPRequest) -> HTTPResponse? {
        answer(request, inline: true)
    }

    /// The response, tagged with the route pattern that made it (for metrics and logs: the
    /// path is matched once per request); nil when `inline` and the answer needs the pool.
    private func answer(_ request: HTTPRequest, inline: Bool) -> HTTPResponse? {
        if request.path == "*" {
            // OPTIONS * asks about the server as a whole (RFC 9110 §9.3.7).
            return HTTPResponse(status: .noContent, headers: ["Allow": "GET, HEAD, OPTIONS"])
        }
        // Segments come from the raw path and are decoded one by one: `%2F` is data inside a
        // segment, never a separator (`/api%2Fv1` is one segment, an id may hold a slash).
        guard let (node, parameters) = match(rawPath: request.rawPath), !node.routes.isEmpty else {
            guard let fallback else { return .problem(.notFound, detail: "No resource at this path.") }
            return inline ? fallback.respondInline(to: request) : fallback.respond(to: request)
        }
        let method = request.method == .head && node.routes[.head] == nil ? .get : request.method
        var response: HTTPResponse
        if let route = node.routes[method] {
            if inline && !route.inline { return nil }
            response = route.handler(request, parameters)
        } else {
            let allow = Self.allowHeader(for: node)
            if request.method == .options {
                response = HTTPResponse(status: .noContent, headers: ["Allow": allow])
            } else {
                response = .problem(.methodNotAllowed, detail: "\(request.method.rawValue) is not allowed here; use \(allow).",
                                    headers: ["Allow": allow])
            }
        }
        response.route = (node.routes[method] ?? node.routes[.get])?.pattern
        return response
    }

    private static func allowHeader(for node: Node) -> String {
        var methods = Set(node.routes.keys.map(\.rawValue))
        if methods.contains("GET") { methods.insert("HEAD") }
        methods.insert("OPTIONS")
        let order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
        return methods.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
            .joined(separator: ", ")
    }

    /// Walks the tree along the raw path's segments, each percent-decoded only when it holds
    /// an escape: a plain segment of up to 15 bytes becomes a small String, with no allocation.
    private func match(rawPath: String) -> (Node, Parameters)? {
        var parameters: Parameters = [:]
        var node = root
        var segments = RawSegments(rawPath)
        while let segment = segments.next() {
            let decoded = Self.decoded(segment)
            if let next = node.literals[decoded] {
                node = next
            } else if let parameter = node.parameter, !decoded.isEmpty {
                parameters[parameter.name] = decoded
                node = parameter.node
            } else if let wildcard = node.wildcard {
                var rest = [decoded]
                while let more = segments.next() { rest.append(Self.decoded(more)) }
                parameters["*"] = rest.joined(separator: "/")
                return (wildcard.node, parameters)
            } else {
                return nil
            }
        }
        return (node, parameters)
    }

    /// A raw segment percent-decoded (the request parser has already refused malformed
    /// escapes and invalid UTF-8, so the fallback to the raw text is never taken).
    private static func decoded(_ segment: Substring) -> String {
        guard segment.utf8.contains(UInt8(ascii: "%")) else { return String(segment) }
        return RequestTarget.percentDecode(Array(segment.utf8)[...], plusAsSpace: false)
            .flatMap { String(validating: $0, as: UTF8.self) } ?? String(segment)
    }

    fileprivate static func segments(of path: String) -> [String] {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" && parts.count > 0 { parts.removeLast() }
        return parts
    }
}

/// The segments of a path, as `Router.segments(of:)` cuts them (no leading empty segment, no
/// trailing one), one at a time and without an array.
private struct RawSegments {
    private var rest: Substring?

    init(_ path: String) {
        var rest = Substring(path)
        if rest.first == "/" { rest = rest.dropFirst() }
        if rest.isEmpty {
            self.rest = nil
            return
        }
        if rest.last == "/" { rest = rest.dropLast() }
        self.rest = rest
    }

    mutating func next() -> Substring? {
        guard let rest else { return nil }
        if let slash = rest.utf8.firstIndex(of: UInt8(ascii: "/")) {
            self.rest = rest[rest.utf8.index(after: slash)...]
            return rest[..<slash]
        }
        self.rest = nil
        return rest
    }
}
