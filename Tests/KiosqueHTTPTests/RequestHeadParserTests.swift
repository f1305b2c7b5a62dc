@testable import KiosqueHTTP
import Testing

@Suite struct RequestHeadParserTests {
    static let request = Array("GET /items/7?q=caf%C3%A9&x=a+b HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n".utf8)

    @Test func parsesACompleteHead() throws {
        guard case .complete(let head, let consumed) = RequestHeadParser.parse(Self.request, limits: HTTPLimits()) else {
            Issue.record("not complete"); return
        }
        #expect(consumed == Self.request.count)
        #expect(head.method == .get)
        #expect(head.parsedTarget.path == "/items/7")
        #expect(head.parsedTarget.queryItems.map(\.value) == ["café", "a b"])
        #expect(head.headers["host"] == "example.com")
        #expect(head.keepAlive)
        #expect(head.framing == .none)
    }

    @Test func everySplitPointNeedsMoreThenCompletes() {
        // Feed the head in two parts at every split point, keeping `scanned` like a connection does.
        for split in 1..<Self.request.count {
            var buffer = Array(Self.request[0..<split])
            var scanned = 0
            if case .needMore(let s) = RequestHeadParser.parse(buffer, scanned: scanned, limits: HTTPLimits()) {
                scanned = s
            } else {
                Issue.record("split \(split): complete too early")
                continue
            }
            buffer += Self.request[split...]
            guard case .complete(let head, let consumed) = RequestHeadParser.parse(buffer, scanned: scanned, limits: HTTPLimits()) else {
                Issue.record("split \(split): not complete after all bytes"); continue
            }
            #expect(consumed == Self.request.count)
            #expect(head.parsedTarget.path == "/items/7")
        }
    }

    @Test func byteByByte() {
        var buffer: [UInt8] = []
        var scanned = 0
        var completed = 0
        for byte in Self.request {
            buffer.append(byte)
            switch RequestHeadParser.parse(buffer, scanned: scanned, limits: HTTPLimits()) {
            case .needMore(let s): scanned = s
            case .complete: completed += 1
            case .failure(let error): Issue.record("failed: \(error)")
            }
        }
        #expect(completed == 1)
    }

    @Test func pipelinedHeadsAreConsumedOneAtATime() {
        let two = Self.request + Self.request
        guard case .complete(_, let consumed) = RequestHeadParser.parse(two, limits: HTTPLimits()) else {
            Issue.record("not complete"); return
        }
        #expect(consumed == Self.request.count)
    }

    @Test func requestLineLimitIsExact() {
        var limits = HTTPLimits()
        limits.maxRequestLineBytes = 64
        let fits = "GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1"
        #expect(fits.utf8.count == 64)
        guard case .complete = RequestHeadParser.parse(Array((fits + "\r\nHost: x\r\n\r\n").utf8), limits: limits) else {
            Issue.record("a request line at the limit must pass"); return
        }
        let over = "GET /" + String(repeating: "a", count: 65 - 14) + " HTTP/1.1"
        guard case .failure(let error) = RequestHeadParser.parse(Array((over + "\r\nHost: x\r\n\r\n").utf8), limits: limits) else {
            Issue.record("a request line over the limit must fail"); return
        }
        #expect(error.status.code == 414)
    }

    @Test func headerCountLimitIsExact() {
        var limits = HTTPLimits()
        limits.maxHeaderCount = 5
        func request(fields: Int) -> [UInt8] {
            Array(("GET / HTTP/1.1\r\nHost: x\r\n" + (1..<fields).map { "X-\($0): v\r\n" }.joined() + "\r\n").utf8)
        }
        guard case .complete = RequestHeadParser.parse(request(fields: 5), limits: limits) else {
            Issue.record("5 fields must pass"); return
        }
        guard case .failure(let error) = RequestHeadParser.parse(request(fields: 6), limits: limits) else {
            Issue.record("6 fields must fail"); return
        }
        #expect(error.status.code == 431)
    }

    @Test func headerBytesLimitFailsBeforeTheHeadEnds() {
        var limits = HTTPLimits()
        limits.maxHeaderBytes = 100
        let partial = Array(("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "v", count: 200)).utf8)
        guard case .failure(let error) = RequestHeadParser.parse(partial, limits: limits) else {
            Issue.record("an oversized header section must fail without waiting for its end"); return
        }
        #expect(error.status.code == 431)
    }

    @Test func chunkedDecoderByteByByte() {
        let body = Array("4 ; a = \"q \\\" x\" ;b\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nTrailer: x\r\n\r\nNEXT".utf8)
        var decoder = ChunkedDecoder(maxBodyBytes: 1000)
        var done = false
        for (index, byte) in body.enumerated() where !done {
            switch decoder.feed([byte], from: 0) {
            case .needMore: continue
            case .complete(let consumed):
                #expect(consumed == 1)
                #expect(index == body.count - 5)
                done = true
            case .failure(let error): Issue.record("\(error)"); return
            }
        }
        #expect(done)
        #expect(String(decoding: decoder.body, as: UTF8.self) == "Wikipedia in\r\n\r\nchunks.")
    }

    @Test func chunkedDecoderRefusesOversizedBodies() {
        var decoder = ChunkedDecoder(maxBodyBytes: 10)
        let result = decoder.feed(Array("b\r\nhello world\r\n0\r\n\r\n".utf8), from: 0)
        #expect(result == .failure(HTTPParseError(.contentTooLarge, "The request body is larger than 10 bytes.")))
    }
}
