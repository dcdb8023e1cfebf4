-- wrk script of scripts/soak, in one of two modes (the first argument after --).
--
-- create: every thread walks its own stripe of the soak link's source topics, so each source is
-- asked for once per round (204 the first time, 400/40002 "already exists" after); one request in
-- ten is malformed JSON (400) besides.
--
-- lifecycle: a mix of the lifecycle operations, in cycles of ten requests: pause and resume of the
-- life link's dedicated mirrors (p0..p63), a read of one and a list of the paused ones, a fresh
-- mirror created on the dr link (d<thread>_<j>), promote or failover of the one created three
-- cycles before and a read of it, deleteKafkaTopic of the one created five cycles before (so that
-- a request never races the create it depends on), the cluster's links, and a refused request
-- (pattern "(", or an unknown link). Per-item errors (a resume that overtook its pause) are 200s.
--
-- Statuses are counted per thread and summed in done().
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  nthreads = tonumber(args[2])
  sources = tonumber(args[3])
  cluster = args[4]
  headers = { ["Authorization"] = args[5], ["Content-Type"] = "application/json" }
  n = id
  k = 0
  statuses = {}
end

local function create_request()
  local body
  k = k + 1
  if k % 10 == 0 then
    body = '{"source_topic_name": not-json}'
  else
    body = '{"source_topic_name":"t' .. (n % sources) .. '"}'
    n = n + nthreads
  end
  return wrk.format("POST", cluster .. "/links/soak-link/mirrors", headers, body)
end

local function names(topic)
  return '{"mirror_topic_names":["' .. topic .. '"]}'
end

local function lifecycle_request()
  k = k + 1
  local slot = k % 10
  local cycle = math.floor(k / 10)
  local mine = "p" .. ((cycle * nthreads + id) % 64)
  local life = cluster .. "/links/life-link"
  local dr = cluster .. "/links/dr-link"
  if slot == 0 then
    return wrk.format("POST", life .. "/mirrors:pause", headers, names(mine))
  elseif slot == 1 then
    return wrk.format("POST", life .. "/mirrors:resume", headers, names(mine))
  elseif slot == 2 then
    return wrk.format("GET", life .. "/mirrors/" .. mine, headers)
  elseif slot == 3 then
    return wrk.format("GET", life .. "/mirrors?mirror_status=PAUSED", headers)
  elseif slot == 4 then
    return wrk.format("POST", dr .. "/mirrors", headers, '{"source_topic_name":"d' .. id .. '_' .. cycle .. '"}')
  elseif slot == 5 then
    local op = (cycle % 2 == 0) and "promote" or "failover"
    return wrk.format("POST", dr .. "/mirrors:" .. op, headers, names("d" .. id .. "_" .. (cycle - 3)))
  elseif slot == 6 then
    return wrk.format("GET", dr .. "/mirrors/d" .. id .. "_" .. (cycle - 3), headers)
  elseif slot == 7 then
    return wrk.format("DELETE", cluster .. "/topics/d" .. id .. "_" .. (cycle - 5), headers)
  elseif slot == 8 then
    return wrk.format("GET", cluster .. "/links", headers)
  elseif cycle % 2 == 0 then
    return wrk.format("POST", life .. "/mirrors:pause", headers, '{"mirror_topic_name_pattern":"("}')
  else
    return wrk.format("POST", cluster .. "/links/no-such-link/mirrors:promote", headers, names(mine))
  end
end

function request()
  if mode == "lifecycle" then
    return lifecycle_request()
  end
  return create_request()
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
