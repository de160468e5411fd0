-- h2h.lua: the wrk script of the custos vs nginx side-by-side benchmark (bench/h2h).
-- Environment:
--   POOL=FILE   lines "TOKEN SUB"; requests cycle through them in file order
--               (each wrk thread starts at its own offset, so two threads never
--               send the same token close together: the cache sees a full cycle).
--   POOL_MODE=authorize (default): POST the URL path with the token and an
--               /v1/authorize body whose assignee is user:corp/SUB (an allow).
--   POOL_MODE=get: GET the URL path with only the Authorization header (njs /jwt).
--   CLOSE=1     add "Connection: close" (a new TLS connection per request).
-- Without POOL: a plain GET of the URL path.
-- done() prints one machine-readable line: WRKSUM key=value ...
local reqs, n, i = {}, 0, 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  local pool = os.getenv("POOL")
  local close = os.getenv("CLOSE") == "1"
  local mode = os.getenv("POOL_MODE") or "authorize"
  local function hdrs()
    local h = {}
    if close then h["Connection"] = "close" end
    return h
  end
  if pool then
    for line in io.lines(pool) do
      local tok, sub = line:match("^(%S+)%s+(%S+)")
      if tok then
        local h = hdrs()
        h["Authorization"] = "Bearer " .. tok
        if mode == "authorize" then
          h["Content-Type"] = "application/json"
          local body = string.format('{"action":"conversation:read","purpose":"ticket:4711",' ..
            '"resource":{"type":"conversation","id":"c-1","labels":{"assignee":"user:corp/%s"},' ..
            '"consent":{"human_review":true},"legal_hold":false}}', sub)
          reqs[n + 1] = wrk.format("POST", nil, h, body)
        else
          reqs[n + 1] = wrk.format("GET", nil, h, nil)
        end
        n = n + 1
      end
    end
    local nthreads = tonumber(os.getenv("WRK_THREADS") or "1")
    i = math.floor(n * (tid or 0) / nthreads)
  else
    reqs[1] = wrk.format("GET", nil, hdrs(), nil)
    n = 1
  end
end

function request()
  i = i + 1
  if i > n then i = 1 end
  return reqs[i]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRKSUM requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.1f " ..
    "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
    summary.requests, summary.duration, summary.requests / summary.duration * 1e6,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
