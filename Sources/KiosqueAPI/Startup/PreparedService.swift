import Dispatch
import KiosqueCorpus
import KiosqueHTTP
import KiosqueSearch

/// How long each start-up phase took, in seconds: wall time, and CPU time of all threads
/// (CPU over wall is how many cores the phase kept busy).
public struct StartupTimings: Sendable {
    public var parse = 0.0
    public var entities = 0.0
    public var index = 0.0
    public var responses = 0.0
    public var cpu = CPU()

    public struct CPU: Sendable {
        public var parse = 0.0
        public var entities = 0.0
        public var index = 0.0
        public var responses = 0.0
    }
}

/// Everything the API serves, built phase by phase: the corpus (parse and entities, by the
/// loader given), the search index, then every precomputed response and the router.
/// The loader is a parameter so that a test can hold a start in its loading phase.
public struct PreparedService: Sendable {
    public let corpus: Corpus
    public let api: KiosqueAPI
    public let router: Router
    public let timings: StartupTimings
    /// Snapshot checksums to run once ready (nil for a raw start or a fully checked snapshot).
    public let deferredVerification: DeferredVerification?
    /// The search index, for the start-up log's memory figures.
    public let index: SearchIndex

    /// - Parameter startedAt: the process's start (`DispatchTime` uptime nanoseconds), from
    ///   which `/api/v1/stats` counts the load time.
    public init<Failure: Error>(loadCorpus: () throws(Failure) -> Corpus, configuration: APIConfiguration = APIConfiguration(),
                                status: ServiceStatus, fallback: (any HTTPResponder)? = nil,
                                startedAt: UInt64 = DispatchTime.now().uptimeNanoseconds) throws(Failure) {
        try self.init(load: { () throws(Failure) -> ServiceData in ServiceData(corpus: try loadCorpus()) }, configuration: configuration,
                      status: status, fallback: fallback, startedAt: startedAt)
    }

    /// As above, from a corpus or a snapshot (whose prepared bodies are then not rebuilt).
    public init<Failure: Error>(load: () throws(Failure) -> ServiceData, configuration: APIConfiguration = APIConfiguration(),
                                status: ServiceStatus, fallback: (any HTTPResponder)? = nil,
                                startedAt: UInt64 = DispatchTime.now().uptimeNanoseconds) throws(Failure) {
        var timings = StartupTimings()
        let startedCPU = ProcessCPU.seconds
        let data = try load()
        let corpus = data.corpus
        let loadedCPU = ProcessCPU.seconds
        timings.cpu.entities = corpus.extractionCPUSeconds
        timings.cpu.parse = loadedCPU - startedCPU - corpus.extractionCPUSeconds
        let index = data.index ?? SearchIndex(corpus: corpus)
        let indexedCPU = ProcessCPU.seconds
        timings.cpu.index = indexedCPU - loadedCPU
        timings.index = index.buildSeconds
        if let readSeconds = data.snapshotReadSeconds {  // this start's reading, not the times the snapshot recorded
            timings.parse = readSeconds - (data.index?.buildSeconds ?? 0)
        } else {
            timings.parse = corpus.loadReport.parseSeconds
            timings.entities = corpus.extractionSeconds
        }
        let indexed = DispatchTime.now().uptimeNanoseconds
        let api = KiosqueAPI(data: data, index: index, configuration: configuration, status: status,
                             loadSeconds: Double(indexed - startedAt) / 1e9)
        router = api.router(fallback: fallback)
        timings.responses = Double(DispatchTime.now().uptimeNanoseconds - indexed) / 1e9
        timings.cpu.responses = ProcessCPU.seconds - indexedCPU
        self.corpus = corpus
        self.api = api
        self.timings = timings
        deferredVerification = data.deferredVerification
        self.index = index
    }
}
