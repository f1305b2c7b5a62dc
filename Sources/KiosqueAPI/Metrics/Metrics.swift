import Synchronization

/// Prometheus metrics of the server: requests by route and status, a latency histogram,
/// bytes sent. Recorded once per completed exchange from any I/O queue; the critical section
/// is a few dictionary updates, so one uncontended mutex is cheaper than sharding.
package final class Metrics: Sendable {
    /// Upper bounds of the latency histogram buckets, in seconds.
    package static let latencyBuckets: [Double] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1]

    private struct RouteStatus: Hashable {
        let method: String
        let route: String
        let status: Int
    }

    private struct State {
        var requests: [RouteStatus: Int] = [:]
        var bucketCounts: [String: [Int]] = [:]
        var latencySum: [String: Double] = [:]
        var bytesSent = 0
    }

    private let state = Mutex(State())

    /// Creates an empty registry.
    package init() {}

    /// Records one completed exchange. `route` is the route pattern (never the raw path, so
    /// the number of series stays bounded).
    package func record(method: String, route: String, status: Int, bytes: Int, microseconds: Int) {
        let seconds = Double(microseconds) / 1_000_000
        state.withLock { state in
            state.requests[RouteStatus(method: method, route: route, status: status), default: 0] += 1
            let bucket = Self.latencyBuckets.firstIndex { seconds <= $0 } ?? Self.latencyBuckets.count
            // Updated in place: a copy taken out and stored back would copy the array per request.
            state.bucketCounts[route, default: Array(repeating: 0, count: Self.latencyBuckets.count + 1)][bucket] += 1
            state.latencySum[route, default: 0] += seconds
            state.bytesSent += bytes
        }
    }

    /// The text exposition format (version 0.0.4), with `gauges` appended (name, help, value).
    package func render(gauges: [(name: String, help: String, value: Double)]) -> [UInt8] {
        let snapshot = state.withLock { $0 }
        var out = ""
        out += "# HELP kiosque_http_requests_total HTTP requests completed, by method, route and status.\n"
        out += "# TYPE kiosque_http_requests_total counter\n"
        for (key, count) in snapshot.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "kiosque_http_requests_total{method=\"\(Self.escape(key.method))\",route=\"\(Self.escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP kiosque_http_request_duration_seconds Time from a complete request head to the response written.\n"
        out += "# TYPE kiosque_http_request_duration_seconds histogram\n"
        for (route, counts) in snapshot.bucketCounts.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            var cumulative = 0
            for (index, bound) in Self.latencyBuckets.enumerated() {
                cumulative += counts[index]
                out += "kiosque_http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(cumulative)\n"
            }
            cumulative += counts[Self.latencyBuckets.count]
            out += "kiosque_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(cumulative)\n"
            out += "kiosque_http_request_duration_seconds_sum{\(label)} \(snapshot.latencySum[route] ?? 0)\n"
            out += "kiosque_http_request_duration_seconds_count{\(label)} \(cumulative)\n"
        }
        out += "# HELP kiosque_http_response_bytes_total Bytes of responses sent (head and body).\n"
        out += "# TYPE kiosque_http_response_bytes_total counter\n"
        out += "kiosque_http_response_bytes_total \(snapshot.bytesSent)\n"
        for gauge in gauges {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(Self.number(gauge.value))\n"
        }
        return Array(out.utf8)
    }

    /// Label values escape backslash, quote and newline (exposition format rules).
    private static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
