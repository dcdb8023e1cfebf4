-- wrk script of scripts/soak: every thread walks its own stripe of the soak link's source topics,
-- so each source is asked for once per round (204 the first time, 400/40002 "already exists"
-- after); one request in ten is malformed JSON (400) besides. Statuses are counted per thread.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(args[1])
  sources = tonumber(args[2])
  path = args[3]
  headers = { ["Authorization"] = args[4], ["Content-Type"] = "application/json" }
  n = id
  k = 0
  statuses = {}
end

function request()
  local body
  k = k + 1
  if k % 10 == 0 then
    body = '{"source_topic_name": not-json}'
  else
    body = '{"source_topic_name":"t' .. (n % sources) .. '"}'
    n = n + nthreads
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local errors5xx = 0
  local line = ""
  for _, status in ipairs(keys) do
    line = line .. status .. "=" .. total[status] .. " "
    if status >= 500 then errors5xx = errors5xx + total[status] end
  end
  local e = summary.errors
  io.write(string.format("SOAK requests %d\n", summary.requests))
  io.write(string.format("SOAK statuses %s\n", line))
  io.write(string.format("SOAK created %d\n", total[204] or 0))
  io.write(string.format("SOAK 5xx %d\n", errors5xx))
  io.write(string.format("SOAK socket_errors connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("SOAK latency_ms p50=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
