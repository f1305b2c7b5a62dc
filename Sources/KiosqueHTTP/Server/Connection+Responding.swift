/// The seam between the connection and "run the handler / finalize the response / log it".
extension Connection {
    /// Answers on the spot when the responder can without blocking (prepared bytes); otherwise
    /// hands the request to the handler pool and the answer comes back through the loop's inbox. One request at a time: pipelined ones wait in the input, which keeps order.
    func dispatch(_ head: RequestHead, body: [UInt8]) {
        let started = now
        let request = head.request(body: body)
        if let response = core.responder.respondInline(to: request) {
            return handlerAnswered(head, request: request, response: response, started: started)
        }
        let core = core, loop = loop
        core.handlers.submit { [self] in
            let response = core.responder.respond(to: request)
            loop.execute { [self] in
                handlerAnswered(head, request: request, response: response, started: started)
                loop.schedule(self)
            }
        }
    }

    private func handlerAnswered(_ head: RequestHead, request: HTTPRequest, response: HTTPResponse, started: UInt64) {
        let keepAlive = machine.handlerAnswered(keepAliveAsked: head.keepAlive,
                                                serverDraining: core.draining.load(ordering: .relaxed))
        guard !closed else { return }
        // Encrypted, cross-site requests get no compression: the BREACH mitigation (see CrossSiteRequest).
        let compressionAllowed = !(transport?.isEncrypted ?? false) || !CrossSiteRequest.isCrossSite(head.headers)
        let context = RequestContext(method: head.method, version: head.version,
                                     acceptEncoding: compressionAllowed ? head.headers.values(for: "Accept-Encoding") : [],
                                     ifNoneMatch: head.headers.values(for: "If-None-Match"),
                                     ifMatch: head.headers.values(for: "If-Match"),
                                     ifUnmodifiedSince: head.headers["If-Unmodified-Since"])
        let finished = ResponseFinalizer.finish(response, for: context, keepAlive: keepAlive,
                                                serverName: core.configuration.serverName, date: loop.dateCache.now)
        enqueue(finished)
        record(method: head.method.rawValue, path: request.path, target: request.target, route: response.route,
               finished: finished, since: started)
        machine.responseQueued(keepAlive: keepAlive, now: now)
        processInput()
        syncReading()
    }

    /// Answers a request that cannot be served; the state machine has stopped reading and
    /// closes once this is written.
    func answer(_ error: HTTPParseError, method: HTTPMethod?) {
        let response = HTTPResponse.problem(error.status, detail: error.detail)
        let context = RequestContext(method: method ?? .get, version: .http1_1, acceptEncoding: [], ifNoneMatch: [])
        let finished = ResponseFinalizer.finish(response, for: context, keepAlive: false,
                                                serverName: core.configuration.serverName, date: loop.dateCache.now)
        enqueue(finished)
        record(method: method?.rawValue ?? "-", path: "-", target: "-", route: nil, finished: finished, since: now)
        syncReading()
        flush()
    }

    /// Logs the target as received, not the decoded path: decoded, `%0a` would forge log lines
    /// and `%1b` would send terminal escapes.
    private func record(method: String, path: String, target: String, route: String?, finished: FinishedResponse,
                        since started: UInt64) {
        let end = now
        let micros = end > started ? Int((end - started) / 1000) : 0
        core.accessLog?.record(method: method, target: target, status: finished.status.code, bytes: finished.byteCount,
                               microseconds: micros)
        core.observer?(HTTPExchangeRecord(method: method, path: path, status: finished.status.code,
                                          bytes: finished.byteCount, microseconds: micros, route: route))
    }
}
