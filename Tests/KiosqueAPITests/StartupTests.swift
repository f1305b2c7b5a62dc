import Dispatch
import KiosqueAPI
import KiosqueCorpus
import KiosqueHTTP
import KiosqueTestSupport
import Synchronization
import Testing

/// Honest readiness: the server answers while the corpus loads, alive but not ready, and
/// becomes ready exactly when every structure is built.
@Suite struct StartupTests {

    @Test func livezIsUpAndReadyzDownUntilTheLoadEnds() async throws {
        let seeds = try PackageRoot.path("seeds")
        let responder = ResponderSwitch(StartupResponder())
        let server = try TestServer(responder: responder)
        // The load is held at its first phase until the test has probed the server.
        let gate = DispatchSemaphore(value: 0)
        let loading = Task {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<PreparedService, any Error>) in
                // Its own thread (serial queue): the load blocks on `gate`, which would hold one
                // of the global queue's few workers that other tests' clients wait on.
                DispatchQueue(label: "kiosque.test.load").async {
                    continuation.resume(with: Result {
                        try PreparedService(loadCorpus: {
                            gate.wait()
                            return try CorpusLoader.load(paths: [seeds])
                        }, status: ServiceStatus(startedAt: 0))
                    })
                }
            }
        }

        let client = try server.client()
        #expect(try await client.exchange(get("/livez")).status == 200)
        #expect(try await client.exchange(get("/healthz")).status == 200)
        let notReady = try await client.exchange(get("/readyz"))
        #expect(notReady.status == 503)
        #expect(notReady.headers["Content-Type"] == "application/problem+json")
        let early = try await client.exchange(get("/api/v1/articles"))
        #expect(early.status == 503)
        #expect(early.headers["Retry-After"] == "1")

        gate.signal()
        let service = try await loading.value
        #expect(service.corpus.articles.count > 0)
        // Still loading until the responder switches: the order the executable follows.
        #expect(try await client.exchange(get("/readyz")).status == 503)
        responder.replace(with: service.router)
        #expect(try await client.exchange(get("/readyz")).status == 200)
        let articles = try await client.exchange(get("/api/v1/articles"))
        #expect(articles.status == 200)
        #expect(articles.text.contains("\"total\":\(service.corpus.articles.count)"))
        await server.stop()
    }

    @Test func everyPhaseIsTimed() throws {
        let seeds = try PackageRoot.path("seeds")
        let service = try PreparedService(loadCorpus: { try CorpusLoader.load(paths: [seeds]) }, status: ServiceStatus(startedAt: 0))
        let timings = service.timings
        #expect(timings.parse >= 0 && timings.entities > 0 && timings.index > 0 && timings.responses > 0)
    }

    @Test func readyzTurns503WhenDrainingStarts() async throws {
        let draining = DrainFlag()
        let seeds = try PackageRoot.path("seeds")
        let service = try PreparedService(loadCorpus: { try CorpusLoader.load(paths: [seeds]) },
                                          status: ServiceStatus(startedAt: 0, isDraining: { draining.isSet }))
        let server = try TestServer(responder: service.router)
        let client = try server.client()
        #expect(try await client.exchange(get("/readyz")).status == 200)
        draining.set()
        #expect(try await client.exchange(get("/readyz")).status == 503)
        #expect(try await client.exchange(get("/livez")).status == 200)
        await server.stop()
    }
}

/// A flag the test raises; read from the server's I/O queues.
private final class DrainFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .relaxed) }
    func set() { flag.store(true, ordering: .relaxed) }
}
