-- wrk script for bench/intake.sh: each request uses the next applicant's token once, from
-- Tijuana, with a fresh client request id; successes (201) are counted and their entry ids
-- written to a file per thread, for the durability check. A token is never used twice: a thread
-- that runs out stops, and the summary says so (its rate would otherwise count refusals).
local tokens = {}
for line in io.lines(os.getenv("GARITA_TOKENS")) do tokens[#tokens + 1] = line end
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  thread:set("nthreads", tonumber(os.getenv("WRK_THREADS") or "2"))
  table.insert(threads, thread)
end

function init(args)
  next_index = id
  created = 0
  used = 0
  ran_out = 0
  out = io.open(os.getenv("GARITA_ACCEPTED") .. "." .. id, "w")
end

function request()
  local token = tokens[next_index]
  if token == nil then
    ran_out = 1
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  used = used + 1
  next_index = next_index + nthreads
  local body = string.format(
    '{"port":"SYS","latitude":32.5412,"longitude":-117.0293,"accuracy_m":15,"client_request_id":"bench-%d-%d"}',
    id, next_index)
  return wrk.format("POST", "/api/v1/requests",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    local entry = body:match('"entry_id":"(%x+)"')
    if entry then out:write(entry, "\n"); out:flush() end
  end
end

function done(summary, latency, requests)
  local total, used, ran_out = 0, 0, 0
  for _, t in ipairs(threads) do
    total = total + t:get("created")
    used = used + t:get("used")
    ran_out = ran_out + t:get("ran_out")
  end
  io.write(string.format("accepted=%d\n", total))
  io.write(string.format("tokens_had=%d tokens_used=%d\n", #tokens, used))
  if ran_out > 0 then
    io.write(string.format("TOKENS RAN OUT in %d of %d threads: they stopped early; give more applicants\n",
      ran_out, #threads))
  end
  io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
end
