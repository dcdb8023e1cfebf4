-- wrk script (used for every server: the stub, the baselines, WireMock, Prism): POSTs the spec's first request example (generic_example) with Basic auth, each
-- request with a source topic name never sent before, so every create takes the success path.
-- Environment: BENCH_RUN_ID keeps names unique across runs against one server; BENCH_PER_THREAD
-- stops each thread after that many responses (0 = run for -d); BENCH_THINK_US is a pause between
-- a response and the next request on a connection (0 = closed loop). Read here, not in init():
-- wrk only calls delay() when the script defines it when loaded. BENCH_DONE_DIR: where a thread
-- that stopped after BENCH_PER_THREAD responses leaves a file (wrk itself waits for -d, so the
-- caller stops it with SIGINT once every thread has left one).
local run_id = os.getenv("BENCH_RUN_ID") or "r"
local per_thread = tonumber(os.getenv("BENCH_PER_THREAD") or "0")
local think_us = tonumber(os.getenv("BENCH_THINK_US") or "0")
local done_dir = os.getenv("BENCH_DONE_DIR")
-- BENCH_DISTINCT > 0 cycles through that many names per thread: after the first round every create
-- is refused as a duplicate (400), which measures the server's steady state with a store that no
-- longer grows.
local distinct = tonumber(os.getenv("BENCH_DISTINCT") or "0")
local counter, responses = 0, 0
-- A global, not a local: done() reads it from each thread with thread:get().
non204 = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = tid
  math.randomseed(tid)
  wrk.method = "POST"
  wrk.path = "/kafka/v3/clusters/cluster-1/links/link-bench/mirrors"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Basic c3R1Yi1rZXk6c3R1Yi1zZWNyZXQ="
end

function request()
  counter = counter + 1
  local n = distinct > 0 and ((counter - 1) % distinct) + 1 or counter
  local body = '{"source_topic_name":"bench-' .. run_id .. "-" .. thread_id .. "-" .. n
      .. '","configs":[{"name":"unclean.leader.election.enable","value":"true"}],"replication_factor":1}'
  return wrk.format(nil, nil, nil, body)
end

if think_us > 0 then
  function delay()
    -- wrk delays in whole milliseconds: draw floor or ceil so that the mean is the asked think time.
    local ms = think_us / 1000
    local whole = math.floor(ms)
    if math.random() < ms - whole then whole = whole + 1 end
    return whole
  end
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 204 then non204 = non204 + 1 end
  if per_thread > 0 and responses == per_thread then
    if done_dir then
      local f = io.open(done_dir .. "/thread-" .. thread_id, "w")
      f:close()
    end
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total_non204 = 0
  for _, t in ipairs(threads) do total_non204 = total_non204 + (t:get("non204") or 0) end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f mean_us=%.1f non204=%d status_errors=%d socket_errors=%d"
      .. " connect_errors=%d read_errors=%d write_errors=%d timeout_errors=%d\n",
      summary.requests, secs, summary.requests / secs, latency.mean, total_non204, e.status,
      e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
  local ps = {50, 75, 90, 95, 99, 99.5, 99.9, 99.99, 100}
  for _, p in ipairs(ps) do
    io.write(string.format("PCTL %g %.1f\n", p, p == 100 and latency.max or latency:percentile(p)))
  end
end
