-- wrk script for bench/failover.sh: each request uses the next applicant's token once, from
-- Tijuana; a connection waits GARITA_DELAY_MS between requests, so the load lasts through the
-- failover without running out of applicants. Every success (201) is written with the second it
-- was answered in, for the gap and durability checks; other answers are counted by status. When
-- a thread runs out of tokens it says so and stops: a token is never reused.
local tokens = {}
for line in io.lines(os.getenv("GARITA_TOKENS")) do tokens[#tokens + 1] = line end
local delay_ms = tonumber(os.getenv("GARITA_DELAY_MS") or "20")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  thread:set("nthreads", tonumber(os.getenv("WRK_THREADS") or "2"))
  table.insert(threads, thread)
end

function init(args)
  next_index = id
  created = 0
  statuses = {}
  ran_out = 0
  out = io.open(os.getenv("GARITA_ACCEPTED") .. "." .. id, "w")
end

function delay()
  return delay_ms
end

function request()
  local token = tokens[next_index]
  if token == nil then
    ran_out = 1
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  local n = next_index
  next_index = next_index + nthreads
  local body = string.format(
    '{"port":"SYS","latitude":32.5412,"longitude":-117.0293,"accuracy_m":15,"client_request_id":"failover-%d"}', n)
  return wrk.format("POST", "/api/v1/requests",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    created = created + 1
    local entry = body:match('"entry_id":"(%x+)"')
    if entry then out:write(entry, " ", os.time(), "\n"); out:flush() end
  end
end

function done(summary, latency, requests)
  local created_all, ran_out_all = 0, 0
  local by_status = {}
  for _, t in ipairs(threads) do
    created_all = created_all + t:get("created")
    ran_out_all = ran_out_all + t:get("ran_out")
    for s, n in pairs(t:get("statuses")) do by_status[s] = (by_status[s] or 0) + n end
  end
  io.write(string.format("accepted=%d\n", created_all))
  for s, n in pairs(by_status) do io.write(string.format("status_%d=%d\n", s, n)) end
  io.write(string.format("connection_errors=%d\n",
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  if ran_out_all > 0 then
    io.write(string.format("tokens_ran_out_threads=%d\n", ran_out_all))
  end
end
