import ArgumentParser

/// `kiosque healthcheck [--url http://127.0.0.1:8080/readyz]`: exit 0 on a 2xx answer, else 1.
/// Made for a container's HEALTHCHECK, so that the image needs no curl. Without `--url` it
/// checks this host's `/readyz` on `KIOSQUE_PORT`, so the check follows the server's port.
struct Healthcheck: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "GET a URL; exit 0 on a 2xx status, 1 otherwise (for HEALTHCHECK).")

    @Option(help: "The URL to check (plain http). (default: http://127.0.0.1:$KIOSQUE_PORT/readyz, port 8080 when unset)")
    var url: String?

    @Option(help: "Seconds to wait for the status line.")
    var timeout = 2.0

    /// The URL given, else this host's readiness on the server's configured port.
    private var resolvedURL: String {
        url ?? "http://127.0.0.1:\(ServeOptions.environment("KIOSQUE_PORT") ?? "8080")/readyz"
    }

    func validate() throws {
        let url = resolvedURL
        guard HealthProbe.Target(url: url) != nil else { throw ValidationError("'\(url)' is not an http://HOST[:PORT]/PATH URL.") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("The timeout must be a positive number of seconds.") }
    }

    func run() throws {
        let url = resolvedURL
        guard let target = HealthProbe.Target(url: url) else { throw ExitCode(1) }
        let probe = HealthProbe(target: target, timeoutMilliseconds: Int(timeout * 1000))
        do {
            let status = try probe.status()
            print("\(url): \(status)")
            if !(200..<300).contains(status) { throw ExitCode(1) }
        } catch let failure as HealthProbe.Failure {
            print("\(url): \(failure)")
            throw ExitCode(1)
        }
    }
}
