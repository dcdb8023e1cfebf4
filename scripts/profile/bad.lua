-- 400 path: replication_factor "A" (Jackson cannot read it as an integer), unique names anyway
local counter = 0
local tid_ = 0
local threads = {}
function setup(thread) thread:set("tid", #threads + 1); table.insert(threads, thread) end
non400 = 0
function init(args)
  tid_ = tid
  wrk.method = "POST"
  wrk.path = "/kafka/v3/clusters/cluster-1/links/link-bench/mirrors"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Basic c3R1Yi1rZXk6c3R1Yi1zZWNyZXQ="
end
function request()
  counter = counter + 1
  local body = '{"source_topic_name":"bench-bad-' .. tid_ .. "-" .. counter .. '","replication_factor":"A"}'
  return wrk.format(nil, nil, nil, body)
end
function response(status, headers, body) if status ~= 400 then non400 = non400 + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + (t:get("non400") or 0) end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f non400=%d socket_errors=%d p99_us=%.0f\n",
    summary.requests, summary.duration/1e6, summary.requests/(summary.duration/1e6), n,
    summary.errors.connect+summary.errors.read+summary.errors.write+summary.errors.timeout, latency:percentile(99)))
end
