# Sourced by run.sh. One measured load point, whatever the client (wrk for REST, GrpcLoad for gRPC):
#   point NAME PID CONNS -- CLIENT COMMAND...
# The client's output goes to $OUT/NAME.txt; one TSV line goes to $OUT/summary.tsv with calls/s, p50/p90/p99/p99.9,
# unexpected answers, and the server's CPU seconds over the run from /proc/PID/stat, so throughput compares per
# server CPU-second on a shared, noisy machine. client_cpu_s is the load client's own CPU; other_cpu_s is what
# every other process on the machine used meanwhile (0 on a quiet machine).
server_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }
point() {
  local name=$1 pid=$2 conns=$3; shift 4
  local hz c0 c1 s0 s1 t0 t1 f=$OUT/$name.txt TIMEFORMAT="%U %S" times
  hz=$(getconf CLK_TCK); c0=$(server_ticks "$pid"); s0=$(busy_ticks); t0=$(date +%s.%N)
  times=$( { time "$@" >"$f" 2>&1 ; } 2>&1 | tail -1 )
  t1=$(date +%s.%N); c1=$(server_ticks "$pid"); s1=$(busy_ticks)
  local rps p50 p90 p99 p999 bad
  if grep -q 'Requests/sec' "$f"; then   # wrk
    rps=$(awk '/Requests\/sec/{print $2}' "$f")
    p50=$(awk '$1=="50%"{print $2}' "$f"); p90=$(awk '$1=="90%"{print $2}' "$f"); p99=$(awk '$1=="99%"{print $2}' "$f")
    p999=$(grep -o 'p99.9=[0-9.]*ms' "$f" | cut -d= -f2)
    bad=$(( $(grep -o 'unexpected_responses=[0-9]*' "$f" | cut -d= -f2) + $(awk '/Non-2xx/{print $NF}' "$f" | grep . || echo 0) ))
  else                                   # GrpcLoad: one line of key=value
    local line; line=$(grep '^rps=' "$f")
    val() { tr '\t' '\n' <<<"$line" | awk -F= -v k="$1" '$1==k{print $2}'; }
    rps=$(val rps); p50=$(val p50); p90=$(val p90); p99=$(val p99); p999=$(val p99.9)
    bad=$(( $(val unexpected) + $(val errors) ))
  fi
  local cpu wall client other
  cpu=$(echo "scale=2; ($c1-$c0)/$hz" | bc); wall=$(echo "$t1-$t0" | bc)
  client=$(awk '{printf "%.1f", $1+$2}' <<<"$times")
  other=$(echo "scale=1; ($s1-$s0)/$hz - $cpu - $client" | bc)
  printf "%s\tc=%s\trps=%s\tp50=%s\tp90=%s\tp99=%s\tp99.9=%s\tunexpected=%s\tserver_cpu_s=%s\tserver_cores=%s\treq_per_server_cpu_s=%s\tclient_cpu_s=%s\tother_cpu_s=%s\trss_mb=%s\n" \
    "$name" "$conns" "$rps" "$p50" "$p90" "$p99" "${p999:-NA}" "${bad:-NA}" "$cpu" "$(echo "scale=2; $cpu/$wall" | bc)" \
    "$(echo "scale=0; $rps*$wall/$cpu" | bc)" "$client" "$other" "$(rss_mb "$pid")" | tee -a "$OUT/summary.tsv"
}
# check_lua FILE TOKEN: a wrk script POSTing the questions of io.castellan.benchmarks.authz.Questions (same mix, same
# ids) with the bearer token; counts answers that are not 200 with a decision, and the share allowed (about 50%
# when the dataset is loaded: a wrong or missing dataset shows as principal_unknown answers, counted unexpected).
check_lua() {
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $2"
local P, O = 10000, 100000
local function id(kind, n) return string.format("7e%06d-0000-4000-8000-%012d", kind, n) end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000) end
function request()
  local i = math.random(0, O - 1)
  local k = math.random(0, 3)
  local p, action
  if k == 0 then p, action = i % P, "write"
  elseif k == 1 then p, action = (i + 5000) % P, "read"
  elseif k == 2 then p, action = (i + 5000) % P, "write"
  else p, action = math.random(0, P - 1), "write" end
  return wrk.format(nil, nil, nil, '{"principalId":"' .. id(1, p) .. '","action":"' .. action
    .. '","object":{"id":"' .. id(4, i) .. '"}}')
end
bad, allowed = 0, 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1
  elseif string.find(body, '"allowed":true', 1, true) then allowed = allowed + 1
  elseif not string.find(body, '"reason":"no_matching_grant"', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local b, a = 0, 0
  for _, t in ipairs(threads) do b = b + t:get("bad"); a = a + t:get("allowed") end
  io.write(string.format("unexpected_responses=%d\nallowed_share=%.3f\n", b, a / math.max(1, summary.requests)))
  io.write(string.format("p99.9=%.3fms\n", latency:percentile(99.9) / 1000))
end
LUA
}
