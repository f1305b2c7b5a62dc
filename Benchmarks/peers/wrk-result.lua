-- wrk reporter for compare.py: one line after the run, latencies in microseconds.
--   wrk-result <requests> <req/s> <p50> <p99> <max> <socket errors> <non-2xx/3xx> <bytes>
done = function(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1000000
  print(string.format("wrk-result %d %.1f %d %d %d %d %d %d",
    summary.requests, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), latency.max,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status, summary.bytes))
end
