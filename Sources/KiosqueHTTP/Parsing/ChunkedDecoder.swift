/// Decodes a chunked request body (RFC 9112 §7.1) incrementally: feed it whatever bytes have
/// arrived; it reports how many it used, and the body once the last chunk and trailers are in.
struct ChunkedDecoder {
    enum Result: Equatable {
        /// All bytes given were used; more are needed.
        case needMore
        /// The body is complete; `consumed` bytes of the last input belonged to it.
        case complete(consumed: Int)
        case failure(HTTPParseError)
    }

    private enum State: Equatable {
        case size            // reading "1a;ext=x\r\n"
        case data(Int)       // bytes left in the current chunk
        case dataEnd         // the CRLF after chunk data
        case trailers        // trailer field lines until an empty line
    }

    private var state = State.size
    private var line: [UInt8] = []
    private let maxBodyBytes: Int
    /// Chunk-size lines and trailer lines longer than this are refused.
    private static let maxLineBytes = 4096
    private static let maxTrailerBytes = 16 * 1024
    private var trailerBytes = 0
    /// The decoded body so far.
    private(set) var body: [UInt8] = []

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// Consumes bytes from `input` starting at `start`.
    mutating func feed(_ input: [UInt8], from start: Int) -> Result {
        var index = start
        while index < input.count {
            switch state {
            case .size, .trailers, .dataEnd:
                let byte = input[index]
                index += 1
                if byte != 0x0A {
                    line.append(byte)
                    if line.count > Self.maxLineBytes {
                        return .failure(.bad("A chunk-size or trailer line is too long."))
                    }
                    continue
                }
                // RFC 9112 §7.1: lines end in CRLF; a bare LF (or a CR inside) is a framing
                // error, since another parser could split the stream differently (smuggling).
                guard line.last == 0x0D else { return .failure(.bad("A chunk line ends with a bare LF.")) }
                line.removeLast()
                if line.contains(0x0D) || line.contains(0) { return .failure(.bad("A chunk line contains CR or NUL.")) }
                let current = line
                line.removeAll(keepingCapacity: true)
                switch state {
                case .size:
                    guard let size = Self.chunkSize(current) else {
                        return .failure(.bad("Invalid chunk size line."))
                    }
                    if body.count + size > maxBodyBytes {
                        return .failure(HTTPParseError(.contentTooLarge, "The request body is larger than \(maxBodyBytes) bytes."))
                    }
                    state = size == 0 ? .trailers : .data(size)
                case .dataEnd:
                    guard current.isEmpty else { return .failure(.bad("Chunk data is not followed by CRLF.")) }
                    state = .size
                case .trailers:
                    if current.isEmpty { return .complete(consumed: index - start) }
                    trailerBytes += current.count
                    if trailerBytes > Self.maxTrailerBytes {
                        return .failure(HTTPParseError(.requestHeaderFieldsTooLarge, "The trailer section is too large."))
                    }
                    // Trailer fields are read and ignored; a malformed one still breaks framing.
                    guard let colon = current.firstIndex(of: UInt8(ascii: ":")), colon > 0,
                          current[..<colon].allSatisfy(ASCII.isTokenCharacter),
                          current[(colon + 1)...].allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                        return .failure(.bad("Malformed trailer field."))
                    }
                case .data:
                    break
                }
            case .data(let remaining):
                let take = min(remaining, input.count - index)
                body.append(contentsOf: input[index..<(index + take)])
                index += take
                state = remaining == take ? .dataEnd : .data(remaining - take)
            }
        }
        return .needMore
    }

    /// `chunk-size [ chunk-ext ]`: hex digits, then optional `;name[=value]` extensions,
    /// checked (token names, token or quoted-string values) and ignored.
    private static func chunkSize(_ line: [UInt8]) -> Int? {
        let sizePart = line.prefix { $0 != UInt8(ascii: ";") }
        guard extensionsAreValid(line[sizePart.endIndex...]) else { return nil }
        var digits = sizePart[...]
        // Whitespace after the size is the BWS before an extension's ';', never on its own.
        if sizePart.endIndex < line.endIndex {
            while let last = digits.last, last == 0x20 || last == 0x09 { digits = digits.dropLast() }
        }
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var size = 0
        for byte in digits {
            guard let value = ASCII.hexValue(byte) else { return nil }
            size = size << 4 | Int(value)
        }
        return size
    }

    /// `*( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] )` (RFC 9112 §7.1.1).
    private static func extensionsAreValid(_ text: ArraySlice<UInt8>) -> Bool {
        var rest = text
        func skipSpace() { while let first = rest.first, first == 0x20 || first == 0x09 { rest = rest.dropFirst() } }
        func token() -> Bool {
            let name = rest.prefix(while: ASCII.isTokenCharacter)
            rest = rest.dropFirst(name.count)
            return !name.isEmpty
        }
        while true {
            skipSpace()
            guard let first = rest.first else { return true }
            guard first == UInt8(ascii: ";") else { return false }
            rest = rest.dropFirst()
            skipSpace()
            guard token() else { return false }
            skipSpace()
            guard rest.first == UInt8(ascii: "=") else { continue }
            rest = rest.dropFirst()
            skipSpace()
            if rest.first == UInt8(ascii: "\"") {
                rest = rest.dropFirst()
                var closed = false
                while let byte = rest.first {
                    rest = rest.dropFirst()
                    if byte == UInt8(ascii: "\\") {
                        guard !rest.isEmpty else { return false }
                        rest = rest.dropFirst()
                    } else if byte == UInt8(ascii: "\"") {
                        closed = true
                        break
                    } else if byte < 0x20 && byte != 0x09 || byte == 0x7F {
                        return false
                    }
                }
                guard closed else { return false }
            } else if !token() {
                return false
            }
        }
    }
}
